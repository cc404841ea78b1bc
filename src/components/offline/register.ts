// Registers the service worker (generated at build by src/integrations/service-worker.mjs) and
// says what it does, in French, in one live region at the top of the screen, under the header
// (never over a quiz's or a review's buttons, which sit lower):
// « Disponible hors ligne » once the whole site is cached, « Hors ligne » while the network is
// gone, and « Nouvelle version disponible » with « Recharger » when an update is waiting. The page
// only reloads when the learner clicks « Recharger »: never in the middle of a quiz or a review.
// Injected in every page of a production build (not in `astro dev`). Styles: src/styles/offline.css.

const sw = navigator.serviceWorker;

/** The live region that holds the messages; created once, empty until there is something to say. */
function region(): HTMLElement {
  let box = document.getElementById('sw-ui');
  if (!box) {
    box = document.createElement('div');
    box.id = 'sw-ui';
    box.setAttribute('role', 'status');
    document.body.append(box);
  }
  return box;
}

/** Shows (or replaces) the message `kind`; `null` text removes it. Returns the message element. */
function say(kind: string, text: string | null): HTMLElement | null {
  const box = region();
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

let registration: ServiceWorkerRegistration | undefined;
let reloadAsked = false;

/** « Nouvelle version disponible » : the reload happens on « Recharger » only. */
function offerUpdate(): void {
  const actions = document.createElement('span');
  actions.className = 'sw-actions';
  say('update', 'Nouvelle version disponible')?.append(actions);
  actions.append(
    button(
      'Recharger',
      () => {
        reloadAsked = true;
        // The waiting worker takes over, then `controllerchange` reloads (below). When another
        // tab has already switched versions, nothing waits: reload at once.
        const waiting = registration?.waiting;
        if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      },
      true,
    ),
    button('Plus tard', () => say('update', null)),
  );
}

function showNetwork(): void {
  say('offline', navigator.onLine ? null : 'Hors ligne');
}

if (sw) {
  const hadController = Boolean(sw.controller);
  addEventListener('online', showNetwork);
  addEventListener('offline', showNetwork);
  showNetwork();

  sw.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
    // Another tab switched to the new version: this page keeps running; offer the reload.
    else if (hadController) offerUpdate();
  });

  const watched = new WeakSet<ServiceWorker>();
  const watch = (worker: ServiceWorker | null) => {
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration?.active) offerUpdate();
      if (worker.state === 'activated' && !hadController) {
        const done = say('ready', 'Disponible hors ligne : tout le cours est enregistré sur cet appareil.');
        const close = button('×', () => say('ready', null));
        close.className = 'sw-close';
        close.setAttribute('aria-label', 'Fermer le message');
        done?.append(close);
        setTimeout(() => done?.remove(), 8000);
      }
    });
  };

  // After the page's own resources, so that the first visit is not slowed down by the precache.
  const start = () => {
    const base = import.meta.env.BASE_URL;
    sw.register(`${base}sw.js`, { scope: base }).then(
      (reg) => {
        registration = reg;
        if (reg.waiting && reg.active) offerUpdate();
        watch(reg.installing);
        reg.addEventListener('updatefound', () => watch(reg.installing));
      },
      () => {
        // No service worker (blocked by the browser or its settings): the site works online as before.
      },
    );
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
