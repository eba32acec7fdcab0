#!/usr/bin/env bash
# Runs once, when the postgres:16 container initialises an empty data directory
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml).
#
# Creates one login and one database per Anju service; each service's login owns its database
# and nobody else may connect to it (a service never reads another's tables). Passwords come
# from <SERVICE>_DB_PASSWORD; docker-compose.yml passes dev-only defaults.
set -euo pipefail

create_service_database() {
  local name=$1 password=$2
  if [[ -z "$password" ]]; then
    echo "init-databases: no password for $name (set ${name^^}_DB_PASSWORD)" >&2
    exit 1
  fi
  # psql variables (:'name', :'password') are quoted by psql itself, and format() quotes them
  # again as an identifier (%I) or a literal (%L): no value is ever pasted into SQL as text.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=name="$name" --set=password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L', :'name', :'name', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'name') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO %I', :'name', :'name') \gexec
SQL
  echo "init-databases: database $name owned by $name"
}

create_service_database households "${HOUSEHOLDS_DB_PASSWORD:-}"
create_service_database funding "${FUNDING_DB_PASSWORD:-}"
create_service_database industry "${INDUSTRY_DB_PASSWORD:-}"
create_service_database governance "${GOVERNANCE_DB_PASSWORD:-}"
create_service_database gateway "${GATEWAY_DB_PASSWORD:-}"
