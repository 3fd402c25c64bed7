-- Issue 5: amendments of approved plans and the tenant's approval chain.
-- latest_version: the number of submitted versions; approved_version: the version in force (an
-- amendment in progress leaves it where it is); approval_chain_json: who decides the current
-- submission, level by level; approvals_given: how many levels approved it so far.
ALTER TABLE plan
  ADD COLUMN latest_version      INT  NOT NULL DEFAULT 0,
  ADD COLUMN approved_version    INT  NULL,
  ADD COLUMN approval_chain_json TEXT NULL,
  ADD COLUMN approvals_given     INT  NOT NULL DEFAULT 0;

UPDATE plan p SET latest_version =
  (SELECT COALESCE(MAX(v.version_no), 0) FROM plan_version v
   WHERE v.tenant_id = p.tenant_id AND v.plan_id = p.id);
UPDATE plan SET approved_version = latest_version, approvals_given = 1 WHERE status = 'APPROVED';

-- The tenant's approval chain: the kinds of org unit above a school that decide, nearest first
-- (e.g. 'DISTRICT_OFFICE,DEPARTMENT'). No row: one level, any reviewer whose scope has the school.
CREATE TABLE approval_chain_setting (
  tenant_id       VARCHAR(64)  NOT NULL,
  org_unit_kinds  VARCHAR(255) NOT NULL,
  updated_by      VARCHAR(255) NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
