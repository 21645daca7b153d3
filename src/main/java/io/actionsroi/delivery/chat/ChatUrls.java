package io.actionsroi.delivery.chat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.actionsroi.port.PortProperties;

/**
 * A chat webhook's URL is its own credential: whoever has it can post. It is checked without being
 * repeated, shown with its host only, and kept in the delivery ledger as a hash.
 */
final class ChatUrls {

    private ChatUrls() {
    }

    /**
     * The URL of setting {@code name}: https, or http on a loopback address (a test's stand-in).
     *
     * @throws IllegalArgumentException naming the setting, never repeating the value
     */
    static URI webhook(String name, String value, String example) {
        URI url;
        try {
            url = new URI(value.strip());
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: expected one such as " + example
                    + " (the value is not repeated here, as it is a secret).");
        }
        String scheme = url.getScheme();
        String host = url.getHost();
        boolean https = "https".equalsIgnoreCase(scheme);
        boolean loopbackHttp = "http".equalsIgnoreCase(scheme) && host != null && PortProperties.isLoopback(host);
        if (host == null || !(https || loopbackHttp)) {
            throw new IllegalArgumentException(name + " must be an https URL such as " + example + "; plain http is"
                    + " only accepted on a loopback address (the value is not repeated here, as it is a secret).");
        }
        return url;
    }

    /** "https://hooks.slack.com/…": all but the scheme and the host hidden. */
    static String masked(URI url) {
        return url.getScheme() + "://" + url.getHost() + "/…";
    }

    /** The SHA-256 of a target (a webhook URL, a channel id), in hex: what the delivery ledger keeps of it. */
    static String hash(String target) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(target.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** {@code text} with {@code secret} replaced by its masked form, for messages that quote a library's. */
    static String scrub(String text, URI secret) {
        return text == null ? "" : text.replace(secret.toString(), masked(secret));
    }
}
