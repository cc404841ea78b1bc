// Build-time accessibility fixes applied to every page's HTML (see src/middleware.ts).
// Each function takes and returns a whole HTML document; they are pure and unit-tested.

const SEARCH_BUTTON = /<button data-open-modal[^>]*>[\s\S]*?<\/button>/;

/**
 * Starlight's search button shows « Rechercher » and the « Ctrl K » shortcut on wide screens,
 * but its accessible name is only « Rechercher », and no space separates the words: axe reports
 * label-content-name-mismatch (a voice-control user says what they see). The name gets the
 * shortcut, and the visible words are separated.
 */
export function fixSearchButton(html: string): string {
  return html.replace(SEARCH_BUTTON, (button) =>
    button
      .replace(/aria-label="([^"]*)"/, (_m, label: string) => `aria-label="${label} Ctrl K"`)
      .replace(/<\/span><kbd/, '</span> <kbd')
      .replace(/<\/kbd><kbd/g, '</kbd> <kbd'),
  );
}

const TABLE = /<table\b[^>]*>[\s\S]*?<\/table>/g;

/** Visible text of an HTML fragment, for a label. */
function plainText(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** « Tableau 2 : Critère, Conteneurs, Machines virtuelles » from the table's header row. */
export function tableLabel(position: number, table: string): string {
  const headers = [...(/<tr[^>]*>([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)]
    .map((m) => plainText(m[1] ?? ''))
    .filter(Boolean);
  const summary = headers.join(', ').replace(/"/g, '');
  return summary ? `Tableau ${position} : ${summary}` : `Tableau ${position}`;
}

/**
 * Starlight lets wide tables scroll sideways (on phones most of ours do). A scrolling box must
 * be reachable from the keyboard (axe: scrollable-region-focusable) and, as a region, carry a
 * name of its own (axe: landmark-unique): each table is wrapped in a labelled, focusable region.
 */
/** Islands render their own markup (and Preact would undo a wrapper on hydration): skip them. */
const ISLAND = /<astro-island\b[\s\S]*?<\/astro-island>/g;

export function wrapTables(html: string): string {
  let position = 0;
  const wrap = (part: string) =>
    part.replace(TABLE, (table) => {
      position += 1;
      return `<div class="table-region" role="region" tabindex="0" aria-label="${tableLabel(position, table)}">${table}</div>`;
    });
  let out = '';
  let last = 0;
  for (const island of html.matchAll(ISLAND)) {
    out += wrap(html.slice(last, island.index)) + island[0];
    last = island.index + island[0].length;
  }
  return out + wrap(html.slice(last));
}

export function fixPageHtml(html: string): string {
  return wrapTables(fixSearchButton(html));
}
