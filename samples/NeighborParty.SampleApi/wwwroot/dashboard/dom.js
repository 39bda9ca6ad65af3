// Building the page from data without innerHTML: every text goes through textContent.

/** Creates an element: h('a', { href: '#/' }, 'text', child…). */
export function h(name, attributes = {}, ...children) {
  const el = document.createElement(name);
  for (const [k, v] of Object.entries(attributes ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A table with a caption, column headers and rows of cells (text or nodes); numeric columns by index. */
export function table(caption, headers, rows, numeric = []) {
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((x, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: numeric.includes(i) ? 'num' : null }, c))))));
}

/** A local date-time (Asia/Shanghai) of an ISO instant. */
export function when(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(instant));
}

/** A tag for an alert level. */
export function tag(text, level) {
  return h('span', { class: `tag ${level}` }, text);
}
