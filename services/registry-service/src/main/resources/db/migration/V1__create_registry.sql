-- Tenants (Sở GD&ĐT), the org tree and schools. Every tenant-owned table carries tenant_id, and
-- tenant_id leads its keys (docs/adr/0002-tenancy-model.md).
CREATE TABLE tenant (
  id          VARCHAR(64)   NOT NULL,
  name        VARCHAR(255)  NOT NULL,
  status      VARCHAR(20)   NOT NULL,
  created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An org tree of any depth. A school is a node too (kind SCHOOL, same id as its school row), so
-- "the subtree of the caller's org unit" is one rule for reviewers and school users alike.
-- path is the materialised chain of ids from the root, '/root/child/.../self/'.
CREATE TABLE org_unit (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(64)   NOT NULL,
  parent_id   CHAR(36)      NULL,
  kind        VARCHAR(30)   NOT NULL,
  name        VARCHAR(255)  NOT NULL,
  path        VARCHAR(1024) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_unit_tenant_path (tenant_id, path(255)),
  KEY ix_org_unit_tenant_parent (tenant_id, parent_id),
  CONSTRAINT fk_org_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school (
  id           CHAR(36)      NOT NULL,
  tenant_id    VARCHAR(64)   NOT NULL,
  code         VARCHAR(32)   NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  level        VARCHAR(20)   NOT NULL,
  school_type  VARCHAR(30)   NOT NULL,
  org_unit_id  CHAR(36)      NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_school_tenant_code (tenant_id, code),
  KEY ix_school_tenant_org_unit (tenant_id, org_unit_id),
  CONSTRAINT fk_school_node FOREIGN KEY (id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
