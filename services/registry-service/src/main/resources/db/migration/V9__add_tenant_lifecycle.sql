-- Tenant onboarding and suspension (issue 3): the tenant's Keycloak group, and when it was
-- suspended (status SUSPENDED; its data is kept).
ALTER TABLE tenant ADD COLUMN keycloak_group_id CHAR(36) NULL;
ALTER TABLE tenant ADD COLUMN suspended_at TIMESTAMP(6) NULL;
