// Targets by year (every server), and a metric's targets and actuals over the years as an SVG chart
// (Query.metric, schema.graphql — shown with a clear note where the server has no metrics yet).
import { fetchData } from '../client.js';
import { degraded, docLink, indicatorText, quote } from '../components.js';
import { h, route } from '../dom.js';
import { METRIC, METRICS, TARGETS, TARGETS_FACETED } from '../queries.js';

/**
 * @typedef {import('../../generated/schema').Indicator} Indicator
 * @typedef {import('../../generated/schema').IndicatorConnection} IndicatorConnection
 * @typedef {{ value: any, count: number }} Facet  a facet entry (schema.graphql)
 * @typedef {{ id: string, name: string, aliases: string[], series: MetricPoint[] }} Metric  per schema.graphql
 * @typedef {{ year: number | null, role: 'TARGET' | 'BASELINE' | 'ACTUAL', value: number | null, valueMax: number | null,
 *   unit: string | null, indicator: Indicator & { period?: string } }} MetricPoint  per schema.graphql
 */

/** @type {import('../app.js').View} */
export async function showTargets(view, [yearText], ctx) {
  const year = yearText ? Number(yearText) : undefined;
  const docId = ctx.query.get('document') ?? undefined;
  view.append(h('h1', null, '目标 Targets', year ? ` ${year}` : ''), yearForm(year));
  if (!year || !Number.isInteger(year)) {
    if (yearText) view.append(h('p.error', null, `“${yearText}” is not a year.`));
    view.append(h('p.muted', null, 'Pick a year to list the targets plans set for it.'));
    return;
  }
  const filter = { year, ...(docId ? { documentId: docId } : {}) };
  const faceted = ctx.features.indicatorFacets;
  /** @type {Indicator[]} */
  const indicators = [];
  /** @type {(IndicatorConnection & { facets?: any }) | undefined} */
  let connection;
  /** @type {string | null} */
  let after = null;
  do {
    const data = /** @type {{ indicators: IndicatorConnection & { facets?: any } }} */ (
      await fetchData(faceted ? TARGETS_FACETED : TARGETS, { filter, after }, ctx.fresh));
    connection ??= data.indicators;
    indicators.push(...data.indicators.nodes);
    after = data.indicators.pageInfo.hasNextPage ? data.indicators.pageInfo.endCursor ?? null : null;
  } while (after && indicators.length < 1000);
  const facets = connection?.facets;
  view.append(h('div.layout', null,
    h('aside.panel.side', null,
      faceted
        ? [h('h3', null, 'Plans'), h('div.chips', { 'data-facet': 'documents' },
          docId ? h('a.chip.selected', { href: route('targets', String(year)) }, '× ', docId) : null,
          (/** @type {{ value: { id: string, title: string }, count: number }[]} */ (facets.documents)).map((f) =>
            h('a.chip', { href: `${route('targets', String(year))}?document=${encodeURIComponent(f.value.id)}`, 'data-value': f.value.id },
              f.value.title, h('span.count', null, f.count)))),
        h('h3', null, 'Kinds'), h('div.chips', { 'data-facet': 'kinds' },
          (/** @type {Facet[]} */ (facets.kinds)).map((f) => h('span.chip', null, f.value, h('span.count', null, f.count))))]
        : degraded('Narrowing targets by plan', 'IndicatorConnection.facets'),
      h('p.muted', null, h('a', { href: route('metric') }, 'Metrics over the years →'))),
    h('div.panel', { 'data-targets': year, 'data-total': connection?.totalCount },
      h('p.meta', null, `${connection?.totalCount ?? 0} targets for ${year}`),
      indicators.map((i) => h('div.entry', { 'data-indicator-id': i.id },
        h('div.head', null, indicatorText(i)),
        h('div.meta', null, docLink(i.document), i.measure ? ` · measure ${i.measure.number}` : '',
          i.section ? ` · § ${[i.section.label, i.section.title].filter(Boolean).join(' ')}` : ''),
        quote(i.source))))));
}

/** @param {number | undefined} year */
function yearForm(year) {
  const input = h('input', { type: 'number', name: 'year', min: 1990, max: 2100, value: year ?? 2027, 'aria-label': 'Year' });
  return h('form.find', {
    onsubmit: (/** @type {Event} */ e) => {
      e.preventDefault();
      location.hash = route('targets', /** @type {HTMLInputElement} */ (input).value);
    },
  }, input, h('button', { type: 'submit' }, 'Show'));
}

/** @type {import('../app.js').View} */
export async function showMetric(view, [name], ctx) {
  view.append(h('h1', null, '指标 Metrics', name ? ` · ${name}` : ''));
  if (!ctx.features.metric || !ctx.features.metrics) {
    view.append(degraded('The metric chart', 'Query.metric and Query.metrics'),
      h('p', null, 'Targets are listed by year meanwhile: ', h('a', { href: route('targets', '2025') }, '2025'), ' · ',
        h('a', { href: route('targets', '2027') }, '2027')));
    return;
  }
  const { metrics } = /** @type {{ metrics: Metric[] }} */ (await fetchData(METRICS, {}, ctx.fresh));
  view.append(h('div.chips', { 'data-metrics': '' }, metrics.map((m) =>
    h('a.chip', { href: route('metric', m.name), class: m.name === name ? 'selected' : undefined }, m.name))));
  if (!name) return;
  const { metric } = /** @type {{ metric: Metric | null }} */ (await fetchData(METRIC, { name }, ctx.fresh));
  if (!metric) {
    view.append(h('p.error', null, `No metric is called “${name}”.`));
    return;
  }
  view.append(h('div.panel', { 'data-metric': metric.name },
    metric.aliases.length ? h('p.meta', null, 'Also: ', metric.aliases.join('、')) : null,
    chart(metric.series),
    h('div.scroll-x', null, h('table.data', null,
      h('tr', null, ['Year', 'Role', 'Value', 'Period', 'Plan', 'Quote'].map((c) => h('th', null, c))),
      metric.series.map((p) => h('tr', { 'data-point': `${p.year}:${p.role}` },
        h('td', null, p.year ?? '—'), h('td', null, p.role), h('td', null, pointValue(p)), h('td', null, p.indicator.period ?? ''),
        h('td', null, docLink(p.indicator.document)), h('td', null, p.indicator.source.quote)))))));
}

/** @param {MetricPoint} p */
function pointValue(p) {
  if (p.value === null) return '—';
  return (p.valueMax !== null ? `${p.value}–${p.valueMax}` : String(p.value)) + (p.unit ?? '');
}

const ROLE_COLOURS = { TARGET: 'var(--target)', ACTUAL: 'var(--actual)', BASELINE: 'var(--baseline)' };

/**
 * Values by year: one line per role (targets dashed), a point per statement with its quote as tooltip.
 * Points without a year or value cannot be placed and are listed in the table only.
 * @param {MetricPoint[]} series
 */
export function chart(series) {
  const dated = series.filter((p) => p.year !== null && p.value !== null);
  if (!dated.length) return h('p.muted', null, 'No dated values to chart.');
  // One axis, one unit: the unit most points use (a growth rate in % and a level in 亿元 do not share an axis).
  /** @type {Map<string, number>} */
  const perUnit = new Map();
  for (const p of dated) perUnit.set(p.unit ?? '', (perUnit.get(p.unit ?? '') ?? 0) + 1);
  const unit = [...perUnit.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const points = dated.filter((p) => (p.unit ?? '') === unit);
  const elsewhere = dated.length - points.length;
  const W = 640, H = 300, left = 56, right = 16, top = 16, bottom = 36;
  const years = points.map((p) => /** @type {number} */ (p.year));
  const values = points.flatMap((p) => [/** @type {number} */ (p.value), p.valueMax ?? /** @type {number} */ (p.value)]);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (/** @type {number} */ year) => left + (y1 === y0 ? (W - left - right) / 2 : ((year - y0) / (y1 - y0)) * (W - left - right));
  const y = (/** @type {number} */ value) => H - bottom - (v1 === v0 ? 0.5 : (value - v0) / (v1 - v0)) * (H - top - bottom);
  const ticks = [v0, (v0 + v1) / 2, v1];
  const units = [...new Set(points.map((p) => p.unit).filter(Boolean))];
  return h('figure', null,
    h('svg.chart', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'values by year', 'data-chart': '' },
      ticks.map((t) => h('g', null, h('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), stroke: '#e5e7eb' }),
        h('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end' }, formatNumber(t)))),
      [...new Set(years)].map((year) => h('text', { x: x(year), y: H - bottom + 16, 'text-anchor': 'middle' }, year)),
      Object.entries(ROLE_COLOURS).map(([role, colour]) => {
        const line = points.filter((p) => p.role === role).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
        return h('g', { 'data-series': role },
          line.length > 1 ? h('polyline', { fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': role === 'TARGET' ? '6 4' : undefined,
            points: line.map((p) => `${x(/** @type {number} */ (p.year))},${y(/** @type {number} */ (p.value))}`).join(' ') }) : null,
          line.map((p) => h('circle', { cx: x(/** @type {number} */ (p.year)), cy: y(/** @type {number} */ (p.value)), r: 5,
            fill: role === 'TARGET' ? '#fff' : colour, stroke: colour, 'stroke-width': 2, 'data-year': p.year, 'data-value': p.value },
          h('title', null, `${p.year} ${role}: ${pointValue(p)} — ${p.indicator.document.title}: ${p.indicator.source.quote}`))));
      })),
    h('figcaption.legend', null, Object.entries(ROLE_COLOURS).map(([role, colour]) =>
      h('span', null, h('i', { style: `background:${colour}` }), role.toLowerCase())), units.length ? h('span', null, 'unit: ', units.join(', ')) : null,
    elsewhere ? h('span', { 'data-not-charted': elsewhere }, `${elsewhere} value(s) in other units: in the table only`) : null));
}

/** @param {number} n */
function formatNumber(n) {
  return Math.abs(n) >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}
