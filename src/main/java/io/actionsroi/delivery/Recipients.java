package io.actionsroi.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who gets one email: the To and Cc headers, and the Bcc recipients no header names.
 */
public record Recipients(List<String> to, List<String> cc, List<String> bcc) {

    public Recipients {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** Every address the email is sent to, each once, in the order To, Cc, Bcc. */
    public List<String> envelope() {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> addresses : List.of(to, cc, bcc)) {
            addresses.stream().map(String::strip).forEach(all::add);
        }
        return new ArrayList<>(all);
    }
}
