package io.actionsroi.port;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hosts to reach without a proxy, from the {@code no_proxy} environment variable as curl reads
 * it: comma-separated host names, each also covering its subdomains ({@code example.com} and
 * {@code .example.com} both cover {@code api.example.com}), IP addresses, and {@code *} for every
 * host. A port after a name is ignored; IP ranges (CIDR) are not applied.
 */
record NoProxy(List<String> hosts) {

    static NoProxy parse(String list) {
        if (list == null) {
            return new NoProxy(List.of());
        }
        return new NoProxy(Arrays.stream(list.split("[,\\s]+"))
                .map(entry -> withoutPort(entry.strip().toLowerCase(Locale.ROOT)))
                .map(entry -> entry.startsWith("*.") ? entry.substring(1) : entry)
                .filter(entry -> !entry.isEmpty() && !entry.equals("."))
                .toList());
    }

    boolean covers(String host) {
        String name = unbracketed(host.toLowerCase(Locale.ROOT));
        return hosts.stream().anyMatch(entry -> {
            String bare = unbracketed(entry.startsWith(".") ? entry.substring(1) : entry);
            return entry.equals("*") || name.equals(bare) || name.endsWith("." + bare);
        });
    }

    /** {@code host:8080} as {@code host}; an IPv6 address keeps its colons. */
    private static String withoutPort(String entry) {
        int colon = entry.lastIndexOf(':');
        boolean bracketed = entry.startsWith("[");
        if (colon < 0 || (!bracketed && entry.indexOf(':') != colon) || (bracketed && colon < entry.indexOf(']'))) {
            return entry;
        }
        return entry.substring(0, colon);
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
