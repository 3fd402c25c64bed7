-- Issue 5: the plan list (reviewers' queue, principals' dashboard) reads when a plan was first and
-- last submitted and last decided without scanning the trail; filled from plan_transition for the
-- plans that exist.
ALTER TABLE plan
  ADD COLUMN first_submitted_at TIMESTAMP(6) NULL,
  ADD COLUMN submitted_at       TIMESTAMP(6) NULL,
  ADD COLUMN decided_at         TIMESTAMP(6) NULL;

UPDATE plan p SET
  first_submitted_at = (SELECT MIN(t.at) FROM plan_transition t
                        WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id AND t.to_status = 'SUBMITTED'),
  submitted_at = (SELECT MAX(t.at) FROM plan_transition t
                  WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id AND t.to_status = 'SUBMITTED'),
  decided_at = (SELECT MAX(t.at) FROM plan_transition t
                WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id
                  AND t.to_status IN ('APPROVED', 'RETURNED'));

-- The tenant's school years as registry.SchoolYearOpened/Closed describe them: the plan submission
-- deadline (a date in Việt Nam) and late_after, the first instant (UTC) after that day.
CREATE TABLE school_year_view (
  tenant_id            VARCHAR(64)  NOT NULL,
  school_year          VARCHAR(9)   NOT NULL,
  submission_deadline  DATE         NOT NULL,
  late_after           TIMESTAMP(6) NOT NULL,
  status               VARCHAR(12)  NOT NULL,
  PRIMARY KEY (tenant_id, school_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
