package io.actionsroi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of its own, for one test, in the PostgreSQL database that ACTIONS_ROI_PG_URL,
 * ACTIONS_ROI_PG_USER and ACTIONS_ROI_PG_PASSWORD name (.ci/run starts one on loopback and sets them);
 * dropped with everything in it when closed. Without them the test is skipped, unless
 * {@value #REQUIRED} is set (as CI does): then it fails.
 */
final class PostgresSchema implements AutoCloseable {

    static final String REQUIRED = "ACTIONS_ROI_REQUIRE_POSTGRES";

    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final DataSource dataSource;

    private PostgresSchema(String url, String user, String password) {
        this.name = "test_" + UUID.randomUUID().toString().replace("-", "");
        this.url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
        this.user = user;
        this.password = password;
        JdbcClient.create(new DriverManagerDataSource(url, user, password)).sql("CREATE SCHEMA " + name).update();
        this.dataSource = new DriverManagerDataSource(this.url, user, password);
    }

    static PostgresSchema create() {
        String url = System.getenv("ACTIONS_ROI_PG_URL");
        String message = "no PostgreSQL: set ACTIONS_ROI_PG_URL, ACTIONS_ROI_PG_USER and ACTIONS_ROI_PG_PASSWORD to a"
                + " database where that user may create schemas (as .ci/run does) to run the shared job repository's"
                + " tests";
        if (System.getenv(REQUIRED) == null) {
            assumeTrue(url != null, message);
        }
        else {
            assertThat(url).as(message + ", since " + REQUIRED + " is set").isNotNull();
        }
        return new PostgresSchema(url, System.getenv("ACTIONS_ROI_PG_USER"), System.getenv("ACTIONS_ROI_PG_PASSWORD"));
    }

    /** The settings that make it the job repository. */
    List<String> settings() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    String name() {
        return name;
    }

    /** Connections whose statements work in this schema. */
    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        jdbc().sql("DROP SCHEMA " + name + " CASCADE").update();
    }
}
