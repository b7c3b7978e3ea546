#!/usr/bin/env bash
# Seed scale against N-times scale in one run: builds the app, migrates two throw-away databases on the local
# PostgreSQL (bench_seed, bench_scaled), grows the second with src/bench/sql/scale.sql, starts one app instance on
# each (-Xmx512m), measures every public page alternately with src/bench/java/PageBench.java, then stops both.
#   bash src/bench/run.sh                 # factor 100, 16 connections, 3 rounds of 5 s per side
#   FACTOR=10 DURATION=3 ROUNDS=2 bash src/bench/run.sh
#   PAGES=/,/summits/sco-2024-astana bash src/bench/run.sh
#   PAGE_CACHE_BYTES=33554432 bash src/bench/run.sh   # with the server's page cache on (off by default here)
#   REUSE=1 bash src/bench/run.sh         # keep bench_seed/bench_scaled when they already hold the data of FACTOR
#   PETCLINIC_JAR=/path/spring-petclinic.jar bash src/bench/run.sh   # adds the petclinic owner page as a yardstick
# Needs: a JDK 17+, PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres), psql, and wrk for the load
# (apt-get install wrk; without it PageBench falls back to the JDK's HTTP client, whose own CPU inflates the tail).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

FACTOR="${FACTOR:-100}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
PORT_A="${PORT_A:-18081}"
PORT_B="${PORT_B:-18082}"
LOGS="target/bench"
mkdir -p "$LOGS"

log() { printf '[bench] %s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-}" != "1" ]; then
  log "building the app"
  ./mvnw -B -DskipTests -Dspring-javaformat.skip=true package > "$LOGS/build.log"
fi
JAR="$(ls target/summit-tracker-*.jar | grep -v original | head -1)"

# The pages are measured as built from the database: the server's page cache is off unless asked for
# (PAGE_CACHE_BYTES=33554432 measures pages served from it, the default of a real start).
export SUMMIT_PAGE_CACHE_MAX_BYTES="${PAGE_CACHE_BYTES:-0}"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # port database
  DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/$2" PORT="$1" \
    java -Xmx512m -jar "$JAR" > "$LOGS/app-$2.log" 2>&1 &
  pids+=("$!")
}

wait_up() { # port
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$1/actuator/health" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "the app on port $1 did not start; see $LOGS"; exit 1
}

# REUSE=1 keeps both databases when bench_scaled already holds the generated data of this FACTOR (200 people per
# unit of the factor); the apps' Flyway then applies only the migrations added since, and scale.sql is not run again.
scaled_people() {
  psql -Atq -d bench_scaled -c "select count(*) from person where slug like 'gen-person-%'" 2>/dev/null || echo 0
}
reused=0
if [ "${REUSE:-}" = "1" ] && [ "$(scaled_people)" = "$((200 * FACTOR))" ] \
    && psql -Atq -d bench_seed -c "select 1" > /dev/null 2>&1; then
  reused=1
  log "reusing bench_seed and bench_scaled (factor $FACTOR already generated)"
else
  for db in bench_seed bench_scaled; do
    psql -q -d postgres -c "drop database if exists $db with (force)"
  done
fi
log "starting the app on the seed (port $PORT_A) and on the database to scale (port $PORT_B)"
start "$PORT_A" bench_seed
start "$PORT_B" bench_scaled
wait_up "$PORT_A"
wait_up "$PORT_B"
# both instances import the bundled Office of the Historian snapshot at start-up, in the background: the data
# is grown on top of the seed and the imported records, so wait until each import has ended
if [ "${HISTORIAN_IMPORT_ON_STARTUP:-true}" != "false" ]; then
  for db in bench_seed bench_scaled; do
    for _ in $(seq 1 300); do
      done_count="$(psql -Atq -d "$db" -c "select count(*) from historian_import where status <> 'RUNNING'" 2>/dev/null || echo 0)"
      [ "${done_count:-0}" -gt 0 ] && break
      sleep 1
    done
    log "$db: historian import $(psql -Atq -d "$db" -c "select status || ', ' || records_read || ' records' from historian_import order by id desc limit 1")"
  done
fi
psql -q -d bench_seed -c "vacuum analyze"
if [ "$reused" = "1" ]; then
  psql -q -d bench_scaled -c "vacuum analyze"
else
  log "growing bench_scaled by a factor of $FACTOR"
  psql -q -d bench_scaled -v factor="$FACTOR" -f src/bench/sql/scale.sql
fi

petclinic=""
if [ -n "${PETCLINIC_JAR:-}" ]; then
  PORT_C="${PORT_C:-18083}"
  log "starting spring-petclinic ($PETCLINIC_JAR, its in-memory database) on port $PORT_C"
  java -Xmx512m -jar "$PETCLINIC_JAR" --server.port="$PORT_C" > "$LOGS/app-petclinic.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$PORT_C/owners/1" > /dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://localhost:$PORT_C/owners/1" > /dev/null || { log "petclinic did not start; see $LOGS"; exit 1; }
  petclinic="http://localhost:$PORT_C"
else
  log "PETCLINIC_JAR not set: the petclinic row is skipped"
fi

# a fourth instance on the seed as a real start runs it, the server's page cache on: the summit page requested
# without a conditional GET is measured there too (a row of the baselines, not of the seed-vs-scaled table)
PORT_D="${PORT_D:-18084}"
log "starting the app on the seed with the page cache on (port $PORT_D)"
DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/bench_seed" PORT="$PORT_D" HISTORIAN_IMPORT_ON_STARTUP=false \
  SUMMIT_PAGE_CACHE_MAX_BYTES=33554432 java -Xmx512m -jar "$JAR" > "$LOGS/app-deployed.log" 2>&1 &
pids+=("$!")
wait_up "$PORT_D"

java -Dpetclinic="$petclinic" -Ddeployed="http://localhost:$PORT_D" -Dconnections="${CONNECTIONS:-16}" -Dseconds="${DURATION:-5}" -Drounds="${ROUNDS:-3}" \
  -Dwarmup="${WARMUP:-2}" ${PAGES:+-Dpages="$PAGES"} \
  src/bench/java/PageBench.java "http://localhost:$PORT_A" "http://localhost:$PORT_B" | tee "$LOGS/pages.txt"
