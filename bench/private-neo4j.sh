# Sourced by the ingest scripts (bench/ingest-throughput.sh, bench/fault-ingest.sh): a private Neo4j on loopback
# ports for one run, stopped with the script, and one-statement queries against it over its HTTP API (Node's fetch:
# no jq needed). Expects `work` (the run's scratch directory), `bolt_port`, `http_port` and `die`.

neo4j_pid=""

# Starts bench/neo4j-local.sh on "$work/neo4j" and waits until it is ready.
start_private_neo4j() {
  mkdir -p "$work/neo4j"
  REL_NEO4J_HOME="$work/neo4j" REL_BOLT_PORT=$bolt_port REL_HTTP_PORT=$http_port bench/neo4j-local.sh >"$work/neo4j.out" 2>&1 &
  neo4j_pid=$!
  for _ in $(seq 1 180); do grep -q "local-neo4j: ready" "$work/neo4j.out" && break; sleep 1; done
  grep -q "local-neo4j: ready" "$work/neo4j.out" || die "Neo4j did not start: $(tail -n 3 "$work/neo4j.out")"
}

stop_private_neo4j() {
  if [ -n "$neo4j_pid" ] && kill -0 "$neo4j_pid" 2>/dev/null; then
    kill "$neo4j_pid" 2>/dev/null || true
    wait "$neo4j_pid" 2>/dev/null || true
  fi
}

# One statement; prints the first value of the first row (empty when there is none or Neo4j does not answer).
cypher() {
  node -e '
    const [port, statement] = process.argv.slice(1);
    fetch(`http://127.0.0.1:${port}/db/neo4j/tx/commit`, {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({statements: [{statement}]}), signal: AbortSignal.timeout(60000)})
      .then(r => r.json()).then(j => console.log(j.results?.[0]?.data?.[0]?.row?.[0] ?? ""))
      .catch(() => console.log(""));' "$http_port" "$1"
}
