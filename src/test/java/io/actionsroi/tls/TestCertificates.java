package io.actionsroi.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A certificate authority of the tests' own, as a company's (one that inspects TLS, or signs internal
 * servers), and a certificate it signs for 127.0.0.1 and localhost: made once per test JVM with the JDK's
 * keytool. The CA's certificate comes as the trust stores an operator would give, a PEM file and a PKCS#12
 * file.
 *
 * @param caPem the CA's certificate as a PEM file
 * @param caPkcs12 the CA's certificate alone in a PKCS#12 file, password {@link #PASSWORD}
 * @param serverKeyStore the server's key and certificate chain, PKCS#12, password {@link #PASSWORD}
 */
public record TestCertificates(Path caPem, Path caPkcs12, Path serverKeyStore) {

    public static final String PASSWORD = "p12-pass-7e13a9c4";

    private static TestCertificates made;

    /** The certificates, made the first time they are asked for in a temporary folder removed when the JVM exits. */
    public static synchronized TestCertificates get() {
        if (made == null) {
            try {
                made = make(temporaryFolder());
            }
            catch (IOException e) {
                throw new IllegalStateException("Could not make the test certificates", e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return made;
    }

    /** A TLS context that serves with the server's key and certificate chain. */
    public SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        }
        catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** WireMock options for HTTPS alone, with the server's certificate. */
    public WireMockConfiguration httpsOnly(WireMockConfiguration options) {
        return options.httpDisabled(true).dynamicHttpsPort().keystorePath(serverKeyStore.toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD);
    }

    private static Path temporaryFolder() throws IOException {
        Path folder = Files.createTempDirectory("test-certificates");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
            catch (IOException e) {
                // a temporary folder left behind
            }
        }));
        return folder;
    }

    private static TestCertificates make(Path folder) throws IOException, InterruptedException {
        Path ca = folder.resolve("ca.p12");
        Path caPem = folder.resolve("ca.pem");
        Path server = folder.resolve("server.p12");
        Path request = folder.resolve("server.csr");
        Path signed = folder.resolve("server.pem");
        Path trust = folder.resolve("trust.p12");
        keytool(folder, "-genkeypair", "-alias", "ca", "-dname", "CN=Actions ROI test company CA", "-ext", "bc:c",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-keystore", ca.toString());
        keytool(folder, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caPem.toString());
        keytool(folder, "-genkeypair", "-alias", "server", "-dname", "CN=localhost", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-keystore", server.toString());
        keytool(folder, "-certreq", "-alias", "server", "-keystore", server.toString(), "-file", request.toString());
        keytool(folder, "-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-ext", "eku=serverAuth");
        keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", server.toString());
        keytool(folder, "-importcert", "-alias", "server", "-file", signed.toString(), "-keystore", server.toString());
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
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            throw new IllegalStateException("keytool " + arguments[0] + " failed: "
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
    }
}
