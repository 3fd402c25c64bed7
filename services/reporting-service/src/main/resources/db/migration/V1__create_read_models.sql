-- Read models, fed only by events (registry, plans); rebuilt by replaying them. tenant_id leads
-- every key (docs/adr/0002-tenancy-model.md), so another tenant's row can never be overwritten.

-- registry.SchoolRegistered.v1 / SchoolUpdated.v1 (full snapshots: last one wins).
CREATE TABLE school_view (
  tenant_id    VARCHAR(64)   NOT NULL,
  id           CHAR(36)      NOT NULL,
  code         VARCHAR(32)   NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  level        VARCHAR(20)   NOT NULL,
  school_type  VARCHAR(30)   NULL,
  org_unit_id  CHAR(36)      NULL,
  path         VARCHAR(1024) NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  updated_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_school_view_tenant_path (tenant_id, path(255)),
  KEY ix_school_view_tenant_name (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- plans.PlanCreated/Submitted/Returned/Approved.v1: a plan's latest status. An event whose
-- revision is lower than the stored one is stale (out of order) and changes nothing.
CREATE TABLE plan_view (
  tenant_id    VARCHAR(64)   NOT NULL,
  plan_id      CHAR(36)      NOT NULL,
  school_id    CHAR(36)      NOT NULL,
  school_year  VARCHAR(9)    NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  revision     INT           NOT NULL,
  updated_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, plan_id),
  KEY ix_plan_view_tenant_school_year (tenant_id, school_id, school_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- plans.AssessmentFinished.v1: the latest finished assessment per school, year and kind.
CREATE TABLE assessment_view (
  tenant_id      VARCHAR(64)   NOT NULL,
  school_id      CHAR(36)      NOT NULL,
  school_year    VARCHAR(9)    NOT NULL,
  kind           VARCHAR(10)   NOT NULL,
  assessment_id  CHAR(36)      NOT NULL,
  framework      VARCHAR(40)   NULL,
  version        INT           NOT NULL,
  level1_met     INT           NOT NULL,
  level1_total   INT           NOT NULL,
  level2_met     INT           NOT NULL,
  level2_total   INT           NOT NULL,
  level3_met     INT           NOT NULL,
  level3_total   INT           NOT NULL,
  level4_met     INT           NOT NULL,
  level4_total   INT           NOT NULL,
  overall_level  INT           NULL,
  summary_line   VARCHAR(255)  NOT NULL,
  finished_at    TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, school_id, school_year, kind),
  KEY ix_assessment_view_tenant_assessment (tenant_id, assessment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
