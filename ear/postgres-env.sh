# Sourced by ear/backup.sh and ear/restore.sh: libpq's own variables (PGHOST, PGPORT, PGDATABASE,
# PGUSER, PGPASSWORD) from Capacité's database settings, so that pg_dump and pg_restore need no
# password on their command line.
if [[ ! "${CAPACITE_DB_URL:-}" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+) ]]; then
  echo "Set CAPACITE_DB_URL (jdbc:postgresql://HOST:PORT/DATABASE), CAPACITE_DB_USER and CAPACITE_DB_PASSWORD" >&2; exit 2
fi
export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
export PGUSER="${CAPACITE_DB_USER:-}" PGPASSWORD="${CAPACITE_DB_PASSWORD:-}"
