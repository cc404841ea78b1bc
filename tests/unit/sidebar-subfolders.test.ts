// The aide-mémoire folder joins the Révision chapter's list, after the glossary.
import { describe, expect, it, vi } from 'vitest';

vi.mock('@astrojs/starlight/route-data', () => ({ defineRouteMiddleware: (f: unknown) => f }));
const { flatten } = await import('../../src/plugins/sidebar-subfolders');

const link = (label: string, href: string) => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });

describe('la barre latérale', () => {
  it('range les aide-mémoire dans le chapitre Révision, après le glossaire, sans sous-groupe', () => {
    const sidebar = [
      { type: 'group', label: 'Docker', collapsed: false, badge: undefined, entries: [link('Installer', '/docker/installation/')] },
      {
        type: 'group', label: 'Révision', collapsed: false, badge: undefined,
        entries: [
          { type: 'group', label: 'aide-memoire', collapsed: false, badge: undefined, entries: [link('Aide-mémoire Docker', '/revision/aide-memoire/docker/')] },
          link('Ce qu’il faut retenir', '/revision/ce-qu-il-faut-retenir/'),
          link('Glossaire', '/revision/glossaire/'),
          link('Tous les quiz', '/revision/quiz/'),
        ],
      },
    ];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = flatten(sidebar as any) as any[];
    expect(out.map((g) => g.label)).toEqual(['Docker', 'Révision']);
    expect(out[1].entries.map((e: { label: string }) => e.label)).toEqual(['Ce qu’il faut retenir', 'Glossaire', 'Aide-mémoire Docker', 'Tous les quiz']);
  });
});
