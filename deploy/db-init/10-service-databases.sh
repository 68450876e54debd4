#!/bin/bash
# One login role and one database per service, each database OWNED by its role: since PostgreSQL 15
# only the owner may create objects in schema public, and each service migrates (Flyway) as its role.
# Nobody else may connect to a service's database: a service reads and writes only its own data.
#
# docker-compose.yml mounts this directory at /docker-entrypoint-initdb.d, so the postgres image runs
# it once, on an empty data volume. It also prepares a managed/external server (idempotent), e.g.:
#   PGHOST=db.example.internal PGPORT=5432 PGSSLMODE=require PGPASSWORD='<admin password>' \
#   POSTGRES_USER=<admin role> POSTGRES_DB=postgres \
#   PIP_DB_PASSWORD=... EXAM_DB_PASSWORD=... MAP_DB_PASSWORD=... PVT_DB_PASSWORD=... DEADLINE_DB_PASSWORD=... DUO_GATEWAY_DB_PASSWORD=... \
#   bash deploy/db-init/10-service-databases.sh
# Every <SERVICE>_DB_PASSWORD must be set (compose passes demo defaults); an existing role keeps its password.
set -euo pipefail

SERVICES=(pip exam map pvt deadline duo_gateway)
for svc in "${SERVICES[@]}"; do
  var="${svc^^}_DB_PASSWORD"
  if [ -z "${!var:-}" ]; then
    echo "db-init: $var is not set" >&2
    exit 1
  fi
done

for svc in "${SERVICES[@]}"; do
  var="${svc^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
       -v svc="$svc" -v password="${!var}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'svc', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'svc') \gexec
-- An administrator that is not a superuser (managed PostgreSQL) must be a member of a role to make it
-- a database's owner.
SELECT format('GRANT %I TO %I', :'svc', current_user)
 WHERE NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
   AND NOT pg_has_role(current_user, :'svc', 'MEMBER') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'svc', :'svc')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'svc') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'svc') \gexec
SQL
  echo "db-init: role and database '$svc' ready"
done
