package io.actionsroi.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whom each team's report goes to: the addresses configured for the team ({@code report.team-reports.recipients}
 * and {@code .recipient-list}) and those of its recipients property in Port, merged, each once whatever its case.
 */
public final class TeamRecipients {

    private final Map<String, List<String>> configured;

    public TeamRecipients(TeamRecipientsProperties properties) {
        this.configured = properties.configured();
    }

    /** The recipients of team {@code team}, whose recipients property in Port holds {@code fromPort}. */
    public List<String> of(String team, Collection<String> fromPort) {
        Map<String, String> all = new LinkedHashMap<>();
        List<String> given = new ArrayList<>(configured.getOrDefault(team, List.of()));
        given.addAll(fromPort);
        given.forEach(address -> all.putIfAbsent(DeliveryLedger.normalize(address), address.strip()));
        return List.copyOf(all.values());
    }

    /** The teams that the settings give addresses for. */
    public Set<String> configuredTeams() {
        return configured.keySet();
    }

    /** What a team's recipients property holds: its addresses, and the values that are none. */
    public record PropertyAddresses(List<String> addresses, List<String> notAddresses) {
    }

    /**
     * The addresses in the value of a team's recipients property: a string (one address, or several
     * separated by commas) or an array of them; null or absent is none.
     */
    public static PropertyAddresses fromProperty(Object value) {
        List<String> addresses = new ArrayList<>();
        List<String> notAddresses = new ArrayList<>();
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object each : values) {
            if (!(each instanceof String text)) {
                notAddresses.add(String.valueOf(each));
                continue;
            }
            for (String address : text.split(",")) {
                if (address.isBlank()) {
                    continue;
                }
                try {
                    addresses.add(new InternetAddress(address.strip(), true).getAddress());
                }
                catch (AddressException e) {
                    notAddresses.add(address.strip());
                }
            }
        }
        return new PropertyAddresses(addresses, notAddresses);
    }
}
