-- The ledger's key gains the report's scope (the organisation's report, or a team's) and the channel
-- (email, or a chat target), so that one job instance delivers each scope on each channel once per target.
-- The old rows are the organisation's emails. A new table and a rename rather than a changed primary key:
-- H2 and PostgreSQL name and drop primary keys differently, and every migration here runs on both.
CREATE TABLE ACTIONS_ROI_DELIVERY_NEW (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    SCOPE VARCHAR(1000) NOT NULL,
    CHANNEL VARCHAR(64) NOT NULL,
    TARGET VARCHAR(320) NOT NULL,
    REPORT_DATE DATE NOT NULL,
    DELIVERED_AT TIMESTAMP NOT NULL,
    MESSAGE_ID VARCHAR(998),
    PRIMARY KEY (JOB_INSTANCE_ID, SCOPE, CHANNEL, TARGET)
);
INSERT INTO ACTIONS_ROI_DELIVERY_NEW (JOB_INSTANCE_ID, SCOPE, CHANNEL, TARGET, REPORT_DATE, DELIVERED_AT, MESSAGE_ID)
    SELECT JOB_INSTANCE_ID, 'organisation', 'email', RECIPIENT, REPORT_DATE, DELIVERED_AT, MESSAGE_ID
    FROM ACTIONS_ROI_DELIVERY;
DROP TABLE ACTIONS_ROI_DELIVERY;
ALTER TABLE ACTIONS_ROI_DELIVERY_NEW RENAME TO ACTIONS_ROI_DELIVERY;
