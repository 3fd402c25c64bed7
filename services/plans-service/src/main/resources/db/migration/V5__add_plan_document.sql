-- Issue 5: the plan as a whole document. The fields around the content table (header, title,
-- purposes, legal bases, orientation, implementation roles, recipients, signer) are one JSON value
-- read and written with the plan; the number and symbol ("56/KH-THĐP") is assigned on the first
-- submission from a sequence per tenant, school and calendar year.
ALTER TABLE plan
  ADD COLUMN document_json         MEDIUMTEXT  NULL,
  ADD COLUMN document_no           INT         NULL,
  ADD COLUMN document_year         INT         NULL,
  ADD COLUMN document_abbreviation VARCHAR(50) NULL;

CREATE TABLE plan_document_sequence (
  tenant_id   VARCHAR(64) NOT NULL,
  school_id   CHAR(36)    NOT NULL,
  year        INT         NOT NULL,
  last_no     INT         NOT NULL,
  PRIMARY KEY (tenant_id, school_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
