// « Retour à la ligne » for code blocks: one switch, next to each block's copy button, that
// wraps long lines in every block of the site (Expressive Code renders every block ready to
// wrap, with its indentation preserved: ec.config.mjs). The reader's choice is remembered; before
// any choice, blocks wrap on narrow screens only (src/styles/code-wrap.css).
const KEY = 'cours-conteneurs:v1:code-wrap';
const root = document.documentElement;

function stored(): 'on' | 'off' | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

/** Whether lines wrap now: the reader's choice, else the default of the screen width. */
const wrapping = () => (root.dataset.codeWrap ? root.dataset.codeWrap === 'on' : matchMedia('(max-width: 50rem)').matches);

function sync() {
  const on = wrapping();
  for (const b of document.getElementsByClassName('code-wrap-toggle')) b.setAttribute('aria-pressed', String(on));
}

// The reader's choice applies before the first paint: it is one attribute on <html>.
const choice = stored();
if (choice) root.dataset.codeWrap = choice;

/** One switch, beside a block's copy button. */
function toggle(on: boolean): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-wrap-toggle';
  button.title = 'Retour à la ligne dans les blocs de code';
  button.setAttribute('aria-label', 'Retour à la ligne');
  button.setAttribute('aria-pressed', String(on));
  button.innerHTML = '<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M4 6h16M4 12h13a3 3 0 0 1 0 6h-4m0 0 2-2m-2 2 2 2M4 18h5"/></svg>';
  return button;
}

// One delegated listener for every switch, rather than one per block.
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('button.code-wrap-toggle')) return;
  const next = wrapping() ? 'off' : 'on';
  root.dataset.codeWrap = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  sync();
});

// The switches are added after the page is usable, a few blocks at a time, so that a long chapter
// never holds the first screen (the copy buttons they sit beside appear on hover or focus).
// `getElementsByClassName` is live and uses the class index: no selector run over the whole page.
const copies = document.getElementsByClassName('copy');
const slice = (from: number) => {
  const on = wrapping();
  const end = Math.min(from + 8, copies.length);
  for (let i = from; i < end; i++) {
    const copy = copies[i];
    if (copy.closest('.expressive-code') && !copy.getElementsByClassName('code-wrap-toggle').length) copy.prepend(toggle(on));
  }
  if (end < copies.length) later(() => slice(end));
};
const later = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 50));
if (copies.length) later(() => slice(0));
matchMedia('(max-width: 50rem)').addEventListener('change', sync);
