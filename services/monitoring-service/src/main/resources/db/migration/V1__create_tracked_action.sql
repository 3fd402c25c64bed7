-- Every action of an approved plan becomes a tracked action (id = the plan's actionId). A
-- re-approval refreshes the texts and keeps the reported progress; plan_revision makes a stale
-- re-delivery harmless. tenant_id leads every key (docs/adr/0002-tenancy-model.md).
CREATE TABLE tracked_action (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  plan_id         CHAR(36)      NOT NULL,
  school_id       CHAR(36)      NOT NULL,
  school_year     VARCHAR(9)    NOT NULL,
  row_id          VARCHAR(64)   NOT NULL,
  criterion_code  VARCHAR(40)   NULL,
  description     TEXT          NOT NULL,
  lead_name       VARCHAR(255)  NULL,
  timeline_text   VARCHAR(500)  NULL,
  budget_text     VARCHAR(255)  NULL,
  status          VARCHAR(20)   NOT NULL,
  percent_done    INT           NOT NULL DEFAULT 0,
  plan_revision   INT           NOT NULL,
  sort_order      INT           NOT NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  updated_at      TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_tracked_action_tenant_plan (tenant_id, plan_id, sort_order),
  KEY ix_tracked_action_tenant_school (tenant_id, school_id, school_year),
  CONSTRAINT ck_tracked_action_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED')),
  CONSTRAINT ck_tracked_action_percent CHECK (percent_done BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
