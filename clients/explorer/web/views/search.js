// Full-text search: scored hits with snippets, and facets (lead department, supporter, plan, park, initiative,
// has targets) narrowing the measures that contain the text (MeasureConnection.facets, schema.graphql).
import { fetchData } from '../client.js';
import { degraded, docLink, measureCard } from '../components.js';
import { h, markSnippet, route } from '../dom.js';
import { SEARCH, SEARCH_FACETS } from '../queries.js';

/**
 * @typedef {import('../../generated/schema').SearchHit} SearchHit
 * @typedef {import('../../generated/schema').MeasureConnection} MeasureConnection
 * @typedef {{ value: any, count: number }} Facet  per schema.graphql
 */

/** Facet name (schema.graphql) → the MeasureFilter field it narrows, and how a value is shown and passed. */
const FACETS = [
  { facet: 'leadDepartments', filter: 'leadDepartment', title: '牵头 Lead', key: (/** @type {any} */ v) => v.name, label: (/** @type {any} */ v) => v.name },
  { facet: 'supportingDepartments', filter: 'supportingDepartment', title: '配合 Supporting', key: (/** @type {any} */ v) => v.name, label: (/** @type {any} */ v) => v.name },
  { facet: 'documents', filter: 'documentId', title: '规划 Plan', key: (/** @type {any} */ v) => v.id, label: (/** @type {any} */ v) => v.title },
  { facet: 'parks', filter: 'park', title: '园区 Park', key: (/** @type {any} */ v) => v.name, label: (/** @type {any} */ v) => v.name },
  { facet: 'initiatives', filter: 'initiative', title: '品牌 Initiative', key: (/** @type {any} */ v) => v.name, label: (/** @type {any} */ v) => v.name },
  { facet: 'hasIndicator', filter: 'hasIndicator', title: '有目标 Has targets', key: (/** @type {any} */ v) => String(v), label: (/** @type {any} */ v) => (v ? 'yes' : 'no') },
];

/** @type {import('../app.js').View} */
export async function showSearch(view, [text], ctx) {
  const input = h('input', { name: 'text', value: text ?? '', placeholder: '服务外包, 跨境电商, 中欧班列 …', 'aria-label': 'Search text' });
  view.append(h('h1', null, '搜索 Search'), h('form.find', {
    'data-finder': 'search',
    onsubmit: (/** @type {Event} */ e) => {
      e.preventDefault();
      const value = /** @type {HTMLInputElement} */ (input).value.trim();
      if (value) location.hash = route('search', value);
    },
  }, input, h('button', { type: 'submit' }, 'Search')));
  if (!text) return;

  /** @type {Record<string, string>} */
  const selected = {};
  for (const f of FACETS) {
    const value = ctx.query.get(f.filter);
    if (value !== null) selected[f.filter] = value;
  }
  const narrowed = Object.keys(selected).length > 0;
  const hitsPromise = fetchData(SEARCH, { text }, ctx.fresh);
  /** @type {(MeasureConnection & { facets: Record<string, Facet[]> }) | null} */
  let measures = null;
  if (ctx.features.measureFacets) {
    /** @type {Record<string, any>} */
    const filter = { textContains: text };
    for (const [key, value] of Object.entries(selected)) filter[key] = key === 'hasIndicator' ? value === 'true' : value;
    measures = /** @type {{ measures: any }} */ (await fetchData(SEARCH_FACETS, { filter }, ctx.fresh)).measures;
  }
  const { search: hits } = /** @type {{ search: SearchHit[] }} */ (await hitsPromise);

  /** @param {Record<string, string>} next */
  const link = (next) => {
    const params = new URLSearchParams(next).toString();
    return route('search', text) + (params ? `?${params}` : '');
  };
  const side = h('aside.panel.side', { 'data-facets': '' }, measures
    ? [h('p.meta', null, `${measures.totalCount} measures contain “${text}”`),
      FACETS.map((f) => {
        const entries = measures?.facets[f.facet] ?? [];
        if (!entries.length && !(f.filter in selected)) return null;
        return [h('h3', null, f.title), h('div.chips', { 'data-facet': f.facet }, entries.map((entry) => {
          const key = f.key(entry.value);
          const on = selected[f.filter] === key;
          const next = { ...selected };
          if (on) delete next[f.filter]; else next[f.filter] = key;
          return h('a.chip', { href: link(next), class: on ? 'selected' : undefined, 'data-value': key, 'data-count': entry.count },
            f.label(entry.value), h('span.count', null, entry.count));
        }))];
      })]
    : degraded('Narrowing by facets', 'MeasureConnection.facets'));

  const main = narrowed && measures
    ? h('div.panel', { 'data-narrowed': '', 'data-total': measures.totalCount },
      h('p.meta', null, `${measures.totalCount} measures · `, h('a', { href: link({}) }, 'clear filters')),
      measures.nodes.map((m) => measureCard(m)))
    : h('div.panel', { 'data-hits': text },
      h('p.meta', null, `${hits.length} best matches for “${text}”`),
      hits.map((hit) => h('div.entry', { 'data-hit-id': hit.id, 'data-kind': hit.kind },
        h('div.head', null, hit.measure ? [h('span.num', null, hit.measure.number), 'measure'] : ['§ ', hit.section?.label ?? '', ' ', hit.section?.title ?? ''],
          h('span.muted', null, ` · score ${hit.score.toFixed(2)}`)),
        h('div', null, markSnippet(hit.snippet)),
        h('div.meta', null, docLink(hit.document),
          hit.measure?.leads.length ? ['牵头 ', hit.measure.leads.map((d) => h('a', { href: route('department', d.name), 'data-lead': d.name }, d.name))] : null,
          hit.section && !hit.measure ? h('a', { href: route('plan', hit.document.id, hit.section.id) }, 'open section') : null))));
  view.append(h('div.layout', null, side, main));
}
