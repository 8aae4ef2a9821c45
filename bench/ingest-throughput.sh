#!/usr/bin/env bash
# Ingest throughput of the product itself: generates one plan of INGEST_MEASURES numbered tasks (default 10,000, each
# with a responsibility note naming a lead and a supporting department; no targets: the write path accepts at most
# 400,000 characters per plan, which leaves ~37 per task), starts a private Neo4j, and times `bin/ingest`'s JVM on it from spawn to
# exit (start-up, parse, checks, the one write transaction). Prints and writes measures/s to
# bench/results/ingest-<UTC time>.json with the load average before and after. The Neo4j is empty (no graph-seed), so
# the plan's department names resolve to no Department node and no LEADS/SUPPORTS links are written: the figure is
# measures (with their sections and the document) per second; the JSON counts the links it found.
#
#   bench/ingest-throughput.sh          INGEST_MEASURES=10000, ports INGEST_BOLT_PORT=48687 INGEST_HTTP_PORT=48474
#   INGEST_SKIP_BUILD=1 reuses target/ and local-neo4j/target/; INGEST_ACQUISITION_TIMEOUT (the service's 5S) bounds
#   the wait for a Neo4j connection (a loaded machine may need more).
set -euo pipefail
cd "$(dirname "$0")/.."

measures=${INGEST_MEASURES:-10000}
bolt_port=${INGEST_BOLT_PORT:-48687}
http_port=${INGEST_HTTP_PORT:-48474}
work=$(mktemp -d /tmp/ingest-throughput.XXXXXX)
say() { echo "[ingest-throughput] $*" >&2; }
die() { say "$*"; exit 1; }

source bench/private-neo4j.sh
cleanup() {
  trap - EXIT INT TERM
  stop_private_neo4j
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


if [ "${INGEST_SKIP_BUILD:-0}" != 1 ]; then
  say "building the local Neo4j launcher and the service"
  ./mvnw -q -B -f local-neo4j/pom.xml package
  ./mvnw -q -B package -DskipTests
fi

# The plan, in the 'outline' layout (items numbered 1-99 within a section): chapters 一 … 十, each with sections
# （一） … （十一） of up to 99 tasks, as many as it takes. Its departments come with the packaged graph-seed vocabulary.
numerals=(一 二 三 四 五 六 七 八 九 十 十一)
{
  echo "武汉市吞吐量测试方案"
  echo
  echo "为测量写入路径的吞吐量，制定本方案。"
  echo
  n=0
  for chapter in "${numerals[@]:0:10}"; do
    (( n < measures )) || break
    echo "${chapter}、第${chapter}部分任务"
    for section in "${numerals[@]}"; do
      (( n < measures )) || break
      echo "（${section}）第${chapter}部分第${section}组任务"
      for i in $(seq 1 99); do
        n=$((n + 1)); (( n <= measures )) || break
        echo "$i. 推进第${n}项任务。（责任单位：市商务局；配合单位：市财政局）"
      done
    done
  done
  (( n >= measures )) || die "the outline holds at most $n tasks"
} >"$work/plan.txt"
printf 'id\tfile\tlayout\ttitle\tdocNumber\tissuedOn\tstatus\thorizon\tissuers\nthroughput\tplan.txt\toutline\t武汉市吞吐量测试方案\t\t2026-01\tDRAFT\t2028\t市商务局\n' \
  >"$work/plans.tsv"

say "starting Neo4j (bolt $bolt_port, http $http_port, data $work/neo4j)"
start_private_neo4j

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "ingesting $measures measures (load average $load_before)"
start=$(date +%s.%N)
POLICY_GRAPH_ALLOW_LOCAL_SETTINGS=true QUARKUS_NEO4J_URI="bolt://127.0.0.1:$bolt_port" QUARKUS_NEO4J_AUTHENTICATION_DISABLED=true \
  QUARKUS_NEO4J_POOL_CONNECTION_ACQUISITION_TIMEOUT=${INGEST_ACQUISITION_TIMEOUT:-5S} \
  java -Xmx512m -Dpolicy-graph.ingest.catalog="$work/plans.tsv" -Dpolicy-graph.seed.on-start=false \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dquarkus.banner.enabled=false \
  -jar target/quarkus-app/quarkus-run.jar >"$work/ingest.out" 2>&1 || { tail -n 20 "$work/ingest.out" >&2; die "ingest failed"; }
end=$(date +%s.%N)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
written=$(cypher "MATCH (m:Measure {documentId: 'throughput'}) RETURN count(m)")
leads=$(cypher "MATCH (m:Measure {documentId: 'throughput'})<-[r:LEADS]-() RETURN count(r)")
keyed=$(cypher "MATCH (m:Measure {documentId: 'throughput'})<-[r:LEADS]-() WHERE r.pageKey IS NOT NULL RETURN count(r)")
[ "$written" = "$measures" ] || die "wrote ${written:-no} measures of $measures; see the ingest log"
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
rate=$(awk -v n="$measures" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
say "$measures measures (${leads:-?} LEADS links, ${keyed:-?} with page keys) in $seconds s, JVM start to exit: $rate measures/s (load average $load_before -> $load_after)"
mkdir -p bench/results
out="bench/results/ingest-$(date -u +%Y%m%dT%H%M%SZ).json"
printf '{"measures": %s, "seconds": %s, "measuresPerSecond": %s, "leads": %s, "leadsWithPageKeys": %s, "loadavgBefore": "%s", "loadavgAfter": "%s", "command": "INGEST_ACQUISITION_TIMEOUT=%s bench/ingest-throughput.sh"}\n' \
  "$measures" "$seconds" "$rate" "${leads:-null}" "${keyed:-null}" "$load_before" "$load_after" "${INGEST_ACQUISITION_TIMEOUT:-5S}" | tee "$out"
