// The one script every page runs at load (src/integrations/page-script.mjs): one file rather than a
// chunk or an inline script per feature (each costs its own gzip overhead on every page). What is
// heavy or rare is fetched by these modules when it is first needed (the Pagefind UI, the
// service worker's messages).
// - sharing (« Partager », heading anchors, « Copier le lien ») and « Retour à la ligne » of code;
import '../share/share-client';
import '../code-wrap';
// - the search dialog (Starlight's search, its UI downloaded on first use);
import '../search/site-search';
// - the service worker's registration (production build only);
import '../offline/register';
// - the header badge « N à réviser », the exam countdown, the sidebar quiz marks and the record of
//   the last page read, after the page is usable: they never delay it.
import { startDueBadges } from '../cards/due-badge';
import { whenIdle } from '../../lib/idle';

whenIdle(startDueBadges);
