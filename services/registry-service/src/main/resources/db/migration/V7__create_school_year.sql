-- School years a dept-admin opens for the tenant (issue 3), with the plan submission deadline and
-- the progress-report dates (ISO dates, comma-separated, ascending).
CREATE TABLE school_year (
  tenant_id              VARCHAR(64)  NOT NULL,
  school_year            VARCHAR(9)   NOT NULL,
  submission_deadline    DATE         NOT NULL,
  progress_report_dates  VARCHAR(500) NOT NULL,
  status                 VARCHAR(20)  NOT NULL,
  opened_by              VARCHAR(255) NOT NULL,
  opened_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  closed_at              TIMESTAMP(6) NULL,
  PRIMARY KEY (tenant_id, school_year),
  CONSTRAINT fk_school_year_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
