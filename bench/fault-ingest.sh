#!/usr/bin/env bash
# Fault run for the write path: an ingest killed mid-way leaves no partial document.
#
#   bench/fault-ingest.sh            (FAULT_INGEST_ROUNDS=5, FAULT_INGEST_TASKS=990)
#
# Starts a private Neo4j (own ports and data directory), generates one large plan (FAULT_INGEST_TASKS numbered tasks,
# each with a responsibility note and a 2028 target), and per round starts `bin/ingest` on it and kills that JVM with
# SIGKILL at a different moment — while Neo4j shows the ingest's write transaction running (checked with SHOW
# TRANSACTIONS over Neo4j's HTTP API), or after a delay. It then counts the plan's nodes: 0 (rolled back) or all of
# them (committed before the kill) pass; anything in between fails the run. A final uninterrupted ingest must write it
# all. Results: bench/results/fault-ingest-<timestamp>.json. Everything on 127.0.0.1; it stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${FAULT_INGEST_ROUNDS:-5}
tasks=${FAULT_INGEST_TASKS:-990}
bolt_port=${FAULT_INGEST_BOLT_PORT:-47687}
http_port=${FAULT_INGEST_HTTP_PORT:-47474}
work=$(mktemp -d /tmp/fault-ingest.XXXXXX)
say() { echo "[fault-ingest] $*" >&2; }
die() { say "$*"; exit 1; }

source bench/private-neo4j.sh
ingest_pid=""
cleanup() {
  trap - EXIT INT TERM
  [ -n "$ingest_pid" ] && kill -9 "$ingest_pid" 2>/dev/null || true
  stop_private_neo4j
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "building the local Neo4j launcher and the service"
./mvnw -q -B -f local-neo4j/pom.xml package
./mvnw -q -B package -DskipTests
start_private_neo4j

# The plan: a generated text in the 'outline' layout; its vocabulary (市商务局 …) comes with the packaged graph-seed.
{
  echo "武汉市大型故障演练方案"
  echo
  echo "为检验写入路径的事务边界，制定本方案。"
  echo
  echo "一、重点任务"
  # Ten sections of up to 99 numbered tasks (the outline layout numbers items 1-99 within a section).
  per_section=$(( (tasks + 9) / 10 ))
  (( per_section <= 99 )) || die "FAULT_INGEST_TASKS at most 990"
  n=0
  for section in 一 二 三 四 五 六 七 八 九 十; do
    echo "（${section}）第${section}组任务"
    for i in $(seq 1 "$per_section"); do
      n=$((n + 1)); (( n <= tasks )) || break
      echo "$i. 推进第${n}项任务。到2028年培育企业${n}家，服务外包示范园区建设取得进展。（责任单位：市商务局；配合单位：市财政局）"
    done
  done
  echo "二、保障措施"
  echo "各有关部门要加强组织领导，确保各项任务落到实处。"
} >"$work/plan.txt"
printf 'id\tfile\tlayout\ttitle\tdocNumber\tissuedOn\tstatus\thorizon\tissuers\nfault-big\tplan.txt\toutline\t武汉市大型故障演练方案\t\t2026-01\tDRAFT\t2028\t市商务局\n' \
  >"$work/plans.tsv"

export POLICY_GRAPH_ALLOW_LOCAL_SETTINGS=true # a private loopback Neo4j without authentication (security.ProductionSafety)
export QUARKUS_NEO4J_URI="bolt://127.0.0.1:$bolt_port" QUARKUS_NEO4J_AUTHENTICATION_DISABLED=true
count_parts() { cypher "MATCH (n) WHERE n.documentId = 'fault-big' AND NOT n:Change RETURN count(n)"; }
results=()
after_kill=()
failed=0

start_ingest() {
  java -Xmx512m -Dpolicy-graph.ingest.catalog="$work/plans.tsv" -Dpolicy-graph.seed.on-start=false \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -jar target/quarkus-app/quarkus-run.jar \
    >"$work/ingest.out" 2>&1 &
  ingest_pid=$!
}

for round in $(seq 1 "$rounds"); do
  cypher "MATCH (n) WHERE n.documentId = 'fault-big' OR n.id = 'fault-big' DETACH DELETE n RETURN count(*)" >/dev/null
  start_ingest
  # Odd rounds: kill as soon as Neo4j runs the ingest's write transaction; even rounds: after a growing delay.
  killed_at="delay"
  if (( round % 2 == 1 )); then
    for _ in $(seq 1 600); do
      running=$(cypher "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'HAS_PART' OR currentQuery CONTAINS 'UNWIND \$measures' RETURN count(*)")
      if [ "${running:-0}" != "0" ]; then killed_at="during write transaction"; break; fi
      kill -0 "$ingest_pid" 2>/dev/null || break
      sleep 0.05
    done
  else
    sleep "$(( 2 + round ))"
  fi
  kill -9 "$ingest_pid" 2>/dev/null || true
  wait "$ingest_pid" 2>/dev/null || true
  ingest_pid=""
  sleep 1
  parts=$(count_parts)
  say "round $round: killed ($killed_at); the graph holds $parts nodes of the plan"
  results+=("{\"round\": $round, \"killed\": \"$killed_at\", \"nodesAfterKill\": ${parts:-null}}")
  after_kill+=("${parts:-unknown}")
done

# The uninterrupted ingest: everything, and the number every committed round must have matched.
cypher "MATCH (n) WHERE n.documentId = 'fault-big' OR n.id = 'fault-big' DETACH DELETE n RETURN count(*)" >/dev/null
start_ingest
wait "$ingest_pid" || die "the uninterrupted ingest failed: $(tail -n 5 "$work/ingest.out")"
ingest_pid=""
expected=$(count_parts)
say "uninterrupted ingest: $expected nodes of the plan"
for i in "${!after_kill[@]}"; do
  n=${after_kill[$i]}
  if [ "$n" != "0" ] && [ "$n" != "$expected" ]; then failed=1; say "PARTIAL document after a kill: ${results[$i]}"; fi
done

mkdir -p bench/results
out="bench/results/fault-ingest-$(date -u +%Y%m%dT%H%M%SZ).json"
cat >"$out" <<JSON
{"tasks": $tasks, "nodesWhenComplete": $expected, "partialDocuments": $([ "$failed" = 0 ] && echo false || echo true),
 "rounds": [$(IFS=,; echo "${results[*]}")]}
JSON
say "results: $out"
[ "$failed" = 0 ] || die "a killed ingest left a partial document"
say "PASS: every killed ingest left either nothing or the whole document"
