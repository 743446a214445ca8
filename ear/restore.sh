#!/usr/bin/env bash
# Restores a backup made by ear/backup.sh into a PostgreSQL database, and its files into the data
# folder (the current files are kept aside, renamed). Stop Capacité first. The target database
# must exist (an empty one, or the damaged one: its objects are replaced).
#
#   CAPACITE_DB_URL=jdbc:postgresql://HOST:PORT/DB CAPACITE_DB_USER=U CAPACITE_DB_PASSWORD=P \
#     ear/restore.sh --data DIR --from BACKUP_FOLDER
set -euo pipefail

data="${CAPACITE_DATA:-$HOME/.capacite}"
from=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
. "$(dirname "${BASH_SOURCE[0]}")/postgres-env.sh"
if [ -z "$from" ] || [ ! -f "$from/manifest.json" ] || [ ! -f "$from/capacite.dump" ]; then
  echo "Not a PostgreSQL backup of Capacité (manifest.json and capacite.dump expected): ${from:-none given}" >&2; exit 2
fi

# One transaction: a restore that fails leaves the database as it was.
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$PGDATABASE" "$from/capacite.dump"
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$data"
[ -d "$data/files" ] && mv "$data/files" "$data/files.before-restore-$stamp"
cp -a "$from/files" "$data/files"
echo "Restored $from into $PGDATABASE (previous files kept as files.before-restore-$stamp)."
