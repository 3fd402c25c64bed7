-- registry.SchoolYearOpened.v1 / SchoolYearClosed.v1: the school years a tenant opened, with the
-- deadline for submitting plans (a plan first submitted after it, or not submitted once it has
-- passed, is late). Once CLOSED a year stays closed whatever order the events arrive in.
CREATE TABLE school_year_view (
  tenant_id             VARCHAR(64)   NOT NULL,
  school_year           VARCHAR(9)    NOT NULL,
  submission_deadline   DATE          NULL,
  progress_report_dates VARCHAR(512)  NULL,
  status                VARCHAR(20)   NOT NULL,
  updated_at            TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, school_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The dates of a plan's workflow, from the events' occurredAt, whatever order they arrive in:
-- the earliest PlanSubmitted and the latest PlanApproved.
ALTER TABLE plan_view
  ADD COLUMN first_submitted_at TIMESTAMP(6) NULL,
  ADD COLUMN approved_at        TIMESTAMP(6) NULL;

-- The actions of approved plans (plans.PlanApproved.v1, the latest approved revision) and their
-- progress (monitoring.ActionProgressReported.v1, the latest report by reportedAt). Either may
-- arrive first: plan columns are null until the approval is seen, progress columns until a report.
CREATE TABLE action_view (
  tenant_id       VARCHAR(64)   NOT NULL,
  action_id       CHAR(36)      NOT NULL,
  plan_id         CHAR(36)      NOT NULL,
  school_id       CHAR(36)      NOT NULL,
  school_year     VARCHAR(9)    NULL,
  plan_revision   INT           NULL,
  criterion_code  VARCHAR(40)   NULL,
  standard_code   VARCHAR(40)   NULL,
  budget_vnd      BIGINT        NULL,
  status          VARCHAR(20)   NULL,
  percent_done    INT           NULL,
  money_spent     BIGINT        NULL,
  reported_at     TIMESTAMP(6)  NULL,
  PRIMARY KEY (tenant_id, action_id),
  KEY ix_action_view_plan (tenant_id, plan_id),
  KEY ix_action_view_school_year (tenant_id, school_year, school_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
