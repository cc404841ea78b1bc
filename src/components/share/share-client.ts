// The page's sharing controls, with one delegated click listener (no island):
// - « Partager » (`[data-share-page]`, under the page title): share sheet, else the clipboard;
// - the heading anchors Starlight renders (`.sl-anchor-link`): the link still goes to the
//   heading, and the full address with its `#` is copied;
// - « Copier le lien » controls (`[data-copy-link]`, e.g. a quiz question's `#q-<id>`).
// What happened is said in one `role="status"` region, shown as a short notice.
import { copyLink, linkFor, messageFor, shareLink, type ShareOutcome } from '../../lib/share';

const region = document.createElement('div');
region.className = 'share-status';
region.setAttribute('role', 'status');
document.body.append(region);

let clearTimer: ReturnType<typeof setTimeout> | undefined;
function announce(outcome: ShareOutcome) {
  const message = messageFor(outcome);
  if (!message) return;
  clearTimeout(clearTimer);
  // The same words twice in a row must still be read: change the text node each time.
  region.textContent = region.textContent === message ? `${message}\u00a0` : message;
  clearTimer = setTimeout(() => {
    region.textContent = '';
  }, outcome === 'failed' ? 8000 : 3000);
}

for (const a of document.querySelectorAll('.sl-anchor-link')) a.setAttribute('title', 'Copier le lien');

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest('[data-share-page], [data-copy-link], .sl-anchor-link');
  if (!control) return;
  if (control.hasAttribute('data-share-page')) {
    const title = document.querySelector('h1')?.textContent?.trim() || document.title;
    void shareLink(navigator, { title, url: linkFor(location.href) }).then(announce);
  } else {
    // An anchor keeps its default action (scroll to the heading, address updated).
    const hash = control.getAttribute('data-copy-link') ?? control.getAttribute('href') ?? '';
    void copyLink(navigator, linkFor(location.href, hash)).then(announce);
  }
});
