package io.actionsroi.port;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the job reads entities: from Port's API, or from a folder of exported entities.
 *
 * @param baseUrl Port's API address. EU: {@code https://api.getport.io} (or {@code https://api.port.io});
 *     US: {@code https://api.us.getport.io} (or {@code https://api.us.port.io}). Must be https, except on
 *     a loopback address (localhost, 127.0.0.0/8, ::1) used for tests.
 * @param clientId the Port client id; usually given by the environment variable {@code PORT_CLIENT_ID}.
 * @param clientSecret the Port client secret; usually given by the environment variable
 *     {@code PORT_CLIENT_SECRET}. Never printed or logged.
 * @param exportDir a folder of exported entities ({@code <blueprint>.json}, each a JSON array of
 *     entities) to read instead of the API; when set, the API and the credentials are not used.
 * @param connectTimeout longest wait to open a connection to Port.
 * @param readTimeout longest wait for one answer from Port, from sending the request to its last byte.
 * @param pageSize entities per page of the search, 1 to 1000.
 * @param readConcurrency how many ranges of the runs' creation time are read from Port's API at the
 *     same time, 1 to 32; 1 reads them with a single cursor. The export folder is always read as one.
 * @param retry how transient failures (rate limits, 5xx, timeouts, cut-off answers) are retried.
 * @param proxy the HTTP proxy to reach Port through, {@code http://host:port}, with an optional
 *     {@code user:password@}; when not set, the environment's {@code https_proxy} (see {@link PortProxy}).
 *     Its credentials are never printed.
 * @param proxyUsername the user name for the proxy, instead of the one in the URL.
 * @param proxyPassword the password for the proxy, instead of the one in the URL. Never printed.
 * @param trustStore a PEM bundle or PKCS#12 file of CA certificates to trust besides the JDK's, for a
 *     proxy that inspects TLS.
 * @param trustStorePassword the password of a PKCS#12 trust store. Never printed.
 */
@ConfigurationProperties("port")
@Validated
public record PortProperties(
        @NotNull @DefaultValue("https://api.getport.io") URI baseUrl,
        String clientId,
        String clientSecret,
        Path exportDir,
        @NotNull @DurationMin(millis = 1) @DefaultValue("10s") Duration connectTimeout,
        @NotNull @DurationMin(millis = 1) @DefaultValue("60s") Duration readTimeout,
        @Min(1) @Max(1000) @DefaultValue("1000") int pageSize,
        @Min(1) @Max(32) @DefaultValue("4") int readConcurrency,
        @NotNull @Valid @DefaultValue Retry retry,
        String proxy,
        String proxyUsername,
        String proxyPassword,
        Path trustStore,
        String trustStorePassword) {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public PortProperties {
        if (baseUrl != null) {
            requireSafeBaseUrl(baseUrl);
        }
        if (proxy != null && !proxy.isBlank()) {
            PortProxy.parse(proxy, "port.proxy");
        }
    }

    /** Whether both the client id and the client secret are set. */
    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "PortProperties[baseUrl=" + baseUrl
                + ", clientId=" + clientId
                + ", clientSecret=" + hidden(clientSecret)
                + ", exportDir=" + exportDir
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", pageSize=" + pageSize
                + ", readConcurrency=" + readConcurrency
                + ", retry=" + retry
                + ", proxy=" + (proxy == null || proxy.isBlank() ? "(not set)" : PortProxy.masked(proxy))
                + ", proxyUsername=" + hidden(proxyUsername)
                + ", proxyPassword=" + hidden(proxyPassword)
                + ", trustStore=" + trustStore
                + ", trustStorePassword=" + hidden(trustStorePassword) + "]";
    }

    private static String hidden(String secret) {
        return secret == null || secret.isBlank() ? "(not set)" : "(set)";
    }

    private static void requireSafeBaseUrl(URI url) {
        String scheme = url.getScheme();
        String host = url.getHost();
        if (host == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "port.base-url must be an https address such as https://api.getport.io, not '" + url + "'");
        }
        if ("http".equalsIgnoreCase(scheme) && !isLoopback(host)) {
            throw new IllegalArgumentException("port.base-url must use https (the client secret and the token"
                    + " travel over it); plain http is only accepted on a loopback address, not on '" + host + "'");
        }
    }

    /** Whether the host is {@code localhost} or a loopback IP address; a host name is never looked up. */
    public static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // Only IP literals are resolved: a host name must not cause a DNS lookup here.
        if (!literal.contains(":") && !IPV4_LITERAL.matcher(literal).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Retries of transient failures: 429, 408, 500, 502, 503, 504, connection errors, timeouts and
     * answers that are cut off or unparsable.
     *
     * @param maxAttempts attempts per request, the first one included, before the job fails.
     * @param initialBackoff wait before the first retry; doubled at each further retry (with a little
     *     jitter) when Port does not say how long to wait.
     * @param maxBackoff cap of that doubling wait.
     * @param maxWait longest wait asked by Port ({@code Retry-After} or {@code x-ratelimit-reset}) that
     *     is honoured; a longer one fails the job at once, with a message saying so.
     */
    public record Retry(
            @Min(1) @DefaultValue("8") int maxAttempts,
            @NotNull @DurationMin(millis = 0) @DefaultValue("1s") Duration initialBackoff,
            @NotNull @DurationMin(millis = 0) @DefaultValue("30s") Duration maxBackoff,
            @NotNull @DurationMin(millis = 0) @DefaultValue("5m") Duration maxWait) {
    }
}
