-- Issue 5: e-mail reminders to the reviewers of overdue reviews (ADR 0021).
--
-- reviewer_view: the reviewers of each tenant as registry.UserCreated/UserDeactivated/
-- UserReactivated/UserReassigned.v1 describe them. active = role reviewer and account active; only
-- then are the name and e-mail kept. An account that stopped being an active reviewer keeps a row
-- without them (id, role, changed_at) so that an older event delivered late cannot bring it back;
-- changed_at is the occurredAt of the event applied (older events change nothing).
CREATE TABLE reviewer_view (
  tenant_id    VARCHAR(64)  NOT NULL,
  id           CHAR(36)     NOT NULL,
  role         VARCHAR(30)  NOT NULL,
  org_unit_id  CHAR(36)     NULL,
  active       BOOLEAN      NOT NULL,
  username     VARCHAR(255) NULL,
  full_name    VARCHAR(511) NULL,
  email        VARCHAR(255) NULL,
  changed_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_reviewer_view_tenant_unit (tenant_id, org_unit_id, active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per reminder sent: plan, reviewer and day (the tenant's calendar day). The primary key
-- makes a second e-mail the same day impossible, even with two instances running the job at once;
-- a send that failed deletes its row so that the next run tries again.
CREATE TABLE review_reminder_sent (
  tenant_id    VARCHAR(64)  NOT NULL,
  plan_id      CHAR(36)     NOT NULL,
  reviewer_id  CHAR(36)     NOT NULL,
  day          DATE         NOT NULL,
  due_state    VARCHAR(20)  NOT NULL,
  due_on       DATE         NOT NULL,
  sent_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (tenant_id, plan_id, reviewer_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
