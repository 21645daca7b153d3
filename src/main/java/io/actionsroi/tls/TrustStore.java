package io.actionsroi.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates a client trusts besides the JVM's own CAs, from a file an operator names in a setting
 * (a company's CA for TLS inspection, an internal server's CA): a PEM bundle (one or more
 * {@code -----BEGIN CERTIFICATE-----} blocks) or a PKCS#12 file.
 */
public final class TrustStore {

    private static final Pattern PEM_CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----");

    private TrustStore() {
    }

    /**
     * A TLS context that trusts the JVM's CAs and the certificates of {@code file}.
     *
     * @param setting the setting that names the file, such as {@code report.email.trust-store}; its password
     *     is the setting of the same name ending in {@code -password}
     * @param password the PKCS#12 file's password; null or empty when it has none, and for a PEM bundle
     * @throws IllegalArgumentException naming the setting and the file when it cannot be read or holds no
     *     certificate
     */
    public static SSLContext sslContext(String setting, Path file, String password) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager(setting, file, password)}, null);
            return context;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(unusable(setting, file, reason(e)), e);
        }
    }

    /** What {@link #sslContext} trusts. */
    static X509TrustManager trustManager(String setting, Path file, String password) {
        KeyStore certificates = load(setting, file, password);
        try {
            for (X509Certificate jvmCa : jvmCas()) {
                certificates.setCertificateEntry("jvm-" + certificates.size(), jvmCa);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(certificates);
            for (TrustManager manager : trust.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new KeyStoreException("no X.509 trust manager");
        }
        catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(unusable(setting, file, reason(e)), e);
        }
    }

    private static KeyStore load(String setting, Path file, String password) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("Invalid setting " + setting + "=" + file + ": the file cannot be read ("
                    + reason(e) + ").", e);
        }
        try {
            KeyStore certificates = isPem(content) ? pem(content) : pkcs12(content, password);
            if (certificates.size() == 0) {
                throw new IllegalArgumentException(unusable(setting, file, "it holds no certificate"));
            }
            return certificates;
        }
        catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(unusable(setting, file, reason(e)), e);
        }
    }

    private static List<X509Certificate> jvmCas() throws GeneralSecurityException {
        TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jvm.init((KeyStore) null);
        List<X509Certificate> cas = new ArrayList<>();
        for (TrustManager manager : jvm.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                cas.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return cas;
    }

    /** Whether the file is PEM, of certificates or not (a key alone holds no certificate, it is no PKCS#12 file). */
    private static boolean isPem(byte[] content) {
        return new String(content, StandardCharsets.US_ASCII).contains("-----BEGIN ");
    }

    /** The certificate blocks of a PEM file; the text around them and other blocks (a key) are left aside. */
    private static KeyStore pem(byte[] content) throws IOException, GeneralSecurityException {
        KeyStore certificates = KeyStore.getInstance(KeyStore.getDefaultType());
        certificates.load(null, null);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        Matcher block = PEM_CERTIFICATE.matcher(new String(content, StandardCharsets.US_ASCII));
        int index = 0;
        while (block.find()) {
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(block.group(1));
            }
            catch (IllegalArgumentException e) {
                throw new CertificateException("certificate " + (index + 1) + " is not valid Base64 (" + e.getMessage() + ")", e);
            }
            certificates.setCertificateEntry("certificate-" + index++, factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        return certificates;
    }

    private static KeyStore pkcs12(byte[] content, String password) throws IOException, GeneralSecurityException {
        KeyStore certificates = KeyStore.getInstance("PKCS12");
        certificates.load(new ByteArrayInputStream(content),
                password == null || password.isEmpty() ? null : password.toCharArray());
        return certificates;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String unusable(String setting, Path file, String reason) {
        return "Invalid setting " + setting + "=" + file + ": " + reason + ". Give a PEM file of the CA certificates to"
                + " trust, or a PKCS#12 file with its password in " + setting + "-password.";
    }
}
