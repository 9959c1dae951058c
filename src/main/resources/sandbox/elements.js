// Block Kit interactive elements as real form controls. In an input block they only hold a value; elsewhere
// (actions, accessories, dispatch_action inputs) a change or click is dispatched to Kompis as block_actions.
import { h, unsupported } from './dom.js';
import { plainToHtml, textToHtml } from './mrkdwn.js';

const SELECTS = {
  static_select: 'single', users_select: 'single', conversations_select: 'single', channels_select: 'single',
  multi_static_select: 'multi', multi_users_select: 'multi', multi_conversations_select: 'multi',
  multi_channels_select: 'multi',
};

function options(el, ctx) {
  const base = el.type.replace(/^multi_/, '');
  if (base === 'users_select') return ctx.people.map((p) => ({ value: p.id, label: p.name }));
  if (base === 'channels_select' || base === 'conversations_select') {
    return ctx.conversations
      .filter((c) => base === 'conversations_select' || c.kind === 'channel' || c.kind === 'private')
      .map((c) => ({ value: c.id, label: c.kind === 'channel' || c.kind === 'private' ? `#${c.name}` : c.label }));
  }
  const flat = (list) => (list ?? []).map((o) => ({ value: o.value, label: o.text?.text ?? o.value }));
  if (el.option_groups) {
    return el.option_groups.map((g) => ({ group: g.label?.text ?? '', options: flat(g.options) }));
  }
  return flat(el.options);
}

function initial(el) {
  const values = [el.initial_option?.value, el.initial_user, el.initial_conversation, el.initial_channel,
    ...(el.initial_options ?? []).map((o) => o.value), ...(el.initial_users ?? []),
    ...(el.initial_conversations ?? []), ...(el.initial_channels ?? [])];
  return new Set(values.filter((v) => v != null));
}

function optionNode(o, chosen) {
  return h('option', { value: o.value, selected: chosen.has(o.value) }, o.label);
}

// A multi-select is a list of checkboxes: plainer than Slack's token picker, and usable without a mouse.
function multiSelect(el, blockId, ctx, opts) {
  const flat = options(el, ctx).flatMap((o) => (o.group != null ? o.options : [o]));
  const asChoices = { ...el, type: 'checkboxes', options: flat.map((o) => ({ value: o.value, text: { type: 'plain_text',
    text: o.label } })),
    initial_options: [...initial(el)].map((value) => ({ value })) };
  const group = choices(asChoices, blockId, ctx, opts);
  group.dataset.actionId = el.action_id;
  group.classList.add('multi');
  return group;
}

function select(el, blockId, ctx, opts) {
  if (SELECTS[el.type] === 'multi') return multiSelect(el, blockId, ctx, opts);
  const chosen = initial(el);
  const list = options(el, ctx);
  const node = h('select', {
    id: opts.id, 'aria-label': opts.id ? null : el.placeholder?.text ?? 'Select an option',
    'aria-describedby': opts.describedBy, 'aria-invalid': opts.invalid ? 'true' : null,
    dataset: { blockId, actionId: el.action_id, collect: 'single' },
  });
  node.append(h('option', { value: '' }, el.placeholder?.text ?? 'Select an option'));
  for (const o of list) {
    node.append(o.group != null ? h('optgroup', { label: o.group }, o.options.map((x) => optionNode(x, chosen)))
      : optionNode(o, chosen));
  }
  if (opts.dispatch) {
    node.addEventListener('change', () => ctx.dispatch({ blockId, actionId: el.action_id, value: node.value || null }));
  }
  return node;
}

function choices(el, blockId, ctx, opts) {
  const radio = el.type === 'radio_buttons';
  const chosen = initial(el);
  const name = `${blockId}-${el.action_id}`;
  const group = h('div', {
    class: 'choices', role: radio ? 'radiogroup' : 'group', 'aria-labelledby': opts.labelId,
    'aria-describedby': opts.describedBy, dataset: { blockId, actionId: el.action_id,
      collect: radio ? 'radio' : 'checks' },
  });
  for (const o of el.options ?? []) {
    const input = h('input', { type: radio ? 'radio' : 'checkbox', name, value: o.value,
      checked: chosen.has(o.value) });
    group.append(h('label', { class: 'choice' }, input, h('span', { html: textToHtml(o.text, ctx.names) }),
      o.description ? h('small', { html: textToHtml(o.description, ctx.names) }) : null));
  }
  if (opts.dispatch) {
    group.addEventListener('change', () => ctx.dispatch({ blockId, actionId: el.action_id,
      value: radio ? group.querySelector('input:checked')?.value ?? null
        : [...group.querySelectorAll('input:checked')].map((i) => i.value) }));
  }
  return group;
}

function textInput(el, blockId, ctx, opts) {
  const types = { email_text_input: 'email', url_text_input: 'url', number_input: 'number',
    datepicker: 'date', timepicker: 'time', datetimepicker: 'datetime-local' };
  const multiline = el.type === 'plain_text_input' && el.multiline;
  let value = el.initial_value ?? el.initial_date ?? el.initial_time ?? null;
  if (el.type === 'datetimepicker' && el.initial_date_time) {
    value = new Date(el.initial_date_time * 1000).toISOString().slice(0, 16);
  }
  const node = h(multiline ? 'textarea' : 'input', {
    id: opts.id, type: multiline ? null : types[el.type] ?? 'text', rows: multiline ? '4' : null,
    maxlength: el.max_length ?? null, placeholder: el.placeholder?.text ?? null,
    step: el.type === 'number_input' && el.is_decimal_allowed ? 'any' : null,
    min: el.min_value ?? null, max: el.max_value ?? null, 'aria-required': opts.required ? 'true' : null,
    'aria-label': opts.id ? null : el.placeholder?.text ?? el.type, 'aria-describedby': opts.describedBy,
    'aria-invalid': opts.invalid ? 'true' : null,
    dataset: { blockId, actionId: el.action_id, collect: el.type === 'datetimepicker' ? 'datetime' : 'single' },
  });
  if (multiline && value != null) node.textContent = value;
  else if (value != null) node.value = value;
  if (opts.dispatch) {
    node.addEventListener('change', () => ctx.dispatch({ blockId, actionId: el.action_id, value: node.value || null }));
  }
  return node;
}

function button(el, blockId, ctx) {
  const node = h('button', { type: 'button', class: `btn ${el.style ?? ''}`.trim(),
    'aria-label': el.accessibility_label,
    html: plainToHtml(el.text?.text) });
  node.addEventListener('click', () => {
    if (el.confirm && !window.confirm(confirmText(el.confirm))) return;
    if (el.url) window.open(el.url, '_blank', 'noopener');
    ctx.dispatch({ blockId, actionId: el.action_id });
  });
  return node;
}

function overflow(el, blockId, ctx) {
  const node = h('select', { class: 'overflow', 'aria-label': 'More actions' }, h('option', { value: '' }, '⋯'),
    (el.options ?? []).map((o) => h('option', { value: o.value }, o.text?.text ?? o.value)));
  node.addEventListener('change', () => {
    const value = node.value;
    node.value = '';
    if (value) ctx.dispatch({ blockId, actionId: el.action_id, value });
  });
  return node;
}

function confirmText(c) {
  const strip = (t) => new DOMParser().parseFromString(textToHtml(t, {}), 'text/html').body.textContent;
  return [c.title?.text, strip(c.text)].filter(Boolean).join('\n\n');
}

/** One element; opts: {dispatch, id, labelId, describedBy, invalid, required}. */
export function renderElement(el, blockId, ctx, opts = {}) {
  if (!el) return unsupported('element', 'missing');
  if (SELECTS[el.type]) return select(el, blockId, ctx, opts);
  switch (el.type) {
    case 'button': return button(el, blockId, ctx);
    case 'overflow': return overflow(el, blockId, ctx);
    case 'checkboxes': case 'radio_buttons': return choices(el, blockId, ctx, opts);
    case 'plain_text_input': case 'email_text_input': case 'url_text_input': case 'number_input':
    case 'datepicker': case 'timepicker': case 'datetimepicker':
      return textInput(el, blockId, ctx, opts);
    case 'image': return h('img', { class: 'bk-thumb', src: el.image_url, alt: el.alt_text ?? '' });
    default: return unsupported('element', el.type);
  }
}

/** What the person entered in every control under root: {blockId: {actionId: value}}. */
export function collect(root) {
  const values = {};
  for (const node of root.querySelectorAll('[data-collect]')) {
    const { blockId, actionId, collect: kind } = node.dataset;
    let v;
    if (kind === 'checks') v = [...node.querySelectorAll('input:checked')].map((i) => i.value);
    else if (kind === 'radio') v = node.querySelector('input:checked')?.value ?? null;
    else if (kind === 'datetime') v = node.value ? String(Math.floor(new Date(node.value).getTime() / 1000)) : null;
    else v = node.value === '' ? null : node.value;
    (values[blockId] ??= {})[actionId] = v;
  }
  return values;
}

/** Puts entered values back after a re-render (Slack keeps them when a view is updated with the same ids). */
export function restore(root, values) {
  for (const node of root.querySelectorAll('[data-collect]')) {
    const v = values?.[node.dataset.blockId]?.[node.dataset.actionId];
    const kind = node.dataset.collect;
    if (v === undefined || kind === 'datetime') continue;
    if (kind === 'checks' || kind === 'radio') {
      node.querySelectorAll('input').forEach((i) => {
        i.checked = Array.isArray(v) ? v.includes(i.value) : v === i.value;
      });
    } else node.value = v ?? '';
  }
}
