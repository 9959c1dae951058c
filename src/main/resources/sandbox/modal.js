// Modals as an accessible dialog: <dialog> makes the page behind it inert, Esc asks to close (view_closed when the
// view wants it), and errors from response_action "errors" appear under their inputs.
import { h } from './dom.js';
import { renderBlocks } from './blockkit.js';
import { collect, restore } from './elements.js';
import { plainToHtml } from './mrkdwn.js';

export class ModalHost {
  constructor(dialog, post) {
    this.dialog = dialog;
    this.post = post;
    this.key = null;
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.close();
    });
  }

  /** modal: {view, errors, depth} from the state, or null; ctx as for blocks, plus as (the person). */
  show(modal, ctx) {
    this.ctx = ctx;
    if (!modal) {
      this.key = null;
      this.viewId = null;
      if (this.dialog.open) {
        this.dialog.close();
        // Back where the person was, or the composer if that was redrawn meanwhile. Blurred first: after a mouse
        // click in the dialog Chromium gives the composer focus back but drops what is typed into it.
        document.activeElement?.blur?.();
        (this.opener?.isConnected ? this.opener : document.getElementById('composer-input'))?.focus?.();
      }
      return;
    }
    const key = `${ctx.as}|${modal.view.id}|${modal.view.hash}|${JSON.stringify(modal.errors)}`;
    if (key === this.key) return;
    const entered = this.viewId === modal.view.id ? collect(this.dialog) : null;
    this.key = key;
    this.viewId = modal.view.id;
    this.render(modal, ctx);
    if (entered) restore(this.dialog, entered);
    if (!this.dialog.open) {
      this.opener = document.activeElement;
      this.dialog.showModal();
      this.dialog.querySelector('.modal-body input, .modal-body textarea, .modal-body select, .modal-body button, '
        + '.modal-foot button')?.focus();
    } else if (Object.keys(modal.errors ?? {}).length) {
      this.dialog.querySelector('.has-error input, .has-error textarea, .has-error select')?.focus();
    }
  }

  render(modal, ctx) {
    const v = modal.view;
    const errors = modal.errors ?? {};
    const hasInputs = (v.blocks ?? []).some((b) => b.type === 'input');
    const blocks = renderBlocks(v.blocks, { ...ctx, errors,
      dispatch: (a) => this.post('/sandbox/ui/action', { as: ctx.as, container: 'view', viewId: v.id, ...a,
        values: collect(this.dialog) }) });
    const form = h('form', { class: 'modal', novalidate: true,
      onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      h('header', { class: 'modal-head' },
        modal.depth > 1 ? h('span', { class: 'modal-depth' }, `${modal.depth} of ${modal.depth}`) : null,
        h('h2', { id: 'modal-title', html: plainToHtml(v.title?.text) }),
        h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => this.close() }, '×')),
      errors[''] ? h('p', { class: 'modal-error', role: 'alert' }, errors['']) : null,
      h('div', { class: 'modal-body' }, blocks),
      h('footer', { class: 'modal-foot' },
        h('button', { type: 'button', class: 'btn', onclick: () => this.close() }, v.close?.text ?? 'Cancel'),
        v.submit || hasInputs ? h('button', { type: 'submit', class: 'btn primary',
          html: plainToHtml(v.submit?.text ?? 'Submit') }) : null));
    this.dialog.replaceChildren(form);
  }

  async submit() {
    await this.busy(() => this.post('/sandbox/ui/submit', { as: this.ctx.as, viewId: this.viewId,
      values: collect(this.dialog) }));
  }

  async close() {
    if (!this.viewId) return;
    await this.busy(() => this.post('/sandbox/ui/close', { as: this.ctx.as, viewId: this.viewId,
      values: collect(this.dialog) }));
  }

  async busy(call) {
    const buttons = [...this.dialog.querySelectorAll('.modal-foot button')];
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await call();
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }
}
