// Drawing a pane again only when what it shows changed, keeping the scroll position (or the bottom) and the focus.
const narrow = window.matchMedia('(max-width: 700px)');

/** keys: what each container last showed, by its id; build() makes the new content. */
export function redraw(keys, container, owner, content, build) {
  const key = JSON.stringify([owner, content]);
  if (keys[container.id] === key) return;
  const moved = container.dataset.owner !== owner;
  keys[container.id] = key;
  container.dataset.owner = owner;
  const stick = moved || container.scrollTop + container.clientHeight >= container.scrollHeight - 40;
  const top = container.scrollTop;
  const focused = document.activeElement;
  const article = container.contains(focused) ? focused.closest('[data-ts]') : null;
  const index = article ? [...article.querySelectorAll('button, select, input, textarea, a')].indexOf(focused) : -1;
  container.replaceChildren(build());
  container.scrollTop = stick ? container.scrollHeight : top;
  // On a phone the page itself scrolls, not the pane: bring the newest message into view there.
  if (stick && narrow.matches) container.lastElementChild?.lastElementChild?.scrollIntoView({ block: 'end' });
  if (article) {
    container.querySelector(`[data-ts="${article.dataset.ts}"]`)
      ?.querySelectorAll('button, select, input, textarea, a')[index]?.focus();
  }
}
