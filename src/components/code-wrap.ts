// « Retour à la ligne » for code blocks: one switch, next to each block's copy button, that
// wraps long lines in every block of the site (Expressive Code renders every block ready to
// wrap, with its indentation preserved: ec.config.mjs). The reader's choice is remembered; before
// any choice, blocks wrap on narrow screens and on screens without hover, where the buttons
// always cover the code's first lines (src/styles/code-wrap.css).
import { whenIdle } from '../lib/idle';

const KEY = 'cours-conteneurs:v1:code-wrap';
const root = document.documentElement;
/** Where lines wrap before any choice: the media query of src/styles/code-wrap.css, inverted. */
const wrapsByDefault = matchMedia('(max-width: 50rem), (hover: none)');

function stored(): 'on' | 'off' | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

/** Whether lines wrap now: the reader's choice, else the default of the screen. */
const wrapping = () => (root.dataset.codeWrap ? root.dataset.codeWrap === 'on' : wrapsByDefault.matches);

function sync() {
  const on = wrapping();
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.code-wrap-toggle')) b.setAttribute('aria-pressed', String(on));
}

const choice = stored();
if (choice) root.dataset.codeWrap = choice;

// The switches are added once the page is idle, in a task of their own rather than in the page's
// first one (the copy buttons they sit beside show on hover or focus).
const addSwitches = () => {
  for (const copy of document.querySelectorAll('.expressive-code .copy')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-wrap-toggle';
    button.title = 'Retour à la ligne dans les blocs de code';
    button.setAttribute('aria-label', 'Retour à la ligne');
    // The stroke is styled in src/styles/code-wrap.css: fewer bytes in the script of every page.
    button.innerHTML = '<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path d="M4 6h16M4 12h13a3 3 0 0 1 0 6h-4m0 0 2-2m-2 2 2 2M4 18h5"/></svg>';
    button.addEventListener('click', () => {
      const next = wrapping() ? 'off' : 'on';
      root.dataset.codeWrap = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage refused: the choice holds for this page only.
      }
      sync();
    });
    copy.prepend(button);
  }
  sync();
};
whenIdle(addSwitches);
wrapsByDefault.addEventListener('change', sync);
