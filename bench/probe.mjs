// A quick look at one query against an already running service, between full runs: autocannon for SECONDS (after 8 s
// of warm-up) at CONNECTIONS clients, printing req/s, p50 and the CPU ms per request of the service and of Neo4j (from
// /proc). Beside it, bench/jvm-floor/DriverFloor.java gives the raw-driver floor of the same statement. Not a benchmark
// run: no peer, no check of the answer, one cell; BENCHMARKS.md comes from bench/run.sh only.
//
//   node bench/probe.mjs SERVICE_PID NEO4J_PID CONNECTIONS SECONDS [QUERY] [URL]
//   (QUERY defaults to bench Q1; URL to http://127.0.0.1:28080/graphql, the port bench.mjs gives the service)
import autocannon from 'autocannon';
import { cpuMs } from './processes.mjs';

const [svcPid, neo4jPid, connections, seconds] = process.argv.slice(2, 6).map(Number);
const query = process.argv[6] || '{ department(name: "市商务局") { leads(first: 50) { nodes { id text document { title } } } } }';
const url = process.argv[7] || 'http://127.0.0.1:28080/graphql';
const body = JSON.stringify({ query });
const load = (duration) => new Promise((resolve, reject) => autocannon({
  url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration,
}, (error, result) => (error ? reject(error) : resolve(result))));

await load(8);
const svc0 = cpuMs(svcPid);
const neo0 = cpuMs(neo4jPid);
const result = await load(seconds);
const n = result.requests.total;
console.log(JSON.stringify({
  c: connections, rps: Math.round(n / seconds), p50: result.latency.p50, p99: result.latency.p99,
  non2xx: result.non2xx, errors: result.errors,
  serviceCpuMsPerRequest: +((cpuMs(svcPid) - svc0) / n).toFixed(3), neo4jCpuMsPerRequest: +((cpuMs(neo4jPid) - neo0) / n).toFixed(3),
}));
