package io.actionsroi.delivery;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server on 127.0.0.1 that answers as a test scripts it, for what GreenMail cannot do: chosen
 * reply codes for chosen recipients (421, 450, 452, 550, ...), no answer at all (a timeout, or a process
 * killed while it waits), STARTTLS, or no STARTTLS while offering a login. It records every command it
 * receives, and keeps each message it accepted in the mailbox of its recipient.
 *
 * <p>Unscripted, it accepts everything, and a login only with the credentials of {@link #acceptLogin}.
 */
public final class ScriptedSmtp implements AutoCloseable {

    /** When a scripted answer is given, for the recipient of the envelope. */
    public enum Moment {
        /** The answer to {@code RCPT TO}. */
        RCPT,
        /** The answer to the end of the message's data: the server accepts the message or not. */
        END_OF_DATA
    }

    /** Not answering: the connection stays open and silent until the client gives up or dies. */
    public static final String SILENCE = "(silence)";
    /**
     * At {@link Moment#END_OF_DATA} only: the message is delivered, but the answer saying so never comes, as
     * when a client dies between the server's acceptance and its reading of it.
     */
    public static final String DELIVER_IN_SILENCE = "(deliver in silence)";

    /** A command the server received, and when. */
    public record Command(Instant at, String line, boolean overTls) {
    }

    private final ServerSocket listener;
    private final SSLContext startTls;
    private final Map<String, Deque<String>> script = new ConcurrentHashMap<>();
    private final Map<String, List<byte[]>> mailboxes = new ConcurrentHashMap<>();
    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile String login;

    private ScriptedSmtp(SSLContext startTls) {
        this.startTls = startTls;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "scripted-smtp-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that does not offer STARTTLS. */
    public static ScriptedSmtp start() {
        return new ScriptedSmtp(null);
    }

    /** A server that offers STARTTLS, with the key and certificate of {@code tls}. */
    public static ScriptedSmtp withStartTls(SSLContext tls) {
        return new ScriptedSmtp(tls);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Offers AUTH PLAIN and LOGIN (over TLS or not), and accepts these credentials only. */
    public void acceptLogin(String user, String password) {
        login = user + "\0" + password;
    }

    /**
     * Scripts the answers at {@code moment} for {@code recipient}: the first time with the first of
     * {@code answers} (a reply line such as {@code "451 4.3.0 Try again later"}, {@link #SILENCE} or
     * {@link #DELIVER_IN_SILENCE}), the next time with the next one, and as usual once they are used up.
     */
    public void script(Moment moment, String recipient, String... answers) {
        script.computeIfAbsent(key(moment, recipient), k -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** The messages delivered to one recipient (the envelope's), in order. */
    public List<MimeMessage> mailboxOf(String recipient) {
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        for (byte[] raw : mailboxes.getOrDefault(recipient.toLowerCase(Locale.ROOT), List.of())) {
            try {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }

    /** Every command received, in order. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** When {@code RCPT TO} named {@code recipient}: one instant per attempt to send to them. */
    public List<Instant> attemptsFor(String recipient) {
        String rcpt = "rcpt to:<" + recipient.toLowerCase(Locale.ROOT) + ">";
        return commands.stream().filter(command -> command.line().toLowerCase(Locale.ROOT).startsWith(rcpt))
                .map(Command::at).toList();
    }

    /** The connections opened so far (one greeting each). */
    public long connections() {
        return commands.stream().filter(command -> command.line().startsWith("EHLO") && !command.overTls()).count();
    }

    @Override
    public void close() {
        try {
            listener.close();
        }
        catch (IOException e) {
            // closing a listener that failed: nothing to release
        }
        for (Socket socket : open) {
            try {
                socket.close();
            }
            catch (IOException e) {
                // already gone
            }
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                Thread session = new Thread(() -> converse(socket), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            }
            catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            new Conversation(socket).run();
        }
        catch (IOException e) {
            // the client hung up, or the test closed the server
        }
        finally {
            open.remove(socket);
        }
    }

    private static String key(Moment moment, String recipient) {
        return moment + " " + recipient.toLowerCase(Locale.ROOT);
    }

    private String answer(Moment moment, String recipient, String usual) {
        Deque<String> answers = script.get(key(moment, recipient));
        String scripted = answers == null ? null : answers.pollFirst();
        return scripted != null ? scripted : usual;
    }

    /** One client's connection, command by command. */
    private final class Conversation {

        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean overTls;
        private boolean loggedIn;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket socket) throws IOException {
            use(socket);
        }

        private void use(Socket current) throws IOException {
            socket = current;
            in = new BufferedInputStream(current.getInputStream());
            out = current.getOutputStream();
        }

        void run() throws IOException {
            reply("220 127.0.0.1 ESMTP scripted");
            for (String line = readLine(); line != null; line = readLine()) {
                commands.add(new Command(Instant.now(), line, overTls));
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> ehlo();
                    case "STARTTLS" -> startTls();
                    case "AUTH" -> authenticate(line);
                    case "MAIL" -> {
                        recipients.clear();
                        reply("250 2.1.0 OK");
                    }
                    case "RCPT" -> rcpt(line);
                    case "DATA" -> {
                        if (!data()) {
                            silence();
                            return;
                        }
                    }
                    case "RSET", "NOOP" -> reply("250 2.0.0 OK");
                    case "QUIT" -> {
                        reply("221 2.0.0 Bye");
                        return;
                    }
                    default -> reply("502 5.5.2 Command not implemented");
                }
            }
        }

        private void ehlo() throws IOException {
            List<String> extensions = new ArrayList<>(List.of("127.0.0.1", "8BITMIME"));
            if (startTls != null && !overTls) {
                extensions.add("STARTTLS");
            }
            if (login != null) {
                extensions.add("AUTH PLAIN LOGIN");
            }
            for (int i = 0; i < extensions.size(); i++) {
                reply("250" + (i == extensions.size() - 1 ? " " : "-") + extensions.get(i));
            }
        }

        private void startTls() throws IOException {
            if (startTls == null || overTls) {
                reply("502 5.5.1 STARTTLS not offered");
                return;
            }
            reply("220 2.0.0 Ready to start TLS");
            SSLSocket tls = (SSLSocket) startTls.getSocketFactory().createSocket(socket,
                    socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            open.add(tls);
            use(tls);
            overTls = true;
        }

        private void authenticate(String line) throws IOException {
            String[] words = line.split(" ");
            String credentials;
            if (words[1].equalsIgnoreCase("PLAIN")) {
                String plain = words.length > 2 ? words[2] : challenge("");
                String[] parts = decode(plain).split("\0", -1);
                credentials = parts.length == 3 ? parts[1] + "\0" + parts[2] : "";
            }
            else if (words[1].equalsIgnoreCase("LOGIN")) {
                String user = decode(challenge("VXNlcm5hbWU6"));
                credentials = user + "\0" + decode(challenge("UGFzc3dvcmQ6"));
            }
            else {
                reply("504 5.5.4 Unrecognized authentication type");
                return;
            }
            loggedIn = login != null && login.equals(credentials);
            reply(loggedIn ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
        }

        private String challenge(String prompt) throws IOException {
            reply("334 " + prompt);
            String answer = readLine();
            commands.add(new Command(Instant.now(), "(credentials)", overTls));
            return answer == null ? "" : answer;
        }

        private static String decode(String base64) {
            return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        }

        private void rcpt(String line) throws IOException {
            if (login != null && !loggedIn) {
                reply("530 5.7.0 Authentication required");
                return;
            }
            String recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
            String answer = answer(Moment.RCPT, recipient, "250 2.1.5 OK");
            if (answer.equals(SILENCE)) {
                silence();
                return;
            }
            if (answer.startsWith("250")) {
                recipients.add(recipient);
            }
            reply(answer);
        }

        /** Receives the message; false when the server falls silent instead of answering. */
        private boolean data() throws IOException {
            if (recipients.isEmpty()) {
                reply("503 5.5.1 No valid recipients");
                return true;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            for (String line = readLine(); line != null && !line.equals("."); line = readLine()) {
                message.write((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.UTF_8));
                message.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            String answer = answer(Moment.END_OF_DATA, recipients.get(0), "250 2.0.0 OK queued");
            if (answer.equals(DELIVER_IN_SILENCE) || answer.startsWith("250")) {
                for (String recipient : recipients) {
                    mailboxes.computeIfAbsent(recipient, r -> Collections.synchronizedList(new ArrayList<>()))
                            .add(message.toByteArray());
                }
            }
            recipients.clear();
            if (answer.equals(SILENCE) || answer.equals(DELIVER_IN_SILENCE)) {
                return false;
            }
            reply(answer);
            return true;
        }

        /** Answers nothing more: reads until the client hangs up (a timeout) or dies. */
        private void silence() throws IOException {
            while (readLine() != null) {
                // not answering
            }
        }

        private void reply(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** One line without its CRLF, as UTF-8; null at the end of the stream. */
        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
