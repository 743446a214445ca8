#!/usr/bin/env bash
# Backs up a PostgreSQL installation of Capacité: the database (pg_dump, custom format, taken in one
# consistent snapshot while the application runs) and the file store, into a new folder.
#
#   CAPACITE_DB_URL=jdbc:postgresql://HOST:PORT/DB CAPACITE_DB_USER=U CAPACITE_DB_PASSWORD=P \
#     ear/backup.sh --data DIR --out BACKUPS_FOLDER
#
# Writes BACKUPS_FOLDER/<UTC date-time>/ with capacite.dump, files/ and manifest.json, and prints
# its path. Derby installations are backed up by the application itself (Administration >
# Backups, and every night). Restore with ear/restore.sh.
set -euo pipefail

data="${CAPACITE_DATA:-$HOME/.capacite}"
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
. "$(dirname "${BASH_SOURCE[0]}")/postgres-env.sh"
[ -n "$out" ] || { echo "--out BACKUPS_FOLDER is required" >&2; exit 2; }

taken="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
folder="$out/$(date -u +%Y%m%d-%H%M%S)"
partial="$folder.partial"
trap 'rm -rf "$partial"' EXIT
mkdir -p "$partial/files"
# Custom format: compressed, restorable table by table, in one repeatable-read snapshot.
pg_dump --format=custom --no-owner --no-privileges --file="$partial/capacite.dump"
# Files are named by their content and never change: a hard link is a copy that costs nothing.
if [ -d "$data/files" ]; then
  (cd "$data/files" && find . -type f ! -name '*.tmp' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "$partial/files/$(dirname "$f")"
    ln "$f" "$partial/files/$f" 2>/dev/null || cp -p "$f" "$partial/files/$f"
  done)
fi
files="$(find "$partial/files" -type f | wc -l)"
printf '{"format":"capacite-backup/1","takenAt":"%s","database":"postgresql","dump":"capacite.dump","files":%s}\n' \
  "$taken" "$files" > "$partial/manifest.json"
mv "$partial" "$folder"
trap - EXIT
echo "$folder"
