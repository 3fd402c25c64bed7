-- Issue 6: the year-end result of an action (đạt, đạt một phần, chưa đạt) recorded by the principal.
ALTER TABLE tracked_action
  ADD COLUMN result              VARCHAR(20)   NULL,
  ADD COLUMN result_explanation  TEXT          NULL,
  ADD COLUMN result_by           VARCHAR(255)  NULL,
  ADD COLUMN result_at           TIMESTAMP(6)  NULL,
  ADD CONSTRAINT ck_tracked_action_result
    CHECK (result IS NULL OR result IN ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'));
