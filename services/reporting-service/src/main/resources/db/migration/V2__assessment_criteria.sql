-- plans.AssessmentFinished.v1 now also carries criteria [{code, level}] and, optionally, the
-- accreditation grade and national-standard level. The criteria of the assessment kept in
-- assessment_view (the latest per school, year and kind) are kept here, replaced as a whole
-- whenever assessment_view takes a newer version.
CREATE TABLE assessment_criterion_view (
  tenant_id    VARCHAR(64)   NOT NULL,
  school_id    CHAR(36)      NOT NULL,
  school_year  VARCHAR(9)    NOT NULL,
  kind         VARCHAR(10)   NOT NULL,
  code         VARCHAR(40)   NOT NULL,
  level        INT           NOT NULL,
  PRIMARY KEY (tenant_id, school_id, school_year, kind, code),
  KEY ix_assessment_criterion_view_code (tenant_id, code, school_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE assessment_view
  ADD COLUMN accreditation_grade INT NULL,
  ADD COLUMN national_standard_level INT NULL;
