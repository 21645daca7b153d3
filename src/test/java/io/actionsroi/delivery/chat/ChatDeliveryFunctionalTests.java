package io.actionsroi.delivery.chat;

import static io.actionsroi.delivery.chat.ChatServices.CHANNEL;
import static io.actionsroi.delivery.chat.ChatServices.FILE_ID;
import static io.actionsroi.delivery.chat.ChatServices.TEAMS_PATH;
import static io.actionsroi.delivery.chat.ChatServices.TOKEN;
import static io.actionsroi.delivery.chat.ChatServices.TS;
import static io.actionsroi.delivery.chat.ChatServices.UPLOAD_PATH;
import static io.actionsroi.delivery.chat.ChatServices.WEBHOOK_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.actionsroi.delivery.SummaryWords;
import io.actionsroi.job.ReportCli;
import io.actionsroi.job.ReportCommand;
import io.actionsroi.job.StoredText;

/**
 * The whole job posting to Slack (an incoming webhook, and a bot that also uploads the PDF) and Microsoft
 * Teams, played by WireMock on loopback, in a zone other than UTC, on the demo export with a hostile action
 * title leading the highlights.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatDeliveryFunctionalTests {

    private static final String DATE = "2026-09-30";
    private static final String ZONE = "Europe/Berlin";
    private static final String TITLE = "Actions ROI report, " + DATE + " (" + ZONE + ")";
    private static final String HOSTILE = "<!channel> *bold* <@U123> <script>alert(1)</script> Purge & cache";
    private static final String HOSTILE_ACTION = "script_alert_1_script_purge_cache";
    private static final List<String> SECRETS = List.of("w3bh00kS3cr3tP4th", TOKEN, "t34msS1gS3cr3t");
    private static final List<String> DEBUG = List.of("--logging.level.io.actionsroi=DEBUG",
            "--logging.level.com.slack.api=DEBUG", "--logging.level.org.springframework.batch=DEBUG");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void eachTargetGetsTheReportOnceAcrossAFailureAndARerunWithTitlesAsWrittenAndNoSecretKept(CapturedOutput output)
            throws Exception {
        try (ChatServices services = new ChatServices()) {
            // given: each service rate-limits the first post, the PDF's upload fails, then Teams is down
            services.webhookRateLimitsOnce();
            services.botRateLimitsOnce();
            services.uploadsFail();
            services.teamsRateLimitsThenFails();

            // when: at DEBUG, the SDK's loggers included
            int first = run(services, DEBUG.toArray(String[]::new));

            // then: the job fails naming the chat step, the bot's channel and Teams by its host only
            assertThat(first).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(output.getErr()).contains("in step 'chat'")
                    .contains("the Slack channel " + CHANNEL + " (HTTP 500, after 2 attempts)")
                    .contains("the Teams webhook http://127.0.0.1/… (HTTP 503 (Service Unavailable), after 2 attempts)")
                    .contains("a rerun of the same command posts only what is missing");
            assertThat(services.posts(WEBHOOK_PATH)).as("the 429, then the post").hasSize(2);
            assertThat(services.posts(TEAMS_PATH)).as("two attempts").hasSize(2);
            assertThat(output.getAll())
                    .contains("Posting to the Slack webhook http://127.0.0.1/… failed: HTTP 429 (rate_limited); attempt 1"
                            + " of 2, retrying in 1000 ms")
                    .contains("Posting to the Slack channel " + CHANNEL + " failed: HTTP 429 (ratelimited); attempt 1 of 2,"
                            + " retrying in 1000 ms")
                    .contains("Posting to the Teams webhook http://127.0.0.1/… failed: HTTP 429 (Too Many Requests);"
                            + " attempt 1 of 2, retrying in 1000 ms");

            // and: the Slack webhook's message, from the summary, with the hostile title in plain_text only
            JsonNode summary = JSON.readTree(reportFile("json").toFile());
            JsonNode webhook = JSON.readTree(services.posts(WEBHOOK_PATH).get(1).getBodyAsString());
            assertSlackMessage(webhook.get("blocks"), summary);
            assertThat(webhook.get("text").asString()).isEqualTo(TITLE + ": " + monthLine(summary));
            assertThat(last(webhook.get("blocks")).toString()).contains("The full reports (PDF, workbook, JSON) are in "
                    + reportFile("json").getParent().toAbsolutePath());

            // and: the bot posted the same blocks (after the 429), then tried twice to upload the PDF with the files
            // upload v2 sequence
            assertThat(botCalls(services)).containsExactly("/api/chat.postMessage", "/api/chat.postMessage",
                    "/api/files.getUploadURLExternal", UPLOAD_PATH, "/api/files.completeUploadExternal",
                    "/api/files.getUploadURLExternal", UPLOAD_PATH, "/api/files.completeUploadExternal");
            LoggedRequest message = services.posts("/api/chat.postMessage").get(0);
            assertThat(message.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            Map<String, String> messageForm = ChatServices.form(message);
            assertThat(messageForm).containsEntry("channel", CHANNEL);
            JsonNode botBlocks = JSON.readTree(messageForm.get("blocks"));
            assertSlackMessage(botBlocks, summary);
            assertThat(last(botBlocks).toString()).contains("The PDF report follows in this channel.");
            byte[] pdf = Files.readAllBytes(reportFile("pdf"));
            assertThat(ChatServices.form(services.posts("/api/files.getUploadURLExternal").get(0)))
                    .containsEntry("filename", "actions-roi-" + DATE + ".pdf")
                    .containsEntry("length", Integer.toString(pdf.length));
            assertThat(services.posts(UPLOAD_PATH).get(0).getBody()).isEqualTo(pdf);
            Map<String, String> complete = ChatServices.form(services.posts("/api/files.completeUploadExternal").get(0));
            assertThat(complete).containsEntry("channel_id", CHANNEL);
            JsonNode files = JSON.readTree(complete.get("files"));
            assertThat(files).hasSize(1);
            assertThat(files.get(0).get("id").asString()).isEqualTo(FILE_ID);
            assertThat(files.get(0).get("title").asString()).isEqualTo(TITLE);

            // and: no secret in the log, the files or the job repository
            for (String secret : SECRETS) {
                assertThat(output.getAll()).as("the log").doesNotContain(secret);
                assertThat(StoredText.jobRepository(folder)).as("the job repository").doesNotContain(secret);
                try (Stream<Path> written = Files.walk(cli().outputDir())) {
                    for (Path file : written.filter(Files::isRegularFile).toList()) {
                        assertThat(StoredText.of(file)).as(file.toString()).doesNotContain(secret);
                    }
                }
            }

            // when: Slack's uploads and Teams are back, and the same command runs again
            services.answerAsDocumented();
            services.forgetRequests();
            int second = run(services);

            // then: only the PDF is uploaded and Teams posted to; each target is in the ledger once, by hash
            assertThat(second).isZero();
            assertThat(services.posts(WEBHOOK_PATH)).isEmpty();
            assertThat(botCalls(services)).containsExactly("/api/files.getUploadURLExternal", UPLOAD_PATH,
                    "/api/files.completeUploadExternal");
            assertThat(services.posts(TEAMS_PATH)).hasSize(1);
            assertThat(ledger()).containsExactly(
                    "msteams " + sha256(services.teamsUrl()) + " null",
                    "slack-bot " + sha256(CHANNEL) + " " + TS,
                    "slack-bot-file " + sha256(CHANNEL) + " " + FILE_ID,
                    "slack-webhook " + sha256(services.webhookUrl()) + " null");

            // and: the Teams card, with the figures, the title as written and where the reports are
            JsonNode teams = JSON.readTree(services.posts(TEAMS_PATH).get(0).getBodyAsString());
            assertThat(teams.get("type").asString()).isEqualTo("message");
            JsonNode attachment = teams.get("attachments").get(0);
            assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
            JsonNode card = attachment.get("content");
            assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
            assertThat(card.get("body").get(0).get("text").asString()).isEqualTo(TITLE);
            assertThat(textRuns(card)).anySatisfy(text -> assertThat(text)
                    .startsWith("Action that saved the most hours: " + HOSTILE + " ("));
            JsonNode firstFact = card.findValue("facts").get(0);
            assertThat(firstFact.get("title").asString()).isEqualTo("Total hours saved (lead time)");
            assertThat(firstFact.get("value").asString()).isEqualTo(leadTimeLine(summary));
            assertThat(textRuns(last(card.get("body")))).singleElement().asString()
                    .startsWith("Teams cannot carry the report's files. The full reports (PDF, workbook, JSON) are in "
                            + reportFile("json").getParent().toAbsolutePath());
            assertThat(card.has("actions")).as("no archive link").isFalse();
        }
    }

    @Test
    void aDryRunWritesThePayloadsAndPostsNothingAndAChatTestDoesNotCountAsTheDelivery(CapturedOutput output)
            throws Exception {
        try (ChatServices services = new ChatServices()) {
            // when
            int dryRun = run(services, "--report.dry-run=true");

            // then: the payloads beside the reports, and not one request
            assertThat(dryRun).isZero();
            assertThat(services.all()).isEmpty();
            JsonNode slack = JSON.readTree(reportFile("slack.json").toFile());
            assertSlackMessage(slack.get("blocks"), JSON.readTree(reportFile("json").toFile()));
            JsonNode teams = JSON.readTree(reportFile("teams.json").toFile());
            assertThat(teams.get("attachments").get(0).get("content").get("body").get(0).get("text").asString())
                    .isEqualTo(TITLE);
            for (String payload : List.of("slack.json", "teams.json")) {
                String text = Files.readString(reportFile(payload));
                SECRETS.forEach(secret -> assertThat(text).doesNotContain(secret));
                assertThat(text).doesNotContain("127.0.0.1");
            }

            // when: a chat test
            int chatTest = run(services, "--report.test-chat=true");

            // then: every target gets it, marked as a test
            assertThat(chatTest).isZero();
            assertThat(header(JSON.readTree(services.posts(WEBHOOK_PATH).get(0).getBodyAsString()).get("blocks")))
                    .isEqualTo("[TEST] " + TITLE);
            assertThat(services.posts("/api/chat.postMessage")).hasSize(1);
            assertThat(services.posts(UPLOAD_PATH)).hasSize(1);
            assertThat(services.posts(TEAMS_PATH)).hasSize(1);

            // when: the date's delivery
            services.forgetRequests();
            int delivery = run(services);

            // then: it still goes out, unmarked, once to each target
            assertThat(delivery).isZero();
            assertThat(services.posts(WEBHOOK_PATH)).hasSize(1);
            assertThat(header(JSON.readTree(services.posts(WEBHOOK_PATH).get(0).getBodyAsString()).get("blocks")))
                    .isEqualTo(TITLE);
            assertThat(services.posts("/api/chat.postMessage")).hasSize(1);
            assertThat(services.posts(UPLOAD_PATH)).hasSize(1);
            assertThat(services.posts(TEAMS_PATH)).hasSize(1);
        }
    }

    /** The calls of the bot to the Web API and to the upload URL, in order. */
    private static List<String> botCalls(ChatServices services) {
        return services.all().stream().map(LoggedRequest::getUrl)
                .filter(url -> url.startsWith("/api/") || url.startsWith("/upload/")).toList();
    }

    /** The header, the headline figures as the summary has them, the hostile title shown as written. */
    private static void assertSlackMessage(JsonNode blocks, JsonNode summary) {
        assertThat(header(blocks)).isEqualTo(TITLE);
        JsonNode fields = blocks.get(1).get("fields");
        assertThat(fields).hasSize(5);
        assertThat(fields.get(0).get("type").asString()).isEqualTo("mrkdwn");
        assertThat(fields.get(0).get("text").asString())
                .isEqualTo("*Total hours saved (lead time)*\n" + leadTimeLine(summary));
        List<JsonNode> texts = new ArrayList<>();
        collectTexts(blocks, texts);
        assertThat(texts).filteredOn(text -> text.get("type").asString().equals("mrkdwn"))
                .allSatisfy(text -> assertThat(text.get("text").asString()).doesNotContain("<!channel>", "<@U123>",
                        "<script>", "*bold*"));
        assertThat(texts).filteredOn(text -> text.get("type").asString().equals("plain_text"))
                .anySatisfy(text -> assertThat(text.get("text").asString())
                        .contains("Action that saved the most hours: " + HOSTILE + " ("));
    }

    /** "71,525.3 h to date; 30,888.6 h in the last 30 days, ▲ 88.8% vs the 30 days before", from the summary. */
    private static String leadTimeLine(JsonNode summary) {
        JsonNode month = SummaryWords.month(summary);
        String change = SummaryWords.change(month.get("change").get("lead_time_savings_h"), false);
        return SummaryWords.hours(summary.get("totals").get("total_lead_time_savings_h").asDouble()) + "\u00a0h to date; "
                + SummaryWords.hours(month.get("current").get("lead_time_savings_h").asDouble())
                + "\u00a0h in the last 30 days, " + change + (change.equals("no change") ? " from " : " vs ")
                + "the 30 days before";
    }

    private static String monthLine(JsonNode summary) {
        JsonNode month = SummaryWords.month(summary);
        return SummaryWords.hours(month.get("current").get("lead_time_savings_h").asDouble())
                + "\u00a0h saved in the last 30 days, "
                + SummaryWords.change(month.get("change").get("lead_time_savings_h"), false) + " vs the 30 days before";
    }

    private static String header(JsonNode blocks) {
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("header");
        assertThat(blocks.get(0).get("text").get("type").asString()).isEqualTo("plain_text");
        return blocks.get(0).get("text").get("text").asString();
    }

    private static void collectTexts(JsonNode node, List<JsonNode> texts) {
        if (node.isObject() && node.has("type") && node.has("text") && node.get("text").isString()) {
            texts.add(node);
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    /** The texts of a card's rich text runs, which Teams shows as written. */
    static List<String> textRuns(JsonNode card) {
        return card.findParents("type").stream()
                .filter(node -> node.get("type").asString().equals("TextRun"))
                .map(node -> node.get("text").asString())
                .toList();
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private int run(ChatServices services, String... args) throws IOException {
        Path export = folder.resolve("export");
        if (!Files.isDirectory(export)) {
            copyExportWithAHostileTitleOnTop(export);
        }
        List<String> all = new ArrayList<>(List.of("--port.export-dir=" + export, "--report.date=" + DATE,
                "--report.zone=" + ZONE, "--report.email.enabled=false", "--report.chat.retry.attempts=2",
                "--report.chat.retry.initial-backoff=0s"));
        all.addAll(services.settings());
        all.addAll(List.of(args));
        return cli().run(all.toArray(String[]::new));
    }

    private ReportCli cli() {
        return new ReportCli(folder);
    }

    private Path reportFile(String extension) {
        return cli().outputDir().resolve(DATE).resolve("actions-roi-" + DATE + "." + extension);
    }

    /** The demo export, with the script-like action renamed to every kind of Slack markup and made the top saver. */
    private static void copyExportWithAHostileTitleOnTop(Path export) throws IOException {
        Files.createDirectories(export);
        try (Stream<Path> files = Files.list(Path.of("demo/port-export"))) {
            for (Path file : files.toList()) {
                Files.copy(file, export.resolve(file.getFileName()));
            }
        }
        Path actions = export.resolve("action.json");
        JsonNode all = JSON.readTree(actions.toFile());
        for (JsonNode action : all) {
            if (action.get("identifier").asString().equals(HOSTILE_ACTION)) {
                ((ObjectNode) action).put("title", HOSTILE);
                ((ObjectNode) action.get("properties")).put("lead_time_before", 5000);
            }
        }
        JSON.writeValue(actions.toFile(), all);
    }

    /** The chat rows of the delivery ledger: "channel target message-id", sorted. */
    private List<String> ledger() throws SQLException {
        List<String> rows = new ArrayList<>();
        String url = "jdbc:h2:file:" + folder.resolve("db").resolve("actions-roi");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT CHANNEL, TARGET, MESSAGE_ID FROM ACTIONS_ROI_DELIVERY"
                        + " WHERE CHANNEL <> 'email'")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
            }
        }
        return rows.stream().sorted().toList();
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
