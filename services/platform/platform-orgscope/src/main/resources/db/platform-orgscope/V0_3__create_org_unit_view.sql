-- A copy of the registry's org tree (org units and school nodes), kept from registry events.
-- path is '/root/.../self/'; the caller's scope is every row whose path starts with theirs.
CREATE TABLE org_unit_view (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(64)   NOT NULL,
  parent_id   CHAR(36)      NULL,
  kind        VARCHAR(30)   NOT NULL,
  name        VARCHAR(255)  NOT NULL,
  path        VARCHAR(1024) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_unit_view_tenant_path (tenant_id, path(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
