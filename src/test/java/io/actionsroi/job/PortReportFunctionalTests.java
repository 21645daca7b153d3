package io.actionsroi.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import io.actionsroi.DemoExport;
import io.actionsroi.port.Tinyproxy;
import io.actionsroi.tls.TestCertificates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.actionsroi.job.PortLikeServer.withoutRunDetails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job against a loopback server that behaves like Port, serving the demo export as
 * pages: the summary must be the one the ROI model makes of the export itself, whatever goes wrong
 * on the way.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortReportFunctionalTests {

    private static final String DATE = "2026-09-30";
    private static final String RUNS = "action_run";

    @TempDir
    Path folder;

    @Test
    void portServedInPagesGivesTheSameSummaryAsTheExport() {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given
            port.issueTokens("token-1");
            port.serveExport();

            // when
            JsonNode fromPort = summary("port", port.settings());

            // then
            assertThat(withoutRunDetails(fromPort)).isEqualTo(withoutRunDetails(summaryOfExport()));
            assertThat(fromPort.get("source").asString()).isEqualTo(port.baseUrl());
            assertThat(port.tokenRequests()).isEqualTo(1);
        }
    }

    @Test
    void anExpiringTokenRateLimitsOutagesACutOffPageAndASlowOneChangeNothing(CapturedOutput output) {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given
            port.issueTokens("token-1", "token-2");
            port.serveExport();
            port.refuseToken(RUNS, 2, "token-1");
            port.failPage(RUNS, 0,
                    aResponse().withStatus(429).withHeader("Retry-After", "1"),
                    aResponse().withStatus(503).withHeader("X-Trace-Id", "trace-503"),
                    aResponse().withStatus(503));
            port.failPage(RUNS, 1,
                    aResponse().withStatus(429).withHeader("x-ratelimit-reset", "1"),
                    aResponse().withStatus(503).withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", "1"),
                    aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
            port.failPage(RUNS, 3,
                    okJson("{\"ok\":true,\"entities\":[{\"identifier\":\"r_cut"),
                    aResponse().withStatus(502));
            port.failPage("action", 0, aResponse().withStatus(500), aResponse().withStatus(504));
            port.failPage(RUNS, 4, aResponse().withStatus(200).withFixedDelay(6_000).withBody("{\"ok\":true"));
            List<String> settings = new ArrayList<>(port.settings());
            settings.add("--port.read-timeout=2s");

            // when
            JsonNode fromPort = summary("faulty", settings);

            // then
            assertThat(withoutRunDetails(fromPort)).isEqualTo(withoutRunDetails(summaryOfExport()));
            assertThat(port.tokenRequests()).isEqualTo(2);
            assertThat(output.getOut()).contains("429").contains("503").contains("no complete answer within 2.0 s (port.read-timeout)")
                    .doesNotContain(PortLikeServer.CLIENT_SECRET)
                    .doesNotContain("token-1").doesNotContain("token-2");
        }
    }

    @Test
    void portOverHttpsBehindAProxyThatAsksForAPasswordGivesTheSameSummary(CapturedOutput output) throws Exception {
        String password = "Pr0xy-pa55-never-printed";
        try (PortLikeServer port = new PortLikeServer(500, TestCertificates.get());
                Tinyproxy proxy = Tinyproxy.start(folder, port.port(), "roi-proxy", password)) {
            // given: Port's certificate is signed by a CA the JDK does not know, as behind a TLS-inspecting proxy
            port.issueTokens("token-1");
            port.serveExport();
            List<String> settings = new ArrayList<>(port.settings());
            settings.add("--port.proxy=" + proxy.url("roi-proxy", password));
            settings.add("--port.trust-store=" + TestCertificates.get().caPem());

            // when
            JsonNode fromPort = summary("proxied", settings);

            // then
            assertThat(withoutRunDetails(fromPort)).isEqualTo(withoutRunDetails(summaryOfExport()));
            assertThat(fromPort.get("source").asString()).isEqualTo(port.baseUrl());
            assertThat(proxy.log()).contains("CONNECT 127.0.0.1:" + port.port());
            assertThat(output.getAll()).contains("through the proxy http://127.0.0.1:").doesNotContain(password);
        }
    }

    @Test
    void aRunServedTwiceAcrossPagesCountsOnce() {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given: Port wrote while we paged, so page 2 repeats the last run of page 1
            port.issueTokens("token-1");
            port.serveExport();
            List<ArrayNode> pages = new ArrayList<>(port.pages(PortLikeServer.entities(RUNS)));
            ArrayNode first = pages.get(0);
            pages.get(1).insert(0, first.get(first.size() - 1));
            port.servePages(RUNS, pages);

            // when
            JsonNode fromPort = summary("port", port.settings());

            // then
            JsonNode fromExport = summaryOfExport();
            for (String part : List.of("totals", "actions", "categories", "teams", "userGroups", "highlights")) {
                assertThat(fromPort.get(part)).as(part).isEqualTo(fromExport.get(part));
            }
            assertThat(fromPort.get("dataQuality").get("counts").get("duplicate_runs").asLong()).isEqualTo(1);
            assertThat(fromPort.get("dataQuality").get("items").toString())
                    .contains(first.get(first.size() - 1).get("identifier").asString());
        }
    }

    @Test
    void refusedCredentialsNameTheClientIdAndTraceIdButNeverTheSecret(CapturedOutput output) {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given
            port.stub(post(urlPathEqualTo(PortLikeServer.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                    .withHeader("X-Trace-Id", "trace-4711")
                    .withBody("{\"ok\":false,\"error\":\"unauthorized\",\"message\":\"Invalid credentials\"}")));

            // when
            int exitCode = cli("port").run(port.settings().toArray(String[]::new));

            // then
            assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(output.getErr().strip().lines()).singleElement().asString()
                    .contains("refused").contains(PortLikeServer.CLIENT_ID).contains("trace-4711");
            assertThat(output.getAll()).doesNotContain(PortLikeServer.CLIENT_SECRET);
        }
    }

    @Test
    void anUnreachablePortFailsNamingTheUrlAndARerunStartsCleanly(CapturedOutput output) {
        // given: nothing listens on the base URL
        ReportCli cli = cli("port");
        String closedPort;
        try (PortLikeServer stopped = new PortLikeServer(500)) {
            closedPort = stopped.baseUrl();
        }
        List<String> unreachable = new ArrayList<>(List.of("--port.base-url=" + closedPort, "--port.client-id=id",
                "--port.client-secret=secret", "--port.retry.max-attempts=3", "--port.retry.initial-backoff=10ms",
                "--report.date=" + DATE));

        // when
        int failed = cli.run(unreachable.toArray(String[]::new));

        // then
        assertThat(failed).isEqualTo(ReportCommand.EXIT_FAILED);
        assertThat(output.getErr().strip().lines()).singleElement().asString()
                .contains(closedPort).contains("3 attempts").contains("Run the same command again");

        // when: Port is back, and the same date runs again
        try (PortLikeServer port = new PortLikeServer(500)) {
            port.issueTokens("token-1");
            port.serveExport();
            List<String> settings = new ArrayList<>(port.settings());
            settings.add("--report.date=" + DATE);
            int restarted = cli.run(settings.toArray(String[]::new));

            // then
            assertThat(restarted).isZero();
            assertThat(withoutRunDetails(PortLikeServer.readJson(cli.summary(DATE))))
                    .isEqualTo(withoutRunDetails(summaryOfExport()));
        }
    }

    @Test
    void aBlueprintPortDoesNotKnowIsNamedWithItsSetting(CapturedOutput output) {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given: the organisation calls its run blueprint differently
            port.issueTokens("token-1");
            port.serveExport();
            List<String> settings = new ArrayList<>(port.settings());
            settings.add("--port.schema.blueprints.run=self_service_run");

            // when
            int exitCode = summaryRun(cli("port"), settings);

            // then
            assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(output.getErr().strip().lines()).singleElement().asString()
                    .contains("self_service_run").contains("port.schema.blueprints.run");
        }
    }

    @Test
    void aUserBlueprintTheCredentialsMayNotReadLeavesTheAdoptionWithoutUsersAndTheReportIsMade() {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given: a credential that may read everything but the users
            port.issueTokens("token-1");
            port.serveExport();
            port.stub(post(urlPathEqualTo(PortLikeServer.searchPath("_user"))).atPriority(1)
                    .willReturn(aResponse().withStatus(403).withHeader("X-Trace-Id", "trace-403")
                            .withBody("{\"ok\":false,\"error\":\"forbidden\",\"message\":\"No access\"}")));

            // when
            JsonNode fromPort = summary("port", port.settings());

            // then: the figures are the export's, the adoption has no user totals, and the reason is listed
            JsonNode export = summaryOfExport();
            assertThat(fromPort.get("totals")).isEqualTo(export.get("totals"));
            assertThat(fromPort.get("periods")).isEqualTo(export.get("periods"));
            assertThat(fromPort.at("/adoption/users").isNull()).isTrue();
            assertThat(fromPort.at("/adoption/user_rate_30d").isNull()).isTrue();
            assertThat(fromPort.at("/adoption/teams_detail")).hasSize(export.at("/adoption/teams_detail").size())
                    .isNotEmpty().allSatisfy(team -> {
                assertThat(team.get("members").isNull()).as("members of %s", team.get("key")).isTrue();
                assertThat(team.get("active_members_30d").isNull()).isTrue();
            });
            assertThat(fromPort.at("/adoption/teams").asLong()).isEqualTo(export.at("/adoption/teams").asLong());
            assertThat(fromPort.at("/dataQuality/counts/user_directory_unavailable").asLong()).isEqualTo(1);
            assertThat(fromPort.at("/dataQuality/items")).filteredOn(item -> item.get("blueprint").asString().equals("_user"))
                    .singleElement().satisfies(item -> assertThat(item.get("reason").asString())
                            .contains("HTTP 403").contains("trace-403").contains("no user totals"));
        }
    }

    /** What the ROI model makes of the export itself. */
    private static JsonNode summaryOfExport() {
        return DemoExport.summary(Instant.EPOCH);
    }

    private JsonNode summary(String name, List<String> settings) {
        ReportCli cli = cli(name);
        assertThat(summaryRun(cli, settings)).as("exit code of the %s run", name).isZero();
        return PortLikeServer.readJson(cli.summary(DATE));
    }

    private static int summaryRun(ReportCli cli, List<String> settings) {
        List<String> args = new ArrayList<>(settings);
        args.add("--report.date=" + DATE);
        return cli.run(args.toArray(String[]::new));
    }

    private ReportCli cli(String name) {
        return new ReportCli(folder.resolve(name));
    }
}
