import { describe, expect, it } from 'vitest';
import { sectionDecks } from '../../src/quiz/progress/section-decks';

describe('sectionDecks : le paquet de chaque section du plan du cours', () => {
  it('donne à chaque section le paquet de ses cartes', () => {
    const decks = sectionDecks([
      { id: 'docker-volumes-1', deck: 'docker', section: '/docker/volumes/#les-volumes-nommés' },
      { id: 'docker-volumes-2', deck: 'docker', section: '/docker/volumes/#les-volumes-nommés' },
      { id: 'compose-1', deck: 'compose', section: '/compose/fichier/' },
    ]);
    expect(Object.fromEntries(decks)).toEqual({
      '/docker/volumes/#les-volumes-nommés': 'docker',
      '/compose/fichier/': 'compose',
    });
  });

  it('refuse une section qui a des cartes de deux paquets, en nommant le fichier, la carte et le champ', () => {
    const cards = [
      { id: 'docker-volumes-1', deck: 'docker', section: '/docker/volumes/' },
      { id: 'production-3', deck: 'production', section: '/docker/volumes/' },
    ];
    expect(() => sectionDecks(cards)).toThrow(
      'src/content/cards/production.yaml, carte « production-3 », champ « section » : la section /docker/volumes/ a déjà des cartes du paquet « docker »',
    );
  });
});
