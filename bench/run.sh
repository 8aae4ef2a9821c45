#!/usr/bin/env bash
# policy-graph vs the Neo4j GraphQL Library: one command that builds everything, and per scale starts a fresh
# private Neo4j, loads the synthetic graph, checks both APIs answer Q1–Q5 identically, loads both, runs the
# raw-Cypher floor, and finally rewrites BENCHMARKS.md from bench/results/*.json.
#
#   bench/run.sh            scales S and M
#   bench/run.sh S M L      any of S (270 measures), M (40k), L (1M)
#
# Needs a JDK 17+ and Node 18+ with npm; fetches the rest (Maven wrapper, npm ci). Loopback only:
# Neo4j bolt 27687 / http 27474, ours 28080, peer 28081 (BENCH_* variables below change them).
# Knobs: BENCH_GLOBAL_WARMUP (s per query per whole-mix warm-up round, 4), BENCH_WARMUP_ROUNDS (10), BENCH_STEADY (0.10), BENCH_QUERIES (all), BENCH_WARMUP (s, 10), BENCH_DURATION (s, 20), BENCH_FLOOR_DURATION (s, 10), BENCH_CONCURRENCY (1,16),
# BENCH_QUIET_LOAD (1.0) and BENCH_QUIET_WAIT (s, 600): wait up to that long for the 1-minute load average to
# drop below that before measuring; BENCH_SKIP_BUILD=1 reuses target/ and node_modules/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(S M)
for s in "${scales[@]}"; do case "$s" in S|M|L) ;; *) echo "usage: bench/run.sh [S|M|L ...]" >&2; exit 2 ;; esac; done

bolt_port=${BENCH_BOLT_PORT:-27687}
http_port=${BENCH_HTTP_PORT:-27474}
export BENCH_OURS_PORT=${BENCH_OURS_PORT:-28080}
export BENCH_PEER_PORT=${BENCH_PEER_PORT:-28081}
export BENCH_BOLT="bolt://localhost:$bolt_port"
export BENCH_WARMUP=${BENCH_WARMUP:-10}
export BENCH_DURATION=${BENCH_DURATION:-20}
export BENCH_FLOOR_DURATION=${BENCH_FLOOR_DURATION:-10}
neo4j_heap=${BENCH_NEO4J_HEAP:-1g}
results=bench/results
mkdir -p "$results"

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "$bolt_port" "$http_port" "$BENCH_OURS_PORT" "$BENCH_PEER_PORT"; do
  port_busy "$p" && die "port $p on localhost is busy; stop that process or set BENCH_*_PORT"
done

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building the local Neo4j launcher and the service (./mvnw package -DskipTests)"
  ./mvnw -q -B -f local-neo4j/pom.xml package
  ./mvnw -q -B package -DskipTests
  say "installing the bench tools and the peer (npm ci)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
fi

neo4j_pid=""
cleanup() {
  if [ -n "$neo4j_pid" ] && kill -0 "$neo4j_pid" 2>/dev/null; then
    kill "$neo4j_pid" 2>/dev/null || true
    wait "$neo4j_pid" 2>/dev/null || true
  fi
  neo4j_pid=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The machine, once per run.
node -e '
const os = require("os"), fs = require("fs");
fs.writeFileSync(process.argv[1], JSON.stringify({ nproc: os.cpus().length, cpu: os.cpus()[0].model,
  memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release(), node: process.version,
  java: require("child_process").execFileSync("java", ["-version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0] || "",
  date: new Date().toISOString() }, null, 2));' "$results/machine.json" 2>/dev/null || true
java -version 2>&1 | head -1 > "$results/java-version.txt"

wait_quiet() {
  local limit=${BENCH_QUIET_LOAD:-1.0} waited=0 max=${BENCH_QUIET_WAIT:-600} load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    awk -v l="$load" -v m="$limit" 'BEGIN { exit !(l < m) }' && { say "load average $load (< $limit): measuring"; return; }
    [ "$waited" -ge "$max" ] && { say "load average still $load after ${max} s: measuring anyway (recorded)"; return; }
    [ $((waited % 60)) -eq 0 ] && say "load average $load ≥ $limit (other work on this machine); waiting (${waited}/${max} s)"
    sleep 10; waited=$((waited + 10))
  done
}

for scale in "${scales[@]}"; do
  home=/tmp/bench-neo4j-$scale
  rm -rf "$home"; mkdir -p "$home"
  say "scale $scale: starting a fresh Neo4j ($home, bolt $bolt_port, heap $neo4j_heap, page cache ${BENCH_NEO4J_PAGECACHE:-default for the scale})"
  # L's store (3.4 GB in the nineteenth session's run) does not fit the launcher's default 256 MiB page cache: give each scale room.
  case "$scale" in L) pagecache=${BENCH_NEO4J_PAGECACHE:-3g} ;; *) pagecache=${BENCH_NEO4J_PAGECACHE:-256m} ;; esac
  java -Xmx"$neo4j_heap" -Dneo4j.pagecache="$pagecache" -Dneo4j.home="$home" -Dneo4j.bolt.port="$bolt_port" -Dneo4j.http.port="$http_port" \
    -cp "local-neo4j/target/local-neo4j.jar:local-neo4j/target/lib/*" org.policygraph.localneo4j.LocalNeo4j \
    >"$home/neo4j.out" 2>&1 &
  neo4j_pid=$!
  for _ in $(seq 1 120); do
    grep -q "local-neo4j: ready" "$home/neo4j.out" 2>/dev/null && break
    kill -0 "$neo4j_pid" 2>/dev/null || die "Neo4j did not start; see $home/neo4j.out"
    sleep 1
  done
  grep -q "local-neo4j: ready" "$home/neo4j.out" || die "Neo4j not ready within 120 s"
  say "scale $scale: generating and loading the synthetic graph"
  (cd bench && node gen.mjs "$scale" "$BENCH_BOLT" "$root/$results/gen-$scale.json")
  wait_quiet
  say "scale $scale: verifying and measuring (ours vs peer, c=${BENCH_CONCURRENCY:-1,16})"
  # A scale whose answers differ (a query not timed) still gets its table; the run exits 1 at the end.
  (cd bench && NEO4J_PID=$neo4j_pid node bench.mjs "$scale" "$root/$results/gen-$scale.json" "$root/$results/$scale.json") \
    || { failed=1; say "scale $scale: some queries were not timed (answers differ); see above"; }
  cleanup
done

node bench/report.mjs
say "wrote BENCHMARKS.md"
exit "${failed:-0}"
