-- Criteria catalogs of the circulars: reference data shared by every tenant (no tenant_id),
-- versioned by effective date so that an amendment never rewrites a past school year.
CREATE TABLE framework (
  id              VARCHAR(40)   NOT NULL,
  school_level    VARCHAR(20)   NOT NULL,
  circular        VARCHAR(40)   NOT NULL,
  effective_from  DATE          NOT NULL,
  PRIMARY KEY (id),
  KEY ix_framework_level_from (school_level, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criterion (
  framework_id    VARCHAR(40)   NOT NULL,
  code            VARCHAR(10)   NOT NULL,
  standard_no     INT           NOT NULL,
  standard_title  VARCHAR(255)  NOT NULL,
  title           VARCHAR(500)  NOT NULL,
  has_level3      BOOLEAN       NOT NULL,
  sort_order      INT           NOT NULL,
  PRIMARY KEY (framework_id, code),
  CONSTRAINT fk_criterion_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE level4_requirement (
  framework_id    VARCHAR(40)   NOT NULL,
  no              INT           NOT NULL,
  summary         VARCHAR(1000) NOT NULL,
  verified        BOOLEAN       NOT NULL,
  PRIMARY KEY (framework_id, no),
  CONSTRAINT fk_level4_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
