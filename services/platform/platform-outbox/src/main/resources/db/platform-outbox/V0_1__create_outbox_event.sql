-- The transactional outbox (docs/adr/0003-events-and-outbox.md): a state change and its event are
-- committed in one transaction; OutboxRelay publishes unpublished rows to RabbitMQ in id order.
CREATE TABLE outbox_event (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  event_id       CHAR(36)      NOT NULL,
  tenant_id      VARCHAR(64)   NOT NULL,
  source         VARCHAR(40)   NOT NULL,
  event_type     VARCHAR(80)   NOT NULL,
  schema_version INT           NOT NULL,
  aggregate_id   VARCHAR(64)   NOT NULL,
  payload        LONGTEXT      NOT NULL,
  occurred_at    TIMESTAMP(6)  NOT NULL,
  published_at   TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_outbox_event_id (event_id),
  KEY ix_outbox_unpublished (published_at, id),
  KEY ix_outbox_tenant_aggregate (tenant_id, aggregate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
