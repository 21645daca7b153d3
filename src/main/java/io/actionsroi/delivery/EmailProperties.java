package io.actionsroi.delivery;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the report is emailed. The SMTP server itself (host, port, credentials, timeouts, TLS from the first
 * byte) is Spring Boot's {@code spring.mail.*}; how a login is protected, and which certificates are trusted,
 * are settings of ours.
 *
 * @param enabled whether the email is sent; when false, or when {@code spring.mail.host} is not set, it
 *     is only written as {@code actions-roi-<D>.eml} beside the reports
 * @param from the sender address, such as {@code "Actions ROI <actions-roi@example.com>"}; required to send
 * @param to the leadership recipients; required to send
 * @param cc recipients shown in copy
 * @param bcc recipients in blind copy: they get the email, no header names them
 * @param ops who gets a short alert when a run fails (what failed, for which date, the command to rerun)
 * @param subject the subject line; {@code {date}}, {@code {zone}}, {@code {hoursSaved}},
 *     {@code {processingSaved}}, {@code {waitingHours}}, {@code {runs}} and {@code {successRate}} are
 *     replaced by the report's values (totals up to the report date), {@code {monthHoursSaved}} by the hours
 *     saved in the last 30 days and {@code {monthChange}} by their change against the 30 days before
 *     ("▲ 12.4%", "no change", "▲ from none" when nothing was saved before)
 * @param templatesDir the folder of the email templates ({@code report.html} and {@code report.txt},
 *     Thymeleaf), read at every run so that they can be edited without rebuilding; unset:
 *     {@code reports-templates/email} in the working directory when it holds them, else the copies built
 *     into the jar
 * @param maxAttachmentMb the most the attachments may weigh together, in MiB once base64-encoded; when the
 *     PDF and the workbook would weigh more, the workbook is left out and the email says where it is
 * @param dashboardUrl the Port dashboard the email links to; no link when not set
 * @param reportsUrl where the full reports can be opened, linked from the email; {@code {date}} is replaced
 *     by the report date. When not set, the email names the report folder on the machine that ran the job
 * @param retry how transient SMTP failures (no connection, timeouts, 4xx replies) are retried within a run
 * @param requireTls with a login ({@code spring.mail.username}), whether the connection must be TLS: STARTTLS
 *     is then required unless {@code spring.mail.ssl.enabled} makes it TLS from the first byte, and a server
 *     that does not offer it is refused before the password is sent. False allows a login in clear, for a relay
 *     on the same machine
 * @param trustStore certificates to trust for the SMTP server's TLS besides the JVM's CAs: a PEM bundle or a
 *     PKCS#12 file
 * @param trustStorePassword the PKCS#12 trust store's password, if it has one; never printed
 */
@ConfigurationProperties("report.email")
@Validated
public record EmailProperties(
        @DefaultValue("true") boolean enabled,
        String from,
        @DefaultValue List<@Email String> to,
        @DefaultValue List<@Email String> cc,
        @DefaultValue List<@Email String> bcc,
        @DefaultValue List<@Email String> ops,
        @NotBlank @DefaultValue("Actions ROI {date}: {monthHoursSaved} h saved in 30 days, {monthChange}") String subject,
        Path templatesDir,
        @Positive @DefaultValue("10") double maxAttachmentMb,
        URI dashboardUrl,
        String reportsUrl,
        @NotNull @Valid @DefaultValue Retry retry,
        @DefaultValue("true") boolean requireTls,
        Path trustStore,
        String trustStorePassword) {

    /** The attachment limit in bytes, as encoded in the email. */
    public long maxAttachmentBytes() {
        return (long) (maxAttachmentMb * 1024 * 1024);
    }

    @Override
    public String toString() {
        return "EmailProperties[enabled=" + enabled + ", from=" + from + ", to=" + to + ", cc=" + cc + ", bcc=" + bcc
                + ", ops=" + ops + ", subject=" + subject + ", templatesDir=" + templatesDir + ", maxAttachmentMb="
                + maxAttachmentMb + ", dashboardUrl=" + dashboardUrl + ", reportsUrl=" + reportsUrl + ", retry=" + retry
                + ", requireTls=" + requireTls + ", trustStore=" + trustStore + ", trustStorePassword="
                + (trustStorePassword == null || trustStorePassword.isEmpty() ? "(not set)" : "(set)") + "]";
    }

    /**
     * Retries of transient SMTP failures.
     *
     * @param attempts attempts per recipient (and per connection) before the run fails
     * @param initialBackoff the first wait between attempts; it doubles with each attempt
     * @param maxBackoff the longest wait between attempts
     */
    public record Retry(
            @Min(1) @DefaultValue("4") int attempts,
            @NotNull @DefaultValue("5s") Duration initialBackoff,
            @NotNull @DefaultValue("1m") Duration maxBackoff) {

        /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
        public Duration backoffAfter(int attempt) {
            Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }
}
