package io.actionsroi.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.actionsroi.report.AtomicFile;

/**
 * The report email as a MIME message: HTML with a plain-text alternative, the report files attached.
 * The To and Cc headers name the recipients; Bcc recipients are named by no header.
 */
public final class ReportMessages {

    private ReportMessages() {
    }

    /** Builds the message, headers complete (Message-ID included), ready to write or send. */
    public static MimeMessage compose(Session session, String from, Recipients recipients, EmailModel model,
            EmailTemplates.Bodies bodies, AttachmentPlan attachments, Instant now) {
        try {
            MimeMessage message = new MimeMessage(session);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            if (from != null && !from.isBlank()) {
                helper.setFrom(from);
            }
            helper.setTo(recipients.to().toArray(String[]::new));
            helper.setCc(recipients.cc().toArray(String[]::new));
            helper.setSubject(model.subject());
            helper.setSentDate(Date.from(now));
            helper.setText(bodies.text(), bodies.html());
            for (AttachmentPlan.ReportFile file : attachments.attached()) {
                helper.addAttachment(file.fileName(), new FileSystemResource(file.path()));
            }
            // Tells auto-responders (out of office) not to answer a machine.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            return message;
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Could not build the report email for " + model.reportDate() + ": "
                    + e.getMessage() + ". Check report.email.from, report.email.to and report.email.cc.", e);
        }
    }

    /** Writes the message as an .eml file, atomically. */
    public static void writeEml(MimeMessage message, Path file) {
        AtomicFile.write(file, out -> {
            try {
                message.writeTo(out);
            }
            catch (MessagingException e) {
                throw new IOException("the message could not be encoded (" + e.getMessage() + ")", e);
            }
        });
    }
}
