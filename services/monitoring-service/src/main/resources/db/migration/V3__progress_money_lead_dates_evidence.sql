-- Issue 6: money spent (đồng), an explicit lead user (and e-mail) assigned by the principal, the
-- plan's optional timeline dates and recurrence, and evidence files (minh chứng).
ALTER TABLE tracked_action
  ADD COLUMN money_spent     BIGINT        NOT NULL DEFAULT 0,
  ADD COLUMN lead_user_id    VARCHAR(255)  NULL,
  ADD COLUMN lead_email      VARCHAR(255)  NULL,
  ADD COLUMN timeline_start  DATE          NULL,
  ADD COLUMN timeline_end    DATE          NULL,
  ADD COLUMN recurring       BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT ck_tracked_action_money CHECK (money_spent >= 0),
  ADD KEY ix_tracked_action_tenant_end (tenant_id, timeline_end);

-- seq orders notes written within the same second (created_at is stored to the second)
ALTER TABLE progress_note
  ADD COLUMN money_spent BIGINT NULL,
  ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE;

CREATE TABLE evidence_file (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  action_id       CHAR(36)      NOT NULL,
  original_name   VARCHAR(255)  NOT NULL,
  content_type    VARCHAR(120)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  storage_key     VARCHAR(255)  NOT NULL,
  uploaded_by     VARCHAR(255)  NOT NULL,
  uploaded_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_evidence_file_tenant_action (tenant_id, action_id, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
