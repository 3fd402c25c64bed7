-- Issue 5: every submission kept as an immutable version (a JSON snapshot of the document and its
-- rows as submitted; rows are only ever inserted), and reviewers' comments on rows when returning.
CREATE TABLE plan_version (
  tenant_id      VARCHAR(64)  NOT NULL,
  plan_id        CHAR(36)     NOT NULL,
  version_no     INT          NOT NULL,
  revision       INT          NOT NULL,
  submitted_by   VARCHAR(255) NOT NULL,
  submitted_at   TIMESTAMP(6) NOT NULL,
  snapshot_json  MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (plan_id, version_no),
  KEY ix_plan_version_tenant_plan (tenant_id, plan_id, version_no),
  CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_row_comment (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id   VARCHAR(64)   NOT NULL,
  plan_id     CHAR(36)      NOT NULL,
  row_id      CHAR(36)      NOT NULL,
  comment     VARCHAR(4000) NOT NULL,
  actor_id    VARCHAR(100)  NOT NULL,
  actor_name  VARCHAR(255)  NOT NULL,
  at          TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_plan_row_comment_tenant_plan (tenant_id, plan_id, id),
  CONSTRAINT fk_plan_row_comment_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
