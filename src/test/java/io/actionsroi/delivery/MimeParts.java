package io.actionsroi.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A received message opened back: its text and HTML bodies and its attachments. */
public record MimeParts(String text, String html, Map<String, byte[]> attachments) {

    public static MimeParts of(MimeMessage message) {
        MimeParts parts = new MimeParts(null, null, new LinkedHashMap<>());
        try {
            return parts.with(message);
        }
        catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the message back", e);
        }
    }

    /** Reads an .eml file written by the job. */
    public static MimeMessage readEml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeParts with(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            return this;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            MimeParts all = this;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all = all.with(child);
            }
            return all;
        }
        if (part.isMimeType("text/plain")) {
            return new MimeParts((String) part.getContent(), html, attachments);
        }
        if (part.isMimeType("text/html")) {
            return new MimeParts(text, (String) part.getContent(), attachments);
        }
        return this;
    }
}
