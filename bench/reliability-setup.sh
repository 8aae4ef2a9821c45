# Shared set-up for bench/load.sh and bench/fault.sh (sourced, not run): builds what is needed, starts a private
# Neo4j (bench/neo4j-local.sh) and the packaged service on their own loopback ports, and stops exactly those two
# processes on exit. Nothing here touches other Neo4j or Java processes on the machine.
#
# Environment (defaults):
#   REL_BOLT_PORT (37687)  REL_HTTP_PORT (37474)  REL_SERVICE_PORT (38080)
#   REL_NEO4J_HOME (/tmp/reliability-neo4j)  data directory; wiped at start unless REL_KEEP_DATA=1 (then the existing
#                                            graph is reused and the service's seed step skips what is already there)
#   REL_NEO4J_HEAP (1g)
#   REL_SERVICE_MEMORY    the service's JVM memory options (default: production's, bin/jvm-memory-options, with its
#                         MALLOC_ARENA_MAX); REL_SERVICE_MEMORY=none runs with the JVM's defaults
#   REL_SERVICE_OPTS      extra JVM options for the service, for experiments (e.g. -Dquarkus.vertx.event-loops-pool-size=8)
#   REL_SKIP_BUILD=1      reuse target/, local-neo4j/target/ and bench/node_modules/ instead of building them
#   REL_QUIET_LOAD (1.5), REL_QUIET_WAIT (s, 300): before loading, wait up to REL_QUIET_WAIT for the 1-minute load
#                         average to drop below REL_QUIET_LOAD (a shared machine); the load average goes into the JSON
#                         either way. REL_QUIET_WAIT=0 does not wait.

rel_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$rel_root"
export REL_BOLT_PORT=${REL_BOLT_PORT:-37687}
export REL_HTTP_PORT=${REL_HTTP_PORT:-37474}
export REL_SERVICE_PORT=${REL_SERVICE_PORT:-38080}
export REL_NEO4J_HOME=${REL_NEO4J_HOME:-/tmp/reliability-neo4j}
export REL_NEO4J_HEAP=${REL_NEO4J_HEAP:-1g}
export REL_SERVICE_MEMORY=${REL_SERVICE_MEMORY:-$(bin/jvm-memory-options)}
[ "$REL_SERVICE_MEMORY" = none ] || export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(bin/jvm-memory-options --malloc-arena-max)}
export REL_NEO4J_PIDFILE="$REL_NEO4J_HOME/neo4j.pid"
export REL_URL="http://127.0.0.1:$REL_SERVICE_PORT"
rel_results="$rel_root/bench/results"
rel_neo4j_pid=""
rel_service_pid=""

rel_say() { printf '%s: %s\n' "$rel_name" "$*"; }
rel_die() { printf '%s: %s\n' "$rel_name" "$*" >&2; exit 1; }
rel_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
rel_stamp() { date -u +%Y%m%dT%H%M%SZ; }

# A pid is ours only if it is still the process we started: its command line names our Neo4j home (or our jar and
# port). Guards against pid reuse; nothing else is ever signalled.
rel_is_our_neo4j() { [ -n "$1" ] && tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" | grep -q -- "-Dneo4j.home=$REL_NEO4J_HOME "; }
rel_is_our_service() { [ -n "$1" ] && tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" | grep -q -- "-Dquarkus.http.port=$REL_SERVICE_PORT "; }

# Stops one pid: SIGTERM, up to $2 seconds, then SIGKILL. Bounded.
rel_stop_pid() {
  local pid=$1 grace=$2
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 $((grace * 10))); do
    kill -0 "$pid" 2>/dev/null || return 0
    grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

rel_cleanup() {
  trap - EXIT INT TERM
  if rel_is_our_service "$rel_service_pid"; then rel_say "stopping the service (pid $rel_service_pid)"; rel_stop_pid "$rel_service_pid" 15; fi
  # The Neo4j we started, and the one bench/fault.sh may have restarted (its pid is in the pid file).
  local pids=("$rel_neo4j_pid")
  [ -f "$REL_NEO4J_PIDFILE" ] && [ "$(cat "$REL_NEO4J_PIDFILE")" != "$rel_neo4j_pid" ] && pids+=("$(cat "$REL_NEO4J_PIDFILE")")
  for pid in "${pids[@]}"; do
    if rel_is_our_neo4j "$pid"; then rel_say "stopping Neo4j (pid $pid)"; rel_stop_pid "$pid" 30; fi
  done
  wait 2>/dev/null || true
}

rel_setup() {
  command -v java >/dev/null || rel_die "needs a JDK 17+ on PATH"
  command -v node >/dev/null || rel_die "needs Node 18+ with npm on PATH"
  for p in "$REL_BOLT_PORT" "$REL_HTTP_PORT" "$REL_SERVICE_PORT"; do
    rel_port_busy "$p" && rel_die "port $p on 127.0.0.1 is busy; stop that process or set REL_BOLT_PORT / REL_HTTP_PORT / REL_SERVICE_PORT"
  done
  if [ "${REL_SKIP_BUILD:-0}" != 1 ]; then
    rel_say "building the local Neo4j launcher and the service (./mvnw package -DskipTests)"
    ./mvnw -q -B -f local-neo4j/pom.xml package || rel_die "could not build local-neo4j"
    ./mvnw -q -B package -DskipTests || rel_die "could not build the service"
    rel_say "installing the load tools (npm ci in bench/)"
    (cd bench && npm ci --no-audit --no-fund --loglevel=error) || rel_die "npm ci failed in bench/"
  fi
  [ -f target/quarkus-app/quarkus-run.jar ] || rel_die "target/quarkus-app/quarkus-run.jar missing (run without REL_SKIP_BUILD=1)"
  [ -f local-neo4j/target/local-neo4j.jar ] || rel_die "local-neo4j/target/local-neo4j.jar missing (run without REL_SKIP_BUILD=1)"
  mkdir -p "$rel_results"
  rel_traps
}

rel_traps() {
  trap rel_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

rel_wait_quiet() {
  local limit=${REL_QUIET_LOAD:-1.5} max=${REL_QUIET_WAIT:-300} waited=0 load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    awk -v l="$load" -v m="$limit" 'BEGIN { exit !(l < m) }' && return 0
    if [ "$waited" -ge "$max" ]; then rel_say "load average still $load after ${max} s: going ahead (recorded)"; return 0; fi
    [ $((waited % 60)) -eq 0 ] && rel_say "load average $load >= $limit (other work on this machine); waiting (${waited}/${max} s)"
    sleep 10; waited=$((waited + 10))
  done
}

rel_start_neo4j() {
  if [ "${REL_KEEP_DATA:-0}" = 1 ] && [ -d "$REL_NEO4J_HOME/data" ]; then
    rel_say "reusing the Neo4j data in $REL_NEO4J_HOME (REL_KEEP_DATA=1)"
  else
    # Only ever wipe a directory these scripts created (marker file), never an arbitrary path.
    if [ -e "$REL_NEO4J_HOME" ] && [ ! -f "$REL_NEO4J_HOME/.reliability-neo4j" ]; then
      rel_die "$REL_NEO4J_HOME exists and was not created by these scripts; choose another REL_NEO4J_HOME"
    fi
    rm -rf "$REL_NEO4J_HOME"
  fi
  mkdir -p "$REL_NEO4J_HOME"
  touch "$REL_NEO4J_HOME/.reliability-neo4j"
  rm -f "$REL_NEO4J_PIDFILE"
  local log="$REL_NEO4J_HOME/neo4j.out"
  : >"$log"
  rel_say "starting Neo4j (bolt 127.0.0.1:$REL_BOLT_PORT, http $REL_HTTP_PORT, data $REL_NEO4J_HOME, log $log)"
  QUARKUS_HTTP_PORT=$REL_SERVICE_PORT bench/neo4j-local.sh >>"$log" 2>&1 &
  rel_neo4j_pid=$!
  echo "$rel_neo4j_pid" >"$REL_NEO4J_PIDFILE"
  for _ in $(seq 1 180); do
    grep -q "local-neo4j: ready" "$log" && break
    kill -0 "$rel_neo4j_pid" 2>/dev/null || rel_die "Neo4j did not start: $(grep -m1 'local-neo4j:' "$log" || tail -n 3 "$log")"
    sleep 1
  done
  grep -q "local-neo4j: ready" "$log" || rel_die "Neo4j not ready within 180 s; see $log"
  rel_say "Neo4j ready (pid $rel_neo4j_pid)"
}

rel_start_service() {
  local log="$REL_NEO4J_HOME/service.log"
  rel_say "starting the service (port $REL_SERVICE_PORT, seed on start, log $log)"
  local memory=$REL_SERVICE_MEMORY
  [ "$memory" = none ] && memory=""
  rel_say "service JVM memory options: ${memory:-none (JVM defaults)}"
  # shellcheck disable=SC2086 # REL_SERVICE_MEMORY and REL_SERVICE_OPTS are lists of options
  java $memory ${REL_SERVICE_OPTS:-} -Dquarkus.http.port="$REL_SERVICE_PORT" \
    -Dquarkus.neo4j.uri="bolt://127.0.0.1:$REL_BOLT_PORT" -Dquarkus.neo4j.authentication.disabled=true -Dpolicy-graph.allow-local-settings=true \
    -Dpolicy-graph.seed.on-start=true -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  rel_service_pid=$!
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$REL_URL/q/health/ready")" = 200 ] && break
    kill -0 "$rel_service_pid" 2>/dev/null || rel_die "the service exited; see $log"
    sleep 1
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$REL_URL/q/health/ready")" = 200 ] \
    || rel_die "the service was not ready within 180 s; see $log"
  rel_say "service ready (pid $rel_service_pid): seed loaded, Neo4j reachable"
  export REL_SERVICE_PID=$rel_service_pid
}
