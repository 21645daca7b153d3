package io.actionsroi.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server certificate for 127.0.0.1 and localhost, self-signed, made once per test JVM with the JDK's
 * keytool: the server's key store, and the certificate as the trust stores an operator would give, a PEM
 * file and a PKCS#12 file.
 *
 * @param serverKeyStore the server's key and certificate, PKCS#12, password {@link #PASSWORD}
 * @param pem the certificate as a PEM file
 * @param pkcs12 the certificate alone in a PKCS#12 file, password {@link #PASSWORD}
 */
public record TestCertificates(Path serverKeyStore, Path pem, Path pkcs12) {

    public static final String PASSWORD = "p12-pass-7e13a9c4";

    private static TestCertificates made;

    /** The certificates, made the first time they are asked for. */
    public static synchronized TestCertificates get() {
        if (made == null) {
            made = make();
        }
        return made;
    }

    /** A TLS context that serves with the server's key and certificate. */
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

    private static TestCertificates make() {
        try {
            Path folder = Files.createTempDirectory("test-certificates");
            folder.toFile().deleteOnExit();
            Path server = folder.resolve("server.p12");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "7",
                    "-keystore", server.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(server)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            Certificate certificate = keys.getCertificate("server");

            Path pem = folder.resolve("trusted.pem");
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);

            Path pkcs12 = folder.resolve("trusted.p12");
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server", certificate);
            try (OutputStream out = Files.newOutputStream(pkcs12)) {
                trusted.store(out, PASSWORD.toCharArray());
            }
            for (Path file : List.of(server, pem, pkcs12)) {
                file.toFile().deleteOnExit();
            }
            return new TestCertificates(server, pem, pkcs12);
        }
        catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not make the test certificates", e);
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
