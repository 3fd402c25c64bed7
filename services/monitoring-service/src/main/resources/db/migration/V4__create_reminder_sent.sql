-- One row per action reminded per day (the tenant's calendar day): the primary key makes a second
-- reminder the same day impossible, even with two instances running the job at once.
CREATE TABLE reminder_sent (
  tenant_id   VARCHAR(64)   NOT NULL,
  action_id   CHAR(36)      NOT NULL,
  day         DATE          NOT NULL,
  due_state   VARCHAR(20)   NOT NULL,
  recipients  VARCHAR(1000) NOT NULL,
  sent_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, action_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
