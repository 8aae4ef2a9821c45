// Pieces every view shares: a measure with its roles and quotes, an indicator, a quote with its location.
import { h, route, truncate } from './dom.js';

/**
 * @typedef {import('../generated/schema').Measure} Measure
 * @typedef {import('../generated/schema').Indicator} Indicator
 * @typedef {import('../generated/schema').Source} Source
 * @typedef {import('../generated/schema').RoleType} RoleType
 * @typedef {import('../generated/schema').Document} Document
 */

/** @type {Record<RoleType, string>} */
export const ROLE_NAMES = { LEADS: '牵头 leads', SUPPORTS: '配合 supports', COORDINATES: '统筹 coordinates' };

/** @param {RoleType} role */
export function roleBadge(role) {
  return h('span.role', { class: role, 'data-role': role }, ROLE_NAMES[role] ?? role);
}

/** The verbatim quote and where it stands. @param {Pick<Source, 'quote' | 'location'>} source */
export function quote(source) {
  return h('blockquote', { 'data-quote': '' }, source.quote, h('span.where', null, source.location));
}

/** @param {Pick<Document, 'id' | 'title' | 'issuedOn'>} doc */
export function docLink(doc) {
  return h('a', { href: route('plan', doc.id), 'data-doc-id': doc.id }, doc.title);
}

/** "≥ 1500 列 (2027)" @param {Partial<Indicator>} i */
export function indicatorText(i) {
  const value = i.value === null || i.value === undefined ? '' : i.valueMax ? `${i.value}–${i.valueMax}` : String(i.value);
  const comparator = { AT_LEAST: '≥ ', AT_MOST: '≤ ', EXCEED: '> ', ABOUT: '≈ ', EQUAL: '', RANGE: '', ACTUAL: '' }[i.comparator ?? 'EQUAL'] ?? '';
  const year = i.year ? ` (${i.year})` : '';
  return `${i.name}: ${comparator}${value}${i.unit ?? ''}${year}${i.aspirational ? ' 力争' : ''}`;
}

/** @param {Partial<Indicator>} i */
export function indicatorChip(i) {
  return h('span.indicator', { 'data-indicator-id': i.id }, indicatorText(i));
}

/**
 * A measure: number and text, its plan, roles with their quotes, parks, initiatives and targets.
 * @param {Measure} m
 * @param {{ showDocument?: boolean, focusDepartmentId?: string, textLimit?: number }} [options]
 *   focusDepartmentId: show only that department's role quotes (the others as names)
 */
export function measureCard(m, options = {}) {
  const { showDocument = true, focusDepartmentId, textLimit = 400 } = options;
  const roles = m.roles ?? [];
  const quoted = focusDepartmentId ? roles.filter((r) => r.department.id === focusDepartmentId) : roles;
  const byRole = /** @type {Record<string, string[]>} */ ({});
  for (const r of roles) (byRole[r.role] ??= []).push(r.department.name);
  const uniqueQuotes = [...new Map(quoted.map((r) => [r.source.quote + r.source.location, r])).values()];
  return h('div.entry', { 'data-measure-id': m.id },
    h('div.head', null, h('span.num', null, m.number), m.title ?? truncate(m.text, 60)),
    m.title && m.text !== m.title ? h('div', null, truncate(m.text, textLimit)) : null,
    h('div.meta', null,
      showDocument && m.document ? docLink(m.document) : null,
      m.list ? h('span', null, m.list, ' ') : null,
      m.timeline ? h('span', null, '进度 ', m.timeline) : null),
    Object.keys(byRole).length
      ? h('div.meta', null, Object.entries(byRole).map(([role, names]) =>
        h('span', null, roleBadge(/** @type {RoleType} */ (role)),
          names.map((name, k) => [k ? '、' : '', h('a', { href: route('department', name) }, name)]), ' ')))
      : null,
    uniqueQuotes.map((r) => quote(r.source)),
    (m.parks?.length || m.initiatives?.length)
      ? h('div.meta', null,
        (m.parks ?? []).map((p) => h('a', { href: route('park', p.name) }, '园区 ', p.name)),
        (m.initiatives ?? []).map((i) => h('a', { href: route('initiative', i.name) }, '★ ', i.name)))
      : null,
    m.indicators?.length ? h('div.indicators', null, m.indicators.map(indicatorChip)) : null);
}

/** A clear note that a part of the API is not on this server yet. @param {string} what @param {string} needs */
export function degraded(what, needs) {
  return h('p.degraded', { 'data-degraded': what }, `${what} is not available on this server yet: it needs ${needs} `,
    '(see schema.graphql). The rest of the explorer works without it.');
}

/** @param {unknown} error */
export function errorBox(error) {
  return h('p.error', { role: 'alert' }, String(error instanceof Error ? error.message : error));
}

/**
 * Groups items by document, documents by issue date (oldest first).
 * @template T
 * @param {T[]} items @param {(item: T) => Pick<Document, 'id' | 'title' | 'issuedOn'>} docOf
 * @returns {{ doc: Pick<Document, 'id' | 'title' | 'issuedOn'>, items: T[] }[]}
 */
export function groupByDocument(items, docOf) {
  /** @type {Map<string, { doc: Pick<Document, 'id' | 'title' | 'issuedOn'>, items: T[] }>} */
  const groups = new Map();
  for (const item of items) {
    const doc = docOf(item);
    if (!groups.has(doc.id)) groups.set(doc.id, { doc, items: [] });
    groups.get(doc.id)?.items.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.doc.issuedOn ?? '9999').localeCompare(b.doc.issuedOn ?? '9999'));
}
