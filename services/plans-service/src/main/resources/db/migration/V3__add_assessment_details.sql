-- Issue 4: indicators, notes and evidence per criterion; the school facts an external evaluation
-- declares and the recognition computed from them (Điều 34, 37).
ALTER TABLE assessment_criterion
  ADD COLUMN indicators VARCHAR(200)  NULL COMMENT 'met indicator letters by level: 1:a,b,c;2:a;3:',
  ADD COLUMN note       VARCHAR(1000) NULL,
  ADD COLUMN evidence   VARCHAR(4000) NULL COMMENT 'evidence references, one per line';

ALTER TABLE assessment
  ADD COLUMN cohort_completed        BOOLEAN      NULL,
  ADD COLUMN years_of_operation      INT          NULL,
  ADD COLUMN accreditation_grade     INT          NULL,
  ADD COLUMN national_standard_level INT          NULL,
  ADD COLUMN recognition_explanation VARCHAR(500) NULL;

-- The plan's baseline: the latest finished self-assessment when the plan was started.
ALTER TABLE plan
  ADD COLUMN baseline_assessment_id CHAR(36)     NULL,
  ADD COLUMN baseline_school_year   VARCHAR(9)   NULL,
  ADD COLUMN baseline_summary       VARCHAR(200) NULL;
