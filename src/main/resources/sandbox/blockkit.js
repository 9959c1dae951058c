// Block Kit layout blocks. A block or element this page does not know is shown as such, never dropped.
import { h, newId, unsupported } from './dom.js';
import { plainToHtml, textToHtml } from './mrkdwn.js';
import { renderElement } from './elements.js';

function section(b, ctx) {
  const main = h('div', { class: 'bk-section-main' });
  if (b.text) main.append(h('div', { class: 'bk-text', html: textToHtml(b.text, ctx.names) }));
  if (b.fields) {
    main.append(h('div', { class: 'bk-fields' },
      b.fields.map((f) => h('div', { class: 'bk-field', html: textToHtml(f, ctx.names) }))));
  }
  return h('div', { class: 'bk-section' }, main,
    b.accessory ? h('div', { class: 'bk-accessory' }, renderElement(b.accessory, b.block_id, ctx,
      { dispatch: true })) : null);
}

function context(b, ctx) {
  return h('div', { class: 'bk-context' }, (b.elements ?? []).map((e) => (e.type === 'image'
    ? h('img', { src: e.image_url, alt: e.alt_text ?? '', class: 'bk-context-img' })
    : h('span', { html: textToHtml(e, ctx.names) }))));
}

function input(b, ctx) {
  const id = newId('input');
  const labelId = `${id}-label`;
  const error = ctx.errors?.[b.block_id];
  const hintId = b.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const grouped = ['checkboxes', 'radio_buttons'].includes(b.element?.type) || b.element?.type?.startsWith('multi_');
  const label = h(grouped ? 'span' : 'label', { class: 'bk-label', id: labelId, for: grouped ? null : id },
    h('span', { html: plainToHtml(b.label?.text) }), b.optional ? h('span', { class: 'optional' },
      ' (optional)') : null);
  const control = renderElement(b.element, b.block_id, ctx, {
    dispatch: Boolean(b.dispatch_action), id: grouped ? null : id, labelId, invalid: Boolean(error),
    required: !b.optional, describedBy: [hintId, errorId].filter(Boolean).join(' ') || null,
  });
  return h('div', { class: `bk-input${error ? ' has-error' : ''}`, dataset: { blockId: b.block_id } }, label, control,
    b.hint ? h('p', { class: 'bk-hint', id: hintId, html: plainToHtml(b.hint.text) }) : null,
    error ? h('p', { class: 'bk-error', id: errorId, role: 'alert' }, error) : null);
}

function block(b, ctx) {
  switch (b.type) {
    case 'header': return h('h3', { class: 'bk-header', html: plainToHtml(b.text?.text) });
    case 'section': return section(b, ctx);
    case 'context': return context(b, ctx);
    case 'divider': return h('hr', { class: 'bk-divider' });
    case 'actions':
      return h('div', { class: 'bk-actions', role: 'group', 'aria-label': 'Actions' },
        (b.elements ?? []).map((e) => renderElement(e, b.block_id, ctx, { dispatch: true })));
    case 'input': return input(b, ctx);
    case 'image':
      return h('figure', { class: 'bk-image' }, h('img', { src: b.image_url, alt: b.alt_text ?? '' }),
        b.title ? h('figcaption', { html: plainToHtml(b.title.text) }) : null);
    default: return unsupported('block', b.type);
  }
}

/** Blocks as DOM; ctx: {names, people, conversations, errors, dispatch}. */
export function renderBlocks(blocks, ctx) {
  return h('div', { class: 'blocks' }, (blocks ?? []).map((b) => block(b, ctx)));
}
