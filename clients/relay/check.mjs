// Relay interop: relay-compiler compiles real fragments (src/fragments.js: a refetchable plan, a paginated
// @connection on Department and on Query) against ../../schema.graphql, and the operations it generates run against
// the service. Usage: node relay/check.mjs http://localhost:8080/graphql
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, endpointArgument, expect, finish } from '../checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const endpoint = endpointArgument('relay/check.mjs');

const generated = join(here, '__generated__');
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated);
const compiler = spawnSync(process.execPath, [join(here, '../node_modules/relay-compiler/cli.js')], { cwd: here, encoding: 'utf8' });
console.log(compiler.stdout + compiler.stderr);
if (compiler.status !== 0) {
  console.log('FAIL relay-compiler did not compile the fragments');
  process.exit(1);
}
console.log('ok   relay-compiler compiled the fragments against schema.graphql');

/** The operation text relay-compiler generated (artifacts are CommonJS; read the text rather than import them). */
function operation(name) {
  const source = readFileSync(join(generated, `${name}.graphql.js`), 'utf8');
  const text = source.match(/"text": ("(?:[^"\\]|\\.)*")/);
  expect(text, `no operation text in ${name}`);
  return JSON.parse(text[1]);
}

async function run(name, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: operation(name), variables }),
  });
  const body = await response.json();
  expect(!body.errors, `${name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let departmentId;
await check('the page query: node(id:) finds the plan, the department and root measures come along', async () => {
  const data = await run('PlanPageQuery', { id: 'Document:003' });
  expect(data.node.__typename === 'Document' && data.node.id === 'Document:003', `node: ${JSON.stringify(data.node)}`);
  expect(data.node.measures.edges.length === 2, 'the plan fragment brings 2 measures');
  departmentId = data.department.id;
  expect(departmentId.startsWith('Department:'), `department id ${departmentId}`);
  expect(data.measures.edges.length === 5 && data.measures.totalCount > 5, 'root measures page of 5');
});

await check('refetchable fragment: the generated node(id:) query refetches the plan and pages its measures', async () => {
  const first = await run('PlanViewRefetchQuery', { id: 'Document:003', count: 2 });
  expect(first.node.id === 'Document:003' && first.node.title, 'refetched the plan');
  const page = first.node.measures;
  expect(page.edges.length === 2 && page.pageInfo.hasNextPage, 'first page of 2 with more');
  const next = await run('PlanViewRefetchQuery', { id: 'Document:003', count: 2, cursor: page.pageInfo.endCursor });
  const seen = new Set(page.edges.map((e) => e.node.id));
  expect(next.node.measures.edges.every((e) => !seen.has(e.node.id)), 'the next page has other measures');
});

await check('pagination fragment (@connection) on a Department node', async () => {
  const first = await run('DepartmentLeadsPaginationQuery', { id: departmentId, count: 3 });
  expect(first.node.id === departmentId && first.node.leads.edges.length === 3, 'first page of 3 leads');
  const next = await run('DepartmentLeadsPaginationQuery', { id: departmentId, count: 3, cursor: first.node.leads.pageInfo.endCursor });
  const seen = new Set(first.node.leads.edges.map((e) => e.node.id));
  expect(next.node.leads.edges.length > 0 && next.node.leads.edges.every((e) => !seen.has(e.node.id)), 'next page differs');
});

await check('pagination fragment (@connection with a filter) on Query', async () => {
  const data = await run('MeasureSearchPaginationQuery', { count: 5, filter: { documentId: 'Document:003' } });
  expect(data.measures.edges.length === 5, '5 measures of 003');
  expect(data.measures.edges.every((e) => e.node.id.startsWith('Measure:003/')), 'all of 003');
});

finish('relay');
