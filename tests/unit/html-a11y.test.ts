import { describe, expect, it } from 'vitest';
import { fixSearchButton, tableLabel, wrapTables } from '../../src/plugins/html-a11y';
import { codeRegionLabel } from '../../src/plugins/ec-scroll-regions.mjs';

describe('corrections d’accessibilité du HTML', () => {
  it('donne au bouton de recherche un nom qui contient ce qu’il affiche', () => {
    const button =
      '<button data-open-modal disabled aria-label="Rechercher" aria-keyshortcuts="Control+K"><span aria-hidden="true">Rechercher</span><kbd class="x"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><button aria-label="Autre">';
    const fixed = fixSearchButton(button);
    expect(fixed).toContain('aria-label="Rechercher Ctrl K"');
    expect(fixed).toContain('</span> <kbd class="x"><kbd>Ctrl</kbd> <kbd>K</kbd>');
    expect(fixed).toContain('<button aria-label="Autre">');
  });

  it('enveloppe chaque tableau dans une région nommée et atteignable au clavier', () => {
    const html =
      '<p>a</p><table><thead><tr><th>Critère</th><th>Conteneurs</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table>' +
      '<table><tr><th>L&#x27;image</th></tr></table>';
    const out = wrapTables(html);
    expect(out.match(/<div class="table-region" role="region" tabindex="0"/g)).toHaveLength(2);
    expect(out).toContain('aria-label="Tableau 1 : Critère, Conteneurs"><table>');
    expect(out).toContain('aria-label="Tableau 2 : L’image"');
    expect(out.endsWith('</table></div>')).toBe(true);
  });

  it('nomme un tableau sans en-tête par sa position', () => {
    expect(tableLabel(3, '<table><tr><td>a</td></tr></table>')).toBe('Tableau 3');
  });

  it('nomme les blocs de code de façon unique', () => {
    expect(codeRegionLabel({ title: 'compose.yaml', language: 'yaml', position: 4 })).toBe('compose.yaml (bloc 4)');
    expect(codeRegionLabel({ title: '', language: 'sh', position: 1 })).toBe('Commandes (bloc 1)');
    expect(codeRegionLabel({ title: undefined, language: 'text', position: 2 })).toBe('Sortie (bloc 2)');
  });
});

it('n’enveloppe pas les tableaux rendus par un îlot', () => {
  const html = '<table><tr><th>A</th></tr></table><astro-island uid="1"><table><tr><th>B</th></tr></table></astro-island><table><tr><th>C</th></tr></table>';
  const out = wrapTables(html);
  expect(out.match(/table-region/g)).toHaveLength(2);
  expect(out).toContain('<astro-island uid="1"><table>');
  expect(out).toContain('aria-label="Tableau 2 : C"');
});
