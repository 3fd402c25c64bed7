-- Issue 5's plan amendments and approval chain, seen by reports (contract: optional fields
-- amendment, approvedVersion, approvalStep, approvalSteps on every plan event):
-- while an amendment is in progress the plan stays APPROVED (its approved version is in force)
-- and amendment_status holds the amendment's own status (DRAFT, SUBMITTED, RETURNED, WITHDRAWN);
-- PlanApproved and PlanAmendmentDiscarded clear it. approval_step / approval_steps: how many
-- levels of the approval chain passed the current submission, out of how many.
-- actions_revision: the revision of the approval whose actions action_view holds (a stale
-- approval is recognised by it, even when the newer approval has no action left).
ALTER TABLE plan_view
  ADD COLUMN amendment_status  VARCHAR(20) NULL,
  ADD COLUMN approval_step     INT         NULL,
  ADD COLUMN approval_steps    INT         NULL,
  ADD COLUMN approved_version  INT         NULL,
  ADD COLUMN actions_revision  INT         NULL;

UPDATE plan_view p SET actions_revision =
  (SELECT MAX(a.plan_revision) FROM action_view a
    WHERE a.tenant_id = p.tenant_id AND a.plan_id = p.plan_id);

-- An action a later approval (an amendment) no longer has is kept, with its progress, and marked
-- removed (the revision of that approval): reports count only the actions in force, and an
-- amendment that brings the same action id back brings its progress back with it.
-- timeline_end / recurring (PlanApproved's actions[].timelineEnd, recurring): overdue actions.
ALTER TABLE action_view
  ADD COLUMN removed_at_revision INT          NULL,
  ADD COLUMN description         VARCHAR(1000) NULL,
  ADD COLUMN timeline_end        DATE         NULL,
  ADD COLUMN recurring           BOOLEAN      NOT NULL DEFAULT FALSE;

-- The day a school was merged or closed (registry's closedOn, status MERGED or CLOSED), from its
-- latest snapshot: a school closed before a school year started is not one of that year's schools.
ALTER TABLE school_view
  ADD COLUMN closed_on DATE NULL;

-- The org unit and org-tree path of every school snapshot (registry.SchoolRegistered/Updated.v1,
-- by the envelope's occurredAt), so that a past school year's reports put each school under the
-- org unit it belonged to at the end of that year (moved subtrees and moved schools included).
-- school_year_start: the school year (its first calendar year; years start on 1 September in
-- Vietnam) during which the snapshot was made, computed by the service.
CREATE TABLE school_unit_history (
  tenant_id          VARCHAR(64)   NOT NULL,
  school_id          CHAR(36)      NOT NULL,
  valid_from         TIMESTAMP(6)  NOT NULL,
  school_year_start  INT           NOT NULL,
  org_unit_id        CHAR(36)      NULL,
  path               VARCHAR(1024) NOT NULL,
  PRIMARY KEY (tenant_id, school_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the schools known before V4: their current snapshot (the school year read in the session's time
-- zone, at worst a few hours off at the turn of a year; a replay computes it exactly)
INSERT INTO school_unit_history (tenant_id, school_id, valid_from, school_year_start, org_unit_id,
    path)
  SELECT tenant_id, id, updated_at, YEAR(updated_at) - IF(MONTH(updated_at) < 9, 1, 0),
      org_unit_id, path
  FROM school_view;
