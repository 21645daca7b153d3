package io.actionsroi.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who has received the email of which job instance: a table in the job repository's database, so that
 * a restarted delivery sends only to the recipients who did not get it. Each delivery is committed on
 * its own, right after the server accepted it, whatever becomes of the step's transaction. The table is
 * created and changed by the Flyway migrations in {@code db/migration}.
 */
public final class DeliveryLedger {

    static final String TABLE = "ACTIONS_ROI_DELIVERY";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryLedger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The recipients (lower case) who received the email of a job instance. */
    public Set<String> deliveredTo(long jobInstanceId) {
        return new HashSet<>(jdbc.sql("SELECT RECIPIENT FROM " + TABLE + " WHERE JOB_INSTANCE_ID = ?")
                .param(jobInstanceId)
                .query(String.class)
                .list());
    }

    /** Records, and commits at once, that {@code recipient} received the email of a job instance. */
    public void record(long jobInstanceId, String recipient, LocalDate reportDate, Instant deliveredAt,
            String messageId) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + TABLE
                + " (JOB_INSTANCE_ID, RECIPIENT, REPORT_DATE, DELIVERED_AT, MESSAGE_ID) VALUES (?, ?, ?, ?, ?)")
                .params(jobInstanceId, normalize(recipient), reportDate, Timestamp.from(deliveredAt), messageId)
                .update());
    }

    /** The form an address is kept in: addresses differ by case only in their local part, rarely on purpose. */
    public static String normalize(String recipient) {
        return recipient.strip().toLowerCase(Locale.ROOT);
    }
}
