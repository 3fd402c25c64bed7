-- Org tree changes (issue 3): units can be closed, and the parent of every node is kept with its
-- validity so that "which org unit did this school belong to in school year X" has an answer.
-- Intervals are [valid_from, valid_to); valid_to NULL = still in force.
ALTER TABLE org_unit
  ADD COLUMN status    VARCHAR(20) NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN closed_on DATE        NULL;

CREATE TABLE org_unit_membership (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   VARCHAR(64)  NOT NULL,
  node_id     CHAR(36)     NOT NULL,
  parent_id   CHAR(36)     NOT NULL,
  valid_from  DATE         NOT NULL,
  valid_to    DATE         NULL,
  PRIMARY KEY (id),
  KEY ix_membership_tenant_node (tenant_id, node_id, valid_from),
  CONSTRAINT fk_membership_node FOREIGN KEY (node_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- nodes that existed before V5: their parent is taken as in force since always
INSERT INTO org_unit_membership (tenant_id, node_id, parent_id, valid_from, valid_to)
  SELECT tenant_id, id, parent_id, DATE '1970-01-01', NULL FROM org_unit WHERE parent_id IS NOT NULL;
