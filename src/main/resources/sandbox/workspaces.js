// The switch between the two emulated workspaces (one Kompis installed in both), and the note on what a second
// install changes, in the acting person's language like the rest of the page's own words.
import { h } from './dom.js';
import { wordsFor } from './chrome.js';

/** One button per workspace, the current one pressed; {@code onSwitch(team)} when another one is chosen. */
export function renderWorkspaces(root, state, onSwitch) {
  const key = JSON.stringify([state.teamId, state.teams]);
  if (root.dataset.key === key) return;
  root.dataset.key = key;
  root.replaceChildren(...state.teams.map((t) => h('button', { type: 'button', class: 'btn ws', 'data-team': t.id,
    'aria-pressed': String(t.id === state.teamId), onclick: () => { if (t.id !== state.teamId) onSwitch(t); } },
  t.name)));
}

export function renderInstalls(root, state) {
  const w = wordsFor(state.people.find((p) => p.id === state.me)).installs;
  root.replaceChildren(h('h2', {}, w.title), h('p', {}, w.body),
    h('ul', { class: 'plain' }, w.points.map((point) => h('li', {}, point))));
}
