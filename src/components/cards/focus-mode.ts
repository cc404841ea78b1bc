// « Mode concentration » of a review session, like Anki's full-screen review: the session fills
// the screen in a modal <dialog> (the browser makes the rest of the page inert, Échap leaves it),
// and Starlight's header, sidebar and the rest of the page are hidden (cards.css). The learner's
// choice is remembered, so the next session opens the same way.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export const FOCUS_KEY = 'cours-conteneurs:v1:concentration';
/** On <html> while the mode is on: cards.css hides the page behind the dialog and stops it scrolling. */
export const FOCUS_CLASS = 'mode-concentration';

/** The remembered choice; anything else than 'on' (nothing stored, storage refused, a stray value) is off. */
export function storedFocus(): boolean {
  try {
    return localStorage.getItem(FOCUS_KEY) === 'on';
  } catch {
    return false;
  }
}

function storeFocus(on: boolean): void {
  try {
    localStorage.setItem(FOCUS_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

/**
 * The mode for one review session: `on`, `set(on)` (remembered), the dialog to render around the
 * session while on, and the button that enters it (focus returns there on the way out).
 */
export function useFocusMode() {
  const [on, setOn] = useState(storedFocus);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOn = useRef(on);

  const set = (next: boolean) => {
    storeFocus(next);
    setOn(next);
  };

  // Open as soon as it is rendered: the review moves focus into it in the same commit (Review.tsx).
  useLayoutEffect(() => {
    const was = wasOn.current;
    wasOn.current = on;
    const dialog = dialogRef.current;
    if (!on || !dialog) {
      // Leaving the mode: the eyes go back to the button that entered it.
      if (was && !on) toggleRef.current?.focus();
      return undefined;
    }
    const root = document.documentElement;
    root.classList.add(FOCUS_CLASS);
    if (!dialog.open) dialog.showModal();
    // Échap (the dialog's cancel), or the browser closing it: back to the page.
    const onClose = () => set(false);
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('close', onClose);
      root.classList.remove(FOCUS_CLASS);
    };
  }, [on]);

  return { on, set, dialogRef, toggleRef };
}
