package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.actionsroi.delivery.LoopbackSmtp;

/**
 * An H2 file job repository made by the release before the project's tables moved to Flyway migrations
 * is upgraded in place by the next run: its history and its delivery ledger are kept, and the ledger
 * goes on recording deliveries.
 */
@ExtendWith(OutputCaptureExtension.class)
class JobRepositoryUpgradeTests {

    /**
     * Made by main at 6543280 (the ledger created by DeliveryLedger itself, no migration history), from
     * its working directory: {@code java -jar target/actions-roi-report.jar --spring.profiles.active=demo
     * --report.email.enabled=true --spring.mail.host=127.0.0.1 --spring.mail.port=2525
     * --report.email.from=actions-roi@example.com --report.email.to=vp@example.com,cto@example.com},
     * with {@code bench/smtp_sink.py 2525 mail} listening: the report of 2026-09-30 (UTC) completed and
     * emailed to both.
     */
    private static final Path BEFORE_FLYWAY = Path.of("src/test/resources/job-repositories/before-flyway.mv.db");

    @TempDir
    Path folder;

    @Test
    void aRepositoryMadeBeforeTheMigrationsIsUpgradedInPlaceAndKeepsItsHistoryAndLedger(CapturedOutput output)
            throws Exception {
        // given: that repository as the job's
        ReportCli cli = new ReportCli(folder);
        Files.copy(BEFORE_FLYWAY, Files.createDirectories(folder.resolve("db")).resolve("actions-roi.mv.db"));
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            List<String> mailed = List.of("--spring.profiles.active=demo", "--report.email.enabled=true",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                    "--report.email.from=actions-roi@example.com", "--report.email.to=vp@example.com");

            // when: the date it made, then the day before
            int madeBefore = cli.run(with(mailed, "--report.date=2026-09-30"));
            int dayBefore = cli.run(with(mailed, "--report.date=2026-09-29"));

            // then: the date it made is known as made, and the new date is emailed once and recorded
            assertThat(madeBefore).isZero();
            assertThat(output.getOut()).contains("The report for 2026-09-30 (UTC) was already made: nothing to do.");
            assertThat(dayBefore).isZero();
            assertThat(smtp.mailboxOf("vp@example.com")).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection(cli.jdbcUrl(), "sa", "")) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThat(jdbc.sql("SELECT REPORT_DATE || ' ' || SCOPE || ' ' || CHANNEL || ' ' || TARGET"
                    + " FROM ACTIONS_ROI_DELIVERY ORDER BY 1")
                    .query(String.class).list())
                    .containsExactly("2026-09-29 organisation email vp@example.com",
                            "2026-09-30 organisation email cto@example.com",
                            "2026-09-30 organisation email vp@example.com");
            assertThat(jdbc.sql("SELECT \"version\" || ' ' || \"type\" || ' ' || \"success\""
                    + " FROM \"actions_roi_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                    .query(String.class).list())
                    .as("baselined below the first migration; the migrations then ran and kept the ledger's rows")
                    .containsExactly("0 BASELINE TRUE", "1 SQL TRUE", "2 SQL TRUE");
        }
    }

    private static String[] with(List<String> settings, String setting) {
        return Stream.concat(settings.stream(), Stream.of(setting))
                .toArray(String[]::new);
    }
}
