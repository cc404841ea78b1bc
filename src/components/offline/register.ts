// Registers the service worker (generated at build by src/integrations/service-worker.mjs) and
// watches what it does; what is then said on screen — « Disponible hors ligne », « Hors ligne »,
// « Nouvelle version disponible » with « Recharger » — is ./messages.ts, downloaded only when
// there is something to say (it is precached, so it comes offline too). Loaded on every page by
// src/components/page/page.ts, in a production build only: `astro dev` never registers a worker.
import messagesUrl from './messages.ts?lazy';

type Messages = typeof import('./messages.ts');
let messages: Promise<Messages> | undefined;
/** The messages' module, fetched once; a failure (offline without the worker) says nothing. */
const tell = (say: (m: Messages) => void) => {
  messages ??= import(/* @vite-ignore */ messagesUrl) as Promise<Messages>;
  messages.then(say, () => {});
};

const sw = navigator.serviceWorker;

if (sw && import.meta.env.PROD) {
  // The live region exists before anything is said in it, so that screen readers announce it.
  const box = document.createElement('div');
  box.id = 'sw-ui';
  box.setAttribute('role', 'status');
  document.body.append(box);

  const hadController = Boolean(sw.controller);
  let registration: ServiceWorkerRegistration | undefined;
  // « Hors ligne » while the network is gone; once said, cleared when it comes back.
  const network = () => {
    if (!navigator.onLine || messages) tell((m) => m.showNetwork());
  };
  addEventListener('online', network);
  addEventListener('offline', network);
  network();

  // A new version took over: reload if the learner asked for it, else offer it (another tab switched).
  sw.addEventListener('controllerchange', () => tell((m) => m.controllerChanged(hadController)));

  const watched = new WeakSet<ServiceWorker>();
  const watch = (worker: ServiceWorker | null) => {
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration?.active) tell((m) => m.offerUpdate(registration));
      if (worker.state === 'activated' && !hadController) tell((m) => m.ready());
    });
  };

  // After the page's own resources, so that the first visit is not slowed down by the precache.
  const start = () => {
    const base = import.meta.env.BASE_URL;
    sw.register(`${base}sw.js`, { scope: base }).then(
      (reg) => {
        registration = reg;
        if (reg.waiting && reg.active) tell((m) => m.offerUpdate(reg));
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
