// The behaviour of Starlight's search (the `site-search` element of its Search component, whose
// own script src/integrations/starlight-search-script.mjs leaves out): the dialog opened by
// « Rechercher », Ctrl+K (⌘K) and « / », closed by Escape, « Annuler » or a click outside. The
// Pagefind UI (about 26 KB gzip) is downloaded when the dialog first opens, not on every page
// (most readers never search); offline, its chunk comes from the precache like any other.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import uiUrl from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs?lazy';

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const focusField = () => this.querySelector('input')?.focus();

    // A click on a result's link, or outside the dialog's frame, closes it.
    const onClick = (e: MouseEvent) => {
      const target = e.target as Node;
      if ('href' in (target || {}) || (document.body.contains(target) && !frame.contains(target))) close();
    };
    let started = false;
    const open = (e?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      focusField();
      e?.stopPropagation();
      addEventListener('click', onClick);
      if (!started) start();
    };
    const close = () => dialog.close();

    const start = () => {
      started = true;
      // `astro dev` has no index: Starlight shows a notice in the dialog instead.
      if (import.meta.env.DEV) return;
      let translations = {};
      try {
        translations = JSON.parse(this.dataset.translations || '{}');
      } catch {
        // Starlight's words are missing: Pagefind's English ones remain.
      }
      const base = import.meta.env.BASE_URL;
      import(/* @vite-ignore */ uiUrl).then(
        ({ PagefindUI }: { PagefindUI: new (options: Record<string, unknown>) => unknown }) => {
          new PagefindUI({
            ...pagefindUserConfig,
            element: '#starlight__search',
            baseUrl: base,
            bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
            showImages: false,
            translations,
            showSubResults: true,
            // Starlight strips the results' final slash when `trailingSlash` is 'never'; this site's is
            // 'always' (astro.config.mjs), so Pagefind's addresses are kept as they are.
          });
          // The field did not exist yet when the dialog opened.
          if (dialog.open) focusField();
        },
        () => {
          // Not downloaded (offline before the site was saved): the next opening tries again.
          started = false;
        },
      );
    };

    openBtn.addEventListener('click', open);
    openBtn.disabled = false;
    this.querySelector('button[data-close-modal]')!.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      removeEventListener('click', onClick);
    });

    addEventListener('keydown', (e) => {
      // Ctrl+K / ⌘K opens and closes it.
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
        if (dialog.open) close();
        else open();
        e.preventDefault();
      }
      // « / » opens it too (as on many documentation sites), outside fields where it is typed.
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || dialog.open) return;
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      e.preventDefault();
      open();
    });
  }
}
customElements.define('site-search', SiteSearch);
