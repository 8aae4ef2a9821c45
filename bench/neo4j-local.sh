#!/usr/bin/env bash
# Runs the repository's local Neo4j launcher (local-neo4j/, Neo4j's CommunityBootstrapper) in the foreground, for the
# reliability scripts. `exec`, so the pid of this script is the pid of the Neo4j JVM: bench/fault.sh kills exactly that
# pid and starts this script again on the same data directory.
#
#   REL_NEO4J_HOME (/tmp/reliability-neo4j)  REL_BOLT_PORT (37687)  REL_HTTP_PORT (37474)  REL_NEO4J_HEAP (1g)
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -Xmx"${REL_NEO4J_HEAP:-1g}" -Dneo4j.home="${REL_NEO4J_HOME:-/tmp/reliability-neo4j}" \
  -Dneo4j.bolt.port="${REL_BOLT_PORT:-37687}" -Dneo4j.http.port="${REL_HTTP_PORT:-37474}" \
  -cp "local-neo4j/target/local-neo4j.jar:local-neo4j/target/lib/*" org.policygraph.localneo4j.LocalNeo4j
