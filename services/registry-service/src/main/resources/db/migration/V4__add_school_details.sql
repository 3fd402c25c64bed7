-- Schools with their real fields (issue 3). name_folded is the name in lower case without
-- diacritics (đ -> d), written by the code on every write (SchoolNames.fold) so that "he muong"
-- finds "Hẹ Muông"; rows written before V4 are folded once at start-up (SchoolNameBackfill).
ALTER TABLE school
  ADD COLUMN name_folded     VARCHAR(255) NULL,
  ADD COLUMN included_levels VARCHAR(100) NULL,
  ADD COLUMN commune         VARCHAR(255) NULL,
  ADD COLUMN address         VARCHAR(500) NULL,
  ADD COLUMN phone           VARCHAR(30)  NULL,
  ADD COLUMN principal_name  VARCHAR(255) NULL,
  ADD COLUMN opened_on       DATE         NULL,
  ADD COLUMN closed_on       DATE         NULL,
  ADD COLUMN merged_into_id  CHAR(36)     NULL;

CREATE INDEX ix_school_tenant_name_folded ON school (tenant_id, name_folded);
CREATE INDEX ix_school_tenant_status ON school (tenant_id, status);
