// Departments: find one by name or alias, and see what it leads, supports and coordinates, grouped by plan, each
// with the quote that says so.
import { fetchData } from '../client.js';
import { ROLE_NAMES, degraded, docLink, groupByDocument, indicatorChip, quote, roleBadge } from '../components.js';
import { h, route, truncate } from '../dom.js';
import { DEPARTMENTS, DEPARTMENT_BY_ROLE, DEPARTMENT_RESPONSIBILITIES } from '../queries.js';

/**
 * @typedef {import('../../generated/schema').Department} Department
 * @typedef {import('../../generated/schema').Measure} Measure
 * @typedef {import('../../generated/schema').RoleType} RoleType
 * @typedef {import('../../generated/schema').Source} Source
 * @typedef {import('../../generated/schema').Document} Document
 * @typedef {import('../../generated/schema').Section} Section
 * @typedef {{ role: RoleType, document: Document, source: Source, measure?: Measure | null, section?: Section | null }} Entry
 *   one responsibility; the shape of Department.responsibilities' nodes (schema.graphql)
 */

const PAGE = 100;

/** @type {import('../app.js').View} */
export async function showDepartment(view, [name], ctx) {
  view.append(h('h1', null, '部门 Departments'), await finder(name));
  if (!name) {
    view.append(await directory());
    return;
  }
  if (ctx.features.responsibilities) {
    view.append(await responsibilities(name, ctx.fresh));
  } else {
    view.append(await byRoleConnections(name, ctx.fresh));
  }
}

/** All departments, every page. @returns {Promise<Pick<Department, 'id' | 'name' | 'level' | 'aliases'>[]>} */
async function allDepartments() {
  /** @type {Pick<Department, 'id' | 'name' | 'level' | 'aliases'>[]} */
  const all = [];
  /** @type {string | null | undefined} */
  let after = null;
  do {
    const data = /** @type {{ departments: import('../../generated/schema').DepartmentConnection }} */ (
      await fetchData(DEPARTMENTS, { after }));
    all.push(...data.departments.nodes);
    after = data.departments.pageInfo.hasNextPage ? data.departments.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** A name box suggesting canonical names and aliases; the server resolves either. @param {string | undefined} name */
async function finder(name) {
  const departments = await allDepartments();
  const input = h('input', { name: 'name', list: 'department-names', value: name ?? '', placeholder: '市商务局, 商务局, 市发改委 …',
    'aria-label': 'Department name or alias', autocomplete: 'off' });
  return h('form.find', {
    'data-finder': 'department',
    onsubmit: (/** @type {Event} */ event) => {
      event.preventDefault();
      const value = /** @type {HTMLInputElement} */ (input).value.trim();
      if (value) location.hash = route('department', value);
    },
  }, input, h('button', { type: 'submit' }, 'Show'),
  h('datalist', { id: 'department-names' },
    departments.flatMap((d) => [h('option', { value: d.name }, d.level ?? ''),
      ...d.aliases.map((alias) => h('option', { value: alias }, `→ ${d.name}`))])));
}

async function directory() {
  const departments = await allDepartments();
  /** @type {Map<string, typeof departments>} */
  const byLevel = new Map();
  for (const d of departments) {
    const level = d.level ?? 'OTHER';
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level)?.push(d);
  }
  return h('div.panel', { 'data-directory': '' },
    h('p.muted', null, `${departments.length} departments. Any alias works in the box above.`),
    [...byLevel.entries()].map(([level, list]) => [h('h3', null, level),
      h('div.chips', null, list.map((d) => h('a.chip', { href: route('department', d.name) }, d.name)))]));
}

/**
 * The department's header: canonical name, level and aliases; says so when the name asked for was an alias.
 * @param {Pick<Department, 'name' | 'level' | 'aliases'> & { curated?: boolean }} d @param {string} asked
 * @param {Partial<Record<RoleType, number>>} counts
 */
function header(d, asked, counts) {
  return h('div.panel', { 'data-department': d.name },
    h('h2', null, d.name, ' ', h('span.muted', null, d.level ?? '')),
    asked !== d.name ? h('p.meta', { 'data-alias-resolved': asked }, `“${asked}” is an alias of ${d.name}.`) : null,
    d.aliases.length ? h('p.meta', null, 'Also written: ', d.aliases.join('、')) : null,
    d.curated === false ? h('p.degraded', null, 'Found in a submitted plan, not in the curated vocabulary.') : null,
    h('p', null, Object.entries(counts).map(([role, count]) =>
      h('span', { 'data-count': role }, roleBadge(/** @type {RoleType} */ (role)), `${count} `))));
}

/** @param {string} name */
function unknown(name) {
  return h('p.error', { 'data-unknown': name }, `No department is called “${name}” (names and aliases are matched exactly). `,
    h('a', { href: route('department') }, 'Browse all departments.'));
}

/**
 * Entries grouped by document, each with its role, what it is about and the quote.
 * @param {Entry[]} entries
 */
function groupedEntries(entries) {
  return groupByDocument(entries, (e) => e.document).map(({ doc, items }) =>
    h('section.doc-group.panel', { 'data-doc-group': doc.id },
      h('h2', null, docLink(doc), ' ', h('span.muted', null, doc.issuedOn ?? '', ` · ${items.length}`)),
      items.map((e) => h('div.entry', {
        'data-role': e.role, 'data-measure-id': e.measure?.id, 'data-section-id': e.measure ? undefined : e.section?.id,
      },
      h('div.head', null, roleBadge(e.role),
        e.measure
          ? [h('span.num', null, e.measure.number), e.measure.title ?? truncate(e.measure.text, 80)]
          : e.section ? h('a', { href: route('plan', doc.id, e.section.id) }, '§ ', e.section.label ?? '', ' ', e.section.title ?? '') : null),
      e.measure && e.measure.title && e.measure.text !== e.measure.title ? h('div', null, truncate(e.measure.text, 300)) : null,
      quote(e.source),
      e.measure?.parks?.length ? h('div.meta', null, e.measure.parks.map((p) => h('a', { href: route('park', p.name) }, '园区 ', p.name))) : null,
      e.measure?.indicators?.length ? h('div.indicators', null, e.measure.indicators.map(indicatorChip)) : null))));
}

/** From Department.responsibilities: measures and sections alike (schema.graphql). @param {string} name @param {boolean} fresh */
async function responsibilities(name, fresh) {
  /** @type {Entry[]} */
  const entries = [];
  /** @type {any} */
  let department = null;
  /** @type {string | null} */
  let after = null;
  let total = 0;
  do {
    const data = /** @type {{ department: any }} */ (await fetchData(DEPARTMENT_RESPONSIBILITIES, { name, first: PAGE, after }, fresh));
    department = data.department;
    if (!department) return unknown(name);
    entries.push(...department.responsibilities.nodes);
    total = department.responsibilities.totalCount;
    after = department.responsibilities.pageInfo.hasNextPage ? department.responsibilities.pageInfo.endCursor : null;
  } while (after && entries.length < 1000);
  const counts = { LEADS: department.leads.totalCount, SUPPORTS: department.supports.totalCount, COORDINATES: department.coordinates.totalCount };
  return h('div', { 'data-source': 'responsibilities', 'data-total': total },
    header(department, name, counts),
    entries.length ? groupedEntries(entries) : h('p.muted', null, 'No responsibilities recorded.'));
}

/** From leads/supports/coordinates and each measure's roles (every server). @param {string} name @param {boolean} fresh */
async function byRoleConnections(name, fresh) {
  const data = /** @type {{ department: Department | null }} */ (await fetchData(DEPARTMENT_BY_ROLE, { name, first: PAGE }, fresh));
  const d = data.department;
  if (!d) return unknown(name);
  /** @type {[RoleType, import('../../generated/schema').MeasureConnection][]} */
  const connections = [['LEADS', d.leads], ['SUPPORTS', d.supports], ['COORDINATES', d.coordinates]];
  /** @type {Entry[]} */
  const entries = [];
  for (const [role, connection] of connections) {
    for (const measure of connection.nodes) {
      const roles = measure.roles.filter((r) => r.role === role && r.department.id === d.id);
      // One entry per quote stating the role (a measure restated in a task table has two).
      const sources = roles.length ? [...new Map(roles.map((r) => [r.source.location + r.source.quote, r.source])).values()] : [];
      for (const source of sources) entries.push({ role, document: measure.document, source, measure });
    }
  }
  const truncated = connections.filter(([, c]) => c.pageInfo.hasNextPage).map(([role, c]) => `${ROLE_NAMES[role]}: first ${PAGE} of ${c.totalCount}`);
  return h('div', { 'data-source': 'role-connections' },
    header(d, name, Object.fromEntries(connections.map(([role, c]) => [role, c.totalCount]))),
    degraded('Section-level responsibilities', 'Department.responsibilities'),
    truncated.length ? h('p.muted', null, 'Showing ', truncated.join('; ')) : null,
    entries.length ? groupedEntries(entries) : h('p.muted', null, 'No measures name this department.'));
}
