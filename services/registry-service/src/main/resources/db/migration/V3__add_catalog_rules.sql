-- What plans-service needs to compute levels from the catalog instead of code (issue 4):
-- how many indicators (chỉ báo) each level of a criterion has (Điều 6 khoản 2: a criterion is at
-- level k when every indicator of levels 1..k is met), and the precondition of accreditation
-- (Điều 34 khoản 1 điểm a), which differs by circular.
-- Rows loaded before this migration keep 0 indicators until CatalogLoader fills them from the
-- bundled file once; 0 means "not known for this catalog version".
ALTER TABLE criterion
  ADD COLUMN indicators_level1 INT NOT NULL DEFAULT 0,
  ADD COLUMN indicators_level2 INT NOT NULL DEFAULT 0,
  ADD COLUMN indicators_level3 INT NOT NULL DEFAULT 0;

-- COHORT_COMPLETED: TT17/TT18, at least one cohort of pupils has completed the programme;
-- OPERATING_FIVE_YEARS: TT19 (preschool), "đã có hoạt động giáo dục ít nhất 05 năm".
-- The Vietnamese wording of the circular goes to accreditation_precondition_text.
ALTER TABLE framework
  ADD COLUMN accreditation_precondition      VARCHAR(40)  NOT NULL DEFAULT 'COHORT_COMPLETED',
  ADD COLUMN accreditation_precondition_text VARCHAR(500) NULL;

UPDATE framework SET accreditation_precondition = 'OPERATING_FIVE_YEARS'
 WHERE school_level = 'PRESCHOOL';
