// Two builds of the service side by side, for a change that only the service's CPU should show: against a Neo4j
// already loaded by gen.mjs, starts build A and build B (each a quarkus-app directory) with production's JVM options on
// two ports, warms both up, then loads each of Q1–Q5 on A and on B in turn — the order alternating from round to round,
// so that drift of the machine falls on both alike — and reads, per measured window, req/s, p99, the CPU the service
// spent per request and the CPU Neo4j spent per request (/proc). Prints one line per window and a summary of medians,
// and writes everything to bench/results/compare-<time>.json.
//
//   node bench/compare-builds.mjs GEN.json|bench/results/<scale>.json BOLT_URI NEO4J_PID APP_A APP_B [ROUNDS=3] [SECONDS=15] [C=16] [QUERIES=Q1,…,Q5]
//
// CPU per request is the figure to compare: req/s and p99 move with whatever else the machine runs, the CPU a request
// costs much less. Bounded: every load window lasts SECONDS against 127.0.0.1; both services are stopped at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { queries } from './queries.mjs';
import { cpuMs, productionMemory } from './processes.mjs';

const [genFile, bolt, neo4jPid, appA, appB, roundsArg, secondsArg, cArg, queriesArg] = process.argv.slice(2);
if (!appB) {
  console.error('usage: node bench/compare-builds.mjs GEN.json BOLT_URI NEO4J_PID APP_A APP_B [ROUNDS] [SECONDS] [C] [QUERIES]');
  process.exit(2);
}
const rounds = Number(roundsArg || 3);
const seconds = Number(secondsArg || 15);
const c = Number(cArg || 16);
const wanted = (queriesArg || 'Q1,Q2,Q3,Q4,Q5').split(',');
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// gen.mjs's output, or a scale's results (bench/results/M.json), which carries it: the graph is the same for a scale.
const generated = JSON.parse(fs.readFileSync(genFile, 'utf8'));
const probe = generated.probe ?? generated.gen.probe;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const production = productionMemory();
const jvmOptions = production.options;
const env = { ...process.env, ...production.env };

function start(name, app, port) {
  const log = `/tmp/compare-${name}-${port}.log`;
  const child = spawn('java', [...jvmOptions, `-Dquarkus.http.port=${port}`, `-Dquarkus.neo4j.uri=${bolt}`,
    '-Dpolicy-graph.seed.on-start=false', '-Dpolicy-graph.graph.read-timeout=60s', '-jar', path.join(path.resolve(app), 'quarkus-run.jar')],
  { cwd: root, env, stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')] });
  return { name, app, port, child, log };
}
const post = async (side, query) => (await fetch(`http://127.0.0.1:${side.port}/graphql`, { method: 'POST',
  headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
const cannon = (side, query, duration) => autocannon({ url: `http://127.0.0.1:${side.port}/graphql`, method: 'POST',
  headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: c, duration, timeout: 10 });

const sides = [start('A', appA, 28090), start('B', appB, 28091)];
try {
  for (const side of sides) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (side.child.exitCode !== null) throw new Error(`build ${side.name} exited; see ${side.log}`);
      try { if ((await post(side, '{ __typename }')).data) break; } catch { /* not yet */ }
      if (Date.now() > deadline) throw new Error(`build ${side.name} not answering within 180 s`);
      await sleep(200);
    }
  }
  const qs = queries(probe).filter((q) => wanted.includes(q.name));
  const bodies = {};
  for (const side of sides) {
    bodies[side.name] = {};
    for (const q of qs) {
      bodies[side.name][q.name] = q.ours.includes('{{AFTER}}')
        ? q.ours.replace('{{AFTER}}', q.cursorOurs((await post(side, q.firstOurs)).data)) : q.ours;
      const answer = await post(side, bodies[side.name][q.name]);
      if (!answer.data || answer.errors) throw new Error(`${q.name} on ${side.name}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }
  for (const q of qs) if (JSON.stringify(await post(sides[0], bodies.A[q.name])) !== JSON.stringify(await post(sides[1], bodies.B[q.name]))) {
    throw new Error(`${q.name}: the two builds answer differently`);
  }
  // Warm-up: a fresh JVM runs interpreted code for its first minute on two cores.
  for (let i = 0; i < 3; i++) for (const side of sides) for (const q of qs) await cannon(side, bodies[side.name][q.name], 4);
  const windows = [];
  const loadBefore = os.loadavg();
  for (let round = 1; round <= rounds; round++) {
    for (const q of qs) {
      for (const side of round % 2 ? sides : [...sides].reverse()) {
        const s0 = cpuMs(side.child.pid); const n0 = cpuMs(neo4jPid);
        const r = await cannon(side, bodies[side.name][q.name], seconds);
        const n = Math.max(1, r.requests.total);
        const w = { round, query: q.name, build: side.name, rps: +(r.requests.total / seconds).toFixed(1), p99: r.latency.p99,
          errors: r.errors + r.timeouts + r.non2xx, serviceCpuMs: +((cpuMs(side.child.pid) - s0) / n).toFixed(3),
          neo4jCpuMs: +((cpuMs(neo4jPid) - n0) / n).toFixed(3), load1: +os.loadavg()[0].toFixed(2) };
        windows.push(w);
        console.log(JSON.stringify(w));
      }
    }
  }
  const summary = {};
  for (const q of qs) {
    summary[q.name] = {};
    for (const side of sides) {
      const ws = windows.filter((w) => w.query === q.name && w.build === side.name);
      summary[q.name][side.name] = { rps: median(ws.map((w) => w.rps)), p99: median(ws.map((w) => w.p99)),
        serviceCpuMs: median(ws.map((w) => w.serviceCpuMs)), neo4jCpuMs: median(ws.map((w) => w.neo4jCpuMs)) };
    }
    // Each round's B over the same round's A (the two windows ran back to back), then the median of those.
    const paired = [];
    for (let round = 1; round <= rounds; round++) {
      const a = windows.find((w) => w.query === q.name && w.build === 'A' && w.round === round);
      const b = windows.find((w) => w.query === q.name && w.build === 'B' && w.round === round);
      paired.push(b.serviceCpuMs / a.serviceCpuMs);
    }
    summary[q.name].serviceCpuBoverA = +median(paired).toFixed(2);
  }
  const result = { started: new Date().toISOString(), appA: path.resolve(appA), appB: path.resolve(appB), c, seconds, rounds,
    loadavgBefore: loadBefore.map((l) => +l.toFixed(2)), loadavgAfter: os.loadavg().map((l) => +l.toFixed(2)), summary, windows };
  const out = path.join(root, 'bench', 'results', `compare-${result.started.replace(/[:.]/g, '').slice(0, 15)}Z.json`);
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  console.log('medians (ms of CPU per request; B/A: the median over rounds of B\'s service CPU over A\'s in the same round):');
  for (const [name, s] of Object.entries(summary)) {
    console.log(`${name}  A ${s.A.rps} req/s p99 ${s.A.p99} ms service ${s.A.serviceCpuMs} neo4j ${s.A.neo4jCpuMs}  |  B ${s.B.rps} req/s p99 ${s.B.p99} ms service ${s.B.serviceCpuMs} neo4j ${s.B.neo4jCpuMs}  |  B/A ${s.serviceCpuBoverA}`);
  }
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  for (const side of sides) side.child.kill('SIGTERM');
}
