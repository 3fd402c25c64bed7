-- Issue 5: what the budget and timeline texts mean, stored beside the texts (which stay as written)
-- so that sums of budgets and overdue actions can be computed in SQL. Written with every save of
-- the plan; rows saved before this migration get them on their plan's next change.
ALTER TABLE plan_action
  ADD COLUMN budget_vnd         BIGINT       NULL COMMENT 'whole đồng; 0 for "Không"; NULL if none or unreadable',
  ADD COLUMN budget_source      VARCHAR(500) NULL COMMENT 'e.g. Nguồn kinh phí ngành',
  ADD COLUMN budget_reading     VARCHAR(12)  NULL COMMENT 'EMPTY | AMOUNT | SOURCE | UNREADABLE',
  ADD COLUMN timeline_start     DATE         NULL,
  ADD COLUMN timeline_end       DATE         NULL,
  ADD COLUMN timeline_recurring BOOLEAN      NULL,
  ADD COLUMN timeline_understood BOOLEAN     NULL;
