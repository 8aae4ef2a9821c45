#!/usr/bin/env bash
# Faults: the load of bench/load.sh, and in the middle of it the private Neo4j is stopped (its JVM killed), kept down,
# and started again on the same data directory. Checks that requests during the outage fail fast with
# DATABASE_UNAVAILABLE (never a 5xx, INTERNAL_SERVER_ERROR or a timeout; none slower than the configured budget), that
# readiness goes DOWN then UP, that the service answers again within 5 s of Neo4j's Bolt port accepting, and that
# threads do not pile up. Writes bench/results/fault-<signal>-<UTC time>.json; exits non-zero when a check fails.
# See docs/reliability.md.
#
#   bench/fault.sh            SIGKILL (a crash: no shutdown, connections reset)
#   bench/fault.sh TERM       SIGTERM (Neo4j's clean shutdown: it stops accepting, ends transactions, then exits)
#   bench/fault.sh KILL TERM  both, one after the other (each on a fresh Neo4j and service)
#
# Knobs (environment): REL_FAULT_AT (s after the warm-up, 20), REL_FAULT_DOWN (s from Neo4j's exit to its restart, 10),
# REL_TERM_GRACE (s before SIGTERM turns into SIGKILL, 30), REL_BUDGET_MS (5000: the service's
# connection-acquisition-timeout / max-transaction-retry-time), REL_RECOVERY_MAX_MS (5000), REL_AFTER_RECOVERY
# (s of load after Bolt is back, at least 20), REL_READY_INTERVAL_MS (200), REL_THREAD_SLACK (16),
# REL_ERROR_BACKOFF_MS (0: a client sends its next request as soon as the last one failed), and those of
# bench/load.sh (REL_CONNECTIONS 64, REL_DURATION 60, REL_WARMUP 30, REL_TIMEOUT_MS 10000, REL_SKIP_BUILD, ports).
#
# "An ingest killed mid-way leaves no partial document" has its own script, bench/fault-ingest.sh (it kills the
# ingest command's JVM during its write transaction and counts the plan's nodes).
set -euo pipefail
rel_name=fault
signals=("$@")
[ ${#signals[@]} -eq 0 ] && signals=(KILL)
for s in "${signals[@]}"; do case "${s#SIG}" in KILL|TERM) ;; *) echo "usage: bench/fault.sh [KILL|TERM ...]" >&2; exit 2 ;; esac; done
source "$(dirname "$0")/reliability-setup.sh"

rel_setup
status=0
first=1
for sig in "${signals[@]}"; do
  sig=${sig#SIG}
  if [ "$first" = 0 ]; then
    # Next variant on a fresh Neo4j and service.
    rel_cleanup; rel_traps; rel_neo4j_pid=""; rel_service_pid=""
  fi
  first=0
  rel_start_neo4j
  rel_start_service
  out="$rel_results/fault-$(echo "$sig" | tr 'A-Z' 'a-z')-$(rel_stamp).json"
  rel_wait_quiet
  rel_say "fault run, SIG$sig: ${REL_CONNECTIONS:-64} clients, Neo4j stopped ${REL_FAULT_AT:-20} s into the measured load, down ${REL_FAULT_DOWN:-10} s (1-minute load average $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores)"
  REL_FAULT_SIGNAL=$sig REL_NEO4J_PID=$rel_neo4j_pid node bench/reliability.mjs fault "$out" || status=1
done
exit "$status"
