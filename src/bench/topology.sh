#!/usr/bin/env bash
# The several-instance topology of docker-compose.yml, on this machine without Docker: a streaming replica of the
# local PostgreSQL (pg_basebackup, port 5433), two app instances (ports 18091, 18092) that share sessions in the
# primary and read pages from the replica, nginx in front (port 18090, the compose file's nginx.conf with local
# upstreams). Then src/bench/java/Topology.java checks: sign in on one instance and edit through the other; the edit
# shows on a page read from the replica within a second; one instance killed under load through nginx, counting the
# failed requests. Everything is stopped at the end.
#   bash src/bench/topology.sh
# Needs root for the one-time setup (apt-get install nginx; a "host replication" line in pg_hba.conf).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$(pwd)"
LOGS="$ROOT/target/bench/topology"
REPLICA_DIR="/tmp/summit-bench-replica"
REPLICA_PORT="${REPLICA_PORT:-5433}"
DB=bench_topology
USERNAME=topology-admin
PASSWORD="topology check passphrase"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
mkdir -p "$LOGS"
log() { printf '[topology] %s\n' "$*" >&2; }

command -v nginx > /dev/null || { log "installing nginx"; apt-get install -y nginx > "$LOGS/apt.log"; }
HBA="$(psql -h 127.0.0.1 -U postgres -Atc 'show hba_file')"
if ! grep -q '^host[[:space:]]\+replication' "$HBA"; then
  log "allowing local streaming replication in $HBA"
  echo "host replication all 127.0.0.1/32 trust" >> "$HBA"
  psql -h 127.0.0.1 -U postgres -qc "select pg_reload_conf()" > /dev/null
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$LOGS/nginx.pid" ] && kill "$(cat "$LOGS/nginx.pid")" 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$REPLICA_DIR" -m fast stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != "1" ]; then
  log "building the app"
  ./mvnw -B -DskipTests -Dspring-javaformat.skip=true package > "$LOGS/build.log"
fi
JAR="$(ls "$ROOT"/target/summit-tracker-*.jar | grep -v original | head -1)"

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"
psql -h 127.0.0.1 -U postgres -qc "create database $DB"

log "copying the primary into a replica at $REPLICA_DIR (port $REPLICA_PORT)"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$REPLICA_DIR" -m fast stop > /dev/null 2>&1 || true
rm -rf "$REPLICA_DIR"
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -U postgres -D "$REPLICA_DIR" -Xs -R -c fast
# Debian keeps the configuration outside the data directory: give the replica its own
printf "listen_addresses = '127.0.0.1'\nport = %s\nhot_standby = on\nunix_socket_directories = '/tmp'\n" \
  "$REPLICA_PORT" > "$REPLICA_DIR/postgresql.conf"
printf "local all all trust\nhost all all 127.0.0.1/32 trust\n" > "$REPLICA_DIR/pg_hba.conf"
chown postgres:postgres "$REPLICA_DIR/postgresql.conf" "$REPLICA_DIR/pg_hba.conf"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$REPLICA_DIR" -l "$REPLICA_DIR/server.log" -w start > /dev/null

start() { # port
  SUMMIT_ADMIN_USERNAME="$USERNAME" SUMMIT_ADMIN_PASSWORD="$PASSWORD" \
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  SUMMIT_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB" PORT="$1" \
    java -Xmx512m -jar "$JAR" > "$LOGS/app-$1.log" 2>&1 &
  pids+=("$!")
}
wait_up() { # port
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$1/actuator/health" > /dev/null 2>&1 && return 0
    sleep 1
  done
  log "the app on port $1 did not start; see $LOGS"; exit 1
}
log "starting instance A (18091), then B (18092)"
start 18091; PID_A="${pids[-1]}"; wait_up 18091
start 18092; wait_up 18092

sed -e 's/server app1:8080/server 127.0.0.1:18091/; s/server app2:8080/server 127.0.0.1:18092/' \
    -e 's/listen 80;/listen 18090;/' -e "s#/tmp/summit-cache#$LOGS/nginx-cache#" \
    -e "s#^http {#http {\n    access_log off;\n    client_body_temp_path $LOGS/nginx-body;\n    proxy_temp_path $LOGS/nginx-proxy;#" \
    -e "s#^worker_processes auto;#worker_processes auto;\npid $LOGS/nginx.pid;\nerror_log $LOGS/nginx-error.log;#" \
    src/main/docker/nginx.conf > "$LOGS/nginx.conf"
nginx -c "$LOGS/nginx.conf" -p "$LOGS"
for _ in $(seq 1 20); do curl -fs http://127.0.0.1:18090/actuator/health > /dev/null 2>&1 && break; sleep 0.5; done

java src/bench/java/Topology.java http://127.0.0.1:18090 http://127.0.0.1:18091 http://127.0.0.1:18092 \
  "$PID_A" "$USERNAME" "$PASSWORD" "$REPLICA_PORT" "$DB" | tee "$LOGS/topology.txt"
