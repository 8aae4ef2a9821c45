// Plans: pick one and walk its outline (sections → subsections → measures), with roles, parks and targets.
import { fetchData } from '../client.js';
import { indicatorChip, measureCard, quote } from '../components.js';
import { h, route } from '../dom.js';
import { PLAN, PLANS, PLAN_MEASURES, SECTION } from '../queries.js';

/**
 * @typedef {import('../../generated/schema').Document} Document
 * @typedef {import('../../generated/schema').Section} Section
 */

/** @type {import('../app.js').View} */
export async function showPlan(view, [planId, sectionId], ctx) {
  const { documents } = /** @type {{ documents: Document[] }} */ (await fetchData(PLANS, {}, ctx.fresh));
  const plans = documents.filter((d) => !d.external);
  if (!planId) {
    view.append(h('h1', null, '规划 Plans'), h('div.cards', { 'data-plans': '' }, plans.map((d) =>
      h('a.panel', { href: route('plan', d.id), 'data-doc-id': d.id },
        h('strong', null, d.title), h('div.meta', null, [d.docNumber, d.issuedOn, d.horizon && `→ ${d.horizon}`, d.status === 'DRAFT' && '征求意见稿 draft']
          .filter(Boolean).join(' · '))))));
    return;
  }
  const { document: doc } = /** @type {{ document: Document | null }} */ (await fetchData(PLAN, { id: planId }, ctx.fresh));
  if (!doc) {
    view.append(h('p.error', null, `No plan with id “${planId}”. `), h('a', { href: route('plan') }, 'All plans'));
    return;
  }
  view.append(
    h('h1', { 'data-plan': doc.id }, doc.title),
    h('p.meta', null, [doc.docNumber, doc.issuedOn && `issued ${doc.issuedOn}`, doc.horizon && `targets to ${doc.horizon}`,
      doc.issuers.length && `by ${doc.issuers.map((d) => d.name).join('、')}`, `${doc.measures.totalCount} measures`]
      .filter(Boolean).join(' · ')),
    h('div.layout', null,
      h('nav.panel.side', { 'aria-label': 'Outline', 'data-outline': '' },
        h('a', { href: route('plan', doc.id), class: sectionId ? undefined : 'current' }, 'All measures, in order'),
        outline(doc.sections, doc.id, sectionId)),
      h('div.panel', { 'data-scroll-target': sectionId ? '' : undefined },
        sectionId ? await section(sectionId, ctx.fresh) : await allMeasures(doc.id, ctx.fresh))));
}

/** @param {Section[]} sections @param {string} planId @param {string | undefined} currentId @returns {HTMLElement | null} */
function outline(sections, planId, currentId) {
  if (!sections?.length) return null;
  return h('ul.tree', null, sections.map((s) => h('li', null,
    h('a', { href: route('plan', planId, s.id), class: s.id === currentId ? 'current' : undefined, 'data-section-id': s.id },
      [s.label, s.title].filter(Boolean).join(' ') || s.id),
    outline(s.sections, planId, currentId))));
}

/** @param {string} id @param {boolean} fresh */
async function section(id, fresh) {
  const { section: s } = /** @type {{ section: Section | null }} */ (await fetchData(SECTION, { id }, fresh));
  if (!s) return h('p.error', null, `No section with id “${id}”.`);
  return h('div', { 'data-section': s.id },
    h('h2', null, [s.label, s.title].filter(Boolean).join(' ')),
    sectionBody(s),
    s.sections.map((sub) => h('div', { 'data-section': sub.id },
      h('h3', null, h('a', { href: route('plan', s.document?.id ?? '', sub.id) }, [sub.label, sub.title].filter(Boolean).join(' '))),
      sectionBody(sub))));
}

/** A section's own text (when it has no measures), its targets and its measures. @param {Section} s */
function sectionBody(s) {
  return [
    !s.measures.length && s.text ? h('p', null, s.text) : null,
    s.source ? quote(s.source) : null,
    s.indicators.length ? h('div.indicators', null, s.indicators.map(indicatorChip)) : null,
    s.measures.map((m) => measureCard(m, { showDocument: false })),
  ];
}

/** The plan's measures in document order (also those in task tables outside the outline). @param {string} id @param {boolean} fresh */
async function allMeasures(id, fresh) {
  const list = h('div', { 'data-all-measures': id });
  const more = h('button.secondary.more', { type: 'button' }, 'More');
  /** @param {string | null} after */
  const load = async (after) => {
    const { document: doc } = /** @type {{ document: Document }} */ (await fetchData(PLAN_MEASURES, { id, after }, fresh));
    list.append(...doc.measures.nodes.map((m) => measureCard(m, { showDocument: false })));
    more.hidden = !doc.measures.pageInfo.hasNextPage;
    more.onclick = () => load(doc.measures.pageInfo.endCursor ?? null);
  };
  await load(null);
  return h('div', null, h('h2', null, 'All measures'), list, more);
}
