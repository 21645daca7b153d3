package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortTrustTest {

    private static TestCertificates certificates;
    private static Certificate ca;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.shared();
        try (var pem = Files.newInputStream(certificates.caPem())) {
            ca = CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    @Test
    void trustsTheJdksCasAndEveryCertificateOfAPemBundle() throws Exception {
        String caPem = Files.readString(certificates.caPem());
        Path bundle = Files.writeString(folder.resolve("bundle.pem"), "# Corporate CA, as a bundle carries it\n" + caPem
                + "\nsubject=CN=Actions ROI test corporate CA (again)\n" + caPem);

        KeyStore anchors = PortTrust.anchors(bundle, null);

        assertThat(certificatesOf(anchors)).contains(ca).hasSize(defaultCas() + 2);
    }

    @Test
    void readsAPkcs12TrustStoreWithItsPassword() throws Exception {
        KeyStore anchors = PortTrust.anchors(certificates.caPkcs12(), TestCertificates.PASSWORD);

        assertThat(certificatesOf(anchors)).contains(ca).hasSize(defaultCas() + 1);
        assertThat(PortTrust.context(certificates.caPkcs12(), TestCertificates.PASSWORD).getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aWrongPkcs12PasswordIsNamedWithoutBeingPrinted() {
        assertThatThrownBy(() -> PortTrust.anchors(certificates.caPkcs12(), "wr0ng-never-printed"))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + certificates.caPkcs12())
                .hasMessageContaining("port.trust-store-password")
                .message().doesNotContain("wr0ng-never-printed");
    }

    @Test
    void aMissingStoreIsNamed() {
        Path missing = folder.resolve("corporate-ca.pem");

        assertThatThrownBy(() -> PortTrust.anchors(missing, null))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + missing + " does not exist: give a PEM bundle");
    }

    @Test
    void aFolderCannotBeRead() {
        assertThatThrownBy(() -> PortTrust.anchors(folder, null))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + folder + " cannot be read");
    }

    @Test
    void aPemFileWithoutCertificateIsRefused() throws Exception {
        Path key = Files.writeString(folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n"
                + "-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> PortTrust.anchors(key, null))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + key + " holds no certificate:");
    }

    @Test
    void aBrokenPemCertificateIsRefused() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nMIIBkz\n"
                + "-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> PortTrust.anchors(broken, null))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + broken + " holds a PEM certificate that cannot be read");
    }

    @Test
    void aFileThatIsNeitherPemNorPkcs12IsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "the CA is on the intranet");

        assertThatThrownBy(() -> PortTrust.anchors(text, null))
                .isInstanceOf(PortException.class)
                .hasMessageStartingWith("port.trust-store " + text + " is neither a PEM bundle nor a PKCS#12 file");
    }

    private static List<Certificate> certificatesOf(KeyStore store) throws Exception {
        return Collections.list(store.aliases()).stream().map(alias -> {
            try {
                return store.getCertificate(alias);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int defaultCas() throws Exception {
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        return ((X509TrustManager) defaults.getTrustManagers()[0]).getAcceptedIssuers().length;
    }
}
