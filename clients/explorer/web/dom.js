// A tiny element builder: text always goes in as text nodes, so nothing from the graph is ever parsed as HTML.

/**
 * @typedef {string | number | Node | null | undefined | false | ChildList} Child
 * @typedef {Array<Child>} ChildList
 * @param {string} tag  element name, optionally with classes: "div.panel.side"
 * @param {Record<string, any> | null} [attrs]  attributes; on* keys become event listeners
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = name === 'svg' || SVG_TAGS.has(name)
    ? /** @type {HTMLElement} */ (/** @type {unknown} */ (document.createElementNS('http://www.w3.org/2000/svg', name)))
    : document.createElement(name);
  if (classes.length) el.setAttribute('class', classes.join(' '));
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') el.setAttribute('class', [...classes, value].join(' '));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG_TAGS = new Set(['g', 'line', 'polyline', 'circle', 'rect', 'text', 'title', 'path']);

/** @param {Node} parent @param {Child[]} children */
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of `target` with `children`. @param {Element} target @param {...Child} children */
export function render(target, ...children) {
  target.replaceChildren();
  append(target, children);
}

/** @param {string} text @param {number} max */
export function truncate(text, max) {
  return text.length > max ? text.slice(0, max) + '…' : text;
}

/** A search snippet with its 【match】 markers shown as highlights. @param {string} snippet */
export function markSnippet(snippet) {
  return snippet.split(/(【[^】]*】)/).filter(Boolean).map((part) =>
    part.startsWith('【') && part.endsWith('】') ? h('mark', null, part.slice(1, -1)) : part);
}

/** Route link: "#/department/市商务局". @param {...string} parts */
export function route(...parts) {
  return '#/' + parts.map(encodeURIComponent).join('/');
}
