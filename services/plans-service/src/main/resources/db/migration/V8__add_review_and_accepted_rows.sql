-- Issue 5: rows a reviewer accepted when returning only others (not reopened in later rounds), and
-- reviewers' reviews: saved as drafts before deciding, kept as DECIDED once they decided.
ALTER TABLE plan_row ADD COLUMN accepted TINYINT(1) NOT NULL DEFAULT 0;

CREATE TABLE plan_review (
  tenant_id      VARCHAR(64)  NOT NULL,
  plan_id        CHAR(36)     NOT NULL,
  reviewer_id    VARCHAR(100) NOT NULL,
  reviewer_name  VARCHAR(255) NOT NULL,
  plan_revision  INT          NOT NULL,
  status         VARCHAR(12)  NOT NULL,
  review_json    MEDIUMTEXT   NOT NULL,
  updated_at     TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (plan_id, reviewer_id, plan_revision),
  KEY ix_plan_review_tenant_plan (tenant_id, plan_id, updated_at),
  CONSTRAINT fk_plan_review_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
