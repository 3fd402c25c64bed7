-- Idempotent consumers: an event id is applied at most once per consumer (queue), recorded in the
-- same transaction as the change it causes.
CREATE TABLE processed_event (
  consumer      VARCHAR(100)  NOT NULL,
  event_id      CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(64)   NOT NULL,
  processed_at  TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (consumer, event_id),
  KEY ix_processed_tenant (tenant_id, processed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
