package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PortProxyTest {

    private static final String PORT = "https://api.getport.io";
    private final Map<String, String> environment = new HashMap<>();

    @Test
    void noProxyWhenNothingSetsOne() {
        assertThat(proxy(PORT, null)).isEmpty();
    }

    @Test
    void thePortProxySettingIsReadWithItsCredentials() {
        PortProxy proxy = proxy(PORT, "http://alice:s%40cret%3Aword@proxy.example.com:3128/").orElseThrow();

        assertThat(proxy).isEqualTo(new PortProxy("proxy.example.com", 3128, "alice", "s@cret:word", "port.proxy"));
        assertThat(proxy.authorization()).hasValue(basic("alice:s@cret:word"));
        assertThat(proxy.selector().select(URI.create(PORT))).containsExactly(
                new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.example.com", 3128)));
    }

    @Test
    void aProxyWithoutSchemeIsHttp() {
        assertThat(proxy(PORT, "proxy.example.com:8080")).hasValue(
                new PortProxy("proxy.example.com", 8080, null, null, "port.proxy"));
    }

    @Test
    void theSettingWinsOverTheEnvironmentAndAppliesEvenToLoopback() {
        environment.put("https_proxy", "http://env-proxy:3128");
        environment.put("no_proxy", "127.0.0.1");

        assertThat(proxy("http://127.0.0.1:9000", "http://127.0.0.1:3128")).hasValue(
                new PortProxy("127.0.0.1", 3128, null, null, "port.proxy"));
    }

    @Test
    void theEnvironmentsHttpsProxyIsUsedLowerCaseFirst() {
        environment.put("HTTPS_PROXY", "http://upper:3128");
        assertThat(proxy(PORT, null).map(PortProxy::host)).hasValue("upper");

        environment.put("https_proxy", "http://bob:pw@lower:3129");
        assertThat(proxy(PORT, null)).hasValue(new PortProxy("lower", 3129, "bob", "pw", "the environment variable https_proxy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.getport.io", ".getport.io", "getport.io", "*.getport.io", "example.com, getport.io:443",
            "*", " other.example.com  api.getport.io "})
    void noProxyListingPortsHostOrDomainGoesDirect(String noProxy) {
        environment.put("https_proxy", "http://proxy.example.com:3128");
        environment.put("NO_PROXY", noProxy);

        assertThat(proxy(PORT, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"port.io", "api.getport.io.evil.com", "getport", "10.0.0.0/8"})
    void noProxyListingOtherHostsKeepsTheProxy(String noProxy) {
        environment.put("https_proxy", "http://proxy.example.com:3128");
        environment.put("no_proxy", noProxy);

        assertThat(proxy(PORT, null)).isPresent();
    }

    @Test
    void theEnvironmentsProxyIsNotUsedForALoopbackPort() {
        environment.put("https_proxy", "http://proxy.example.com:3128");

        assertThat(proxy("http://127.0.0.1:9000", null)).isEmpty();
        assertThat(proxy("http://[::1]:9000", null)).isEmpty();
    }

    @Test
    void theUserAndPasswordSettingsWinOverTheUrls() {
        PortProperties settings = settings(PORT, "http://alice:old@proxy.example.com:3128", "bob", "new");

        assertThat(PortProxy.of(settings, environment::get)).hasValue(
                new PortProxy("proxy.example.com", 3128, "bob", "new", "port.proxy"));
    }

    @Test
    void thePasswordSettingAloneNeedsAUserName() {
        PortProperties settings = settings(PORT, "http://proxy.example.com:3128", null, "pa55-never-printed");

        assertThatThrownBy(() -> PortProxy.of(settings, environment::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port.proxy-username")
                .message().doesNotContain("pa55-never-printed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://alice:pa55-never-printed@proxy.example.com:3128 | https://****:****@proxy.example.com:3128 | http://
            http://alice:pa55-never-printed@proxy.example.com       | http://****:****@proxy.example.com       | http://host:port
            http://alice:pa55-never-printed@proxy example.com:3128  | http://****:****@proxy example.com:3128  | not a URL
            alice:pa55-never/printed@proxy.example.com:3128         | ****:****@proxy.example.com:3128         | http://host:port
            socks5://alice:pa55-never-printed@proxy:1080            | socks5://****:****@proxy:1080            | http://
            """)
    void anInvalidProxyIsRefusedWithItsCredentialsMasked(String url, String masked, String reason) {
        assertThatThrownBy(() -> PortProxy.parse(url, "port.proxy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid proxy in port.proxy ('" + masked + "'): ")
                .hasMessageContaining(reason)
                .message().doesNotContain("pa55").doesNotContain("alice");
    }

    @Test
    void neverPrintsTheCredentials() {
        PortProxy proxy = new PortProxy("proxy.example.com", 3128, "alice", "pa55-never-printed", "port.proxy");

        assertThat(proxy.toString()).isEqualTo("http://proxy.example.com:3128 (port.proxy, with a user name and password)");
    }

    private Optional<PortProxy> proxy(String baseUrl, String proxySetting) {
        return PortProxy.of(settings(baseUrl, proxySetting, null, null), environment::get);
    }

    private static PortProperties settings(String baseUrl, String proxy, String user, String password) {
        return new PortProperties(URI.create(baseUrl), null, null, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                1000, 1, new PortProperties.Retry(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)),
                proxy, user, password, null, null);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
