// What the terminal turns into links in the engine's output (src/components/terminal/links.ts):
// the course's pages only; everything else stays text.
import { describe, expect, it } from 'vitest';
// Node loads every on-demand part of the simulator at once (the page uses Sim.prepare).
import '../../src/quiz/terminal/eager';
import { linkify } from '../../src/components/terminal/links';

const ORIGIN = 'https://cours.example.org';

describe('liens dans la sortie du terminal', () => {
  it('une page du cours devient un lien, sans la ponctuation qui la suit', () => {
    expect(linkify('Cette commande n’est pas simulée ici : docker swarm. Voir /kubernetes/architecture-et-objets/#les-objets.', ORIGIN)).toEqual([
      { text: 'Cette commande n’est pas simulée ici : docker swarm. Voir ' },
      { text: '/kubernetes/architecture-et-objets/#les-objets', href: '/kubernetes/architecture-et-objets/#les-objets' },
      { text: '.' },
    ]);
    expect(linkify('Voir https://cours.example.org/ci-cd/pipelines/', ORIGIN)[1]).toEqual({ text: 'https://cours.example.org/ci-cd/pipelines/', href: 'https://cours.example.org/ci-cd/pipelines/' });
  });

  it('reçoit le sous-chemin du site', () => {
    expect(linkify('Voir /docker/volumes/', ORIGIN, '/cours/')[1]!.href).toBe('/cours/docker/volumes/');
  });

  it('le reste reste du texte : autres sites, localhost, chemins du conteneur, HTML', () => {
    for (const text of [
      'curl http://localhost:8080',
      'Voir https://evil.example.com/docker/',
      'ls /usr/share/nginx/html',
      'cat /home/etudiant/tp/docker/notes.txt',
      '<a href="/docker/">clic</a>',
      'javascript:alert(1)',
    ]) {
      expect(linkify(text, ORIGIN).filter((s) => s.href), text).toEqual([]);
    }
    expect(linkify('<b>gras</b>', ORIGIN)).toEqual([{ text: '<b>gras</b>' }]);
  });
});
