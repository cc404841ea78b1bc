// Expressive Code plugin: every code block's <pre> is a labelled, focusable region from the
// start. Expressive Code's own script makes overflowing blocks focusable only after load,
// with role="region" and no name, so several unnamed regions on one page collide
// (axe: landmark-unique) and, before it runs, scrollable blocks cannot be reached with the
// keyboard (axe: scrollable-region-focusable). Its script still removes the focus stop from
// blocks that turn out not to overflow.
import { definePlugin } from '@astrojs/starlight/expressive-code';

const SHELLS = new Set(['sh', 'bash', 'shell', 'zsh', 'powershell', 'ps', 'ps1', 'pwsh']);

/** Depth-first search for the first <pre> element in a HAST tree. */
function findPre(node) {
  if (node.type === 'element' && node.tagName === 'pre') return node;
  for (const child of node.children ?? []) {
    const found = findPre(child);
    if (found) return found;
  }
  return undefined;
}

/** The French name of a block: its title, or what it holds, made unique by its position. */
export function codeRegionLabel({ title, language, position }) {
  const what = title || (SHELLS.has(language) ? 'Commandes' : language === 'text' ? 'Sortie' : `Code ${language}`);
  return `${what} (bloc ${position})`;
}

export function pluginScrollRegions() {
  return definePlugin({
    name: 'scroll-regions',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const pre = findPre(renderData.blockAst);
        if (!pre) return;
        pre.properties.tabindex = 0;
        pre.properties.role = 'region';
        pre.properties.ariaLabel = codeRegionLabel({
          title: codeBlock.props.title,
          language: codeBlock.language,
          position: (codeBlock.parentDocument?.positionInDocument?.groupIndex ?? 0) + 1,
        });
      },
    },
  });
}
