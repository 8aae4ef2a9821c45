// The start page: what the explorer answers, with the README's five questions as links.
import { h, route } from '../dom.js';

/** @type {import('../app.js').View} */
export async function showHome(view) {
  view.append(
    h('h1', null, '武汉政策知识图谱 · policy-graph explorer'),
    h('p', null, 'Government plans as a graph: who leads, supports and coordinates what, with targets, parks and ',
      'initiatives — every fact with the verbatim quote it was read from.'),
    h('h2', null, 'Ask it'),
    h('ul', { 'data-questions': '' },
      h('li', null, h('a', { href: route('department', '市商务局') }, 'Which measures does 市商务局 lead across all plans?')),
      h('li', null, h('a', { href: route('targets', '2027') }, 'All 2027 targets')),
      h('li', null, h('a', { href: route('park', '东湖新技术开发区') }, 'Every measure concerning 光谷 (东湖新技术开发区)')),
      h('li', null, h('a', { href: route('initiative', '设计之都') }, 'How 设计之都 runs through the plans, by year')),
      h('li', null, h('a', { href: route('search', '服务外包') }, 'Full-text search: 服务外包'))),
    h('h2', null, 'Browse'),
    h('p', null, h('a', { href: route('department') }, 'Departments'), ' · ', h('a', { href: route('plan') }, 'Plans and their outlines'),
      ' · ', h('a', { href: route('targets') }, 'Targets by year'), ' · ', h('a', { href: route('metric') }, 'Metrics over time'),
      ' · ', h('a', { href: route('park') }, 'Parks'), ' · ', h('a', { href: route('initiative') }, 'Initiatives')),
    h('p.muted', null, 'GraphQL: ', h('a', { href: '/q/graphql-ui/' }, '/q/graphql-ui/'), ' · schema: /graphql/schema.graphql'));
}
