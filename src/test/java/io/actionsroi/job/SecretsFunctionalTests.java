package io.actionsroi.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.actionsroi.delivery.LoopbackSmtp;
import io.actionsroi.tls.TestCertificates;

/**
 * Credentials go where they are needed and nowhere else: not in the log (DEBUG included), the
 * reports, the email, the error a person reads, nor anything the job repository keeps.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsFunctionalTests {

    private static final String TOKEN_1 = "tok-en-one-5dc1f0a7";
    private static final String TOKEN_2 = "tok-en-two-93b2e6c4";
    private static final String SMTP_PASSWORD = "smtp-pass-0f4c9d21";
    private static final List<String> SECRETS = List.of(PortLikeServer.CLIENT_SECRET, TOKEN_1, TOKEN_2, SMTP_PASSWORD,
            TestCertificates.PASSWORD);
    private static final List<String> DEBUG_EVERYWHERE = List.of("--logging.level.io.actionsroi=DEBUG",
            "--logging.level.org.springframework=DEBUG", "--logging.level.org.eclipse.angus=DEBUG",
            "--logging.level.jakarta.mail=DEBUG", "--logging.level.org.h2=DEBUG");

    @TempDir
    Path folder;

    @Test
    void aReportMadeWithATokenRenewedMidwayKeepsEverySecretOutOfLogsFilesAndTheJobRepository(CapturedOutput output)
            throws Exception {
        TestCertificates certificates = TestCertificates.get();
        try (PortLikeServer port = new PortLikeServer(500);
                LoopbackSmtp smtp = LoopbackSmtp.startSmtps(certificates.serverKeyStore(), TestCertificates.PASSWORD)) {
            // given: Port hands out a token, refuses it half-way, hands out another; the SMTP login goes over TLS
            port.issueTokens(TOKEN_1, TOKEN_2);
            port.serveExport();
            port.refuseToken("action_run", 2, TOKEN_1);
            smtp.acceptLogin("roi-mailer", SMTP_PASSWORD);
            ReportCli cli = new ReportCli(folder);
            List<String> command = new ArrayList<>(port.settings());
            command.addAll(DEBUG_EVERYWHERE);
            command.addAll(List.of("--report.date=2026-09-30", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.port(), "--spring.mail.username=roi-mailer",
                    "--spring.mail.password=" + SMTP_PASSWORD, "--spring.mail.ssl.enabled=true",
                    "--report.email.trust-store=" + certificates.caPkcs12(),
                    "--report.email.trust-store-password=" + TestCertificates.PASSWORD,
                    "--report.email.from=actions-roi@example.com",
                    "--report.email.to=vp@example.com"));

            // when
            int exitCode = cli.run(command.toArray(String[]::new));

            // then
            assertThat(exitCode).isZero();
            assertThat(port.tokenRequests()).as("the token was renewed").isEqualTo(2);
            assertThat(smtp.all()).hasSize(1);
            assertNoSecretIn("the log", output.getAll());
            try (Stream<Path> files = Files.walk(cli.outputDir())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertNoSecretIn(file.toString(), StoredText.of(file));
                }
            }
            assertNoSecretIn("the job repository", StoredText.jobRepository(folder));
        }
    }

    @Test
    void aRefusedLoginFailsWithoutTheSecretInTheMessageOrTheDebugLog(CapturedOutput output) throws Exception {
        try (PortLikeServer port = new PortLikeServer(500)) {
            // given
            port.stub(post(urlPathEqualTo(PortLikeServer.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                    .withBody("{\"ok\":false,\"error\":\"unauthorized\",\"message\":\"Invalid credentials\"}")));
            List<String> command = new ArrayList<>(port.settings());
            command.addAll(DEBUG_EVERYWHERE);

            // when
            int exitCode = new ReportCli(folder).run(command.toArray(String[]::new));

            // then: the stack traces at DEBUG hold the exception messages too
            assertThat(exitCode).isEqualTo(ReportCommand.EXIT_FAILED);
            assertThat(output.getAll()).contains("PortException");
            assertNoSecretIn("the log", output.getAll());
            assertNoSecretIn("the job repository", StoredText.jobRepository(folder));
        }
    }

    private static void assertNoSecretIn(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as("%s holds no secret", where).doesNotContain(secret);
        }
    }
}
