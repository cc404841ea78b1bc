// Sharing a link: the system share sheet where the browser has one, otherwise the clipboard.
// Pure decisions over an injected `navigator`-like object, so that the fallback logic is tested
// in Node (tests/unit/share.test.ts); src/components/share/share-client.ts wires it to the page.

/** The parts of `navigator` this module uses (all optional: browsers differ). */
export interface ShareEnv {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** What happened, as the learner would describe it. */
export type ShareOutcome =
  /** The system share sheet took the link. */
  | 'shared'
  /** The learner closed the share sheet: nothing to say. */
  | 'cancelled'
  /** The link is on the clipboard. */
  | 'copied'
  /** Neither worked. */
  | 'failed';

export const MESSAGES = {
  copied: 'Lien copié',
  failed: 'Copie impossible : copiez l’adresse de la page à la main.',
} as const;

/** The sentence to announce in the `role="status"` region, or null when there is nothing to say. */
export function messageFor(outcome: ShareOutcome): string | null {
  return outcome === 'copied' || outcome === 'failed' ? MESSAGES[outcome] : null;
}

/**
 * The address to share: `href` without its hash (the heading the reader happened to be at),
 * with `hash` appended when given (`#volumes-nommés`, `#q-…`). The query string stays: it can
 * mean something (`/revision/examen/?graine=…` is a shared exam). `hash` may also be a relative
 * reference with a fragment (`/docker/volumes/#x`); it is resolved against `href`.
 */
export function linkFor(href: string, hash?: string): string {
  const url = new URL(hash ?? '', href);
  if (hash === undefined || !hash.includes('#')) url.hash = '';
  return readableFragment(url.href);
}

/**
 * The fragment as a reader writes it: `#les-contrôleurs`, not `#les-contr%C3%B4leurs`. Only
 * the non-ASCII characters are decoded (runs of percent-encoded bytes ≥ 0x80, whole UTF-8
 * sequences); ASCII escapes such as `%20` or `%23` stay, and so does anything malformed.
 * Browsers and messaging apps accept such addresses (IRIs) and go to the same heading.
 */
export function readableFragment(href: string): string {
  const at = href.indexOf('#');
  if (at < 0) return href;
  const fragment = href.slice(at + 1).replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return `${href.slice(0, at)}#${fragment}`;
}

/** True when the share sheet should be used for `data`: the browser has one and accepts the data. */
export function canUseShareSheet(env: ShareEnv, data: ShareData): boolean {
  if (typeof env.share !== 'function') return false;
  if (typeof env.canShare === 'function') {
    try {
      return env.canShare(data);
    } catch {
      return false;
    }
  }
  return true;
}

/** Puts `url` on the clipboard. */
export async function copyLink(env: ShareEnv, url: string): Promise<'copied' | 'failed'> {
  if (!env.clipboard || typeof env.clipboard.writeText !== 'function') return 'failed';
  try {
    await env.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/**
 * « Partager »: the share sheet when there is one. Closing it is not an error (AbortError); any
 * other refusal (no user activation, a policy, a broken share target) falls back to the
 * clipboard, so the learner always ends up with the link somewhere.
 */
export async function shareLink(env: ShareEnv, data: { title: string; url: string }): Promise<ShareOutcome> {
  if (canUseShareSheet(env, data)) {
    try {
      await env.share!(data);
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  return copyLink(env, data.url);
}
