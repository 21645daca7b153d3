package io.actionsroi.port;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates the Port client trusts when {@code port.trust-store} is set: the JDK's default CAs
 * plus the store's, so that Port is reached both directly and through a proxy that inspects TLS with
 * a corporate CA. The store is a PEM bundle or a PKCS#12 file ({@code port.trust-store-password}).
 */
final class PortTrust {

    private static final Pattern PEM_CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----");

    private PortTrust() {
    }

    /**
     * A TLS context trusting the JDK's default CAs and the store's certificates.
     *
     * @throws PortException when the store is missing, unreadable or holds no certificate
     */
    static SSLContext context(Path store, String password) {
        KeyStore anchors = anchors(store, password);
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw cannotUse(store, e);
        }
    }

    /** The JDK's default CAs and the store's certificates, as one key store. */
    static KeyStore anchors(Path store, String password) {
        List<X509Certificate> added = certificates(store, password);
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int alias = 0;
            for (X509Certificate certificate : defaultCertificates()) {
                anchors.setCertificateEntry("jdk-" + alias++, certificate);
            }
            for (X509Certificate certificate : added) {
                anchors.setCertificateEntry("port-trust-store-" + alias++, certificate);
            }
            return anchors;
        } catch (GeneralSecurityException | IOException e) {
            throw cannotUse(store, e);
        }
    }

    /** The store's certificates, from PEM blocks or, failing those, from a PKCS#12 file. */
    private static List<X509Certificate> certificates(Path store, String password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(store);
        } catch (NoSuchFileException e) {
            throw refused(store, "does not exist", e);
        } catch (IOException e) {
            throw refused(store, "cannot be read (" + e + ")", e);
        }
        boolean pem = new String(bytes, StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
        List<X509Certificate> certificates = pem ? pem(store, bytes) : pkcs12(store, bytes, password);
        if (certificates.isEmpty()) {
            throw refused(store, "holds no certificate" + (pem ? "" : password == null
                    ? " that can be read without port.trust-store-password" : ""), null);
        }
        return certificates;
    }

    private static List<X509Certificate> pem(Path store, byte[] bytes) {
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_CERTIFICATE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(1));
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw refused(store, "holds a PEM certificate that cannot be read (" + e.getMessage() + ")", e);
        }
        return certificates;
    }

    private static List<X509Certificate> pkcs12(Path store, byte[] bytes, String password) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(new ByteArrayInputStream(bytes), password == null ? null : password.toCharArray());
            for (String alias : Collections.list(keyStore.aliases())) {
                Certificate certificate = keyStore.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            throw refused(store, "is neither a PEM bundle nor a PKCS#12 file that port.trust-store-password opens ("
                    + e.getMessage() + ")", e);
        }
        return certificates;
    }

    private static List<X509Certificate> defaultCertificates() throws GeneralSecurityException {
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        List<X509Certificate> certificates = new ArrayList<>();
        for (TrustManager manager : defaults.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                certificates.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return certificates;
    }

    private static PortException cannotUse(Path store, Exception e) {
        return new PortException("The Port client could not be set up to trust port.trust-store "
                + store.toAbsolutePath() + ": " + e.getMessage(), e);
    }

    private static PortException refused(Path store, String what, Exception cause) {
        return new PortException("port.trust-store " + store.toAbsolutePath() + " " + what + ": give a PEM bundle of"
                + " the CA certificates that sign what the Port client receives on this network (the TLS-inspecting"
                + " proxy's CA), or a PKCS#12 file with port.trust-store-password.", cause);
    }
}
