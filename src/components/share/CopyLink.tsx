// « Copier le lien » for an anchor inside an island (a quiz question's `#q-<id>`). Only markup:
// the click is handled by the page's sharing script (share-client.ts, on every page), which
// copies the full address with this fragment and announces « Lien copié ».
interface Props {
  /** The fragment to link to, `#q-<id>`, resolved against the current page. */
  href: string;
  /** Completes the accessible name for screen readers: « Copier le lien » + ` de la question`. */
  context?: string;
}

export function CopyLink({ href, context = 'de la question' }: Props) {
  return (
    <button type="button" class="copy-link" data-copy-link={href}>
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
        <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
        <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
      </svg>
      Copier le lien{context && <span class="sr-only"> {context}</span>}
    </button>
  );
}
