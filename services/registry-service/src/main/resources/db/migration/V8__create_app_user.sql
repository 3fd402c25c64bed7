-- The accounts a dept-admin (or tenant onboarding) created in Keycloak: the registry's copy of who
-- works where with which role (issue 3). id is the Keycloak user id. username and email are unique
-- in the whole realm, as in Keycloak, so their unique keys do not start with tenant_id (an exception
-- to ADR 0010's key rule: a login name belongs to one realm, not to one tenant).
CREATE TABLE app_user (
  id           CHAR(36)      NOT NULL,
  tenant_id    VARCHAR(64)   NOT NULL,
  username     VARCHAR(255)  NOT NULL,
  email        VARCHAR(255)  NOT NULL,
  first_name   VARCHAR(255)  NOT NULL,
  last_name    VARCHAR(255)  NOT NULL,
  role         VARCHAR(30)   NOT NULL,
  org_unit_id  CHAR(36)      NOT NULL,
  active       BOOLEAN       NOT NULL,
  created_by   VARCHAR(255)  NOT NULL,
  created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uq_app_user_username (username),
  UNIQUE KEY uq_app_user_email (email),
  KEY ix_app_user_tenant_org_unit (tenant_id, org_unit_id),
  KEY ix_app_user_tenant_role (tenant_id, role, active),
  CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
