-- The delivery ledger: who received the email of which job instance (see DeliveryLedger).
-- IF NOT EXISTS: repositories made before the ledger moved to Flyway already have this table, as is.
-- Every migration here runs on H2 and PostgreSQL alike.
CREATE TABLE IF NOT EXISTS ACTIONS_ROI_DELIVERY (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    RECIPIENT VARCHAR(320) NOT NULL,
    REPORT_DATE DATE NOT NULL,
    DELIVERED_AT TIMESTAMP NOT NULL,
    MESSAGE_ID VARCHAR(998),
    PRIMARY KEY (JOB_INSTANCE_ID, RECIPIENT)
);
