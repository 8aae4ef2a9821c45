// Parks (any alias) and initiatives: their measures across the plans, by issue date.
import { fetchData } from '../client.js';
import { groupByDocument, measureCard } from '../components.js';
import { h, route } from '../dom.js';
import { INITIATIVE, LISTS, PARK } from '../queries.js';

/**
 * @typedef {import('../../generated/schema').Park} Park
 * @typedef {import('../../generated/schema').Initiative} Initiative
 */

/** @param {'park' | 'initiative'} kind @param {string | undefined} name @param {boolean} fresh */
async function picker(kind, name, fresh) {
  const lists = /** @type {{ parks: { nodes: Park[] }, initiatives: Initiative[] }} */ (await fetchData(LISTS, {}, fresh));
  const items = kind === 'park' ? lists.parks.nodes : lists.initiatives;
  return h('div.chips', { 'data-picker': kind }, items.map((i) =>
    h('a.chip', { href: route(kind, i.name), class: i.name === name ? 'selected' : undefined }, i.name)));
}

/** @param {import('../../generated/schema').MeasureConnection} measures */
function measuresByPlan(measures) {
  return [
    h('p.meta', null, `${measures.totalCount} measures`, measures.pageInfo.hasNextPage ? ` (first ${measures.nodes.length} shown)` : ''),
    groupByDocument(measures.nodes, (m) => m.document).map(({ doc, items }) => h('section.doc-group.panel', { 'data-doc-group': doc.id },
      h('h2', null, h('a', { href: route('plan', doc.id) }, doc.title), ' ', h('span.muted', null, doc.issuedOn ?? '')),
      items.map((m) => measureCard(m, { showDocument: false })))),
  ];
}

/** @type {import('../app.js').View} */
export async function showPark(view, [name], ctx) {
  view.append(h('h1', null, '园区 Parks', name ? ` · ${name}` : ''), await picker('park', name, ctx.fresh));
  if (!name) return;
  const { park } = /** @type {{ park: Park | null }} */ (await fetchData(PARK, { name }, ctx.fresh));
  if (!park) {
    view.append(h('p.error', null, `No park or zone is called “${name}”.`));
    return;
  }
  view.append(h('div', { 'data-park': park.name, 'data-total': park.measures.totalCount },
    h('h2', null, park.name),
    park.name !== name ? h('p.meta', { 'data-alias-resolved': name }, `“${name}” is another name for ${park.name}.`) : null,
    park.aliases.length ? h('p.meta', null, 'Also called: ', park.aliases.join('、')) : null,
    park.administrators.length ? h('p.meta', null, 'Administered by ', park.administrators.map((d) => h('a', { href: route('department', d.name) }, d.name))) : null,
    measuresByPlan(park.measures)));
}

/** @type {import('../app.js').View} */
export async function showInitiative(view, [name], ctx) {
  view.append(h('h1', null, '品牌 Initiatives', name ? ` · ${name}` : ''), await picker('initiative', name, ctx.fresh));
  if (!name) return;
  const { initiative } = /** @type {{ initiative: Initiative | null }} */ (await fetchData(INITIATIVE, { name }, ctx.fresh));
  if (!initiative) {
    view.append(h('p.error', null, `No initiative is called “${name}”.`));
    return;
  }
  view.append(h('div', { 'data-initiative': initiative.name, 'data-total': initiative.measures.totalCount },
    initiative.aliases.length ? h('p.meta', null, 'Also called: ', initiative.aliases.join('、')) : null,
    measuresByPlan(initiative.measures)));
}
