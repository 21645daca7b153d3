package io.actionsroi.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.job.ReportCommand;
import io.actionsroi.report.TeamFileNames;

import static io.actionsroi.delivery.MailedReportCli.BCC;
import static io.actionsroi.delivery.MailedReportCli.CC;
import static io.actionsroi.delivery.MailedReportCli.DATE;
import static io.actionsroi.delivery.MailedReportCli.OPS;
import static io.actionsroi.delivery.MailedReportCli.TO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team report emails of the whole job, through a real SMTP server on loopback, with a file H2 job
 * repository. The job makes the reports of three of the demo export's teams, all with runs, beside the
 * organisation's; an email's figures are checked against the JSON summaries the same run wrote.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamDeliveryFunctionalTests {

    private static final List<String> LEADERSHIP = Stream.of(TO, CC, BCC).flatMap(List::stream).toList();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String PROPERTY = "report_recipients";
    private static final String VP = TO.get(0);
    private static final String PLATFORM_LEAD = "platform-lead@example.com";
    private static final String PAYMENTS_LEAD = "payments-lead@example.com";
    private static final String PAYMENTS_DEPUTY = "payments-deputy@example.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Teams of the demo export (its {@code _team.json}), each the primary team of runs before the report date. */
    private static final String PLATFORM = "platform";
    private static final String PAYMENTS = "payments";
    private static final String SEARCH = "search";
    private static final List<String> TEAMS = List.of(PLATFORM, PAYMENTS, SEARCH);
    /** Each team's recipients: platform's from the map and the list (the VP among them), payments' from Port. */
    private static final Map<String, List<String>> TEAM_RECIPIENTS = Map.of(
            PLATFORM, List.of(PLATFORM_LEAD, VP),
            PAYMENTS, List.of(PAYMENTS_LEAD, PAYMENTS_DEPUTY),
            SEARCH, List.of());

    @TempDir
    Path folder;

    @Test
    void eachTeamsRecipientsGetItsReportOnceThenAResendATestSendOfOneTeamAndADryRun(CapturedOutput output)
            throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: three teams, one of them without recipients
            MailedReportCli cli = cliWithTeams(smtp.port());

            // when
            int exitCode = cli.run(teamSettings());

            // then: leadership gets the organisation's email; each team's recipients get their team's, the VP both
            assertThat(exitCode).as(output.getErr()).isZero();
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(recipient.equals(VP) ? 2 : 1);
            }
            assertTeamEmail(cli, smtp.mailboxOf(PLATFORM_LEAD), PLATFORM, PAYMENTS);
            assertTeamEmail(cli, smtp.mailboxOf(PAYMENTS_LEAD), PAYMENTS, PLATFORM);
            assertTeamEmail(cli, smtp.mailboxOf(PAYMENTS_DEPUTY), PAYMENTS, PLATFORM);
            assertTeamEmail(cli, smtp.mailboxOf(VP).stream().filter(TeamDeliveryFunctionalTests::isPlatformsEmail)
                    .toList(), PLATFORM, PAYMENTS);
            assertThat(smtp.all()).as("no one else, and no team email to leadership's cc or bcc")
                    .hasSize(LEADERSHIP.size() + 4);
            assertThat(output.getOut()).contains("Not emailed: the report of team search has no recipients")
                    .contains("report.team-reports gives recipients to team serach, which has no report for " + DATE);
            for (String team : TEAMS) {
                assertThat(teamFile(cli, team, "eml")).as("kept, sent or not").exists();
            }

            // when: the same command again, then a resend
            assertThat(cli.run(teamSettings())).isZero();
            int resent = cli.run(with(teamSettings(), "--report.resend=true"));

            // then: the second run sent nothing; the resend sent every report again to all its recipients
            assertThat(resent).isZero();
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(recipient.equals(VP) ? 4 : 2);
            }
            for (String recipient : List.of(PLATFORM_LEAD, PAYMENTS_LEAD, PAYMENTS_DEPUTY)) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(2);
            }
            int sentBefore = smtp.all().size();

            // when: a test send of the payments team's report
            int tested = cli.run(with(teamSettings(), "--report.test-to=me@example.com",
                    "--report.test-team=payments"));

            // then: only the test address gets it, and only the payments report
            assertThat(tested).isZero();
            assertThat(smtp.all()).hasSize(sentBefore + 1);
            assertThat(smtp.mailboxOf("me@example.com")).singleElement()
                    .satisfies(email -> assertThat(email.getSubject()).startsWith("[TEST] Payments: "));
            assertThat(teamFile(cli, PAYMENTS, "test.eml")).exists();

            // when: a test send of a team that has no report
            int noSuchTeam = cli.run(with(teamSettings(), "--report.test-to=me@example.com",
                    "--report.test-team=nobody"));

            // then: it fails saying so, and sends nothing but the alert to ops
            assertThat(noSuchTeam).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(lastLine(output.getErr())).contains("No report of team nobody (report.test-team)");
            assertThat(smtp.mailboxOf(OPS)).hasSize(1);
            assertThat(smtp.all()).hasSize(sentBefore + 2);

            // when: a dry run
            int dryRun = cli.run(with(teamSettings(), "--report.dry-run=true"));

            // then: every team's email is written, none is sent
            assertThat(dryRun).isZero();
            assertThat(smtp.all()).hasSize(sentBefore + 2);
            for (String team : TEAMS) {
                assertThat(teamFile(cli, team, "dry-run.eml")).exists();
            }
        }
    }

    @Test
    void aRefusedTeamRecipientLetsEveryOtherEmailGoOutAndTheRerunSendsOnlyWhatIsMissing(CapturedOutput output)
            throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            // given: the platform lead's mailbox refuses mail for now
            MailedReportCli cli = cliWithTeams(smtp.port());
            smtp.refuse(PLATFORM_LEAD);

            // when
            int refused = cli.run(teamSettings());

            // then: every other email went out; the job failed naming the team, and ops were told
            assertThat(refused).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(lastLine(output.getErr())).contains("failed in step 'delivery'")
                    .contains("team platform's report (").contains("not delivered to: " + PLATFORM_LEAD)
                    .doesNotContain("the organisation's report").doesNotContain("team payments");
            for (String recipient : LEADERSHIP) {
                assertThat(smtp.mailboxOf(recipient)).as(recipient).hasSize(recipient.equals(VP) ? 2 : 1);
            }
            assertThat(smtp.mailboxOf(PAYMENTS_LEAD)).hasSize(1);
            assertThat(smtp.mailboxOf(PLATFORM_LEAD)).isEmpty();
            assertThat(smtp.mailboxOf(OPS)).singleElement().satisfies(alert ->
                    assertThat((String) alert.getContent()).contains("team platform's report (")
                            .contains(PLATFORM_LEAD));

            // when: the mailbox takes mail again, and the same command runs again
            smtp.accept(PLATFORM_LEAD);
            int rerun = cli.run(teamSettings());

            // then: exactly one email per recipient and report in all
            assertThat(rerun).isZero();
            assertOneEmailPerRecipientAndReport(smtp::mailboxOf);
            assertTeamEmail(cli, smtp.mailboxOf(PLATFORM_LEAD), PLATFORM, PAYMENTS);
        }
    }

    @Test
    void aProcessKilledDuringTheTeamEmailsThenTheSameCommandGivesOneEmailPerRecipientAndReport(CapturedOutput output)
            throws Exception {
        try (ScriptedSmtp smtp = ScriptedSmtp.start()) {
            // given: a server that never answers the payments lead's email, the first team email sent
            MailedReportCli cli = cliWithTeams(smtp.port());
            smtp.script(ScriptedSmtp.Moment.END_OF_DATA, PAYMENTS_LEAD, ScriptedSmtp.SILENCE);
            Path log = folder.resolve("killed.log");

            // when: the run waits for that answer, it is killed (SIGKILL); then the same command runs again
            Process killed = cli.start(log, teamSettings());
            awaitAttempt(smtp, PAYMENTS_LEAD, killed, log);
            assertThat(smtp.mailboxOf(PLATFORM_LEAD)).as("platform's email was not sent yet").isEmpty();
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int exitCode = cli.run(teamSettings());

            // then: it finished where the killed one stopped, and no one got an email twice
            assertThat(exitCode).as(output.getErr()).isZero();
            assertThat(output.getOut()).contains("was left unfinished by process " + killed.pid());
            assertOneEmailPerRecipientAndReport(smtp::mailboxOf);
            assertThat(smtp.attemptsFor(PAYMENTS_LEAD)).as("tried before the kill and after").hasSize(2);
        }
    }

    /** A copy of the demo export whose payments team names its recipients. */
    private MailedReportCli cliWithTeams(int smtpPort) {
        MailedReportCli cli = new MailedReportCli(folder, smtpPort);
        cli.setTeamProperty(PAYMENTS, PROPERTY, List.of(PAYMENTS_LEAD, PAYMENTS_DEPUTY));
        return cli;
    }

    /**
     * The reports of the three teams; the platform team's addresses from the map and the list (the payments
     * lead's once more, in capitals, in the list: one email all the same), the payments team's from Port; and a
     * team misspelt, which has no report.
     */
    private static String[] teamSettings() {
        return new String[] {
            "--report.zone=" + ZONE.getId(),
            "--report.team-reports.enabled=true",
            "--report.team-reports.teams=" + String.join(",", TEAMS),
            "--report.team-reports.recipients.platform=" + PLATFORM_LEAD,
            "--report.team-reports.recipient-list=platform=" + VP + ",payments="
                    + PAYMENTS_LEAD.toUpperCase(Locale.ROOT),
            "--report.team-reports.recipients-property=" + PROPERTY,
            "--report.team-reports.recipients.serach=typo@example.com",
        };
    }

    private static String[] with(String[] settings, String... more) {
        return Stream.concat(Stream.of(settings), Stream.of(more)).toArray(String[]::new);
    }

    /** One email each of leadership of the organisation's report, and one of each team's to each of its recipients. */
    private static void assertOneEmailPerRecipientAndReport(Function<String, List<MimeMessage>> mailbox)
            throws Exception {
        for (String recipient : LEADERSHIP) {
            List<MimeMessage> emails = mailbox.apply(recipient);
            assertThat(emails).as(recipient).hasSize(recipient.equals(VP) ? 2 : 1);
        }
        for (String recipient : List.of(PLATFORM_LEAD, PAYMENTS_LEAD, PAYMENTS_DEPUTY)) {
            assertThat(mailbox.apply(recipient)).as(recipient).hasSize(1);
        }
        assertThat(mailbox.apply(VP)).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.startsWith("Platform: ")).hasSize(1);
    }

    /**
     * One email of {@code team}'s report: its subject, its title and figures as the team's JSON summary has them,
     * set against the organisation's as the organisation's summary has them, the team's PDF and workbook attached
     * as the run wrote them, and nothing of {@code other} team's.
     */
    private static void assertTeamEmail(MailedReportCli cli, List<MimeMessage> emails, String team, String other)
            throws Exception {
        assertThat(emails).as(team).hasSize(1);
        MimeMessage email = emails.get(0);
        MimeParts parts = MimeParts.of(email);
        JsonNode summary = JSON.readTree(teamFile(cli, team, "json").toFile());
        JsonNode organisation = cli.summary().get("totals");
        JsonNode totals = summary.get("totals");
        String title = summary.get("scope").get("title").asString();
        String topAction = summary.get("actions").valueStream()
                .max(Comparator.comparingDouble(action -> action.get("total_lead_time_savings_h").doubleValue()))
                .orElseThrow().get("title").asString();
        String baseName = "actions-roi-" + DATE + "-" + TeamFileNames.of(team);

        assertThat(summary.get("scope").get("team").asString()).isEqualTo(team);
        assertThat(totals.get("total_runs").longValue()).as("the team's runs").isPositive();
        assertThat(email.getSubject()).startsWith(title + ": Actions ROI " + DATE);
        assertThat(email.getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrderElementsOf(TEAM_RECIPIENTS.get(team).stream()
                        .map(address -> address.equals(PAYMENTS_LEAD) ? address.toUpperCase(Locale.ROOT) : address)
                        .toList())
                .doesNotContainAnyElementsOf(CC).doesNotContainAnyElementsOf(BCC);
        assertThat(parts.text()).contains("SELF-SERVICE ACTIONS ROI, " + title + ", REPORT FOR " + DATE)
                .contains("Share of the hours saved: " + share(title, totals, organisation))
                .contains(String.format(Locale.ENGLISH,
                        "Success rate: %,.1f%% of the team's runs, against %,.1f%% of the organisation's (",
                        totals.get("success_rate").doubleValue(), organisation.get("success_rate").doubleValue()))
                .contains(topAction);
        assertThat(parts.html()).contains(title + ": report for " + DATE);
        assertThat(parts.attachments()).containsOnlyKeys(baseName + ".pdf", baseName + ".xlsx");
        assertThat(parts.attachments().get(baseName + ".pdf"))
                .isEqualTo(Files.readAllBytes(teamFile(cli, team, "pdf")));
        assertThat(parts.attachments().get(baseName + ".xlsx"))
                .isEqualTo(Files.readAllBytes(teamFile(cli, team, "xlsx")));
        JsonNode otherSummary = JSON.readTree(teamFile(cli, other, "json").toFile());
        String otherHoursSaved = String.format(Locale.ENGLISH, "%,.1f h of the organisation's",
                otherSummary.get("totals").get("total_lead_time_savings_h").doubleValue());
        for (String body : List.of(parts.text(), parts.html())) {
            assertThat(body).doesNotContain(otherSummary.get("scope").get("title").asString())
                    .doesNotContain(otherHoursSaved);
        }
    }

    /** "Platform saved 1,234.5 h of the organisation's 282,660.2 h (0.4%)", worked out from the two summaries. */
    private static String share(String title, JsonNode team, JsonNode organisation) {
        double saved = team.get("total_lead_time_savings_h").doubleValue();
        double all = organisation.get("total_lead_time_savings_h").doubleValue();
        return String.format(Locale.ENGLISH, "%s saved %,.1f h of the organisation's %,.1f h (%,.1f%%)", title, saved,
                all, 100 * saved / all);
    }

    private static boolean isPlatformsEmail(MimeMessage email) {
        try {
            return email.getSubject().startsWith("Platform: ");
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path teamFile(MailedReportCli cli, String team, String extension) {
        String name = TeamFileNames.of(team);
        return cli.reportFolder().resolve("teams").resolve(name)
                .resolve("actions-roi-" + DATE + "-" + name + "." + extension);
    }

    /**
     * Waits until the run has begun sending {@code recipient}'s email, then a little longer, for it to wait for
     * the answer that never comes; fails early when the run ended before.
     */
    private static void awaitAttempt(ScriptedSmtp smtp, String recipient, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (smtp.attemptsFor(recipient).isEmpty()) {
            assertThat(process.isAlive()).as("the run sends the emails; its output: %s", Files.readString(log))
                    .isTrue();
            assertThat(Instant.now()).as("the email to %s is sent", recipient).isBefore(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(500);
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
