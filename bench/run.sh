#!/usr/bin/env bash
# Load benchmark for a RUNNING Summit Tracker instance, driven by wrk.
#
#   bench/run.sh [BASE_URL]        (default http://localhost:8080; loopback hosts only)
#
# Environment (all optional):
#   BENCH_DURATION     seconds per target, measured run      (default 10)
#   BENCH_WARMUP       seconds per target, warm-up (0 = off) (default 3)
#   BENCH_THREADS      wrk threads                           (default 2)
#   BENCH_CONNECTIONS  wrk open connections (>= threads)     (default 16)
#   BENCH_TIMEOUT      wrk per-request timeout, seconds      (default 5)
#   BENCH_PATHS        extra paths to measure, space/comma separated, e.g. "/ /leaders"
#
# Measures the summit page, the search page (/search?q=erdogan), the SCO attendance matrix and a static asset,
# plus BENCH_PATHS.
# Prints one table (target, req/s, latency avg/p50/p99, non-2xx, socket errors) and the
# ratio summit-page req/s / static-asset req/s.
set -euo pipefail

SUMMIT_PATH="/summits/sco-2024-astana"
SEARCH_PATH="/search?q=erdogan"
MATRIX_PATH="/organizations/sco/matrix"
STATIC_PATH="/assets/css/app.css"

die() { printf 'bench: %s\n' "$*" >&2; exit "${EXIT_CODE:-1}"; }
note() { printf 'bench: %s\n' "$*" >&2; }

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
esac
[ "$#" -le 1 ] || { usage >&2; exit 64; }

# ---------------------------------------------------------------- settings
secs() { # NAME VALUE MIN -> prints integer seconds ("10" or "10s")
  local v="${2%s}"
  [[ "$v" =~ ^[0-9]+$ ]] || die "$1 must be a whole number of seconds (got '$2')"
  [ "$v" -ge "$3" ] || die "$1 must be >= $3 (got '$2')"
  printf '%d' "$((10#$v))"
}
int() { # NAME VALUE MIN
  [[ "$2" =~ ^[0-9]+$ ]] || die "$1 must be an integer (got '$2')"
  [ "$2" -ge "$3" ] || die "$1 must be >= $3 (got '$2')"
  printf '%d' "$((10#$2))"
}
DURATION="$(secs BENCH_DURATION "${BENCH_DURATION:-10}" 1)"
WARMUP="$(secs BENCH_WARMUP "${BENCH_WARMUP:-3}" 0)"
TIMEOUT="$(secs BENCH_TIMEOUT "${BENCH_TIMEOUT:-5}" 1)"
THREADS="$(int BENCH_THREADS "${BENCH_THREADS:-2}" 1)"
CONNECTIONS="$(int BENCH_CONNECTIONS "${BENCH_CONNECTIONS:-16}" 1)"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "BENCH_CONNECTIONS ($CONNECTIONS) must be >= BENCH_THREADS ($THREADS)"

# ---------------------------------------------------------------- base URL: loopback only
BASE_URL="${1:-http://localhost:8080}"
while [ "${BASE_URL%/}" != "$BASE_URL" ]; do BASE_URL="${BASE_URL%/}"; done
[[ "$BASE_URL" =~ ^(https?)://([^/?#]+)(/[^?#]*)?$ ]] \
  || die "base URL must look like http://HOST[:PORT][/prefix] (got '$BASE_URL')"
AUTHORITY="${BASH_REMATCH[2]}"
[[ "$AUTHORITY" != *@* ]] || die "credentials in the base URL are not allowed: '$BASE_URL'"
if [[ "$AUTHORITY" =~ ^\[([^]]*)\](:([0-9]{1,5}))?$ ]]; then
  HOST="[${BASH_REMATCH[1]}]"
elif [[ "$AUTHORITY" =~ ^([^:]+)(:([0-9]{1,5}))?$ ]]; then
  HOST="${BASH_REMATCH[1]}"
else
  die "cannot parse host/port in '$BASE_URL'"
fi
is_loopback() {
  local h="${1,,}" a b c d
  [ "$h" = "localhost" ] && return 0
  [ "$h" = "[::1]" ] && return 0
  if [[ "$h" =~ ^127\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]]; then
    b="${BASH_REMATCH[1]}" c="${BASH_REMATCH[2]}" d="${BASH_REMATCH[3]}"
    for a in "$b" "$c" "$d"; do [ "$((10#$a))" -le 255 ] || return 1; done
    return 0
  fi
  return 1
}
is_loopback "$HOST" \
  || die "refusing non-loopback target '$HOST': only localhost, 127.x.x.x and [::1] may be benchmarked"

# ---------------------------------------------------------------- tools
command -v wrk >/dev/null 2>&1 \
  || die "wrk is not installed. Install it with: apt-get install -y wrk  (Debian/Ubuntu; 'brew install wrk' on macOS)"
command -v curl >/dev/null 2>&1 \
  || die "curl is not installed (needed for the pre-flight check). Install it with: apt-get install -y curl"
RUN_LIMIT=()
if command -v timeout >/dev/null 2>&1; then
  RUN_LIMIT=(timeout --kill-after=5)
fi

# ---------------------------------------------------------------- targets
TARGETS=("$SUMMIT_PATH" "$SEARCH_PATH" "$MATRIX_PATH" "$STATIC_PATH")
IFS=$' \t\n,' read -r -a EXTRA_PATHS <<<"${BENCH_PATHS:-}" || true
for p in "${EXTRA_PATHS[@]}"; do
  [ -n "$p" ] || continue
  [[ "$p" == /* ]] || p="/$p"
  dup=0
  for t in "${TARGETS[@]}"; do [ "$t" != "$p" ] || dup=1; done
  [ "$dup" -eq 1 ] || TARGETS+=("$p")
done

# Pre-flight: the app must answer, and every target must answer 2xx (a redirect or an
# error page would make the numbers meaningless).
http_status() {
  curl --noproxy '*' -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$1" 2>/dev/null || true
}
for p in "${TARGETS[@]}"; do
  code="$(http_status "$BASE_URL$p")"
  case "$code" in
    2??) ;;
    000|"") EXIT_CODE=2 die "the app is not answering at $BASE_URL ($BASE_URL$p: no HTTP response). Start it first, e.g. './mvnw spring-boot:run' or 'docker compose up --build'." ;;
    *)      EXIT_CODE=3 die "$BASE_URL$p answered HTTP $code, expected 2xx; not benchmarking it." ;;
  esac
done

# ---------------------------------------------------------------- wrk + lua reporter
WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/summit-bench.XXXXXX")"
trap 'rm -rf "$WORKDIR"' EXIT
LUA="$WORKDIR/report.lua"
cat >"$LUA" <<'LUA'
-- Prints one machine-readable line after the run; latencies in microseconds.
done = function(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1000000
  local rps = 0
  if secs > 0 then rps = summary.requests / secs end
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.2f avg_us=%.1f p50_us=%.0f p99_us=%.0f max_us=%.0f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, secs, rps, latency.mean, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
LUA

WRK_VERSION="$(wrk -v 2>&1 | head -n1 || true)"
note "base URL $BASE_URL | ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP}s warm-up + ${DURATION}s per target, timeout ${TIMEOUT}s | ${WRK_VERSION}"

run_wrk() { # SECONDS URL [extra wrk args...]
  local d="$1" url="$2"; shift 2
  local limit=()
  [ "${#RUN_LIMIT[@]}" -eq 0 ] || limit=("${RUN_LIMIT[@]}" "$((d + TIMEOUT + 30))")
  "${limit[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${d}s" --timeout "${TIMEOUT}s" "$@" "$url"
}

declare -A RPS
ROWS=()
for p in "${TARGETS[@]}"; do
  url="$BASE_URL$p"
  if [ "$WARMUP" -gt 0 ]; then
    note "warm-up   $p (${WARMUP}s)"
    run_wrk "$WARMUP" "$url" >/dev/null 2>&1 || note "warm-up of $p exited non-zero (ignored)"
  fi
  note "measuring $p (${DURATION}s)"
  out="$WORKDIR/wrk.out"
  if ! run_wrk "$DURATION" "$url" -s "$LUA" >"$out" 2>&1; then
    cat "$out" >&2
    die "wrk failed for $url"
  fi
  line="$(grep -m1 '^BENCH_RESULT ' "$out" || true)"
  [ -n "$line" ] || { cat "$out" >&2; die "could not read wrk's result for $url"; }
  declare -A r=()
  for kv in ${line#BENCH_RESULT }; do r["${kv%%=*}"]="${kv#*=}"; done
  RPS["$p"]="${r[rps]}"
  sockerr=$(( r[connect] + r[read] + r[write] + r[timeout] ))
  ROWS+=("$(awk -v t="$p" -v rps="${r[rps]}" -v avg="${r[avg_us]}" -v p50="${r[p50_us]}" -v p99="${r[p99_us]}" \
                -v n="${r[non2xx]}" -v s="$sockerr" -v req="${r[requests]}" \
    'BEGIN { printf "%-34s %12.1f %10.2f %10.2f %10.2f %9d %9d %10d\n", t, rps, avg/1000, p50/1000, p99/1000, n, s, req }')")
  unset r
done

# ---------------------------------------------------------------- report
printf '\n%-34s %12s %10s %10s %10s %9s %9s %10s\n' \
  "target" "requests/s" "avg ms" "p50 ms" "p99 ms" "non-2xx" "sock-err" "requests"
printf '%s\n' "$(printf '%.0s-' {1..110})"
printf '%s\n' "${ROWS[@]}"
printf '\n'
awk -v a="${RPS[$SUMMIT_PATH]}" -v b="${RPS[$STATIC_PATH]}" -v sp="$SUMMIT_PATH" -v st="$STATIC_PATH" 'BEGIN {
  if (b + 0 > 0) {
    printf "ratio summit-page req/s / static-asset req/s (%s / %s): %.4f", sp, st, a / b
    if (a + 0 > 0) printf "  (static asset is %.1fx faster)", b / a
    printf "\n"
  } else {
    printf "ratio summit-page req/s / static-asset req/s: n/a (static asset made 0 req/s)\n"
  }
}'
printf '(non-2xx: HTTP >= 400 counted by wrk during the run; every target answered 2xx in a pre-flight check; sock-err: connect/read/write/timeout errors)\n'
