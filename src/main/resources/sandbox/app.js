// The sandbox page: plays the Slack client for whoever you are "acting as". Everything it does goes to the
// server, which signs it as Slack would and posts it to Kompis; what Kompis sends back arrives through the state.
import { h, channelName } from './dom.js';
import { post, fetchState, sleep, formatter } from './api.js';
import { renderBlocks } from './blockkit.js';
import { messageList, threadView } from './conversation.js';
import { ModalHost } from './modal.js';
import { renderSidebar, renderEmulator, renderWelcome } from './sidebar.js';
import { wordsFor, jobName, translatePage } from './chrome.js';
import { renderWorkspaces, renderInstalls } from './workspaces.js';
import { redraw } from './redraw.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const ui = {
  as: params.get('as') || localStorage.getItem('sandbox.as') || 'U0INGRID',
  view: localStorage.getItem('sandbox.view') || 'C0GENERAL',
  thread: null, state: null, version: null, abort: null, keys: {}, seen: {}, dismissed: new Set(), noticeSeen: null,
  welcomeClosed: localStorage.getItem('sandbox.welcome') === 'closed',
};
const modal = new ModalHost($('modal'), act);
const narrow = window.matchMedia('(max-width: 700px)');

async function act(path, body) {
  const r = await post(path, body);
  if (!r.ok && r.error) toast(r.error === 'sandbox_restarting' ? say().resetting : r.error, 'warn');
  return r;
}

function toast(text, level = 'info', kind = '') {
  const node = h('p', { class: `toast ${level} ${kind}`.trim() }, text);
  $('toasts').append(node);
  setTimeout(() => node.remove(), 7000);
}

const me = () => ui.state?.people.find((p) => p.id === ui.as);
const say = () => wordsFor(me());
const im = () => ui.state?.conversations.find((c) => c.kind === 'im');
const convId = () => (ui.view === 'app:messages' ? im()?.id : ui.view);
const topLevel = (id) => ui.state.messages.filter((m) => m.channel === id && (!m.threadTs || m.threadTs === m.ts)
  && !ui.dismissed.has(m.ts));

function ctx() {
  const s = ui.state;
  return { as: ui.as, names: s.names, people: s.people, conversations: s.conversations, fmt: formatter(me()),
    replies: (m) => s.messages.filter((r) => r.threadTs === m.ts && r.ts !== m.ts && r.channel === m.channel).length,
    openThread: (ts) => { ui.thread = ts; render(); $('thread-input').focus(); },
    act: (m, a) => act('/sandbox/ui/action', { as: ui.as, container: 'message', channel: m.channel, ts: m.ts, ...a }),
    dismiss: (m) => { ui.dismissed.add(m.ts); render(); } };
}

function open(id) {
  ui.view = id;
  ui.thread = null;
  localStorage.setItem('sandbox.view', id);
  if (id === 'app:home' || id === 'app:messages') {
    act('/sandbox/ui/open', { as: ui.as, tab: id === 'app:home' ? 'home' : 'messages' });
  }
  render();
  $('main').focus();
}

function unread(id) {
  const count = topLevel(id).length;
  if (id === convId() || ui.seen[id] == null) ui.seen[id] = count;
  return ui.seen[id] == null ? 0 : Math.max(0, count - ui.seen[id]);
}

function renderPane() {
  const s = ui.state;
  const conv = s.conversations.find((c) => c.id === ui.view);
  const app = ui.view.startsWith('app:');
  if (!app && !conv) { ui.view = s.general; return renderPane(); }
  $('pane-title').replaceChildren(app ? 'Kompis' : channelName(conv));
  const w = say();
  $('pane-topic').textContent = app ? w.app : conv.topic ?? '';
  $('pane-tabs').replaceChildren(...(app ? ['home', 'messages'].map((t) => h('button', { type: 'button', class: 'tab',
    'aria-pressed': String(ui.view === `app:${t}`), onclick: () => open(`app:${t}`) }, w[t])) : []));
  $('pane-body').classList.toggle('home', ui.view === 'app:home');
  const c = ctx();
  if (ui.view === 'app:home') {
    redraw(ui.keys, $('pane-body'), `${ui.as} home`, s.home, () => (s.home
      ? renderBlocks(s.home.blocks, { ...c, dispatch: (a) => act('/sandbox/ui/action', { as: ui.as, container: 'view',
        viewId: s.home.id, ...a }) })
      : h('p', { class: 'muted empty' }, w.noHome)));
  } else {
    const id = convId();
    const list = id ? topLevel(id) : [];
    redraw(ui.keys, $('pane-body'), `${ui.as} ${id}`, [list, list.map(c.replies)], () => messageList(list, c));
  }
  const member = app ? ui.view === 'app:messages' : conv.member;
  $('composer').hidden = ui.view === 'app:home' || !member;
  $('join').hidden = app || member;
  $('join-name').textContent = conv ? `#${conv.name}` : '';
  $('composer-input').placeholder = w.composer(app ? 'Kompis' : `#${conv.name}`);
}

function renderThread() {
  const id = convId();
  const parent = ui.thread && ui.state.messages.find((m) => m.channel === id && m.ts === ui.thread);
  $('thread').hidden = !parent;
  document.body.classList.toggle('with-thread', Boolean(parent));
  if (!parent) return;
  const replies = ui.state.messages.filter((m) => m.channel === id && m.threadTs === parent.ts && m.ts !== parent.ts
    && !ui.dismissed.has(m.ts));
  redraw(ui.keys, $('thread-body'), `${ui.as} ${id} ${parent.ts}`, [parent, replies],
    () => threadView(parent, replies, ctx()));
}

function renderHeader() {
  const s = ui.state;
  const select = $('acting-as');
  const w = say();
  if (select.dataset.key !== w.lang + s.teamId) {
    select.dataset.key = w.lang + s.teamId;
    select.replaceChildren(...s.people.map((p) => h('option', { value: p.id },
      `${p.name} (${p.manager ? `${w.manager}, ` : ''}${p.locale.slice(0, 2)})`)));
    translatePage(w);
  }
  select.value = ui.as;
  renderWorkspaces($('workspaces'), s, (team) => {
    localStorage.setItem(`sandbox.as.${s.teamId}`, ui.as);
    Object.assign(ui, { view: team.general, dismissed: new Set() });
    localStorage.setItem('sandbox.view', team.general);
    become(localStorage.getItem(`sandbox.as.${team.id}`) || team.first);
  });
  const fmt = formatter(me());
  const next = s.nextDue ? new Date(s.nextDue) : null;
  $('next-job').textContent = next ? `${w.nextJob} ${fmt.dateTime(next)}` : w.noJob;
  $('next-job').dataset.due = next ? String(s.nextDue) : '';
  $('run-next').disabled = !next;
  $('command-list').replaceChildren(...s.commands.map((c) => h('option', { value: `${c} ` })));
}

function tick() {
  if (!ui.state) return;
  const now = new Date(ui.state.now + (Date.now() - ui.receivedAt));
  const ahead = ui.state.offsetMillis > 60_000 ? ` (+${Math.round(ui.state.offsetMillis / 3_600_000)} h)` : '';
  $('clock').textContent = `${say().time} ${formatter(me()).dateTime(now)}${ahead}`;
}

function render() {
  if (!ui.state) return;
  // Says whose state is on screen, and which version: the browser test waits on it.
  Object.assign(document.body.dataset, { as: ui.as, version: String(ui.state.version) });
  renderHeader();
  renderSidebar($('conversations'), ui.state, { ...ui, open, unread });
  renderWelcome($('welcome'), ui.state, { ...ui, closeWelcome });
  renderPane();
  renderThread();
  renderInstalls($('installs'), ui.state);
  renderEmulator($('emulator'), ui.state);
  modal.show(ui.state.modal, { ...ctx() });
  const fresh = ui.state.notices.filter((n) => ui.noticeSeen != null && n.id > ui.noticeSeen);
  fresh.forEach((n) => toast(n.text, n.level));
  ui.noticeSeen = Math.max(ui.noticeSeen ?? 0, ...ui.state.notices.map((n) => n.id));
  tick();
}

function closeWelcome() {
  ui.welcomeClosed = true;
  localStorage.setItem('sandbox.welcome', 'closed');
  render();
}

async function poll() {
  for (;;) {
    const as = ui.as;
    ui.abort = new AbortController();
    try {
      const s = await fetchState(as, ui.version, ui.abort.signal);
      $('offline').hidden = true;
      if (as !== ui.as) continue;
      const count = ui.state ? topLevel(convId() ?? '').length : null;
      ui.state = s;
      ui.version = s.version;
      ui.receivedAt = Date.now();
      render();
      const now = topLevel(convId() ?? '').length;
      if (count != null && now > count) $('announcer').textContent = say().fresh(now - count);
    } catch (e) {
      if (e.name !== 'AbortError') {
        $('offline').hidden = false;
        ui.version = null;
        await sleep(700);
      }
    }
  }
}

function route() {
  const m = /^#\/([A-Z0-9]+)(?:\/p(\d+))?(?:\?thread_ts=([\d.]+))?/.exec(location.hash);
  if (!m) return;
  ui.view = m[1];
  ui.thread = m[3] ?? null;
  render();
  if (m[2]) setTimeout(() => document.getElementById(`m${m[2]}`)?.classList.add('flash'), 50);
}

function send(input, threadTs) {
  return async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const body = { as: ui.as, channel: ui.view === 'app:messages' ? ui.as : ui.view, text, threadTs };
    // Cleared at once, as Slack does: the answer may come after a modal the command opened was closed again, and
    // clearing then would throw away what the person has typed since.
    input.value = '';
    const r = await post(text.startsWith('/') ? '/sandbox/ui/command' : '/sandbox/ui/message', body);
    $('composer-error').textContent = r.ok ? '' : r.error;
    if (!r.ok && !input.value) input.value = text;
  };
}

// Acting as someone else (in this workspace, or the other one's person when the workspace is switched).
function become(id) {
  ui.as = id;
  localStorage.setItem('sandbox.as', ui.as);
  Object.assign(ui, { version: null, keys: {}, seen: {}, thread: null, noticeSeen: null });
  ui.abort?.abort();
  // Slack sends app_home_opened when a person looks at the Home tab: the new person is looking at it now.
  if (ui.view === 'app:home') act('/sandbox/ui/open', { as: ui.as, tab: 'home' });
}
$('acting-as').addEventListener('change', (e) => become(e.target.value));
$('composer').addEventListener('submit', send($('composer-input')));
$('thread-composer').addEventListener('submit', (e) => send($('thread-input'), ui.thread)(e));
$('thread-close').addEventListener('click', () => { ui.thread = null; render(); });
$('join-button').addEventListener('click', () => act('/sandbox/ui/join', { as: ui.as, channel: ui.view }));
$('run-next').addEventListener('click', async () => {
  const r = await act('/sandbox/ui/time-travel', {});
  const fmt = formatter(me());
  const w = say();
  if (r.ok) toast(r.ran ? w.ran(jobName(w, r.ran), fmt.dateTime(new Date(r.plannedFor))) : w.nothing, 'info', 'ran');
});
$('reset').addEventListener('click', async () => {
  if (!window.confirm(say().resetAsk)) return;
  const r = await act('/sandbox/ui/reset', {});
  if (r.ok) toast(say().resetting);
  Object.assign(ui, { view: ui.state.general, thread: null, keys: {}, seen: {}, dismissed: new Set() });
});
window.addEventListener('hashchange', route);
setInterval(tick, 1000);
if (narrow.matches) $('sidebar-toggle').open = false;
route();
poll();
