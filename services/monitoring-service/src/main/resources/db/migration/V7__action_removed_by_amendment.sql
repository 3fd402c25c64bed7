-- Plan amendments (issue 5/6): an action that a re-approval no longer has is marked removed, not
-- deleted (its progress, notes, evidence and result stay); it leaves the lists, the overdue views,
-- the reminders and the supervision summary, and comes back with its progress if a later approval
-- has the same action id again.
ALTER TABLE tracked_action
  ADD COLUMN removed_at TIMESTAMP(6) NULL;

-- The plan revision last applied, per plan: an approval of an older revision changes nothing (not
-- even actions it would add), whatever actions are stored. tenant_id leads the key.
CREATE TABLE tracked_plan (
  tenant_id    VARCHAR(64)   NOT NULL,
  plan_id      CHAR(36)      NOT NULL,
  school_id    CHAR(36)      NOT NULL,
  school_year  VARCHAR(9)    NOT NULL,
  revision     INT           NOT NULL,
  applied_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, plan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tracked_plan (tenant_id, plan_id, school_id, school_year, revision, applied_at)
SELECT tenant_id, plan_id, MIN(school_id), MIN(school_year), MAX(plan_revision), MAX(updated_at)
FROM tracked_action
GROUP BY tenant_id, plan_id;
