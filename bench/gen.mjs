// Synthetic policy graph with the real model (see src/main/resources/cypher/seed/*.cypher) and realistic skew,
// loaded with batched UNWIND through the Neo4j JavaScript driver.
//
//   node gen.mjs <S|M|L> <bolt-uri> <out.json>
//
// Deterministic (fixed PRNG seed): the same scale always gives the same graph, so both APIs and every run see
// identical data. Prints progress and writes a JSON summary (counts, load seconds, measures/s, and the probe
// values the queries use: the busiest department, the largest document, the search term).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const SCALES = { S: 270, M: 40_000, L: 1_000_000 };
const scale = process.argv[2] || 'S';
const uri = process.argv[3] || 'bolt://localhost:27687';
const out = process.argv[4];
const TOTAL = SCALES[scale];
if (!TOTAL) throw new Error(`unknown scale ${scale}`);

// ---- deterministic randomness -----------------------------------------------------------------------------
let state = 0x9e3779b9 ^ TOTAL;
function rnd() { // mulberry32
  state |= 0; state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
function zipfSampler(n, s = 1.0) {
  const w = Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, s));
  const total = w.reduce((a, b) => a + b, 0);
  const cdf = []; let acc = 0;
  for (const x of w) { acc += x / total; cdf.push(acc); }
  return () => { const u = rnd(); let lo = 0, hi = n - 1; while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid] < u) lo = mid + 1; else hi = mid; } return lo; };
}

// ---- vocabulary (none of these characters occur in SEARCH_TERM) --------------------------------------------
const DEPT_WORDS = ['商务', '发展改革', '经济信息化', '财政', '科技', '教育', '公安', '民政', '司法', '人力资源', '自然资源',
  '生态环境', '住房城建', '城乡建设', '交通运输', '水务', '农业农村', '文化旅游', '卫生健康', '退役军人', '应急管理', '审计',
  '国资', '市场监管', '体育', '统计', '医疗保障', '园林林业', '城管执法', '地方金融', '政务服务', '大数据', '招商', '外事',
  '港航', '粮食', '人防', '档案', '机关事务', '信访', '民宗', '口岸', '供销', '邮政管理', '税务', '海关', '气象', '消防',
  '电力', '通信管理', '知识产权', '药品监管', '残联', '科协', '工商联', '妇联', '团市委', '红十字', '贸促', '侨联'];
const PARK_WORDS = ['光谷', '临空港', '车都', '长江新区', '青山滨江', '汉正街', '武昌滨江', '汉阳四新', '东西湖', '新洲阳逻',
  '黄陂前川', '江夏金口', '蔡甸中法', '沌口', '硚口古田', '洪山高校区', '江岸堤角', '汉南通航', '花山', '九峰'];
const INITIATIVE_WORDS = ['设计之都', '国际消费中心', '服务外包', '数字经济', '自贸试验区', '跨境电商', '中欧班列', '长江经济带',
  '总部经济', '夜间经济', '会展之都', '科创走廊', '绿色低碳', '新型基建', '城市更新', '智慧城市', '一带一路', '对外开放',
  '营商环境', '乡村振兴', '碳达峰', '现代物流', '金融中心', '人才引进', '老旧小区', '双创示范', '文旅融合', '健康武汉',
  '海绵城市', '无废城市'];
const PHRASES = ['加快推进', '重点发展', '培育壮大', '支持引导', '完善机制', '优化布局', '提升能级', '深化改革', '扩大开放',
  '强化保障', '服务贸易', '现代服务业', '先进制造业', '消费升级', '市场主体', '数字化转型', '人才队伍', '营商环境',
  '公共服务', '基础设施', '产业园区', '龙头企业', '中小企业', '示范项目', '标准体系', '信用体系', '监管方式', '政策措施',
  '资金支持', '土地要素', '财税政策', '金融服务', '对外合作', '区域协同', '城市功能', '生态保护', '绿色发展', '科技创新'];
const INDICATOR_NAMES = ['地区生产总值', '服务业增加值', '社会消费品零售总额', '进出口总额', '实际利用外资', '研发投入强度',
  '高新技术企业数量', '常住人口城镇化率', '单位生产总值能耗降低', '新增就业人数', '跨境电商交易额', '服务外包执行额'];
const UNITS = ['亿元', '%', '家', '万人', '亿美元', '个'];
const KINDS = ['LEVEL', 'GROWTH_RATE', 'SHARE', 'COUNT', 'RANK'];
const KIND_WEIGHTS = [0.45, 0.25, 0.15, 0.12, 0.03];
const COMPARATORS = ['AT_LEAST', 'EXCEED', 'ABOUT', 'EQUAL', 'RANGE', 'ACTUAL'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
export const SEARCH_TERM = '鲲鹏麒麟'; // characters used nowhere else: exactly SEARCH_HITS measures match, sections never
const SEARCH_HITS = 15;

function kind() { const u = rnd(); let acc = 0; for (let i = 0; i < KINDS.length; i++) { acc += KIND_WEIGHTS[i]; if (u < acc) return KINDS[i]; } return KINDS[0]; }
function sentence(n) { let s = ''; for (let i = 0; i < n; i++) s += pick(PHRASES); return s; }

// ---- the graph ---------------------------------------------------------------------------------------------
const departments = DEPT_WORDS.map((w, k) => ({
  id: `dept-${String(k + 1).padStart(2, '0')}`, name: `市${w}局`, aliases: [`${w}局`, `武汉市${w}局`],
  level: 'MUNICIPAL', note: 'synthetic',
}));
const parks = PARK_WORDS.map((w, k) => ({ id: `park-${k + 1}`, name: w, aliases: [`${w}片区`], note: 'synthetic', administeredBy: [] }));
const initiatives = INITIATIVE_WORDS.map((w, k) => ({ id: `init-${k + 1}`, name: w, aliases: [], note: 'synthetic' }));
const deptZipf = zipfSampler(departments.length, 1.0);
const parkZipf = zipfSampler(parks.length, 1.0);
const initZipf = zipfSampler(initiatives.length, 1.0);
const searchEvery = Math.max(1, Math.floor(TOTAL / SEARCH_HITS));

// Document sizes: log-uniform over 20–400 measures (many small plans, a few long ones); the last one takes the rest.
function* documents() {
  let made = 0, d = 0;
  while (made < TOTAL) {
    let size = Math.round(Math.exp(Math.log(20) + rnd() * (Math.log(400) - Math.log(20))));
    size = Math.min(size, Math.max(20, Math.floor(TOTAL / 3)), TOTAL - made); // S (seed size) gets several plans too
    d++;
    const year = int(2016, 2025);
    const doc = {
      id: `syn-${String(d).padStart(6, '0')}`,
      title: `关于${pick(PHRASES)}${pick(PHRASES)}的实施方案（第${d}号）`,
      docNumber: `武政〔${year}〕${d}号`,
      issuedOn: `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      status: 'FINAL', horizon: `${year}-${year + 5}`, location: '第1页', quote: '',
      firstMeasure: made, size,
    };
    doc.quote = doc.title;
    made += size;
    yield doc;
  }
}

function buildDocument(doc, counters) {
  const sections = [], measures = [], links = { LEADS: [], SUPPORTS: [], COORDINATES: [], CONCERNS: [], ADVANCES: [] }, indicators = [];
  const perSection = int(15, 40);
  let seq = 0, indSeq = 0, sectionNo = 0;
  for (let first = 0; first < doc.size; first += perSection) {
    sectionNo++;
    const section = {
      id: `${doc.id}/s${sectionNo}`, documentId: doc.id, label: `${NUMERALS[(sectionNo - 1) % 20]}、`,
      title: sentence(2), text: sentence(3), order: sectionNo, seq: seq++, location: `第${sectionNo}部分`, quote: '',
    };
    section.quote = section.title;
    sections.push(section);
    const n = Math.min(perSection, doc.size - first);
    for (let k = 0; k < n; k++) {
      const global = doc.firstMeasure + first + k;
      const id = `${doc.id}/m${first + k + 1}`;
      const title = sentence(1);
      let text = `${title}。${sentence(int(3, 8))}，${sentence(int(2, 6))}。`;
      if (global % searchEvery === 0 && global / searchEvery < SEARCH_HITS) text += `建设${SEARCH_TERM}示范工程。`;
      const m = {
        id, parentId: section.id, documentId: doc.id, number: String(k + 1), list: section.title, title, text,
        timeline: `${int(2016, 2030)}年底前`, order: k + 1, seq: seq++, location: `${section.location}第${k + 1}条`, quote: text,
      };
      measures.push(m);
      const rel = (to, from) => ({ fromId: from, toId: to, documentId: doc.id, location: m.location, quote: m.title });
      const taken = new Set();
      const lead = departments[deptZipf()].id; taken.add(lead); links.LEADS.push(rel(id, lead));
      if (rnd() < 0.2) { const co = departments[deptZipf()].id; if (!taken.has(co)) { taken.add(co); links.LEADS.push(rel(id, co)); } }
      const supporters = int(0, 3);
      for (let s = 0; s < supporters; s++) { const d = departments[deptZipf()].id; if (!taken.has(d)) { taken.add(d); links.SUPPORTS.push(rel(id, d)); } }
      if (rnd() < 0.05) { const d = departments[deptZipf()].id; if (!taken.has(d)) links.COORDINATES.push(rel(id, d)); }
      if (rnd() < 0.10) links.CONCERNS.push({ fromId: id, toId: parks[parkZipf()].id, documentId: doc.id, location: m.location, quote: m.title });
      if (rnd() < 0.08) links.ADVANCES.push({ fromId: id, toId: initiatives[initZipf()].id, documentId: doc.id, location: m.location, quote: m.title });
      const u = rnd(); const nInd = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
      for (let i = 0; i < nInd; i++) {
        const value = Math.round(rnd() * 10000) / 10;
        indicators.push({
          id: `${id}/i${i + 1}`, ownerId: id, documentId: doc.id, name: pick(INDICATOR_NAMES), value,
          valueMax: null, unit: pick(UNITS), year: int(2016, 2030), kind: kind(), comparator: pick(COMPARATORS),
          aspirational: rnd() < 0.2, seq: indSeq++, location: m.location, quote: m.title,
        });
      }
    }
  }
  counters.sections += sections.length; counters.measures += measures.length; counters.indicators += indicators.length;
  for (const [t, xs] of Object.entries(links)) counters.links[t] = (counters.links[t] || 0) + xs.length;
  return { sections, measures, links, indicators };
}

// ---- statements (the seed's own shape, CREATE instead of MERGE since the database starts empty) ------------
const Q = {
  departments: `UNWIND $rows AS d MERGE (n:Department {id: d.id}) SET n.name = d.name, n.aliases = d.aliases, n.level = d.level, n.note = d.note`,
  parks: `UNWIND $rows AS p MERGE (n:Park {id: p.id}) SET n.name = p.name, n.aliases = p.aliases, n.note = p.note`,
  initiatives: `UNWIND $rows AS i MERGE (n:Initiative {id: i.id}) SET n.name = i.name, n.aliases = i.aliases, n.note = i.note`,
  documents: `UNWIND $rows AS doc CREATE (d:Document {id: doc.id})
    SET d.title = doc.title, d.docNumber = doc.docNumber, d.issuedOn = doc.issuedOn, d.status = doc.status,
        d.horizon = doc.horizon, d.external = false, d.location = doc.location, d.quote = doc.quote
    WITH d, doc MATCH (issuer:Department {id: doc.issuerId}) CREATE (d)-[:ISSUED_BY]->(issuer)`,
  sections: `UNWIND $rows AS s MATCH (doc:Document {id: s.documentId})
    CREATE (doc)-[:HAS_PART]->(n:Section {id: s.id})
    SET n.documentId = s.documentId, n.label = s.label, n.title = s.title, n.text = s.text, n.order = s.order, n.seq = s.seq,
        n.location = s.location, n.quote = s.quote`,
  measures: `UNWIND $rows AS m MATCH (parent:Section {id: m.parentId})
    CREATE (parent)-[:HAS_PART]->(n:Measure {id: m.id})
    SET n.documentId = m.documentId, n.number = m.number, n.list = m.list, n.title = m.title, n.text = m.text,
        n.timeline = m.timeline, n.order = m.order, n.seq = m.seq, n.issuedOn = m.issuedOn, n.location = m.location, n.quote = m.quote`,
  indicators: `UNWIND $rows AS i MATCH (owner:Measure {id: i.ownerId})
    CREATE (owner)-[:HAS_INDICATOR]->(n:Indicator {id: i.id})
    SET n.documentId = i.documentId, n.name = i.name, n.value = i.value, n.valueMax = i.valueMax, n.unit = i.unit,
        n.year = i.year, n.kind = i.kind, n.comparator = i.comparator, n.aspirational = i.aspirational, n.seq = i.seq,
        n.issuedOn = i.issuedOn, n.location = i.location, n.quote = i.quote`,
  link: (type, from, to) => `UNWIND $rows AS l MATCH (a:${from} {id: l.fromId}) MATCH (b:${to} {id: l.toId})
    CREATE (a)-[r:${type}]->(b) SET r.documentId = l.documentId, r.location = l.location, r.quote = l.quote`,
};
const LINK_LABELS = { LEADS: ['Department', 'Measure'], SUPPORTS: ['Department', 'Measure'], COORDINATES: ['Department', 'Measure'],
  CONCERNS: ['Measure', 'Park'], ADVANCES: ['Measure', 'Initiative'] };

const PAGE_KEYS = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources',
  'cypher', 'seed', 'measure-page-keys.cypher'), 'utf8');
const MEASURE_COUNTS = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources',
  'cypher', 'seed', 'measure-counts.cypher'), 'utf8');
const FACET_COUNTS = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources',
  'cypher', 'seed', 'measure-facet-counts.cypher'), 'utf8');

async function main() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const driver = neo4j.driver(uri, neo4j.auth.none(), { disableLosslessIntegers: true });
  const write = (q, rows) => driver.executeQuery(q, { rows }, { routing: neo4j.routing.WRITE });
  try {
    // The service's own schema statements, applied first so every load statement uses the id indexes.
    const schemaDir = path.join(here, '..', 'src', 'main', 'resources', 'cypher', 'schema');
    for (const f of fs.readdirSync(schemaDir).sort()) {
      const text = fs.readFileSync(path.join(schemaDir, f), 'utf8').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
      for (const stmt of text.split(';').map((s) => s.trim()).filter(Boolean)) {
        // a data migration (CALL ... IN TRANSACTIONS) runs only in an auto-commit transaction; on the empty graph it does nothing
        const session = driver.session();
        try { await session.run(stmt); } finally { await session.close(); }
      }
    }
    await driver.executeQuery('CALL db.awaitIndexes(300)');
    await write(Q.departments, departments);
    await write(Q.parks, parks);
    await write(Q.initiatives, initiatives);

    const counters = { documents: 0, sections: 0, measures: 0, indicators: 0, links: {} };
    const BATCH = 2000; // measures per round of statements
    let pending = { docs: [], sections: [], measures: [], indicators: [], links: {} };
    let largest = null;
    const flush = async () => {
      if (!pending.docs.length) return;
      await write(Q.documents, pending.docs);
      await write(Q.sections, pending.sections);
      for (let i = 0; i < pending.measures.length; i += 5000) await write(Q.measures, pending.measures.slice(i, i + 5000));
      for (const [type, rows] of Object.entries(pending.links)) {
        const [from, to] = LINK_LABELS[type];
        for (let i = 0; i < rows.length; i += 5000) await write(Q.link(type, from, to), rows.slice(i, i + 5000));
      }
      for (let i = 0; i < pending.indicators.length; i += 5000) await write(Q.indicators, pending.indicators.slice(i, i + 5000));
      // The page keys of the links, with the statement the service's writer runs after a document's links.
      await driver.executeQuery(PAGE_KEYS, { documentIds: pending.docs.map((d) => d.id) }, { routing: neo4j.routing.WRITE });
      // ... and the measure counts that answer totalCount (new documents: +1).
      await driver.executeQuery(MEASURE_COUNTS, { documentIds: pending.docs.map((d) => d.id), sign: 1 }, { routing: neo4j.routing.WRITE });
      // ... and the facet counts of the unfiltered lists.
      await driver.executeQuery(FACET_COUNTS, { documentIds: pending.docs.map((d) => d.id), sign: 1 }, { routing: neo4j.routing.WRITE });
      pending = { docs: [], sections: [], measures: [], indicators: [], links: {} };
    };
    const t0 = process.hrtime.bigint();
    let lastReport = Date.now();
    for (const doc of documents()) {
      counters.documents++;
      const built = buildDocument(doc, counters);
      if (!largest || doc.size > largest.size) largest = { id: doc.id, size: doc.size, title: doc.title };
      pending.docs.push({ ...doc, issuerId: departments[deptZipf()].id });
      pending.sections.push(...built.sections);
      for (const m of built.measures) { m.issuedOn = doc.issuedOn; pending.measures.push(m); }
      for (const i of built.indicators) { i.issuedOn = doc.issuedOn; pending.indicators.push(i); }
      for (const [t, xs] of Object.entries(built.links)) (pending.links[t] ||= []).push(...xs);
      if (pending.measures.length >= BATCH) await flush();
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        console.log(`gen ${scale}: ${counters.measures} measures in ${s.toFixed(0)} s (${(counters.measures / s).toFixed(0)}/s)`);
      }
    }
    await flush();
    await driver.executeQuery('CALL db.awaitIndexes(600)');
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

    // Probe values for the queries: the busiest lead department, a 2027 kind with indicators.
    const top = (await driver.executeQuery(`MATCH (d:Department)-[:LEADS]->(m:Measure) RETURN d.name AS name, count(m) AS n ORDER BY n DESC, name LIMIT 1`)).records[0];
    const summary = {
      scale, measuresTarget: TOTAL, ...counters, loadSeconds: seconds, measuresPerSecond: counters.measures / seconds,
      relationships: Object.values(counters.links).reduce((a, b) => a + b, 0) + counters.sections + counters.measures + counters.indicators + counters.documents,
      probe: { department: top.get('name'), departmentLeads: top.get('n'), document: largest.id, documentSize: largest.size,
        searchTerm: SEARCH_TERM, searchHits: Math.min(SEARCH_HITS, Math.ceil(TOTAL / searchEvery)), yearFrom: 2026, yearTo: 2030, indicatorKinds: ['LEVEL', 'SHARE'] },
    };
    console.log(`gen ${scale}: ${counters.measures} measures, ${counters.indicators} indicators, ${counters.documents} documents in ${seconds.toFixed(1)} s = ${summary.measuresPerSecond.toFixed(0)} measures/s`);
    if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2));
  } finally {
    await driver.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
