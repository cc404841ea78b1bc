// What the service worker's registration (./register.ts) says, in French, in its live region at
// the top of the screen, under the header (never over a quiz's or a review's buttons, which sit
// lower). The page only reloads when the learner clicks « Recharger »: never in the middle of a
// quiz or a review. Loaded on demand, when there is something to say. Styles: src/styles/offline.css.

/** Shows (or replaces) the message `kind`; `null` text removes it. Returns the message element. */
function say(kind: string, text: string | null): HTMLElement | null {
  const box = document.getElementById('sw-ui')!;
  box.querySelector(`[data-kind="${kind}"]`)?.remove();
  if (text === null) return null;
  const message = document.createElement('div');
  message.className = `sw-message sw-${kind}`;
  message.dataset.kind = kind;
  const words = document.createElement('p');
  words.textContent = text;
  message.append(words);
  box.append(message);
  return message;
}

function button(label: string, action: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (primary) b.className = 'sw-primary';
  b.addEventListener('click', action);
  return b;
}

let reloadAsked = false;

/** « Nouvelle version disponible » : the reload happens on « Recharger » only. */
export function offerUpdate(registration: ServiceWorkerRegistration | undefined): void {
  const actions = document.createElement('span');
  actions.className = 'sw-actions';
  say('update', 'Nouvelle version disponible')?.append(actions);
  actions.append(
    button(
      'Recharger',
      () => {
        reloadAsked = true;
        // The waiting worker takes over, then `controllerchange` reloads (controllerChanged). When
        // another tab has already switched versions, nothing waits: reload at once.
        const waiting = registration?.waiting;
        if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      },
      true,
    ),
    button('Plus tard', () => say('update', null)),
  );
}

/** A new worker controls the page: the reload asked for, or (another tab switched) the offer. */
export function controllerChanged(hadController: boolean): void {
  if (reloadAsked) location.reload();
  else if (hadController) offerUpdate(undefined);
}

export function showNetwork(): void {
  say('offline', navigator.onLine ? null : 'Hors ligne');
}

/** The first worker is active: the whole course is on this device. */
export function ready(): void {
  const done = say('ready', 'Disponible hors ligne : tout le cours est enregistré sur cet appareil.');
  const close = button('×', () => say('ready', null));
  close.className = 'sw-close';
  close.setAttribute('aria-label', 'Fermer le message');
  done?.append(close);
  setTimeout(() => done?.remove(), 8000);
}
