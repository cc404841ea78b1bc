// Registers the service worker (generated at build by src/integrations/service-worker.mjs) and
// watches what it does; what is then said on screen — « Disponible hors ligne », « Hors ligne »,
// « Nouvelle version disponible » with « Recharger » — is ./messages.ts, downloaded only when
// there is something to say (it is precached, so it comes offline too). Loaded on every page by
// src/components/page/page.ts, in a production build only: `astro dev` never registers a worker.
import messagesUrl from './messages.ts?lazy';
import { whenIdle } from '../../lib/idle';

/** How long after the load event the worker is registered, then when the page is idle. */
const CALM_MS = 6_000;

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

  // Once the page is loaded and has had a few seconds of calm: the precache (the whole site, some
  // 200 files to fetch, decode and store) must not compete with the first moments of reading on
  // a phone, for its processor or its network (measured: a chapter's Lighthouse TBT went from
  // about 110 ms without the worker to 400 ms with it registered at load).
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
  const later = () => setTimeout(whenIdle, CALM_MS, start);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
