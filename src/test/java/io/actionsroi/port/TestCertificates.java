package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A certificate authority of the tests' own, as a corporate one that inspects TLS, and a certificate it
 * signs for 127.0.0.1 and localhost: made with the JDK's keytool, once per test run.
 *
 * @param caPem the CA's certificate as PEM, as {@code port.trust-store} takes it
 * @param caPkcs12 the CA's certificate in a PKCS#12 trust store, opened with {@link #PASSWORD}
 * @param serverKeyStore the server's key and certificate chain, PKCS#12, for WireMock's HTTPS
 */
public record TestCertificates(Path caPem, Path caPkcs12, Path serverKeyStore) {

    public static final String PASSWORD = "changeit-7f3a";

    private static TestCertificates shared;

    /** The certificates, made on first use in a temporary folder removed when the JVM exits. */
    public static synchronized TestCertificates shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path folder = Files.createTempDirectory("actions-roi-certificates");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
            shared = generate(folder);
        }
        return shared;
    }

    /** WireMock options for HTTPS alone, with the server's certificate. */
    public WireMockConfiguration httpsOnly(WireMockConfiguration options) {
        return options.httpDisabled(true).dynamicHttpsPort().keystorePath(serverKeyStore.toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD);
    }

    private static TestCertificates generate(Path folder) throws IOException, InterruptedException {
        Path ca = folder.resolve("ca.p12");
        Path caPem = folder.resolve("ca.pem");
        Path server = folder.resolve("port.p12");
        Path request = folder.resolve("port.csr");
        Path signed = folder.resolve("port.pem");
        Path trust = folder.resolve("trust.p12");
        keytool(folder, "-genkeypair", "-alias", "ca", "-dname", "CN=Actions ROI test corporate CA", "-ext", "bc:c",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-keystore", ca.toString());
        keytool(folder, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caPem.toString());
        keytool(folder, "-genkeypair", "-alias", "port", "-dname", "CN=localhost", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-keystore", server.toString());
        keytool(folder, "-certreq", "-alias", "port", "-keystore", server.toString(), "-file", request.toString());
        keytool(folder, "-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-ext", "eku=serverAuth");
        keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", server.toString());
        keytool(folder, "-importcert", "-alias", "port", "-file", signed.toString(), "-keystore", server.toString());
        keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", trust.toString());
        return new TestCertificates(caPem, trust, server);
    }

    private static void keytool(Path folder, String... arguments) throws IOException, InterruptedException {
        // The client compiler alone: keytool's work is too short for the optimising one to pay off.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Path output = Files.createTempFile(folder, "keytool", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool %s ends", arguments[0]).isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", arguments[0], Files.readString(output)).isZero();
    }
}
