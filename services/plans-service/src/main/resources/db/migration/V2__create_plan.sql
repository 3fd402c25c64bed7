-- Improvement plans and their review trail. One plan per school and school year.
CREATE TABLE plan (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  school_id       CHAR(36)      NOT NULL,
  school_year     VARCHAR(9)    NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  revision        INT           NOT NULL,
  author_id       VARCHAR(100)  NOT NULL,
  author_name     VARCHAR(255)  NOT NULL,
  submitter_id    VARCHAR(100)  NULL,
  submitter_name  VARCHAR(255)  NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  updated_at      TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_plan_school_year (tenant_id, school_id, school_year),
  KEY ix_plan_tenant_status (tenant_id, school_year, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_row (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  plan_id         CHAR(36)      NOT NULL,
  position        INT           NOT NULL,
  tier            VARCHAR(20)   NOT NULL,
  criterion_code  VARCHAR(10)   NULL,
  level4_no       INT           NULL,
  target          VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_plan_row_tenant_plan (tenant_id, plan_id, position),
  CONSTRAINT fk_plan_row_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_action (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  row_id          CHAR(36)      NOT NULL,
  position        INT           NOT NULL,
  description     VARCHAR(4000) NOT NULL,
  lead_name       VARCHAR(500)  NOT NULL,
  partners        VARCHAR(1000) NULL,
  timeline_text   VARCHAR(500)  NULL,
  budget_text     VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_plan_action_tenant_row (tenant_id, row_id, position),
  CONSTRAINT fk_plan_action_row FOREIGN KEY (row_id) REFERENCES plan_row (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail of the workflow: who, when, from which status to which, and the comment.
CREATE TABLE plan_transition (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id       VARCHAR(64)   NOT NULL,
  plan_id         CHAR(36)      NOT NULL,
  from_status     VARCHAR(12)   NULL,
  to_status       VARCHAR(12)   NOT NULL,
  actor_id        VARCHAR(100)  NOT NULL,
  actor_name      VARCHAR(255)  NOT NULL,
  comment         VARCHAR(4000) NULL,
  at              TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_plan_transition_tenant_plan (tenant_id, plan_id, id),
  CONSTRAINT fk_plan_transition_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
