#!/usr/bin/env bash
# Exports at 100x in constant memory: starts the packaged app with -Xmx512m on a database grown N-times
# (bench_stream, created, migrated, given the Office of the Historian import and grown with src/bench/sql/scale.sql
# on the first run, reused after), downloads the whole Popolo dataset, /summits.ics, /summits.csv and
# /summits.json, and prints for each the bytes, the time and the JVM's heap: the most in use before a
# collection (peak occupancy) and the most still live after one, read from the app's own GC log (-Xlog:gc).
#   bash src/bench/stream.sh                  # factor 100, port 18181
#   FACTOR=10 DB=bench_stream10 bash src/bench/stream.sh
#   SKIP_BUILD=1 bash src/bench/stream.sh     # reuse target/summit-tracker-*.jar
# Needs: a JDK 17+, PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres), psql, curl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

FACTOR="${FACTOR:-100}"
DB="${DB:-bench_stream}"
PORT="${PORT:-18181}"
HEAP="${HEAP:-512m}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
LOGS="target/bench"
mkdir -p "$LOGS"
GC_LOG="$LOGS/stream-gc.log"
DOWNLOADS="${DOWNLOADS:-/data/popolo.json /summits.ics /summits.csv /summits.json}"

log() { printf '[stream] %s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-}" != "1" ]; then
  log "building the app"
  ./mvnw -B -DskipTests -Dspring-javaformat.skip=true package > "$LOGS/stream-build.log"
fi
# run a copy, so a build during the run (./mvnw verify) cannot change the jar under the running app
cp "$(ls target/summit-tracker-*.jar | grep -v original | head -1)" "$LOGS/stream-app.jar"
JAR="$LOGS/stream-app.jar"

pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

rm -f "$GC_LOG"
log "starting $JAR on $DB (port $PORT, -Xmx$HEAP)"
DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/$DB" PORT="$PORT" \
  java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$GC_LOG" -jar "$JAR" > "$LOGS/stream-app.log" 2>&1 &
pid="$!"
for _ in $(seq 1 300); do
  if curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || { log "the app stopped; see $LOGS/stream-app.log"; exit 1; }
  sleep 1
done
for _ in $(seq 1 600); do
  finished="$(psql -Atq -d "$DB" -c "select count(*) from historian_import where status <> 'RUNNING'" 2>/dev/null || echo 0)"
  [ "${finished:-0}" -gt 0 ] && break
  sleep 1
done
if [ "$(psql -Atq -d "$DB" -c "select count(*) from summit where slug like 'gen-%'")" = "0" ]; then
  log "growing $DB by a factor of $FACTOR (once; later runs reuse it)"
  psql -q -d "$DB" -v factor="$FACTOR" -f src/bench/sql/scale.sql
  psql -q -d "$DB" -c "vacuum analyze"
fi
log "$DB holds $(psql -Atq -d "$DB" -c "select (select count(*) from person) || ' people, ' || (select count(*) from summit)
  || ' summits and meetings, ' || (select count(*) from attendance) || ' attendance rows, '
  || (select count(*) from citation) || ' citations'")"

# the heap figures of the GC lines written since line $1: "... 301M->45M(512M) ..." is in use before -> after
heap() {
  tail -n "+$(($1 + 1))" "$GC_LOG" | grep -o '[0-9]*M->[0-9]*M' \
    | awk -F'M->|M' 'BEGIN { b = 0; a = 0 } { if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d\t%d\n", b, a }'
}

printf '%-20s %14s %9s %16s %16s\n' "download" "bytes" "seconds" "peak heap MB" "live after GC MB" \
  | tee "$LOGS/stream.txt"
for path in $DOWNLOADS; do
  lines="$(wc -l < "$GC_LOG")"
  read -r status bytes seconds < <(curl -sS -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
    "http://localhost:$PORT$path" || echo "000 0 0")
  [ "$status" = "200" ] || log "$path answered $status"
  sleep 1
  kill -0 "$pid" 2>/dev/null || { log "the app died during $path (OutOfMemoryError?); see $LOGS/stream-app.log"; exit 1; }
  read -r before after < <(heap "$lines")
  printf '%-20s %14s %9s %16s %16s\n' "$path" "$bytes" "$seconds" "$before" "$after" | tee -a "$LOGS/stream.txt"
done
grep -q OutOfMemoryError "$LOGS/stream-app.log" && { log "OutOfMemoryError in $LOGS/stream-app.log"; exit 1; }
log "no OutOfMemoryError under -Xmx$HEAP; table in $LOGS/stream.txt, GC log in $GC_LOG"
