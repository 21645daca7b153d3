package io.actionsroi.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.actionsroi.roi.RoiResult;

/**
 * The report email and the alert to ops: composes them, keeps the report email as a .eml file, and
 * sends. Knows nothing of the job that calls it.
 */
public final class ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final EmailProperties email;
    private final EmailChannel channel;
    private final EmailTemplates templates;
    private final MailServer server;
    private final SmtpSender sender;
    private final Clock clock;

    public ReportMailer(EmailProperties email, EmailChannel channel, EmailTemplates templates, MailServer server,
            SmtpSender sender, Clock clock) {
        this.email = email;
        this.channel = channel;
        this.templates = templates;
        this.server = server;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Builds the organisation's report email, keeps it as a .eml file beside the report, and sends it to each
     * recipient who does not have it yet. When it is not sent (a dry run, email disabled, no mail server), the
     * .eml is all it does, and the log says so.
     *
     * @param deliveryId identifies this delivery in the ledger: its recipients get the email once
     * @throws DeliveryException naming the recipients that did not get it
     */
    public void deliver(MailedReport report, DeliveryMode mode, long deliveryId) {
        Recipients recipients = channel.recipients(mode);
        deliver(report, recipients, DeliveryKey.organisationEmail(deliveryId), mode, "the report");
    }

    /**
     * The same for a team's report, to the team's recipients only (leadership's cc and bcc are not used), or
     * in a test send to the test recipients. A team without recipients still gets its .eml, and the log says
     * that it was not emailed. Its recipients get it once per job instance, even when they also get the
     * organisation's.
     *
     * @param teamRecipients the team's recipients, configured and from Port
     */
    public void deliverTeam(MailedReport report, List<String> teamRecipients, DeliveryMode mode, long deliveryId) {
        Recipients recipients = mode.kind() == DeliveryMode.Kind.TEST ? channel.recipients(mode)
                : new Recipients(teamRecipients, List.of(), List.of());
        String team = report.result().scope().team();
        deliver(report, recipients, new DeliveryKey(deliveryId, DeliveryKey.team(team), DeliveryKey.EMAIL), mode,
                "the report of team " + team);
    }

    private void deliver(MailedReport report, Recipients recipients, DeliveryKey key, DeliveryMode mode,
            String whose) {
        RoiResult result = report.result();
        AttachmentPlan attachments = AttachmentPlan.choose(report.pdf(), report.workbook(), email.maxAttachmentBytes());
        EmailModel model = EmailModel.of(result, attachments, report.folder(), email, mode, report.archive());
        MimeMessage message = ReportMessages.compose(server.session(), email.from(), recipients, model,
                templates.render(model), attachments, clock.instant());
        Path eml = report.folder().resolve(mode.emlFileName(report.baseName()));
        ReportMessages.writeEml(message, eml);
        attachments.leftOut().forEach(file -> log.info("Not attached, too large for report.email.max-attachment-mb={}:"
                + " {}", email.maxAttachmentMb(), file.path()));

        Optional<String> notSent = channel.whyNotSent(mode);
        if (notSent.isPresent()) {
            log.info("Email not sent ({}): written to {}", notSent.get(), eml);
            return;
        }
        if (recipients.envelope().isEmpty()) {
            log.info("Not emailed: {} has no recipients (set report.team-reports.recipients, recipient-list or"
                    + " recipients-property); its report is in {}", whose, report.folder());
            return;
        }
        SmtpSender.Outcome outcome = sender.send(message, recipients.envelope(), key, result.reportDate());
        log.info("Emailed {} for {} to {} recipient(s){}; kept as {}", whose, result.reportDate(),
                outcome.sentNow().size(),
                outcome.sentBefore().isEmpty() ? "" : " (" + outcome.sentBefore().size() + " had it from an earlier run)",
                eml);
    }

    /**
     * Sends a short alert to {@code report.email.ops}. Best effort: an alert that cannot be sent is
     * logged. Nothing is sent when no ops address is set, or when the report email would not be sent
     * either (a dry run, email disabled, no mail server).
     */
    public void alertOps(FailureNotice notice, DeliveryMode mode) {
        if (email.ops().isEmpty() || !channel.sends(mode)) {
            return;
        }
        try {
            sendAlert(notice);
            log.info("Sent the failure alert to {}", String.join(", ", email.ops()));
        }
        catch (MessagingException | RuntimeException e) {
            log.warn("Could not send the failure alert to report.email.ops ({}): {}", server.address(),
                    SmtpFailures.describe(e));
        }
    }

    private void sendAlert(FailureNotice notice) throws MessagingException {
        String text = """
                The Actions ROI report for %s (%s) %s

                Outputs written so far: %s
                Job execution %d of job instance %d.

                To restart it where it failed, run on the machine that runs the report (Port is not read again once \
                the summary is written, and only the recipients who do not have the email get it):

                  cron/actions-roi-report.sh %s

                or java -jar actions-roi-report.jar %s from its installation folder.
                """.formatted(notice.reportDate(), notice.zone(), notice.failure(),
                notice.outputFolder().toAbsolutePath().normalize(), notice.executionId(), notice.instanceId(),
                notice.rerunArguments(), notice.rerunArguments());

        MimeMessage alert = new MimeMessage(server.session());
        alert.setFrom(new InternetAddress(email.from()));
        alert.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", email.ops())));
        alert.setSubject("Actions ROI report for " + notice.reportDate() + " (" + notice.zone() + ") failed",
                StandardCharsets.UTF_8.name());
        alert.setText(text, StandardCharsets.UTF_8.name());
        alert.setSentDate(Date.from(clock.instant()));
        alert.setHeader("Auto-Submitted", "auto-generated");
        alert.saveChanges();
        try (Transport transport = server.connect()) {
            transport.sendMessage(alert, alert.getAllRecipients());
        }
    }
}
