-- Excel imports of schools (issue 3): the preview is stored so that the commit writes exactly
-- what the user saw. rows_json holds [{rowNumber, values, errors, action, schoolId}].
CREATE TABLE school_import (
  id            CHAR(36)     NOT NULL,
  tenant_id     VARCHAR(64)  NOT NULL,
  created_by    VARCHAR(255) NOT NULL,
  file_name     VARCHAR(255) NULL,
  status        VARCHAR(20)  NOT NULL,
  rows_json     LONGTEXT     NOT NULL,
  valid_rows    INT          NOT NULL,
  invalid_rows  INT          NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  committed_at  TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  KEY ix_school_import_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
