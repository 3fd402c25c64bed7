-- Assessments (tự đánh giá / đánh giá ngoài) of a school for a school year, versioned: a finished
-- version is never changed; a correction is version + 1. The summary columns are computed by
-- LevelRules when the assessment is recorded and stored for reading.
CREATE TABLE assessment (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(64)   NOT NULL,
  school_id       CHAR(36)      NOT NULL,
  school_year     VARCHAR(9)    NOT NULL,
  kind            VARCHAR(10)   NOT NULL,
  version         INT           NOT NULL,
  framework_id    VARCHAR(40)   NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  level1_met      INT           NOT NULL,
  level1_total    INT           NOT NULL,
  level2_met      INT           NOT NULL,
  level2_total    INT           NOT NULL,
  level3_met      INT           NOT NULL,
  level3_total    INT           NOT NULL,
  level4_met      INT           NOT NULL,
  level4_total    INT           NOT NULL,
  overall_level   INT           NOT NULL,
  summary_line    VARCHAR(200)  NOT NULL,
  recorded_by     VARCHAR(100)  NOT NULL,
  recorded_at     TIMESTAMP(6)  NOT NULL,
  finished_at     TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_assessment_version (tenant_id, school_id, school_year, kind, version),
  KEY ix_assessment_tenant_school (tenant_id, school_id, school_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_criterion (
  tenant_id       VARCHAR(64)   NOT NULL,
  assessment_id   CHAR(36)      NOT NULL,
  code            VARCHAR(10)   NOT NULL,
  level           INT           NOT NULL,
  PRIMARY KEY (assessment_id, code),
  KEY ix_assessment_criterion_tenant (tenant_id, assessment_id),
  CONSTRAINT fk_assessment_criterion FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_level4 (
  tenant_id       VARCHAR(64)   NOT NULL,
  assessment_id   CHAR(36)      NOT NULL,
  no              INT           NOT NULL,
  met             BOOLEAN       NOT NULL,
  PRIMARY KEY (assessment_id, no),
  KEY ix_assessment_level4_tenant (tenant_id, assessment_id),
  CONSTRAINT fk_assessment_level4 FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
