// Talking to the sandbox server: actions are JSON posts (the server refuses anything else), state is long-polled.

export async function post(path, body) {
  try {
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    return await r.json().catch(() => ({ ok: r.ok, error: r.ok ? null : `HTTP ${r.status}` }));
  } catch (e) {
    return { ok: false, error: 'The sandbox is not answering (restarting?)' };
  }
}

export async function fetchState(as, version, signal) {
  const url = `/sandbox/ui/state?as=${encodeURIComponent(as)}${version == null ? '' : `&v=${version}`}`;
  const r = await fetch(url, { signal, cache: 'no-store' });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.json();
}

export const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** Times in the person's own locale and time zone, as their Slack would show them. */
export function formatter(person) {
  const locale = person?.locale ?? 'en-GB';
  const timeZone = person?.tz ?? 'Europe/Oslo';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const full = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit',
    minute: '2-digit', timeZone });
  return { time: (d) => time.format(d), day: (d) => day.format(d), dateTime: (d) => full.format(d) };
}
