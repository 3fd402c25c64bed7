-- Issue 6: periodic reports of the supervision team (Tổ giám sát) per school, by month (2026-10)
-- or term (HK1, HK2), with a summary of the school's tracked actions of that year taken at filing
-- time. One report per school, school year and period (the unique key answers 409).
CREATE TABLE supervision_report (
  id                 CHAR(36)      NOT NULL,
  tenant_id          VARCHAR(64)   NOT NULL,
  school_id          CHAR(36)      NOT NULL,
  school_year        VARCHAR(9)    NOT NULL,
  period             VARCHAR(7)    NOT NULL,
  findings           TEXT          NOT NULL,
  recommendations    TEXT          NULL,
  actions_total      INT           NOT NULL,
  not_started        INT           NOT NULL,
  in_progress        INT           NOT NULL,
  done               INT           NOT NULL,
  paused             INT           NOT NULL,
  overdue            INT           NOT NULL,
  due_soon           INT           NOT NULL,
  on_track           INT           NOT NULL,
  no_date            INT           NOT NULL,
  recurring          INT           NOT NULL,
  money_spent        BIGINT        NOT NULL,
  filed_by           VARCHAR(255)  NOT NULL,
  filed_at           TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_supervision_report_period (tenant_id, school_id, school_year, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
