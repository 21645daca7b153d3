package io.actionsroi.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, in the test JVM, in clear or over TLS from the first byte
 * (SMTPS). It can refuse chosen recipients: the message to them is answered with a 451, as a server does
 * with a mailbox that is busy.
 */
public final class LoopbackSmtp implements AutoCloseable {

    private final GreenMail greenMail;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    private LoopbackSmtp(int port, String protocol) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", protocol));
        greenMail.start();
        MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (refused.contains(address.getEmail())) {
                throw new MessagingException("mailbox of " + address.getEmail() + " is busy");
            }
            return deliver.handle(message, address);
        });
    }

    /** A server on a free port. */
    public static LoopbackSmtp start() {
        return new LoopbackSmtp(0, ServerSetup.PROTOCOL_SMTP);
    }

    /** A server on a given port, such as one where nothing listened before. */
    static LoopbackSmtp startOn(int port) {
        return new LoopbackSmtp(port, ServerSetup.PROTOCOL_SMTP);
    }

    /**
     * A server that speaks TLS from the first byte, with the key and certificate of a PKCS#12 key store.
     * GreenMail reads its key store once per JVM, the first time a TLS server starts: every SMTPS server of
     * the tests must use the same one.
     */
    public static LoopbackSmtp startSmtps(Path keyStore, String password) {
        System.setProperty("greenmail.tls.keystore.file", keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", password);
        return new LoopbackSmtp(0, ServerSetup.PROTOCOL_SMTPS);
    }

    /** A loopback port nothing listens on (until a server is started on it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets a client log in with these credentials (a server without users refuses every login). */
    public void acceptLogin(String login, String password) {
        greenMail.setUser(login + "@example.com", login, password);
    }

    public int port() {
        return (greenMail.getSmtp() != null ? greenMail.getSmtp() : greenMail.getSmtps()).getPort();
    }

    void refuse(String recipient) {
        refused.add(recipient);
    }

    void accept(String recipient) {
        refused.remove(recipient);
    }

    /** The messages in one recipient's mailbox. */
    public List<MimeMessage> mailboxOf(String recipient) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(recipient), message -> true)
                .toList();
    }

    /** Every message received, once per recipient mailbox. */
    public List<MimeMessage> all() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
