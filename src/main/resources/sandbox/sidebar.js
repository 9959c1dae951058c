// The sidebar: channels, group DMs, the Kompis app (Home and Messages), and the emulator's own notes.
import { h, channelName } from './dom.js';
import { wordsFor } from './chrome.js';

function item(label, id, ui, extra = {}) {
  const current = ui.view === id || (id === 'app:home' && ui.view === 'app:messages');
  return h('li', {}, h('button', { type: 'button', class: `nav-item${extra.unread ? ' unread' : ''}`,
    'aria-current': current ? 'page' : null, onclick: () => ui.open(id) },
  h('span', { class: 'nav-label' }, label),
  extra.unread ? h('span', { class: 'count', 'aria-label': `${extra.unread} new` }, String(extra.unread)) : null));
}

function section(title, items) {
  return items.length ? h('div', { class: 'nav-section' }, h('h2', {}, title), h('ul', {}, items)) : null;
}

/** ui: {view, open(id), unread(convId)}; state from the server. */
export function renderSidebar(root, state, ui) {
  const convs = state.conversations;
  const w = wordsFor(state.people.find((p) => p.id === state.me));
  const channels = convs.filter((c) => c.kind === 'channel' || c.kind === 'private').map((c) => item(
    h('span', {}, channelName(c), c.member ? '' : w.notMemberTag), c.id, ui, { unread: ui.unread(c.id) }));
  const groups = convs.filter((c) => c.kind === 'mpim').map((c) => item(c.label, c.id, ui,
    { unread: ui.unread(c.id) }));
  const im = convs.find((c) => c.kind === 'im');
  const apps = [item('Kompis', 'app:home', ui, { unread: im ? ui.unread(im.id) : 0 })];
  root.replaceChildren(...[section(w.channels, channels), section(w.groups, groups), section(w.apps, apps)]
    .filter(Boolean));
}

export function renderEmulator(root, state) {
  const notes = state.notices.slice(-5).reverse();
  const w = wordsFor(state.people.find((p) => p.id === state.me)).emulator;
  root.replaceChildren(
    h('h2', {}, w.title),
    state.unsupported.length
      ? h('div', {}, h('p', { class: 'muted' }, w.unsupported),
        h('ul', { class: 'plain' }, state.unsupported.map((u) => h('li', {}, h('code', {}, u.method), ` ×${u.count}`))))
      : h('p', { class: 'muted' }, w.allEmulated),
    h('ul', { class: 'plain notes' }, notes.map((n) => h('li', { class: n.level }, n.text))));
}

/** The getting-started note, in the acting person's language like the rest of the page's own words. */
export function renderWelcome(root, state, ui) {
  if (ui.welcomeClosed || ui.view !== state.general) {
    root.replaceChildren();
    return;
  }
  const me = state.people.find((p) => p.id === state.me);
  const w = wordsFor(me).welcome;
  root.replaceChildren(h('div', { class: 'welcome', role: 'note' },
    h('h2', {}, w.title),
    h('p', {}, w.intro(me?.name, me?.manager)),
    h('ul', {},
      h('li', {}, `${w.type[0]} `, h('code', {}, '/kompis help'), `. ${w.type[1]} `, state.commands.join(', '), '.'),
      h('li', {}, w.others),
      h('li', {}, w.workspaces),
      h('li', {}, w.runNext),
      h('li', {}, w.reset)),
    h('button', { type: 'button', class: 'btn', onclick: () => ui.closeWelcome() }, w.gotIt)));
}
