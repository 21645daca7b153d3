package io.actionsroi.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import io.actionsroi.job.ReportCommand;

import static io.actionsroi.delivery.MailedReportCli.BCC;
import static io.actionsroi.delivery.MailedReportCli.CC;
import static io.actionsroi.delivery.MailedReportCli.DATE;
import static io.actionsroi.delivery.MailedReportCli.FORMULA_TITLE;
import static io.actionsroi.delivery.MailedReportCli.FROM;
import static io.actionsroi.delivery.MailedReportCli.OPS;
import static io.actionsroi.delivery.MailedReportCli.SCRIPT_TITLE;
import static io.actionsroi.delivery.MailedReportCli.TO;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole job, emailing through a real SMTP server on loopback (GreenMail), with a file H2 job repository. */
@ExtendWith(OutputCaptureExtension.class)
class EmailDeliveryFunctionalTests {

    private static final List<String> LEADERSHIP = Stream.of(TO, CC, BCC).flatMap(List::stream).toList();

    @TempDir
    Path folder;

    @Test
    void theEmailReachesEachRecipientWithBothBodiesEscapedTitlesAndTheReportFiles(CapturedOutput output) throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());

            // when
            int exitCode = cli.run();

            // then: one message in each recipient's mailbox, To and Cc in the headers, Bcc in none
            assertThat(exitCode).isZero();
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(1);
            }
            assertThat(smtp.all()).hasSize(LEADERSHIP.size());
            MimeMessage message = smtp.mailboxOf(BCC.get(0)).get(0);
            assertThat(addresses(message.getFrom())).containsExactly(FROM);
            assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactlyElementsOf(TO);
            assertThat(addresses(message.getRecipients(Message.RecipientType.CC))).containsExactlyElementsOf(CC);
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(rawHeaders(message)).doesNotContain(BCC.get(0));

            // and: the subject carries the last 30 days' hours saved and their change, as the summary has them
            JsonNode summary = cli.summary();
            JsonNode month = SummaryWords.month(summary);
            String monthHours = SummaryWords.hours(month.get("current").get("lead_time_savings_h").asDouble());
            String monthChange = SummaryWords.change(month.get("change").get("lead_time_savings_h"), false);
            assertThat(message.getSubject()).isEqualTo("Actions ROI " + DATE + ": " + monthHours + " h saved in 30 days, "
                    + monthChange);

            // and: titles are shown as written, never as markup
            MimeParts parts = MimeParts.of(message);
            assertThat(parts.html())
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt; Purge cache")
                    .doesNotContain("<script>")
                    .contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)")
                    .contains("Access &amp; permissions")
                    .doesNotContain("<img");
            assertThat(parts.text()).contains(SCRIPT_TITLE).contains(FORMULA_TITLE)
                    .contains("Most run this week: ").contains("LAST 7 DAYS").contains("DATA QUALITY");

            // and: the headline figures with their change, the three questions answered, without an hourly cost
            assertThat(parts.html()).contains(">vs the 30 days before</th>").contains(">" + monthChange + "</td>")
                    .contains(">Is it growing?</b>").contains(">Who uses it?</b>").contains(">What is it worth?</b>")
                    .contains("Set report.hourly-cost (and report.currency)");
            List<String> lines = parts.text().lines().toList();
            assertThat(lines).anyMatch(line -> line.startsWith("Total hours saved (lead time): ")
                    && line.endsWith("; " + monthHours + "\u00a0h in the last 30 days, " + monthChange + " vs the 30 days before"));
            assertThat(lines).anyMatch(line -> line.startsWith("Is it growing? "))
                    .anyMatch(line -> line.startsWith("Who uses it? "))
                    .anyMatch(line -> line.startsWith("What is it worth? Set report.hourly-cost (and report.currency)"));

            // and: the log's closing line has them too, with three decimals like Port
            JsonNode totals = summary.get("totals");
            assertThat(output.getOut()).contains(String.format(Locale.ENGLISH,
                    "%,d runs, %.1f%% successful; %,.3f h saved in the last 30 days, %s vs the 30 days before; steps: ",
                    totals.get("total_runs").asLong(), totals.get("success_rate").asDouble(),
                    month.get("current").get("lead_time_savings_h").asDouble(), monthChange));

            // and: the reports the job wrote are attached, byte for byte
            assertThat(parts.attachments()).containsOnlyKeys("actions-roi-" + DATE + ".pdf", "actions-roi-" + DATE + ".xlsx");
            assertThat(parts.attachments().get("actions-roi-" + DATE + ".pdf")).isEqualTo(Files.readAllBytes(cli.reportFile("pdf")));
            assertThat(parts.attachments().get("actions-roi-" + DATE + ".xlsx")).isEqualTo(Files.readAllBytes(cli.reportFile("xlsx")));

            // and: the email sent is kept beside the reports
            MimeMessage kept = MimeParts.readEml(cli.reportFile("eml"));
            assertThat(kept.getSubject()).isEqualTo(message.getSubject());
            assertThat(kept.getMessageID()).isEqualTo(message.getMessageID());
        }
    }

    @Test
    void whenThePdfAndTheWorkbookWeighTooMuchOnlyThePdfIsAttachedAndTheEmailSaysWhereTheWorkbookIs() throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: a dry run tells the reports' sizes; the limit fits the PDF, not the PDF and the workbook
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());
            assertThat(cli.run("--report.dry-run=true")).isZero();
            long pdfSize = Files.size(cli.reportFile("pdf"));
            long workbookSize = Files.size(cli.reportFile("xlsx"));
            double limitMb = (AttachmentPlan.encodedSize(pdfSize) + AttachmentPlan.encodedSize(workbookSize) / 2.0)
                    / (1024 * 1024);

            // when
            int exitCode = cli.run("--report.email.max-attachment-mb=" + limitMb,
                    "--report.email.reports-url=https://files.example.com/actions-roi/{date}/");

            // then
            assertThat(exitCode).isZero();
            MimeParts parts = MimeParts.of(smtp.mailboxOf(TO.get(0)).get(0));
            assertThat(parts.attachments()).containsOnlyKeys("actions-roi-" + DATE + ".pdf");
            assertThat(parts.attachments().get("actions-roi-" + DATE + ".pdf")).isEqualTo(Files.readAllBytes(cli.reportFile("pdf")));
            String where = "https://files.example.com/actions-roi/" + DATE + "/";
            String leftOut = String.format(Locale.ENGLISH, "actions-roi-%s.xlsx (%.1f MB) is too large to attach", DATE,
                    Files.size(cli.reportFile("xlsx")) / (1024.0 * 1024.0));
            assertThat(parts.text()).contains(leftOut).contains(where);
            assertThat(parts.html()).contains(leftOut).contains("href=\"" + where + "\"");
        }
    }

    @Test
    void aSecondRunForTheSameDateSendsNothing(CapturedOutput output) {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());
            assertThat(cli.run()).isZero();
            assertThat(smtp.all()).hasSize(LEADERSHIP.size());

            // when: cron fires again, or someone reruns it by mistake
            int exitCode = cli.run();

            // then
            assertThat(exitCode).isZero();
            assertThat(smtp.all()).hasSize(LEADERSHIP.size());
            assertThat(output.getOut()).contains("The report for " + DATE + " (UTC) was already made: nothing to do.");
        }
    }

    @Test
    void smtpDownThenARefusedRecipientThenAllWellDeliversExactlyOneEmailPerRecipient(CapturedOutput output) {
        // given: nothing listens on the mail server's port
        int port = LoopbackSmtp.freePort();
        MailedReportCli cli = new MailedReportCli(folder, port);

        // when
        int down = cli.run();

        // then: the job fails with the reason, the reports stay on disk
        assertThat(down).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(lastLine(output.getErr())).contains("failed in step 'delivery'")
                .contains("Could not connect to the mail server 127.0.0.1:" + port)
                .contains("reached 0 of " + LEADERSHIP.size() + " recipients")
                .contains("Run the same command again");
        assertThat(cli.reportFile("json")).exists();
        assertThat(cli.reportFile("eml")).exists();

        try (LoopbackSmtp smtp = LoopbackSmtp.startOn(port)) {
            // when: the server is back but refuses one mailbox for now
            smtp.refuse(CC.get(0));
            int outputBefore = output.getOut().length();
            int refused = cli.run();

            // then: the others have it; the refused one is named; Port was not read again
            assertThat(refused).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(lastLine(output.getErr())).contains("reached " + (LEADERSHIP.size() - 1) + " of "
                    + LEADERSHIP.size() + " recipients; not delivered to: " + CC.get(0) + " (451");
            assertThat(output.getOut().substring(outputBefore)).doesNotContain("ReferenceDataTasklet");
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(recipient.equals(CC.get(0)) ? 0 : 1);
            }

            // when: the mailbox accepts mail again, and the same command runs again
            smtp.accept(CC.get(0));
            int restarted = cli.run();

            // then: exactly one email per recipient in all
            assertThat(restarted).isZero();
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(1);
            }
            assertThat(output.getOut()).contains("Emailed the report for " + DATE + " to 1 recipient(s) ("
                    + (LEADERSHIP.size() - 1) + " had it from an earlier run)");
        }
    }

    @Test
    void aFailedRunAlertsOpsWithWhatFailedTheDateAndTheCommandToRerun(CapturedOutput output) throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: the report folder's path is taken by a file, so nothing can be written there
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());
            Files.createDirectories(cli.reportFolder().getParent());
            Files.writeString(cli.reportFolder(), "in the way");

            // when
            int exitCode = cli.run();

            // then: the job fails as before, one line on stderr; ops get the alert, leadership nothing
            assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(output.getErr().strip().lines()).hasSize(1);
            assertThat(smtp.mailboxOf(OPS)).hasSize(1);
            assertThat(smtp.all()).hasSize(1);
            MimeMessage alert = smtp.mailboxOf(OPS).get(0);
            assertThat(alert.getSubject()).isEqualTo("Actions ROI report for " + DATE + " (UTC) failed");
            assertThat((String) alert.getContent())
                    .contains("failed in step 'runs': Could not write the runs file")
                    .contains("cron/actions-roi-report.sh --report.date=" + DATE + " --report.zone=UTC");
        }
    }

    @Test
    void withEmailDisabledNothingIsSentAndTheEmailIsWrittenAsEml(CapturedOutput output) throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: an hourly cost, and a subject of the team's own with the last 30 days' placeholders
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());

            // when
            int exitCode = cli.run("--report.email.enabled=false", "--report.hourly-cost=95", "--report.currency=EUR",
                    "--report.email.subject=ROI {date} ({zone}): {monthHoursSaved} h in 30 days ({monthChange}),"
                            + " {hoursSaved} h in all, {runs} runs");

            // then
            assertThat(exitCode).isZero();
            assertThat(smtp.all()).isEmpty();
            Path eml = cli.reportFile("eml");
            assertThat(output.getOut()).contains("Email not sent (report.email.enabled=false): written to " + eml);
            MimeMessage written = MimeParts.readEml(eml);
            MimeParts parts = MimeParts.of(written);
            assertThat(parts.html()).contains("&lt;script&gt;");

            // and: the subject and the value as the summary has them
            JsonNode summary = cli.summary();
            JsonNode month = SummaryWords.month(summary);
            JsonNode totals = summary.get("totals");
            assertThat(written.getSubject()).isEqualTo("ROI " + DATE + " (UTC): "
                    + SummaryWords.hours(month.get("current").get("lead_time_savings_h").asDouble()) + " h in 30 days ("
                    + SummaryWords.change(month.get("change").get("lead_time_savings_h"), false) + "), "
                    + SummaryWords.hours(totals.get("total_lead_time_savings_h").asDouble()) + " h in all, "
                    + String.format(Locale.ENGLISH, "%,d", totals.get("total_runs").asLong()) + " runs");
            double annualisedHours = summary.get("periods").get("quarter").get("current").get("lead_time_savings_h")
                    .asDouble() * 365 / 90;
            String worth = String.format(Locale.ENGLISH, "EUR %,.0f a year at the pace of the last 90 days"
                    + " (%,.0f h, %,.1f full-time people).", annualisedHours * 95, annualisedHours, annualisedHours / 1760);
            assertThat(parts.text().lines()).contains("What is it worth? " + worth);
            assertThat(parts.text()).doesNotContain("Set report.hourly-cost");
            assertThat(parts.html()).contains(">What is it worth?</b> <span>" + worth + "</span>");
        }
    }

    @Test
    void aDryRunAndATestSendDoNotCountAsTheDeliveryAndAResendSendsAgain(CapturedOutput output) throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());

            // when: a dry run
            assertThat(cli.run("--report.dry-run=true")).isZero();

            // then: it sends nothing, and writes the email under its own name
            assertThat(smtp.all()).isEmpty();
            assertThat(cli.reportFolder().resolve("actions-roi-" + DATE + ".dry-run.eml")).exists();

            // when: a test send to someone else
            assertThat(cli.run("--report.test-to=me@example.com")).isZero();

            // then: only they get it, marked as a test
            assertThat(smtp.all()).hasSize(1);
            assertThat(smtp.mailboxOf("me@example.com").get(0).getSubject()).startsWith("[TEST] Actions ROI " + DATE + ": ");

            // when: the date's delivery runs
            assertThat(cli.run()).isZero();

            // then: neither counted as it, so leadership gets the email
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(1);
            }

            // when: a resend
            assertThat(cli.run("--report.resend=true")).isZero();

            // then: everyone gets it once more, and the date's delivery stays done
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(2);
            }
            assertThat(cli.run()).isZero();
            assertThat(smtp.all()).hasSize(1 + 2 * LEADERSHIP.size());
            assertThat(output.getOut()).contains("The report for " + DATE + " (UTC) was already made: nothing to do.");
        }
    }

    @Test
    void aResendThatFailedIsRestartedByTheSameCommandSoNoRecipientGetsItTwice(CapturedOutput output) {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: the date was delivered, then a resend reached all but one recipient
            MailedReportCli cli = new MailedReportCli(folder, smtp.port());
            assertThat(cli.run()).isZero();
            smtp.refuse(TO.get(1));
            assertThat(cli.run("--report.resend=true")).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(lastLine(output.getErr())).startsWith("The resend of the report for " + DATE + " (UTC) failed");

            // when: the same resend command runs again
            smtp.accept(TO.get(1));
            int exitCode = cli.run("--report.resend=true");

            // then: it finished the failed resend instead of starting another
            assertThat(exitCode).isZero();
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(2);
            }
        }
    }

    @Test
    void aTestSendWithoutAMailServerIsRefusedBeforeAnyWork(CapturedOutput output) {
        // given
        MailedReportCli cli = new MailedReportCli(folder, LoopbackSmtp.freePort());

        // when
        int exitCode = cli.run("--report.test-to=me@example.com", "--report.email.enabled=false");

        // then
        assertThat(exitCode).isEqualTo(ReportCommand.EXIT_BAD_SETTINGS);
        assertThat(output.getErr().strip()).startsWith("A test send needs a mail server");
        assertThat(cli.reportFile("json")).doesNotExist();
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> plain = new ArrayList<>();
        for (Address address : addresses) {
            plain.add(((InternetAddress) address).getAddress());
        }
        return plain;
    }

    private static String rawHeaders(MimeMessage message) throws Exception {
        StringBuilder headers = new StringBuilder();
        message.getAllHeaderLines().asIterator().forEachRemaining(line -> headers.append(line).append('\n'));
        return headers.toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
