// A tiny element builder: attributes, listeners (onclick...), children. "html" takes only renderer output.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'html') el.innerHTML = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

let lastId = 0;
export function newId(prefix) {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

const LOCK = '<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">'
  + '<path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 1 0-4 0z"/></svg>';

/** A channel's name with # or, for a private one, a lock (drawn: headless browsers often lack emoji fonts). */
export function channelName(c) {
  return c.kind === 'private'
    ? h('span', {}, h('span', { class: 'lock', html: LOCK }), ` ${c.name}`, h('span', { class: 'visually-hidden' },
      ' (private)'))
    : h('span', {}, `# ${c.name}`);
}

export function unsupported(kind, type) {
  return h('div', { class: 'unsupported', role: 'note' }, `[unsupported ${kind}: ${type ?? 'unknown'}]`);
}
