package io.actionsroi.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust stores as operators give them, tried in a real TLS handshake on loopback. */
class TrustStoreTest {

    private static final String SETTING = "report.email.trust-store";

    @TempDir
    Path folder;

    @Test
    void aPemFileAndAPkcs12FileWithItsPasswordAreTrustedBesidesTheJvmsCas() throws Exception {
        TestCertificates certificates = TestCertificates.get();

        assertThat(handshake(TrustStore.sslContext(SETTING, certificates.caPem(), null))).isTrue();
        assertThat(handshake(TrustStore.sslContext(SETTING, certificates.caPkcs12(), TestCertificates.PASSWORD))).isTrue();
        X509Certificate jvmCa = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(otherCertificatePem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(TrustStore.trustManager(SETTING, certificates.caPem(), null).getAcceptedIssuers()).contains(jvmCa);
    }

    @Test
    void aPemBundleWithOtherCertificatesAndCommentsTrustsEachOfThem() throws Exception {
        // given: the CA's certificate after another one, with the lines openssl writes around them
        Path bundle = folder.resolve("bundle.pem");
        Files.writeString(bundle, "subject=CN=another\n" + otherCertificatePem()
                + "subject=CN=Actions ROI test company CA\n" + Files.readString(TestCertificates.get().caPem()));

        // then
        assertThat(handshake(TrustStore.sslContext(SETTING, bundle, ""))).isTrue();
    }

    @Test
    void theServerIsNotTrustedWhenTheStoreHoldsOnlyAnotherCertificate() throws Exception {
        // given: a CA of the JVM's, which did not sign the server's certificate
        Path other = Files.writeString(folder.resolve("other.pem"), otherCertificatePem());

        // then: neither it nor the JVM's other CAs make the server trusted
        assertThat(handshake(TrustStore.sslContext(SETTING, other, null))).isFalse();
    }

    @Test
    void aStoreThatCannotBeUsedIsRefusedNamingTheSettingTheFileAndWhatToGive() throws IOException {
        TestCertificates certificates = TestCertificates.get();
        Path missing = folder.resolve("missing.pem");
        Path empty = Files.writeString(folder.resolve("empty.pem"), "no certificate here\n");
        Path keyAlone = Files.writeString(folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + "MC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n");
        Path broken = Files.writeString(folder.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nMIIBkz\n"
                + "-----END CERTIFICATE-----\n");
        String wrongPassword = "wr0ng-never-printed";

        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, missing, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + missing + ": the file cannot be read");
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, folder, null))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + folder + ": the file cannot be read");
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, certificates.caPkcs12(), wrongPassword))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + certificates.caPkcs12() + ": ")
                .hasMessageContaining("password")
                .hasMessageEndingWith("Give a PEM file of the CA certificates to trust, or a PKCS#12 file with its"
                        + " password in report.email.trust-store-password.")
                .message().doesNotContain(wrongPassword);
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, keyAlone, null))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + keyAlone + ": it holds no certificate. ");
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, broken, null))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + broken + ": CertificateException")
                .hasMessageEndingWith("with its password in report.email.trust-store-password.");
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, certificates.caPkcs12(), null))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + certificates.caPkcs12()
                        + ": it holds no certificate. ")
                .hasMessageEndingWith("with its password in report.email.trust-store-password.");
        assertThatThrownBy(() -> TrustStore.sslContext(SETTING, empty, null))
                .hasMessageStartingWith("Invalid setting report.email.trust-store=" + empty + ": ");
    }

    /** A CA certificate of the JVM's own trust store, as PEM. */
    private static String otherCertificatePem() throws Exception {
        KeyStore jvm = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
            jvm.load(in, null);
        }
        Certificate certificate = jvm.getCertificate(jvm.aliases().nextElement());
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** Whether a client with {@code trust} completes a TLS handshake with the test server on 127.0.0.1. */
    private static boolean handshake(SSLContext trust) throws Exception {
        SSLContext server = TestCertificates.get().serverContext();
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listener.accept(); OutputStream out = accepted.getOutputStream()) {
                    out.write(1);
                }
                catch (IOException e) {
                    // the client refused the certificate
                }
            });
            try (SSLSocket client = (SSLSocket) trust.getSocketFactory().createSocket("127.0.0.1", listener.getLocalPort());
                    InputStream in = client.getInputStream()) {
                return in.read() == 1;
            }
            catch (SSLHandshakeException e) {
                return false;
            }
            finally {
                served.get(10, TimeUnit.SECONDS);
            }
        }
    }
}
