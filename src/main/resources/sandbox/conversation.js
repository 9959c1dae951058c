// Messages: a conversation's list with day lines, a thread, and each message with its blocks, files and replies.
import { h } from './dom.js';
import { mrkdwnToHtml } from './mrkdwn.js';
import { renderBlocks } from './blockkit.js';

function initials(name) {
  return (name ?? '?').split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
}

function when(ts) {
  return new Date(Number(ts.split('.')[0]) * 1000);
}

function files(m) {
  if (!m.files?.length) return null;
  return h('ul', { class: 'files' }, m.files.map((f) => h('li', {},
    h('a', { href: f.url, download: f.name }, `${f.title || f.name}`), h('span', { class: 'muted' },
      ` ${f.size} bytes`))));
}

/** One message; ctx: {names, me, fmt, replies(m), openThread(ts), act(m, action), dismiss(m)}. */
export function messageNode(m, ctx, inThread = false) {
  const name = ctx.names[m.user] ?? m.user;
  const content = m.blocks?.length
    ? renderBlocks(m.blocks, { ...ctx, dispatch: (a) => ctx.act(m, a) })
    : h('div', { class: 'text', html: mrkdwnToHtml(m.text, ctx.names) });
  const replies = inThread ? 0 : ctx.replies(m);
  const at = when(m.ts);
  return h('article', { class: `msg${m.ephemeral ? ' ephemeral' : ''}`, dataset: { ts: m.ts },
    id: `m${m.ts.replace('.', '')}` },
    h('div', { class: `avatar${m.bot ? ' bot' : ''}`, 'aria-hidden': 'true' }, initials(name)),
    h('div', { class: 'msg-body' },
      h('header', { class: 'msg-head' }, h('strong', {}, name), m.bot ? h('span', { class: 'badge' }, 'APP') : null,
        h('time', { datetime: at.toISOString() }, ctx.fmt.time(at)), m.edited ? h('span', { class: 'muted' },
          '(edited)') : null),
      m.ephemeral ? h('p', { class: 'only-you' }, 'Only visible to you') : null,
      content, files(m),
      replies ? h('button', { type: 'button', class: 'link-btn replies', onclick: () => ctx.openThread(m.ts) },
        `${replies} ${replies === 1 ? 'reply' : 'replies'}`) : null,
      !inThread && !replies && !m.ephemeral ? h('button', { type: 'button', class: 'link-btn reply',
        onclick: () => ctx.openThread(m.ts),
        'aria-label': `Reply in thread to ${name}` }, 'Reply in thread') : null,
      m.ephemeral ? h('button', { type: 'button', class: 'link-btn', onclick: () => ctx.dismiss(m) },
        'Dismiss') : null));
}

/** The top-level messages of a conversation, with a line for each new day. */
export function messageList(messages, ctx) {
  const list = h('div', { class: 'messages' });
  let day = null;
  for (const m of messages) {
    const d = ctx.fmt.day(when(m.ts));
    if (d !== day) {
      day = d;
      list.append(h('div', { class: 'day', role: 'separator' }, h('span', {}, d)));
    }
    list.append(messageNode(m, ctx));
  }
  if (!messages.length) list.append(h('p', { class: 'muted empty' }, 'No messages yet.'));
  return list;
}

/** A message and its replies. */
export function threadView(parent, replies, ctx) {
  return h('div', { class: 'thread-messages' }, messageNode(parent, ctx, true),
    h('div', { class: 'day' }, h('span', {}, `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`)),
    replies.map((r) => messageNode(r, ctx, true)));
}
