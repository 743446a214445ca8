#!/usr/bin/env bash
# Runs Capacité on GlassFish 7.0.25 embedded, with demo data, at http://localhost:8080/.
# Builds first when the EAR is missing or older than the sources. Ctrl-C stops it cleanly.
#
#   ear/run.sh [--port N] [--data DIR] [--db-url jdbc:postgresql://HOST:PORT/DB --db-user U --db-password P]
#              [--mail-host HOST [--mail-port 25] [--mail-from ADDRESS]] [--url PUBLIC_URL]
#              [--production [--demo] [--heap 2g] [--db-pool 32]] [--restore BACKUP_FOLDER]
#              [--files DIR] [--trusted-proxy ADDRESS] [--serve [--heap 1g]] [--contact ADDRESS]
#
# The same settings can come from the environment: CAPACITE_PORT, CAPACITE_DATA,
# CAPACITE_DB_URL, CAPACITE_DB_USER, CAPACITE_DB_PASSWORD, CAPACITE_MAIL_HOST, CAPACITE_MAIL_PORT,
# CAPACITE_MAIL_FROM, CAPACITE_URL, CAPACITE_HEAP, CAPACITE_DB_POOL, CAPACITE_CONTACT (the address
# the accessibility statement gives for reporting a barrier). Without a database URL,
# Derby embedded stores everything under $CAPACITE_DATA (default ~/.capacite), which survives
# restarts. Without a mail host, notifications stay in the application (no e-mail).
# --production (see docs/deployment.md): PostgreSQL required, no demo data unless --demo, full
# JIT compilation and a fixed heap; secrets come from the environment, never the command line.
# --serve: the production JVM settings (full JIT, fixed heap, G1) on any database, demo data
# kept: what the benchmarks run (bench/load.sh); development favours start-up instead.
# --files: the file store, when several servers share one (default $data/files). --trusted-proxy:
# the load balancer's address, whose X-Forwarded-For then names the client (see ear/cluster.sh).
# --restore (Derby, server stopped): puts a backup of $data/backups back in place of the database
# and the files (the current ones are kept aside, renamed), then starts. PostgreSQL: ear/restore.sh.
set -euo pipefail

ear_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$ear_dir")"
port="${CAPACITE_PORT:-8080}"
data="${CAPACITE_DATA:-$HOME/.capacite}"
db_url="${CAPACITE_DB_URL:-}"
db_user="${CAPACITE_DB_USER:-}"
db_password="${CAPACITE_DB_PASSWORD:-}"
mail_host="${CAPACITE_MAIL_HOST:-}"
mail_port="${CAPACITE_MAIL_PORT:-25}"
mail_from="${CAPACITE_MAIL_FROM:-no-reply@capacite.local}"
contact="${CAPACITE_CONTACT:-}"
public_url="${CAPACITE_URL:-}"
production=""
demo="true"
heap="${CAPACITE_HEAP:-}"
db_pool="${CAPACITE_DB_POOL:-32}"

while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --db-url) db_url="$2"; shift 2 ;;
    --db-user) db_user="$2"; shift 2 ;;
    --db-password) db_password="$2"; shift 2 ;;
    --mail-host) mail_host="$2"; shift 2 ;;
    --mail-port) mail_port="$2"; shift 2 ;;
    --mail-from) mail_from="$2"; shift 2 ;;
    --contact) contact="$2"; shift 2 ;;
    --url) public_url="$2"; shift 2 ;;
    --production) production="yes"; demo="false"; shift ;;
    --demo) demo_asked="yes"; shift ;;
    --serve) serve="yes"; shift ;;
    --heap) heap="$2"; shift 2 ;;
    --db-pool) db_pool="$2"; shift 2 ;;
    --restore) restore="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --trusted-proxy) trusted_proxy="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ "${demo_asked:-}" = "yes" ]; then demo="true"; fi
if [[ ! "$db_pool" =~ ^[0-9]+$ ]] || [ "$db_pool" -lt 2 ]; then
  echo "--db-pool must be a number of connections, 2 or more: $db_pool" >&2; exit 2
fi
if [ -n "$production" ]; then
  if [ -z "$db_url" ]; then
    echo "--production runs on PostgreSQL: set CAPACITE_DB_URL, CAPACITE_DB_USER and CAPACITE_DB_PASSWORD" >&2; exit 2
  fi
  if [ -z "$public_url" ]; then
    echo "--production needs the public address (CAPACITE_URL or --url): links in e-mails and credentials use it" >&2; exit 2
  fi
fi

ear="$ear_dir/target/capacite.ear"
server="$ear_dir/target/server"
stale=""
if [ -f "$ear" ] && [ -f "$server/glassfish-embedded-all.jar" ] && [ -f "$server/derby.jar" ]; then
  stale="$(find "$root" \( -path '*/target' -o -path "$root/bench" \) -prune -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$ear" -print -quit)"
fi
if [ ! -f "$ear" ] || [ ! -f "$server/glassfish-embedded-all.jar" ] || [ ! -f "$server/derby.jar" ] || [ -n "$stale" ]; then
  if [ -n "${CAPACITE_NO_BUILD:-}" ]; then
    # Set by the tests that start this script: they run on the EAR the build just made.
    echo "The EAR is missing or older than the sources, and CAPACITE_NO_BUILD forbids building it" >&2; exit 2
  fi
  echo "Building Capacité (mvn install, tests skipped)…"
  (cd "$root" && mvn -B -q install -DskipTests -Dspotless.check.skip=true)
fi

mkdir -p "$data"
data="$(cd "$data" && pwd)"
case "$data" in *' '*) echo "The data folder path must not contain spaces: $data" >&2; exit 2 ;; esac
files="${files:-${CAPACITE_FILES:-$data/files}}"
mkdir -p "$files"
files="$(cd "$files" && pwd)"
case "$files" in *' '*) echo "The files folder path must not contain spaces: $files" >&2; exit 2 ;; esac
trusted_proxy="${trusted_proxy:-${CAPACITE_TRUSTED_PROXY:-}}"

if [ -n "${restore:-}" ]; then
  if [ -n "$db_url" ]; then
    echo "--restore restores a Derby backup; on PostgreSQL use ear/restore.sh" >&2; exit 2
  fi
  if [ ! -f "$restore/manifest.json" ]; then
    echo "Not a Capacité backup (no manifest.json): $restore" >&2; exit 2
  fi
  db_folder="$(sed -n 's/.*"databaseFolder":"\([^"]*\)".*/\1/p' "$restore/manifest.json")"
  if [ -z "$db_folder" ] || [ ! -f "$restore/$db_folder/service.properties" ]; then
    echo "The backup has no Derby database: $restore" >&2; exit 2
  fi
  if [ -f "$data/derby/capacite/db.lck" ] && pgrep -f "capacite.files=$files" >/dev/null; then
    echo "Capacité is running on $data: stop it before restoring" >&2; exit 2
  fi
  stamp="$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$data/derby"
  [ -d "$data/derby/capacite" ] && mv "$data/derby/capacite" "$data/derby/capacite.before-restore-$stamp"
  [ -d "$files" ] && mv "$files" "$files.before-restore-$stamp"
  cp -a "$restore/$db_folder" "$data/derby/capacite"
  cp -a "$restore/files" "$files"
  echo "Restored the backup taken $(sed -n 's/.*"takenAt":"\([^"]*\)".*/\1/p' "$restore/manifest.json") (previous data kept as *.before-restore-$stamp)."
fi

sysprops=()
if [ -n "$db_url" ]; then
  # jdbc:postgresql://host[:port]/database
  if [[ ! "$db_url" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+) ]]; then
    echo "Unsupported database URL: $db_url (expected jdbc:postgresql://HOST:PORT/DATABASE)" >&2; exit 2
  fi
  pg_host="${BASH_REMATCH[1]}"; pg_port="${BASH_REMATCH[3]:-5432}"; pg_db="${BASH_REMATCH[4]}"
  # The password travels as a system property (pool properties expand ${…} and need no escaping
  # then), written to a file only its owner reads: never on the command line, where ps shows it.
  sysprops+=("-Dcapacite.db.user=$db_user" "-Dcapacite.db.password=$db_password")
  pool="create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource --steadypoolsize=$(( db_pool < 8 ? db_pool : 8 )) --maxpoolsize=$db_pool --isconnectvalidatereq=true --validationmethod=auto-commit --failconnection=false --property serverName=$pg_host:portNumber=$pg_port:databaseName=$pg_db:user=\${capacite.db.user}:password=\${capacite.db.password} capacite-pool"
  where="PostgreSQL $pg_host:$pg_port/$pg_db"
else
  pool="create-jdbc-connection-pool --datasourceclassname=org.apache.derby.jdbc.EmbeddedDataSource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 --property databaseName=$data/derby/capacite:connectionAttributes=\\;create\\=true capacite-pool"
  where="Derby $data/derby"
fi

public_url="${public_url:-http://localhost:$port/}"
extra=()
if [ -n "$mail_host" ]; then
  # Notifications are also e-mailed, through this mail session (JNDI mail/capacite).
  extra+=("create-mail-resource --mailhost $mail_host --mailuser capacite --fromaddress $mail_from --property mail-smtp-port=$mail_port mail/capacite")
  where="$where, mail via $mail_host:$mail_port"
fi

# The server's log goes to the terminal and to $data/logs/server-0.log, rotated at 10 MB and kept
# to 10 files (100 MB at most); repeated stack traces are limited by the application itself.
logs="$data/logs"
mkdir -p "$logs"
cat > "$logs/logging.properties" <<EOF
handlers=java.util.logging.ConsoleHandler, java.util.logging.FileHandler
.level=INFO
java.util.logging.ConsoleHandler.level=INFO
java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
java.util.logging.FileHandler.pattern=$logs/server-%g.log
java.util.logging.FileHandler.limit=10485760
java.util.logging.FileHandler.count=10
java.util.logging.FileHandler.append=true
java.util.logging.FileHandler.encoding=UTF-8
java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter
java.util.logging.SimpleFormatter.format=%1\$tF %1\$tT %4\$s %3\$s: %5\$s%6\$s%n
EOF

# Development favours start-up (C1 only, a small heap); production favours throughput: full
# tiered compilation, a fixed heap (no resizing under load) and G1.
if [ -n "$production" ] || [ -n "${serve:-}" ]; then
  heap="${heap:-2g}"
  jvm=("-Xms$heap" "-Xmx$heap" "-XX:+UseG1GC" "-XX:+ExitOnOutOfMemoryError")
  where="$where, ${production:+production}${serve:+serving JVM settings}"
else
  jvm=("-Xmx${heap:-768m}" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1")
fi
[ "$demo" = "true" ] && where="$where, demo data"
secrets="$data/jvm-secrets.args"
(umask 077 && : > "$secrets")
# A JDK argument file: one quoted argument a line, backslash and quote escaped.
if [ ${#sysprops[@]} -gt 0 ]; then
  for p in "${sysprops[@]}"; do
    p="${p//\\/\\\\}"
    printf '"%s"\n' "${p//\"/\\\"}" >> "$secrets"
  done
fi

echo "Starting Capacité on http://localhost:$port/ ($where)…"
exec java "${jvm[@]}" "@$secrets" \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/sun.nio.fs=ALL-UNNAMED \
  --add-opens=java.base/sun.net.www.protocol.jrt=ALL-UNNAMED --add-opens=java.naming/javax.naming.spi=ALL-UNNAMED \
  --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED --add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED \
  --add-opens=java.base/jdk.internal.vm.annotation=ALL-UNNAMED \
  --add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED --add-exports=java.base/jdk.internal.vm.annotation=ALL-UNNAMED \
  -Djava.util.logging.config.file="$logs/logging.properties" -Dderby.stream.error.file="$data/derby.log" -Dcapacite.files="$files" -Dcapacite.trustedProxies="$trusted_proxy" -Dcapacite.index="$data/index" -Dcapacite.backups="$data/backups" -Dcapacite.demo="$demo" -Dcapacite.url="$public_url" -Dcapacite.contact="$contact" \
  -cp "$server/derby.jar:$server/derbyshared.jar:$server/derbytools.jar:$server/glassfish-embedded-all.jar:$server/postgresql.jar" org.glassfish.runnablejar.UberMain \
  --httpPort="$port" --noInfo \
  "$pool" \
  "create-jdbc-resource --connectionpoolid=capacite-pool jdbc/capacite" \
  ${extra[@]+"${extra[@]}"} \
  "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false" \
  "deploy --contextroot=/ --name=capacite $ear"
