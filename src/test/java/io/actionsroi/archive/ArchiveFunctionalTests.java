package io.actionsroi.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.delivery.LoopbackSmtp;
import io.actionsroi.delivery.MimeParts;
import io.actionsroi.job.ReportCli;
import io.actionsroi.report.json.SummaryJson;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The archive against a real S3-compatible server, S3Mock, run as a process of its own on loopback (started once
 * for the class: it takes seconds), with the real job (the demo export) and a real SMTP server. Each scenario
 * has a prefix of its own in the one bucket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ArchiveFunctionalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DATES = List.of("2026-09-29", "2026-09-30");
    private static final String ZONE = "Europe/Berlin";
    private static final String FROM = "actions-roi@example.com";
    private static final Pattern PRESIGNED_LINK = Pattern.compile("PDF report in the archive: (\\S+)");

    @TempDir
    static Path folder;

    private S3MockServer s3;
    private S3Client bucket;
    private LoopbackSmtp smtp;
    private ReportCli twoDates;
    private int twoDatesExit;

    @BeforeAll
    void startTheServersAndArchiveTwoDates() throws Exception {
        s3 = S3MockServer.start(Files.createDirectories(folder.resolve("s3")));
        bucket = s3.client();
        smtp = LoopbackSmtp.start();
        // the SDK's default chain reads them, as it would AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
        System.setProperty("aws.accessKeyId", S3MockServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3MockServer.SECRET_KEY);
        twoDates = new ReportCli(folder.resolve("two-dates"));
        twoDatesExit = twoDates.run(settings(s3.endpoint(), "two-dates/", "leadership@example.com",
                "--report.from=" + DATES.get(0), "--report.to=" + DATES.get(1), "--report.zone=" + ZONE));
    }

    @AfterAll
    void stopTheServers() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        bucket.close();
        smtp.close();
        s3.close();
    }

    @Test
    void eachDatesReportsAreInTheBucketByteForByte() throws IOException {
        assertThat(twoDatesExit).isZero();
        for (String date : DATES) {
            Path reports = twoDates.outputDir().resolve(date);
            for (String extension : List.of("json", "pdf", "xlsx")) {
                String name = "actions-roi-" + date + "." + extension;
                assertThat(bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET)
                        .key("two-dates/" + date + "/" + name)).asByteArray())
                        .as(name).isEqualTo(Files.readAllBytes(reports.resolve(name)));
            }
        }
        assertThat(keys("two-dates/")).as("nothing else: no .eml, no runs file").containsExactlyInAnyOrder(
                "two-dates/2026-09-29/actions-roi-2026-09-29.json", "two-dates/2026-09-29/actions-roi-2026-09-29.pdf",
                "two-dates/2026-09-29/actions-roi-2026-09-29.xlsx", "two-dates/2026-09-30/actions-roi-2026-09-30.json",
                "two-dates/2026-09-30/actions-roi-2026-09-30.pdf", "two-dates/2026-09-30/actions-roi-2026-09-30.xlsx",
                "two-dates/history/2026-09-29_Europe-Berlin.json", "two-dates/history/2026-09-30_Europe-Berlin.json",
                "two-dates/history.csv");
    }

    @Test
    void historyCsvHasOneRowPerDateNewestFirstWithEachSummarysHeadlineFigures() {
        String csv = text("two-dates/history.csv");
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).isEqualTo("report_date,zone,as_of,generated_at,partial,hours_saved_h,"
                + "processing_time_saved_h,waiting_for_approval_h,runs,success_rate_percent,month_hours_saved_h,"
                + "month_hours_saved_change_percent");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2026-09-30," + ZONE + ",2026-09-30T22:00:00Z,");
        assertThat(lines.get(2)).startsWith("2026-09-29," + ZONE + ",2026-09-29T22:00:00Z,");
        for (int row = 1; row <= 2; row++) {
            String[] cells = lines.get(row).split(",", -1);
            JsonNode summary = JSON.readTree(twoDates.outputDir().resolve(cells[0])
                    .resolve("actions-roi-" + cells[0] + ".json").toFile());
            JsonNode totals = summary.get("totals");
            JsonNode month = summary.get("periods").get("month");
            double current = month.get("current").get("lead_time_savings_h").asDouble();
            double previous = month.get("previous").get("lead_time_savings_h").asDouble();

            assertThat(cells[3]).isEqualTo(summary.get("generatedAt").asString());
            assertThat(cells[4]).isEqualTo("false");
            assertThat(Double.parseDouble(cells[5])).isEqualTo(totals.get("total_lead_time_savings_h").asDouble());
            assertThat(Double.parseDouble(cells[6])).isEqualTo(totals.get("total_cycle_time_savings_h").asDouble());
            assertThat(Double.parseDouble(cells[7])).isEqualTo(totals.get("total_waiting_time_h").asDouble());
            assertThat(Long.parseLong(cells[8])).isEqualTo(totals.get("total_runs").asLong()).isPositive();
            assertThat(Double.parseDouble(cells[9])).isEqualTo(totals.get("success_rate").asDouble());
            assertThat(Double.parseDouble(cells[10])).isEqualTo(current);
            // the change, worked out here from the two periods as docs/roi-model.md defines it
            assertThat(previous).isPositive();
            assertThat(Double.parseDouble(cells[11])).isCloseTo((current - previous) / previous * 100, within(1e-9));
        }
    }

    @Test
    void theEmailLinksToTheArchivedPdfAndTheLinkDownloadsItWithoutCredentials() throws Exception {
        MimeMessage email = emailOf(DATES.get(1), "leadership@example.com");
        String text = MimeParts.of(email).text();
        Matcher link = PRESIGNED_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        URI pdf = URI.create(link.group(1));

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(pdf).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.getPath())
                .isEqualTo("/" + S3MockServer.BUCKET + "/two-dates/2026-09-30/actions-roi-2026-09-30.pdf");
        assertThat(pdf.getQuery()).contains("X-Amz-Expires=604800").contains("X-Amz-Signature=");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(
                twoDates.outputDir().resolve("2026-09-30").resolve("actions-roi-2026-09-30.pdf")));
        assertThat(MimeParts.of(email).html()).contains("href=\"" + pdf.toString().replace("&", "&amp;") + "\"");
    }

    @Test
    void aTeamsReportGoesUnderTeamsAndItsPdfsLinkLastsLinkDaysAndAStrayHistoryObjectIsLeftOut() throws Exception {
        Path organisation = twoDates.outputDir().resolve("2026-09-30");
        Path team = Files.createDirectories(folder.resolve("team-reports").resolve("platform"));
        Path json = Files.copy(organisation.resolve("actions-roi-2026-09-30.json"),
                team.resolve("actions-roi-2026-09-30-platform.json"));
        Path pdf = Files.copy(organisation.resolve("actions-roi-2026-09-30.pdf"),
                team.resolve("actions-roi-2026-09-30-platform.pdf"));
        Path notWritten = team.resolve("actions-roi-2026-09-30-platform.xlsx");
        Map<String, URI> links = new LinkedHashMap<>();
        bucket.putObject(put -> put.bucket(S3MockServer.BUCKET).key("teams/history/notes.json"),
                RequestBody.fromString("not a history object"));

        new ReportArchive(new ArchiveProperties(true, S3MockServer.BUCKET, "teams/", s3.endpoint(), null, true, 3))
                .archive(LocalDate.of(2026, 9, 30), List.of(new ReportArchive.Report("team:platform", "platform",
                        List.of(json, pdf, notWritten), pdf)), HistoryEntry.of(SummaryJson.read(json)), links::put);

        assertThat(keys("teams/")).containsExactlyInAnyOrder(
                "teams/2026-09-30/teams/platform/actions-roi-2026-09-30-platform.json",
                "teams/2026-09-30/teams/platform/actions-roi-2026-09-30-platform.pdf",
                "teams/history/2026-09-30_Europe-Berlin.json", "teams/history/notes.json", "teams/history.csv");
        assertThat(text("teams/history.csv").lines()).as("the object that is not a history entry left out")
                .hasSize(2).element(1).asString().startsWith("2026-09-30,Europe/Berlin,");
        assertThat(links).containsOnlyKeys("team:platform");
        assertThat(links.get("team:platform").getQuery()).contains("X-Amz-Expires=259200");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(links.get("team:platform")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(Files.readAllBytes(pdf));
    }

    /**
     * Through a proxy that answers 500 to every upload of the PDF: the job writes the other objects, retries the
     * PDF a bounded number of times, emails without the link saying where the reports are, and fails naming the
     * archive; the rerun writes only the PDF and emails nobody again.
     */
    @Test
    void anUploadThatKeepsFailingLetsTheEmailGoThenTheRerunUploadsOnlyWhatIsMissing(CapturedOutput output)
            throws Exception {
        WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy.start();
        try {
            proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(s3.endpoint().toString())));
            proxy.stubFor(put(urlPathMatching("/reports/failing/.*\\.pdf")).atPriority(1).willReturn(aResponse()
                    .withStatus(500).withBody("<Error><Code>InternalError</Code><Message>Disk failed</Message></Error>")));
            ReportCli cli = new ReportCli(folder.resolve("failing"));
            String[] args = settings(URI.create("http://127.0.0.1:" + proxy.port()), "failing/", "cfo@example.com",
                    "--report.date=2026-09-30");
            String pdfKey = "failing/2026-09-30/actions-roi-2026-09-30.pdf";

            int failed = cli.run(args);

            assertThat(failed).isEqualTo(1);
            assertThat(output.getErr()).contains("step 'archive'").contains("Could not archive " + pdfKey)
                    .contains("bucket 'reports' at 127.0.0.1").contains("a rerun archives only what is missing")
                    .doesNotContain(S3MockServer.SECRET_KEY);
            assertThat(proxy.findAll(putRequestedFor(urlPathMatching("/reports/" + pdfKey)))).as("bounded attempts")
                    .hasSize(ArchiveStorage.ATTEMPTS);
            assertThat(keys("failing/")).contains("failing/2026-09-30/actions-roi-2026-09-30.json",
                    "failing/2026-09-30/actions-roi-2026-09-30.xlsx", "failing/history.csv").doesNotContain(pdfKey);
            MimeMessage email = emailOf("2026-09-30", "cfo@example.com");
            assertThat(MimeParts.of(email).text()).doesNotContain("X-Amz-Signature")
                    .contains("could not all be archived this time: they are in "
                            + cli.outputDir().resolve("2026-09-30").toAbsolutePath().normalize());

            // the storage is well again
            proxy.resetMappings();
            proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(s3.endpoint().toString())));
            proxy.resetRequests();
            int rerun = cli.run(args);

            assertThat(rerun).isZero();
            assertThat(proxy.findAll(putRequestedFor(urlPathMatching("/reports/.*"))).stream()
                    .map(LoggedRequest::getUrl))
                    .as("the rerun's uploads").containsExactly("/reports/" + pdfKey);
            assertThat(keys("failing/")).contains(pdfKey);
            assertThat(smtp.mailboxOf("cfo@example.com")).as("emailed once").hasSize(1);
        }
        finally {
            proxy.stop();
        }
    }

    @Test
    void aDryRunArchivesNothingAndSaysSo(CapturedOutput output) {
        int exit = new ReportCli(folder.resolve("dry-run")).run(settings(s3.endpoint(), "dry-run/",
                "nobody@example.com", "--report.date=2026-09-30", "--report.dry-run=true"));

        assertThat(exit).isZero();
        assertThat(keys("dry-run/")).isEmpty();
        assertThat(output.getOut()).contains("Dry run: nothing archived in bucket 'reports' at 127.0.0.1");
    }

    @Test
    void theArchiveOnWithoutABucketIsRefusedBeforeAnyWork(CapturedOutput output) {
        ReportCli cli = new ReportCli(folder.resolve("no-bucket"));

        int exit = cli.run("--port.export-dir=demo/port-export", "--report.date=2026-09-30",
                "--report.archive.enabled=true");

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr().strip()).isEqualTo("report.archive.enabled=true needs report.archive.bucket, the"
                + " bucket to archive the reports in: set it, or report.archive.enabled=false.");
        assertThat(cli.outputDir()).doesNotExist();
    }

    @Test
    void aLinkLifetimeOverSevenDaysIsRefusedBeforeAnyWork(CapturedOutput output) {
        ReportCli cli = new ReportCli(folder.resolve("link-days"));

        int exit = cli.run(settings(s3.endpoint(), "link-days/", "nobody@example.com", "--report.date=2026-09-30",
                "--report.archive.link-days=8"));

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr().strip()).isEqualTo("Invalid setting report.archive.link-days=8: must be 1 to 7: a"
                + " presigned link lives 7 days at most");
        assertThat(cli.outputDir()).doesNotExist();
    }

    private String[] settings(URI endpoint, String prefix, String to, String... more) {
        List<String> all = new ArrayList<>(List.of(
                "--port.export-dir=demo/port-export",
                "--report.archive.enabled=true",
                "--report.archive.bucket=" + S3MockServer.BUCKET,
                "--report.archive.prefix=" + prefix,
                "--report.archive.endpoint=" + endpoint,
                "--report.archive.path-style=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port(),
                "--report.email.from=" + FROM,
                "--report.email.to=" + to,
                "--report.email.retry.initial-backoff=0s"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private List<String> keys(String prefix) {
        return bucket.listObjectsV2Paginator(list -> list.bucket(S3MockServer.BUCKET).prefix(prefix)).contents()
                .stream().map(S3Object::key).toList();
    }

    private String text(String key) {
        return bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET).key(key))
                .asString(StandardCharsets.UTF_8);
    }

    private MimeMessage emailOf(String date, String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.mailboxOf(recipient)) {
            if (message.getSubject().contains(date)) {
                found.add(message);
            }
        }
        assertThat(found).as("emails of " + date + " to " + recipient).hasSize(1);
        return found.get(0);
    }
}
