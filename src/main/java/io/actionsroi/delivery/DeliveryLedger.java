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
 * Who has received which report of which job instance, on which channel (see {@link DeliveryKey}): a
 * table in the job repository's database, so that a restarted delivery sends only to the targets that
 * did not get it. Each delivery is committed on
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

    /** The targets (lower case) that received the delivery {@code key}. */
    public Set<String> deliveredTo(DeliveryKey key) {
        return new HashSet<>(jdbc.sql("SELECT TARGET FROM " + TABLE
                        + " WHERE JOB_INSTANCE_ID = ? AND SCOPE = ? AND CHANNEL = ?")
                .params(key.jobInstanceId(), key.scope(), key.channel())
                .query(String.class)
                .list());
    }

    /**
     * Records, and commits at once, that {@code target} received the delivery {@code key}.
     *
     * @param messageId the email's Message-ID or the chat service's message id, when it gave one
     */
    public void record(DeliveryKey key, String target, LocalDate reportDate, Instant deliveredAt, String messageId) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + TABLE
                + " (JOB_INSTANCE_ID, SCOPE, CHANNEL, TARGET, REPORT_DATE, DELIVERED_AT, MESSAGE_ID)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(key.jobInstanceId(), key.scope(), key.channel(), normalize(target), reportDate,
                        Timestamp.from(deliveredAt), messageId)
                .update());
    }

    /** The form a target is kept in: addresses differ by case only in their local part, rarely on purpose. */
    public static String normalize(String recipient) {
        return recipient.strip().toLowerCase(Locale.ROOT);
    }
}
