// The service's memory under load, for choosing its JVM options: against a Neo4j already loaded by gen.mjs, starts
// the packaged service with the given JVM options, warms it up, loads each of Q1–Q5 in turn with autocannon at
// concurrency C, samples its RSS (/proc/<pid>/status VmRSS) every 200 ms, and prints one JSON line: req/s, p99 and
// service CPU per request for each query, peak and final RSS, and the load average before and after.
//
//   node bench/memory.mjs GEN.json BOLT_URI PORT "JVM OPTIONS" [SECONDS=15] [C=16]
//
// "JVM OPTIONS" = production: the options of the JVM image (bin/jvm-memory-options) with its MALLOC_ARENA_MAX; "" =
// the JVM's defaults.
//
// Bounded: each autocannon run lasts SECONDS against 127.0.0.1; the service is stopped at the end (its pid only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { queries } from './queries.mjs';
import { cpuMs, productionMemory } from './processes.mjs';

const [genFile, bolt, portArg, opts, secondsArg, cArg] = process.argv.slice(2);
const port = Number(portArg);
const seconds = Number(secondsArg || 15);
const c = Number(cArg || 16);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const probe = JSON.parse(fs.readFileSync(genFile, 'utf8')).probe;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMiB = (pid) => Number((fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/) || [0, 0])[1]) / 1024;
const post = async (query) => (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
const cannon = (query, duration) => autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: c, duration, timeout: 10 });

const loadBefore = os.loadavg();
const production = opts === 'production' ? productionMemory() : null;
const jvmOptions = production ? production.options.join(' ') : opts;
const childEnv = production ? { ...process.env, ...production.env } : process.env;
const args = [...(jvmOptions ? jvmOptions.split(/\s+/).filter(Boolean) : []), `-Dquarkus.http.port=${port}`, `-Dquarkus.neo4j.uri=${bolt}`,
  '-Dquarkus.neo4j.authentication.disabled=true', '-Dpolicy-graph.allow-local-settings=true', '-Dpolicy-graph.seed.on-start=false', '-Dpolicy-graph.graph.read-timeout=60s',
  '-jar', path.join(root, 'target', 'quarkus-app', 'quarkus-run.jar')];
const child = spawn('java', args, { cwd: root, env: childEnv, stdio: ['ignore', fs.openSync(`/tmp/memory-${port}.log`, 'w'), fs.openSync(`/tmp/memory-${port}.log`, 'a')] });
let peak = 0;
const sampler = setInterval(() => { try { peak = Math.max(peak, rssMiB(child.pid)); } catch { /* exited */ } }, 200);
try {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited; see /tmp/memory-${port}.log`);
    try { if ((await post('{ __typename }')).data) break; } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error('service not answering within 180 s');
    await sleep(100);
  }
  const qs = queries(probe);
  for (const q of qs) if (q.ours.includes('{{AFTER}}')) q.ours = q.ours.replace('{{AFTER}}', q.cursorOurs((await post(q.firstOurs)).data));
  for (const q of qs) await cannon(q.ours, Math.max(3, seconds / 3)); // warm-up
  const results = {};
  for (const q of qs) {
    const cpu0 = cpuMs(child.pid);
    const r = await cannon(q.ours, seconds);
    const n = r.requests.total;
    results[q.name] = { rps: n / seconds, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, serviceCpuMsPerRequest: (cpuMs(child.pid) - cpu0) / Math.max(1, n) };
  }
  const finalRss = rssMiB(child.pid);
  console.log(JSON.stringify({ opts: jvmOptions, mallocArenaMax: childEnv.MALLOC_ARENA_MAX ?? null, c, seconds, results, peakRssMiB: Math.round(peak), finalRssMiB: Math.round(finalRss), loadavgBefore: loadBefore.map((l) => +l.toFixed(2)), loadavgAfter: os.loadavg().map((l) => +l.toFixed(2)) }));
} finally {
  clearInterval(sampler);
  child.kill('SIGTERM');
}
