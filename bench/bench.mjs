// One scale of the benchmark against a Neo4j that gen.mjs has loaded:
//   node bench.mjs <scale> <gen.json> <out.json>
// Starts policy-graph (the packaged jar) and the peer (@neo4j/graphql), times each to its first answer, checks
// that both give the same data for Q1–Q5, counts Cypher statements per request (Neo4j's db.stats query
// collector), loads both with autocannon (warm-up, then a fixed measured window; c=1 and c=16; alternating
// ours/peer per query so drift cancels), reads RSS, runs the raw-Cypher floor, stops both and writes JSON.
// Every load loop is bounded by time (autocannon duration, floor duration) and targets 127.0.0.1 only.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { queries, facetQueries, PAGE, DOC_PAGE, SEARCH_PAGE, IND_PAGE } from './queries.mjs';
import { cpuMs, productionMemory } from './processes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const [scale, genFile, outFile] = process.argv.slice(2);
const gen = JSON.parse(fs.readFileSync(genFile, 'utf8'));
const env = process.env;
const BOLT = env.BENCH_BOLT || 'bolt://localhost:27687';
const OURS_PORT = Number(env.BENCH_OURS_PORT || 28080);
const PEER_PORT = Number(env.BENCH_PEER_PORT || 28081);
const WARMUP = Number(env.BENCH_WARMUP || 5);
const DURATION = Number(env.BENCH_DURATION || 15);
const FLOOR_DURATION = Number(env.BENCH_FLOOR_DURATION || 8);
const GLOBAL_WARMUP = Number(env.BENCH_GLOBAL_WARMUP || 4); // s per query and side in each whole-mix warm-up round
// Whole-mix rounds until each side is steady: a fresh JVM needs about a minute of load on two cores before its
// JIT-compiled code runs (Q3 at M went 71 → 398 req/s over seven 5 s rounds). A side is steady when no query's
// throughput changed by more than BENCH_STEADY (10 %) from the previous round; at most BENCH_WARMUP_ROUNDS rounds.
const WARMUP_ROUNDS = Number(env.BENCH_WARMUP_ROUNDS || 10);
const STEADY = Number(env.BENCH_STEADY || 0.10);
const CONCURRENCY = (env.BENCH_CONCURRENCY || '1,16').split(',').map(Number);
// A subset of Q1–Q5 for a quick look (e.g. BENCH_QUERIES=Q3,Q4); the full table needs all five.
const ONLY = env.BENCH_QUERIES ? new Set(env.BENCH_QUERIES.split(',')) : null;
const log = (...a) => console.log(`bench ${scale}:`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- processes ------------------------------------------------------------------------------------------
async function post(port, query, timeoutMs) {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }), signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined });
  return r.json();
}
// The answer to compare, or {errors} when a side gives none within BENCH_ANSWER_TIMEOUT (s, 30): at L the peer's
// department pages sort a quarter of a million measures per request.
const ANSWER_TIMEOUT_MS = Number(env.BENCH_ANSWER_TIMEOUT || 30) * 1000;
async function answer(port, query) {
  try {
    return await post(port, query, ANSWER_TIMEOUT_MS);
  } catch (e) {
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return { errors: [{ message: timedOut ? `no answer within ${ANSWER_TIMEOUT_MS / 1000} s` : String(e.message || e) }], timedOut };
  }
}
// A side that gave up on an answer leaves its statement running in Neo4j; stop it so it does not load the cells
// measured after it (nothing else runs while answers are checked).
async function stopRunningStatements(driver) {
  const r = await driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids");
  const ids = r.records[0].get('ids');
  if (ids.length) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
  return ids.length;
}
// The query's reference answer (queries.mjs), normalised like the answers.
async function referenceAnswer(driver, q) {
  const results = [];
  for (const statement of q.reference.statements) {
    results.push((await driver.executeQuery(statement, q.reference.params, { routing: neo4j.routing.READ })).records);
  }
  return q.reference.norm(results);
}
async function startTimed(name, cmd, args, opts, port) {
  const logFile = fs.openSync(`/tmp/bench-${name}-${scale}.log`, 'w');
  const t0 = performance.now();
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', logFile, logFile] });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see /tmp/bench-${name}-${scale}.log`);
    try { const r = await post(port, '{ __typename }'); if (r.data) break; } catch { /* not yet */ }
    await sleep(25);
  }
  const ms = performance.now() - t0;
  if (Date.now() >= deadline) throw new Error(`${name} did not answer within 120 s`);
  log(`${name} answered first after ${ms.toFixed(0)} ms (pid ${child.pid})`);
  return { child, startupMs: ms };
}
async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  for (let i = 0; i < 100 && child.exitCode === null; i++) await sleep(100);
  if (child.exitCode === null) child.kill('SIGKILL');
}
const rssMiB = (pid) => { try { return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024; } catch { return null; } };

// ---- statements per request: Neo4j's query collector ----------------------------------------------------
async function statementsPerRequest(driver, fn, n = 3) {
  const run = (q) => driver.executeQuery(q).catch(() => null);
  await run("CALL db.stats.stop('QUERIES')");
  await run("CALL db.stats.clear('QUERIES')");
  await driver.executeQuery("CALL db.stats.collect('QUERIES')");
  for (let i = 0; i < n; i++) await fn();
  await sleep(200);
  const res = await driver.executeQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  await run("CALL db.stats.stop('QUERIES')");
  await run("CALL db.stats.clear('QUERIES')");
  let count = 0;
  const texts = [];
  const plans = [];
  for (const r of res.records) {
    const d = r.get('data');
    if (!d.query || d.query.includes('db.stats')) continue;
    count += Number(d.invocationSummary.invocationCount);
    texts.push(d.query.replace(/\s+/g, ' ').slice(0, 80));
    if (d.queryExecutionPlan) plans.push(planOperators(d.queryExecutionPlan));
  }
  return { perRequest: count / n, texts, plans };
}
// The operators of a collected plan, leaves first as Neo4j prints them: how each statement reaches its rows
// (an index seek, or a scan of a whole label or of all nodes).
function planOperators(plan) {
  const ops = [];
  // The collector's plan is a tree of {operator, lhs, rhs}.
  const walk = (p) => { if (!p) return; walk(p.lhs); walk(p.rhs); ops.push(p.operator); };
  walk(plan);
  const names = ops.map((o) => String(o).replace(/\(.*$/, '').replace(/@.*$/, ''));
  return {
    operators: [...new Set(names)],
    scans: names.filter((o) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan/.test(o)),
  };
}

// ---- HTTP load ------------------------------------------------------------------------------------------
function cannon(port, query, connections, duration) {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }), connections, duration, timeout: 10,
  });
}
// Who spends the CPU of a request: ours (JVM), the peer (Node), Neo4j, and the load tool itself (this process).
let pids = {};
function cpuSnapshot() {
  const snap = { bench: process.cpuUsage() };
  for (const [name, pid] of Object.entries(pids)) snap[name] = cpuMs(pid);
  return snap;
}
function cpuPerRequest(before, after, requests) {
  const out = {};
  for (const name of Object.keys(pids)) {
    if (before[name] != null && after[name] != null) out[name] = (after[name] - before[name]) / Math.max(1, requests);
  }
  const bench = (after.bench.user + after.bench.system - before.bench.user - before.bench.system) / 1000;
  out.loadTool = bench / Math.max(1, requests);
  return out;
}
async function measure(port, query, c) {
  await cannon(port, query, c, WARMUP);
  const before = cpuSnapshot();
  const r = await cannon(port, query, c, DURATION);
  const cpu = cpuPerRequest(before, cpuSnapshot(), r.requests.total);
  return {
    rps: r.requests.total / (r.duration || DURATION), p50: r.latency.p50, p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total, bytesPerReq: r.throughput.total / Math.max(1, r.requests.total),
    cpuMsPerRequest: cpu, settled: await settle(),
  };
}
// Requests the load tool gave up on (its 10 s timeout) leave their statements running in Neo4j; at L a side that
// cannot keep up leaves dozens, and the next cell would measure that backlog (and the garbage collection of what they
// had sorted: in one L run ours' Q2 cell after the peer's found Neo4j spending 9 ms of CPU per request, 1.8 ms alone).
// Each cell ends by stopping them and waiting until Neo4j is idle (its CPU below a tenth of a core over a second, at
// most BENCH_SETTLE_MAX s, 60), so the next one starts on an idle Neo4j; what was stopped and waited is recorded.
const SETTLE_MAX_MS = Number(env.BENCH_SETTLE_MAX || 60) * 1000;
async function settle() {
  const stopped = await stopRunningStatements(driver0);
  const t0 = Date.now();
  if (pids.neo4j) {
    while (Date.now() - t0 < SETTLE_MAX_MS) {
      const before = cpuMs(pids.neo4j);
      await sleep(1000);
      const used = cpuMs(pids.neo4j) - before;
      if (!(used > 100)) break;
      if (stopped) await stopRunningStatements(driver0);
    }
  }
  return { stopped, waitedMs: Date.now() - t0 };
}

// ---- raw-Cypher floor: our statements through the driver, no HTTP, no GraphQL --------------------------
// The statements are the service's own: the read plan's statements for bench Q1–Q5, as the snapshot test
// (org.policygraph.read.ReadPlanSnapshotTest) keeps them under src/test/resources/read-plans/ — a change to the
// translation changes both. Each is one statement; its parameters ($p0 …) are numbered in the order the plan binds
// them, so only the probe's values change here.
const PLAN_DIR = path.join(root, 'src', 'test', 'resources', 'read-plans');
const plan = (name) => fs.readFileSync(path.join(PLAN_DIR, `${name}.cypher`), 'utf8').split('\n')
  .filter((line) => !line.startsWith('//')).join('\n');
// Each query's statements and parameters (as api.resolve.CompiledQueries sends them), for both floors.
// A name as the one exact term of a keyword full-text index (graph.NameLookup.exactTerm).
const exactTerm = (name) => `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
function floorStatements(probe) {
  const lucene = `"${probe.searchTerm}"^4 OR (${probe.searchTerm})`;
  return {
    // department(name) with its leads page (a keyed seek) and each measure's document: p0 name, p1 its exact term in
    // the index name_lookup, p2 limit, p3 after, p4 seekSkip.
    Q1: [{ cypher: plan('bench-q1'), params: { p0: probe.department, p1: exactTerm(probe.department), p2: PAGE, p3: '\u0001', p4: 0 }, ints: ['p2', 'p4'] }],
    // ... and each measure's leads, supporters and indicators, all in the same statement.
    Q2: [{ cypher: plan('bench-q2'), params: { p0: probe.department, p1: exactTerm(probe.department), p2: PAGE, p3: '\u0001', p4: 0 }, ints: ['p2', 'p4'] }],
    // document(id) with its measures page and their leads: p0 id, p1 limit, p2 skip.
    Q3: [{ cypher: plan('bench-q3'), params: { p0: probe.document, p1: DOC_PAGE, p2: 0 }, ints: ['p1', 'p2'] }],
    // The search statement returns the matched measure itself: p0 query, p1 limit.
    Q4: [{ cypher: plan('bench-q4'), params: { p0: lucene, p1: SEARCH_PAGE }, ints: ['p1'] }],
    // The second page: p0 yearFrom, p1 yearTo, p2 kinds, p3 limit, p4 skip.
    Q5: [{ cypher: plan('bench-q5'), params: { p0: probe.yearFrom, p1: probe.yearTo, p2: probe.indicatorKinds, p3: IND_PAGE, p4: IND_PAGE }, ints: ['p0', 'p1', 'p3', 'p4'] }],
  };
}
function floorPlans(driver, probe) {
  // As org.policygraph.graph.GraphReads: each statement the auto-commit transaction of a read-access session.
  const rd = async (q, p) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try { return await session.run(q, p); } finally { await session.close(); }
  };
  const asDriverParams = (st) => Object.fromEntries(Object.entries(st.params).map(([k, v]) => [k, st.ints.includes(k) ? neo4j.int(v) : v]));
  return Object.fromEntries(Object.entries(floorStatements(probe)).map(([name, statements]) => [name, async () => {
    for (const st of statements) await rd(st.cypher, asDriverParams(st));
  }]));
}
// The JVM floor (bench/jvm-floor/DriverFloor.java): the same statements through the Java driver the service uses, in
// a JVM of its own; it reports its own and Neo4j's CPU per request.
function jvmFloor(planFile, name, c, seconds) {
  const out = execFileSync('java', ['-Xmx256m', '-cp', path.join(root, 'target', 'quarkus-app', 'lib', 'main', '*'),
    path.join(root, 'bench', 'jvm-floor', 'DriverFloor.java'), planFile, name, String(c), String(seconds), String(env.NEO4J_PID || 0)],
  { cwd: root, timeout: (seconds * 3 + 60) * 1000 }).toString().trim().split('\n');
  return JSON.parse(out[out.length - 1]);
}
async function floor(fn, c, seconds) {
  const lat = [];
  let errors = 0;
  const worker = async () => { while (performance.now() < end) { const t = performance.now(); try { await fn(); lat.push(performance.now() - t); } catch { errors++; } } };
  const warmEnd = performance.now() + 2000;
  while (performance.now() < warmEnd) await fn();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: c }, worker));
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const q = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : null);
  return { rps: lat.length / secs, p50: q(0.5), p99: q(0.99), errors };
}

// ---- facets (ours only: the peer has no group-by to compare with) ----------------------------------------
// Each facet query is checked for consistency first (each facet's counts add up to the connection's totalCount
// where every match has exactly one value), then its statements and their plans are collected (how the rows are
// reached: index seeks, or a scan of a whole label), then it is loaded like Q1–Q5.
const facetChecks = {
  F1: (d) => [['hasIndicator', d.measures.facets.hasIndicator, d.measures.totalCount]],
  F2: (d) => [['kinds', d.indicators.facets.kinds, d.indicators.totalCount], ['comparators', d.indicators.facets.comparators, d.indicators.totalCount]],
  F3: (d) => [['hasIndicator', d.department.leads.facets.hasIndicator, d.department.leads.totalCount]],
};
const FACET_SETTLE_MS = 10_000;
async function facets() {
  const out = {};
  for (const q of facetQueries(gen.probe).filter((f) => !ONLY || ONLY.has(f.name))) {
    const a = await post(OURS_PORT, q.ours);
    const e = { title: q.title, ours: q.ours };
    if (a.errors) { e.consistent = false; e.problem = JSON.stringify(a.errors).slice(0, 500); }
    else {
      const sums = facetChecks[q.name](a.data).map(([facet, values, total]) => ({ facet, sum: values.reduce((x, v) => x + v.count, 0), total }));
      e.consistent = sums.every((x) => x.sum === x.total);
      e.sums = sums;
    }
    log(`${q.name} facets consistent: ${e.consistent}${e.problem ? ' — ' + e.problem : ''} ${JSON.stringify(e.sums || [])}`);
    // Requests of the previous load run that the service is still answering would be counted as this query's.
    await sleep(FACET_SETTLE_MS);
    e.statementsOurs = await statementsPerRequest(driver0, () => post(OURS_PORT, q.ours));
    log(`${q.name} statements/request: ${e.statementsOurs.perRequest}; label or all-node scans: ${JSON.stringify(e.statementsOurs.plans.map((p) => p.scans))}`);
    if (e.consistent) {
      e.load = {};
      for (const c of CONCURRENCY) {
        e.load[`c${c}`] = { ours: await measure(OURS_PORT, q.ours, c) };
        const l = e.load[`c${c}`].ours;
        log(`${q.name} c${c}: ours ${l.rps.toFixed(1)} req/s p50 ${l.p50} p99 ${l.p99}`);
      }
    }
    out[q.name] = e;
  }
  return out;
}
let driver0;

/** The service's JVM memory options and environment: production's (bin/jvm-memory-options) unless BENCH_OURS_MEMORY. */
function oursMemoryOptions() {
  const given = process.env.BENCH_OURS_MEMORY;
  if (given === 'none') return { options: [], env: {} };
  return productionMemory(given);
}

// ---- main -----------------------------------------------------------------------------------------------
async function main() {
  const result = { scale, gen, started: new Date().toISOString(), loadavgBefore: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
    settings: { GLOBAL_WARMUP, WARMUP_ROUNDS, STEADY, WARMUP, DURATION, FLOOR_DURATION, CONCURRENCY }, queries: {}, processes: {} };
  const driver = neo4j.driver(BOLT, neo4j.auth.none(), { disableLosslessIntegers: true, maxConnectionPoolSize: 64 });
  driver0 = driver;
  // The read timeout is the outage budget (docs/reliability.md); at scale L under c16 a legitimate read may take longer,
  // and the benchmark measures throughput, not outages: the peer has no such bound either.
  // The JVM memory options of production (bin/jvm-memory-options: src/main/docker/Dockerfile.jvm), unless
  // BENCH_OURS_MEMORY says otherwise ("none": the JVM's defaults).
  const memory = oursMemoryOptions();
  result.settings.oursMemory = memory.options.join(' ') || "the JVM's defaults";
  const ours = await startTimed('ours', 'java', [...memory.options, `-Dquarkus.http.port=${OURS_PORT}`, `-Dquarkus.neo4j.uri=${BOLT}`,
    '-Dpolicy-graph.seed.on-start=false', `-Dpolicy-graph.graph.read-timeout=${process.env.BENCH_READ_TIMEOUT || '60s'}`, '-jar', path.join(root, 'target', 'quarkus-app', 'quarkus-run.jar')],
    { cwd: root, env: { ...env, ...memory.env } }, OURS_PORT);
  const peer = await startTimed('peer', process.execPath, [path.join(here, 'peer', 'server.js')],
    { cwd: path.join(here, 'peer'), env: { ...env, PEER_PORT: String(PEER_PORT), NEO4J_URI: BOLT } }, PEER_PORT);
  result.processes = { ours: { startupMs: ours.startupMs }, peer: { startupMs: peer.startupMs } };
  pids = { ours: ours.child.pid, peer: peer.child.pid, ...(env.NEO4J_PID ? { neo4j: Number(env.NEO4J_PID) } : {}) };
  try {
    const qs = queries(gen.probe).filter((q) => !ONLY || ONLY.has(q.name));
    // Cursors for Q5's second page, each side its own; then the equality check.
    // A peer that cannot answer (an error, or nothing within the answer timeout) is reported as such: ours is then
    // checked against the query's reference statement, if it has one, and timed alone.
    for (const q of qs) {
      let peerFirst = null;
      if (q.firstOurs) {
        q.ours = q.ours.replace('{{AFTER}}', q.cursorOurs((await post(OURS_PORT, q.firstOurs)).data));
        peerFirst = await answer(PEER_PORT, q.firstPeer);
        if (!peerFirst.errors) { q.peer = q.peer.replace('{{AFTER}}', q.cursorPeer(peerFirst.data)); peerFirst = null; }
      }
      const a = await answer(OURS_PORT, q.ours), b = peerFirst || await answer(PEER_PORT, q.peer);
      if (a.timedOut || b.timedOut) log(`${q.name}: stopped ${await stopRunningStatements(driver)} statement(s) left running`);
      const entry = { title: q.title, ours: q.ours, peer: q.peer };
      if (a.errors) { entry.equal = false; entry.problem = 'ours: ' + JSON.stringify(a.errors).slice(0, 500); }
      else if (b.errors) {
        entry.peerCannotAnswer = JSON.stringify(b.errors).slice(0, 300);
        if (q.reference) {
          const na = JSON.stringify(q.normOurs(a.data)), nr = JSON.stringify(await referenceAnswer(driver, q));
          entry.equal = na === nr; entry.checkedAgainst = 'reference'; entry.answerChars = na.length;
          if (!entry.equal) { entry.problem = `ours ${na.slice(0, 300)} | reference ${nr.slice(0, 300)}`; }
        } else { entry.equal = false; entry.problem = 'peer: ' + entry.peerCannotAnswer; }
        log(`${q.name}: the peer cannot answer — ${entry.peerCannotAnswer}`);
      } else {
        const na = JSON.stringify(q.normOurs(a.data)), nb = JSON.stringify(q.normPeer(b.data));
        entry.equal = na === nb; entry.checkedAgainst = 'peer'; entry.answerChars = na.length;
        if (!entry.equal) { entry.problem = `ours ${na.slice(0, 300)} | peer ${nb.slice(0, 300)}`; }
      }
      log(`${q.name} equal${entry.checkedAgainst === 'reference' ? ' to the reference' : ''}: ${entry.equal}${entry.problem ? ' — ' + entry.problem : ''}`);
      result.queries[q.name] = entry;
    }
    const peerAnswers = (name) => result.queries[name].equal && !result.queries[name].peerCannotAnswer;
    // Statements per request.
    for (const q of qs) {
      const e = result.queries[q.name];
      e.statementsOurs = await statementsPerRequest(driver, () => post(OURS_PORT, q.ours));
      if (peerAnswers(q.name)) e.statementsPeer = await statementsPerRequest(driver, () => post(PEER_PORT, q.peer));
      log(`${q.name} statements/request: ours ${e.statementsOurs.perRequest}, peer ${e.statementsPeer?.perRequest ?? '–'}`);
    }
    // Whole-mix warm-up first, so a fresh JVM (ours) is not measured while still compiling the first query.
    result.warmup = {};
    for (const side of ['ours', 'peer']) {
      const port = side === 'ours' ? OURS_PORT : PEER_PORT;
      const rounds = [];
      let previous = null, steady = false;
      while (GLOBAL_WARMUP > 0 && rounds.length < WARMUP_ROUNDS && !steady) {
        const round = {};
        for (const q of qs) {
          if (!result.queries[q.name].equal || (side === 'peer' && !peerAnswers(q.name))) continue;
          const r = await cannon(port, q[side], 16, GLOBAL_WARMUP);
          await settle();
          round[q.name] = r.requests.total / (r.duration || GLOBAL_WARMUP);
        }
        steady = previous != null && Object.keys(round).every((k) => Math.abs(round[k] - previous[k]) <= STEADY * Math.max(previous[k], 1e-9));
        rounds.push(round);
        previous = round;
      }
      result.warmup[side] = { rounds: rounds.length, steady, reqPerSecPerRound: rounds };
      log(`${side} warmed up: ${rounds.length} whole-mix rounds (${GLOBAL_WARMUP} s per query, c16), ${steady ? 'steady' : 'NOT steady'}; last round ${JSON.stringify(Object.fromEntries(Object.entries(previous || {}).map(([k, v]) => [k, Math.round(v)])))}`);
    }
    // Load, alternating which side goes first.
    let turn = 0;
    for (const q of qs) {
      const e = result.queries[q.name];
      if (!e.equal) { log(`${q.name} skipped: answers differ`); continue; }
      e.load = {};
      for (const c of CONCURRENCY) {
        const order = (turn++ % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']).filter((side) => side === 'ours' || peerAnswers(q.name));
        const r = {};
        for (const side of order) r[side] = await measure(side === 'ours' ? OURS_PORT : PEER_PORT, side === 'ours' ? q.ours : q.peer, c);
        r.ratio = r.peer?.rps > 0 ? r.ours.rps / r.peer.rps : null; // none: the peer cannot answer, or answered nothing in time
        e.load[`c${c}`] = r;
        log(`${q.name} c${c}: ours ${r.ours.rps.toFixed(1)} req/s p50 ${r.ours.p50} p99 ${r.ours.p99} | ${r.peer ? `peer ${r.peer.rps.toFixed(1)} req/s p50 ${r.peer.p50} p99 ${r.peer.p99} | ratio ${r.ratio?.toFixed(2) ?? '–'}` : 'peer cannot answer'}`);
        const cpu = (x) => (x ? Object.entries(x.cpuMsPerRequest).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') : '–');
        log(`${q.name} c${c} CPU ms/request: ours side [${cpu(r.ours)}] | peer side [${cpu(r.peer)}]`);
      }
    }
    result.facets = await facets();
    result.processes.ours.rssMiB = rssMiB(ours.child.pid);
    result.processes.peer.rssMiB = rssMiB(peer.child.pid);
    if (env.NEO4J_PID) result.processes.neo4j = { rssMiB: rssMiB(env.NEO4J_PID) };
    log(`RSS after load: ours ${result.processes.ours.rssMiB?.toFixed(0)} MiB, peer ${result.processes.peer.rssMiB?.toFixed(0)} MiB`);
  } finally {
    await stop(ours.child);
    await stop(peer.child);
  }
  // The floor runs with both services stopped, so it has the machine to itself like each of them had.
  const plans = floorPlans(driver, gen.probe);
  for (const [name, fn] of Object.entries(plans).filter(([name]) => !ONLY || ONLY.has(name))) {
    const e = result.queries[name];
    e.floor = {};
    for (const c of CONCURRENCY) {
      e.floor[`c${c}`] = await floor(fn, c, FLOOR_DURATION);
      log(`${name} floor c${c}: ${e.floor[`c${c}`].rps.toFixed(1)} req/s p50 ${e.floor[`c${c}`].p50?.toFixed(1)} ms`);
    }
  }
  const planFile = `/tmp/bench-jvm-floor-${scale}.json`;
  fs.writeFileSync(planFile, JSON.stringify({ uri: BOLT, queries: floorStatements(gen.probe) }));
  for (const name of Object.keys(plans).filter((n) => !ONLY || ONLY.has(n))) {
    const e = result.queries[name];
    e.jvmFloor = {};
    for (const c of CONCURRENCY) {
      try {
        e.jvmFloor[`c${c}`] = jvmFloor(planFile, name, c, FLOOR_DURATION);
        const f = e.jvmFloor[`c${c}`];
        log(`${name} JVM floor c${c}: ${f.rps.toFixed(1)} req/s p50 ${f.p50?.toFixed(1)} ms, CPU ms/request client ${f.clientCpuMsPerRequest?.toFixed(2)} Neo4j ${f.neo4jCpuMsPerRequest?.toFixed(2)}`);
      } catch (err) {
        e.jvmFloor[`c${c}`] = { error: String(err.message || err).slice(0, 300) };
        log(`${name} JVM floor c${c} failed: ${e.jvmFloor[`c${c}`].error}`);
      }
    }
  }
  await driver.close();
  result.loadavgAfter = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  result.finished = new Date().toISOString();
  fs.writeFileSync(outFile, JSON.stringify(result, null, 2));
  const bad = Object.values(result.queries).filter((e) => !e.equal).length;
  if (bad) { console.error(`bench ${scale}: ${bad} queries gave different answers`); process.exitCode = 1; }
}

main().catch((e) => { console.error(e); process.exit(1); });
