-- EQIP databases and accounts for a local run and CI (infra/eqip.sh, .ci/run). Idempotent: run it
-- as an administrator as often as you like.
--
-- One schema per service, one account per service, and each account may touch its own schema only
-- (least privilege: eqip_plans cannot read eqip_registry.school). The passwords equal the account
-- names: this file is for loopback-only local runs and CI machines; deployments create their
-- accounts with secret passwords (docs/adr/0005-database.md).
--
-- Each account exists for 127.0.0.1 (TCP, what the services use), localhost (the unix socket and,
-- with name resolution, TCP from 127.0.0.1) and % (a database on another host).

CREATE DATABASE IF NOT EXISTS eqip_registry CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS eqip_plans CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS eqip_monitoring CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS eqip_reporting CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- registry-service
CREATE USER IF NOT EXISTS 'eqip_registry'@'127.0.0.1' IDENTIFIED BY 'eqip_registry';
CREATE USER IF NOT EXISTS 'eqip_registry'@'localhost' IDENTIFIED BY 'eqip_registry';
CREATE USER IF NOT EXISTS 'eqip_registry'@'%' IDENTIFIED BY 'eqip_registry';
ALTER USER 'eqip_registry'@'127.0.0.1' IDENTIFIED BY 'eqip_registry';
ALTER USER 'eqip_registry'@'localhost' IDENTIFIED BY 'eqip_registry';
ALTER USER 'eqip_registry'@'%' IDENTIFIED BY 'eqip_registry';
GRANT ALL PRIVILEGES ON eqip_registry.* TO 'eqip_registry'@'127.0.0.1';
GRANT ALL PRIVILEGES ON eqip_registry.* TO 'eqip_registry'@'localhost';
GRANT ALL PRIVILEGES ON eqip_registry.* TO 'eqip_registry'@'%';

-- plans-service
CREATE USER IF NOT EXISTS 'eqip_plans'@'127.0.0.1' IDENTIFIED BY 'eqip_plans';
CREATE USER IF NOT EXISTS 'eqip_plans'@'localhost' IDENTIFIED BY 'eqip_plans';
CREATE USER IF NOT EXISTS 'eqip_plans'@'%' IDENTIFIED BY 'eqip_plans';
ALTER USER 'eqip_plans'@'127.0.0.1' IDENTIFIED BY 'eqip_plans';
ALTER USER 'eqip_plans'@'localhost' IDENTIFIED BY 'eqip_plans';
ALTER USER 'eqip_plans'@'%' IDENTIFIED BY 'eqip_plans';
GRANT ALL PRIVILEGES ON eqip_plans.* TO 'eqip_plans'@'127.0.0.1';
GRANT ALL PRIVILEGES ON eqip_plans.* TO 'eqip_plans'@'localhost';
GRANT ALL PRIVILEGES ON eqip_plans.* TO 'eqip_plans'@'%';

-- monitoring-service
CREATE USER IF NOT EXISTS 'eqip_monitoring'@'127.0.0.1' IDENTIFIED BY 'eqip_monitoring';
CREATE USER IF NOT EXISTS 'eqip_monitoring'@'localhost' IDENTIFIED BY 'eqip_monitoring';
CREATE USER IF NOT EXISTS 'eqip_monitoring'@'%' IDENTIFIED BY 'eqip_monitoring';
ALTER USER 'eqip_monitoring'@'127.0.0.1' IDENTIFIED BY 'eqip_monitoring';
ALTER USER 'eqip_monitoring'@'localhost' IDENTIFIED BY 'eqip_monitoring';
ALTER USER 'eqip_monitoring'@'%' IDENTIFIED BY 'eqip_monitoring';
GRANT ALL PRIVILEGES ON eqip_monitoring.* TO 'eqip_monitoring'@'127.0.0.1';
GRANT ALL PRIVILEGES ON eqip_monitoring.* TO 'eqip_monitoring'@'localhost';
GRANT ALL PRIVILEGES ON eqip_monitoring.* TO 'eqip_monitoring'@'%';

-- reporting-service
CREATE USER IF NOT EXISTS 'eqip_reporting'@'127.0.0.1' IDENTIFIED BY 'eqip_reporting';
CREATE USER IF NOT EXISTS 'eqip_reporting'@'localhost' IDENTIFIED BY 'eqip_reporting';
CREATE USER IF NOT EXISTS 'eqip_reporting'@'%' IDENTIFIED BY 'eqip_reporting';
ALTER USER 'eqip_reporting'@'127.0.0.1' IDENTIFIED BY 'eqip_reporting';
ALTER USER 'eqip_reporting'@'localhost' IDENTIFIED BY 'eqip_reporting';
ALTER USER 'eqip_reporting'@'%' IDENTIFIED BY 'eqip_reporting';
GRANT ALL PRIVILEGES ON eqip_reporting.* TO 'eqip_reporting'@'127.0.0.1';
GRANT ALL PRIVILEGES ON eqip_reporting.* TO 'eqip_reporting'@'localhost';
GRANT ALL PRIVILEGES ON eqip_reporting.* TO 'eqip_reporting'@'%';
