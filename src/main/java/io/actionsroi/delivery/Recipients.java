package io.actionsroi.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who gets one email: the To and Cc headers, and the Bcc recipients no header names.
 */
public record Recipients(List<String> to, List<String> cc, List<String> bcc) {

    public Recipients {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /**
     * Every address the email is sent to, each once, in the order To, Cc, Bcc. Addresses that differ by
     * case only are one recipient, as in the delivery ledger, which would otherwise refuse the second.
     */
    public List<String> envelope() {
        Map<String, String> all = new LinkedHashMap<>();
        for (List<String> addresses : List.of(to, cc, bcc)) {
            addresses.forEach(address -> all.putIfAbsent(DeliveryLedger.normalize(address), address.strip()));
        }
        return new ArrayList<>(all.values());
    }
}
