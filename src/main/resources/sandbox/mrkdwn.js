// Slack mrkdwn to safe HTML. Everything is HTML-escaped first; only the markup produced here is ever trusted.

const EMOJI = {
  tada: '🎉', bulb: '💡', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', warning: '⚠️', wave: '👋',
  speech_balloon: '💬', thought_balloon: '💭', calendar: '📅', date: '📅', alarm_clock: '⏰', hourglass: '⌛',
  busts_in_silhouette: '👥', bust_in_silhouette: '👤', handshake: '🤝', books: '📚', book: '📖', pencil: '✏️',
  memo: '📝', mag: '🔍', pushpin: '📌', star: '⭐', sparkles: '✨', seedling: '🌱', rocket: '🚀', thumbsup: '👍',
  '+1': '👍', raised_hands: '🙌', clap: '👏', eyes: '👀', point_right: '👉', arrows_counterclockwise: '🔄',
  tophat: '🎩', white_circle: '⚪', red_circle: '🔴', black_circle: '⚫', yellow_circle: '🟡',
  large_yellow_circle: '🟡', green_circle: '🟢', large_green_circle: '🟢', large_blue_circle: '🔵', blue_circle: '🔵',
  lock: '🔒', question: '❓', smile: '😄',
  slightly_smiling_face: '🙂', heart: '❤️', fire: '🔥', zap: '⚡', compass: '🧭', trophy: '🏆', dart: '🎯',
};

export function escapeHtml(s) {
  return String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// Slack escapes only &, < and > in message text; undo that before escaping for HTML.
function unslack(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// The hats' colours are drawn, not typed: they must show on a machine without an emoji font too.
const DOTS = { white_circle: '#ffffff', red_circle: '#d7263d', black_circle: '#1d1c1d', yellow_circle: '#f4c430',
  large_yellow_circle: '#f4c430', green_circle: '#2e9e48', large_green_circle: '#2e9e48', blue_circle: '#2f6fd6',
  large_blue_circle: '#2f6fd6' };
let colourEmoji = null;

/** Whether this browser draws emoji in colour; without an emoji font they come out as empty boxes. */
function hasColourEmoji() {
  if (colourEmoji !== null) return colourEmoji;
  colourEmoji = true;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 24;
    canvas.height = 24;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    g.textBaseline = 'top';
    g.font = '20px "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';
    g.fillText('🎉', 0, 0);
    const d = g.getImageData(0, 0, 24, 24).data;
    colourEmoji = false;
    for (let i = 0; i < d.length; i += 4) {
      const coloured = Math.abs(d[i] - d[i + 1]) > 20 || Math.abs(d[i + 1] - d[i + 2]) > 20;
      if (d[i + 3] > 0 && coloured) { colourEmoji = true; break; }
    }
  } catch (e) {
    colourEmoji = true;
  }
  return colourEmoji;
}

export function emoji(html) {
  return html.replace(/:([a-z0-9_+-]+):/g, (m, name) => {
    if (DOTS[name]) return `<span class="dot" role="img" aria-label="${name}" style="background:${DOTS[name]}"></span>`;
    if (!EMOJI[name]) return m;
    return hasColourEmoji() ? `<span class="emoji" role="img" aria-label="${name}">${EMOJI[name]}</span>`
      : `<span class="emoji-name" role="img" aria-label="${name}">${name.replace(/_/g, ' ')}</span>`;
  });
}

/** plain_text objects: escaped, with emoji shortcodes turned into emoji. */
export function plainToHtml(text) {
  return emoji(escapeHtml(text));
}

function controlSequence(body, names) {
  const [target, label] = splitOnce(body, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `<span class="mention">@${escapeHtml(names[id] ?? label ?? id)}</span>`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `<a class="mention" href="#/${encodeURIComponent(id)}">#${escapeHtml(names[id] || label || id)}</a>`;
  }
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (special.startsWith('subteam^')) return `<span class="mention">${escapeHtml(label ?? '@group')}</span>`;
    if (special.startsWith('date^')) return escapeHtml(unslack(label ?? ''));
    return `<span class="mention">@${escapeHtml(special)}</span>`;
  }
  const url = unslack(target);
  const text = escapeHtml(unslack(label ?? target));
  if (/^(https?:|mailto:)/i.test(url)) {
    return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
  }
  return text;
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

// Bold, italic and strike need their markers at word edges, as in Slack: snake_case_words stay plain.
const EDGE_BEFORE = '(^|[\\s(>"\'“«])';
const EDGE_AFTER = '(?=$|[\\s).,!?:;"\'”»<])';
const STYLES = [['\\*', 'strong'], ['_', 'em'], ['~', 'del']];

function inline(raw, names) {
  const held = [];
  const hold = (html) => `\u0000${held.push(html) - 1}\u0000`;
  let s = raw.replace(/`([^`\n]+)`/g, (m, code) => hold(`<code>${escapeHtml(unslack(code))}</code>`));
  s = s.replace(/<([^<>\n\u0000]+)>/g, (m, body) => hold(controlSequence(body, names)));
  s = escapeHtml(unslack(s));
  for (const [mark, tag] of STYLES) {
    const re = new RegExp(`${EDGE_BEFORE}${mark}(\\S(?:[^\\n]*?\\S)?)${mark}${EDGE_AFTER}`, 'g');
    s = s.replace(re, (m, pre, body) => `${pre}<${tag}>${body}</${tag}>`);
  }
  s = emoji(s);
  return s.replace(/\u0000(\d+)\u0000/g, (m, i) => held[Number(i)]);
}

function lines(text, names) {
  const out = [];
  let list = null;
  let quote = null;
  const flush = () => {
    if (list) out.push(`<ul>${list.join('')}</ul>`);
    if (quote) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    list = null;
    quote = null;
  };
  for (const line of text.split('\n')) {
    const bullet = /^\s*(?:•|-|◦)\s+(.*)$/.exec(line);
    if (bullet) {
      if (quote) flush();
      (list ??= []).push(`<li>${inline(bullet[1], names)}</li>`);
    } else if (line.startsWith('>')) {
      if (list) flush();
      (quote ??= []).push(inline(line.replace(/^>\s?/, ''), names));
    } else {
      flush();
      out.push(inline(line, names) + '<br>');
    }
  }
  flush();
  return out.join('').replace(/(<br>)+$/, '');
}

/** Slack mrkdwn to HTML: names maps user and channel ids to what mentions show. */
export function mrkdwnToHtml(text, names = {}) {
  const parts = String(text ?? '').split('```');
  return parts.map((part, i) => (i % 2 === 1 && i < parts.length - 1
    ? `<pre>${escapeHtml(unslack(part.replace(/^\n/, '')))}</pre>`
    : lines(part, names))).join('');
}

/** A text object of either kind. */
export function textToHtml(obj, names) {
  if (!obj) return '';
  return obj.type === 'mrkdwn' ? mrkdwnToHtml(obj.text, names) : plainToHtml(obj.text);
}
