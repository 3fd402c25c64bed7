-- Every progress report is kept (who reported what, when), the latest also on tracked_action.
CREATE TABLE progress_note (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(64)   NOT NULL,
  action_id     CHAR(36)      NOT NULL,
  note          TEXT          NULL,
  status        VARCHAR(20)   NOT NULL,
  percent_done  INT           NOT NULL,
  author        VARCHAR(255)  NOT NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_progress_note_tenant_action (tenant_id, action_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
