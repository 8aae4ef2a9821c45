#!/usr/bin/env bash
# Load: 64 concurrent clients drive a mix of the API's read queries over POST /graphql for 60 s, on loopback, against
# the packaged service and a private Neo4j seeded with graph-seed/. Prints and writes req/s, p50/p90/p99/max latency
# and errors by kind to bench/results/load-<UTC time>.json; exits non-zero on any error. See docs/reliability.md.
#
#   bench/load.sh
#
# Knobs (environment): REL_CONNECTIONS (64), REL_DURATION (s, 60), REL_WARMUP (s, 30; also checked for errors),
# REL_TIMEOUT_MS (per request, 10000; a timeout is an error), REL_SKIP_BUILD=1 (reuse target/ and node_modules/),
# REL_KEEP_DATA=1 (reuse the Neo4j data directory), ports REL_BOLT_PORT (37687), REL_HTTP_PORT (37474),
# REL_SERVICE_PORT (38080), REL_NEO4J_HOME (/tmp/reliability-neo4j). Everything listens on 127.0.0.1; the script
# stops the Neo4j and the service it started when it ends (also on Ctrl-C).
set -euo pipefail
rel_name=load
source "$(dirname "$0")/reliability-setup.sh"
rel_setup
rel_start_neo4j
rel_start_service
out="$rel_results/load-$(rel_stamp).json"
status=0
rel_wait_quiet
rel_say "${REL_CONNECTIONS:-64} clients, ${REL_WARMUP:-30} s warm-up + ${REL_DURATION:-60} s (1-minute load average $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores)"
REL_NEO4J_PID=$rel_neo4j_pid node bench/reliability.mjs load "$out" || status=$?
exit "$status"
