// Starlight's search imports the Pagefind UI (about 26 KB gzip) when the browser is idle, on every
// page, although most readers never search. astro.config.mjs aliases '@pagefind/default-ui' to
// this module: Starlight's code still calls `new PagefindUI(options)`, and the real UI is only
// downloaded when the search dialog first opens (« Rechercher », Ctrl+K, or « / »). Offline, its
// chunk comes from the precache like any other.
type Options = Record<string, unknown>;

const load = (): Promise<{ PagefindUI: new (options: Options) => unknown }> =>
  // @ts-expect-error Pagefind's UI ships no type declarations (Starlight says the same).
  import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

export class PagefindUI {
  constructor(options: Options) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void load().then(({ PagefindUI: Real }) => {
        new Real(options);
        // Starlight focused the search field when the dialog opened, before the field existed.
        if (dialog?.open) document.querySelector<HTMLInputElement>('#starlight__search input')?.focus();
      });
    };
    if (!dialog) {
      start();
      return;
    }
    if (dialog.open) start();
    else {
      const observer = new MutationObserver(() => {
        if (!dialog.open) return;
        observer.disconnect();
        start();
      });
      observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    }

    // « / » opens the search too (as on many documentation sites), outside fields where it is typed.
    addEventListener('keydown', (e) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || dialog.open) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      e.preventDefault();
      document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.click();
    });
  }
}
