package io.actionsroi.port;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP proxy through which the Port client reaches Port: {@code port.proxy} when set, else the
 * environment's {@code https_proxy} (or {@code HTTPS_PROXY}) unless {@code no_proxy} (or
 * {@code NO_PROXY}) covers Port's host or Port is on a loopback address. The user name and password,
 * from {@code port.proxy-username} and {@code port.proxy-password} or else from the proxy URL, go to
 * the proxy alone with Basic authentication, and never into a message.
 *
 * @param origin where the proxy was set, for messages: {@code port.proxy} or the variable's name
 */
record PortProxy(String host, int port, String username, String password, String origin) {

    /**
     * The JDK disables Basic authentication to a proxy for HTTPS tunnels (its net.properties sets
     * this to {@code Basic}), and reads the setting once, when its HTTP client is first used: it is
     * cleared here, before the Port client builds its own, unless set on the command line.
     */
    static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    static {
        if (System.getProperty(TUNNELING_DISABLED_SCHEMES) == null) {
            System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
        }
    }

    /**
     * The proxy to reach Port through, if any.
     *
     * @param environment the environment variables, by name
     * @throws IllegalArgumentException when the proxy URL is invalid, or a password has no user name
     */
    static Optional<PortProxy> of(PortProperties settings, Function<String, String> environment) {
        Optional<PortProxy> proxy;
        if (isSet(settings.proxy())) {
            proxy = Optional.of(parse(settings.proxy(), "port.proxy"));
        } else {
            String variable = isSet(environment.apply("https_proxy")) ? "https_proxy" : "HTTPS_PROXY";
            String host = settings.baseUrl().getHost();
            NoProxy direct = NoProxy.parse(isSet(environment.apply("no_proxy"))
                    ? environment.apply("no_proxy") : environment.apply("NO_PROXY"));
            proxy = !isSet(environment.apply(variable)) || PortProperties.isLoopback(host) || direct.covers(host)
                    ? Optional.empty()
                    : Optional.of(parse(environment.apply(variable), "the environment variable " + variable));
        }
        return proxy.map(found -> found.withCredentials(settings.proxyUsername(), settings.proxyPassword()));
    }

    /**
     * Reads {@code http://[user[:password]@]host:port} (the scheme may be left out).
     *
     * @throws IllegalArgumentException when it is not such a URL; the message masks the credentials
     */
    static PortProxy parse(String url, String origin) {
        String text = url.strip();
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw invalid(origin, text, "it is not a URL (" + e.getReason() + ")");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw invalid(origin, text, "the proxy must be reached with http:// (the connection to Port stays"
                    + " encrypted end to end through it)");
        }
        if (uri.getHost() == null || uri.getPort() == -1) {
            throw invalid(origin, text, "expected http://host:port, such as http://proxy.example.com:3128");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return new PortProxy(uri.getHost(), uri.getPort(), null, null, origin);
        }
        int colon = userInfo.indexOf(':');
        return new PortProxy(uri.getHost(), uri.getPort(), decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
                colon < 0 ? null : decode(userInfo.substring(colon + 1)), origin);
    }

    /** The URL with any user name and password replaced by {@code ****}. */
    static String masked(String url) {
        int at = url.lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 || scheme > at ? 0 : scheme + 3;
        return url.substring(0, start) + "****:****" + url.substring(at);
    }

    /** Sends every request through this proxy (the host name is looked up at each connection). */
    ProxySelector selector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(host, port)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // the retries of PortHttp handle it
            }
        };
    }

    /** The {@code Proxy-Authorization} header's value, when there is a user name. */
    Optional<String> authorization() {
        if (username == null) {
            return Optional.empty();
        }
        String credentials = username + ":" + (password == null ? "" : password);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code http://host:port (port.proxy, with a user name and password)}: never the credentials. */
    @Override
    public String toString() {
        String credentials = username == null ? ""
                : password == null ? ", with a user name" : ", with a user name and password";
        return "http://" + host + ":" + port + " (" + origin + credentials + ")";
    }

    private PortProxy withCredentials(String user, String secret) {
        String name = isSet(user) ? user : username;
        String pass = isSet(secret) ? secret : password;
        if (name == null && pass != null) {
            throw new IllegalArgumentException("The proxy " + this + " has a password but no user name: set"
                    + " port.proxy-username, or give both in the URL as http://user:password@host:port.");
        }
        return new PortProxy(host, port, name, pass, origin);
    }

    private static IllegalArgumentException invalid(String origin, String url, String reason) {
        return new IllegalArgumentException("Invalid proxy in " + origin + " ('" + masked(url) + "'): " + reason + ".");
    }

    /** Percent-decoding; URI has checked every escape. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
