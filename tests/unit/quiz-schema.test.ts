import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { questionSchema } from '../../src/quiz/quiz-schema';
import { ContentError, readYamlBank } from '../../src/lib/yaml-collection';
import { anchorsOfPage, readDocAnchors } from '../../src/lib/doc-anchors';

const anchors = new Map([['/docker/volumes/', new Set(['les-volumes-nommés'])]]);

/** Writes YAML banks into a fresh folder and reads them back; returns the French problems. */
function problemsOf(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    readYamlBank({ dir, listKey: 'questions', itemLabel: 'question', schema: questionSchema, anchors });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => p.replace(dir + '/', ''));
  }
}

const good = `questions:
  - id: docker-volume-nomme
    type: single
    section: /docker/volumes/#les-volumes-nommés
    prompt: Où Docker range-t-il un volume nommé ?
    options:
      - { text: "\`/var/lib/docker/volumes\`", correct: true, feedback: Oui. }
      - { text: "\`/tmp\`", correct: false, feedback: Non. }
    explanation: Sous \`/var/lib/docker/volumes\`.
`;

describe('question banks', () => {
  test('a well-formed bank passes', () => {
    expect(problemsOf({ 'docker.yaml': good })).toEqual([]);
  });

  test('an unknown type names the file, the id and the field', () => {
    expect(problemsOf({ 'docker.yaml': good.replace('type: single', 'type: essai') })).toEqual([
      'docker.yaml › question « docker-volume-nomme » › champ « type » : valeur « essai » inconnue (attendu : single, multiple, truefalse, ordering, matching, command)',
    ]);
  });

  test('a missing answer', () => {
    const bank = `questions:
  - id: docker-vf
    type: truefalse
    section: /docker/volumes/
    prompt: Un volume survit au conteneur.
    feedback: { vrai: Oui., faux: Non. }
    explanation: Il survit.
`;
    expect(problemsOf({ 'docker.yaml': bank })).toEqual(['docker.yaml › question « docker-vf » › champ « answer » : champ obligatoire manquant']);
  });

  test('an answer that is not among the options', () => {
    const problems = problemsOf({ 'docker.yaml': good.replace('correct: true', 'correct: false') });
    expect(problems).toEqual([
      'docker.yaml › question « docker-volume-nomme » › champ « options » : une question à choix unique doit avoir exactement une option « correct: true »',
    ]);
  });

  test('a duplicate id across files', () => {
    expect(problemsOf({ 'a.yaml': good, 'b.yaml': good })).toEqual([
      expect.stringMatching(/^b\.yaml › question « docker-volume-nomme » › champ « id » : identifiant déjà utilisé dans .*a\.yaml$/),
    ]);
  });

  test('a section that points to no page or no heading', () => {
    expect(problemsOf({ 'docker.yaml': good.replace('/docker/volumes/#les-volumes-nommés', '/docker/volume/') })).toEqual([
      'docker.yaml › question « docker-volume-nomme » › champ « section » : la page /docker/volume/ n’existe pas',
    ]);
    expect(problemsOf({ 'docker.yaml': good.replace('#les-volumes-nommés', '#volumes') })).toEqual([
      'docker.yaml › question « docker-volume-nomme » › champ « section » : la page /docker/volumes/ n’a pas de titre d’ancre #volumes',
    ]);
  });

  test('a command answer that cannot be read, and an unreadable file', () => {
    const bank = `questions:
  - id: docker-cmd
    type: command
    section: /docker/volumes/
    prompt: Listez les volumes.
    answers: ['docker volume ls "', 'docker ps | grep web', 'docker volume ls --detatch']
    explanation: "\`docker volume ls\`."
`;
    expect(problemsOf({ 'docker.yaml': bank, 'x.yaml': 'questions: [' })).toEqual([
      expect.stringMatching(/champ « answers\[0\] » : la réponse .* est illisible \(un guillemet " n’est pas fermé\)$/),
      expect.stringMatching(/champ « answers\[1\] » : .*contient <, > ou \|/),
      'docker.yaml › question « docker-cmd » › champ « answers[2] » : la réponse « docker volume ls --detatch » n’est pas une commande valide (option inconnue de docker volume ls : --detatch)',
      expect.stringMatching(/^x\.yaml : YAML illisible à la ligne 2/),
    ]);
  });

  test('a matching question with the same right twice, and a misspelt field', () => {
    const bank = `questions:
  - id: docker-assoc
    type: matching
    section: /docker/volumes/
    prompt: Associez.
    pairs: [{ left: a, right: x }, { left: b, right: x }, { left: c, right: y }]
    explication: typo
`;
    const problems = problemsOf({ 'docker.yaml': bank });
    expect(problems).toContain('docker.yaml › question « docker-assoc » › champ « explanation » : champ obligatoire manquant');
    expect(problems).toContain('docker.yaml › question « docker-assoc » › contenu : champ(s) inconnu(s) : explication');
  });
});

describe('course anchors', () => {
  test('heading ids follow Starlight’s slugs, code fences skipped, duplicates numbered', () => {
    const page = '---\ntitle: T\n---\n## Les volumes nommés\n```sh\n## pas un titre\n```\n### `docker run` et **-v**\n## Les volumes nommés\n';
    expect(anchorsOfPage(page)).toEqual(['les-volumes-nommés', 'docker-run-et--v', 'les-volumes-nommés-1']);
  });
  test('every course page is found with its headings', () => {
    const all = readDocAnchors();
    expect(all.get('/docker/volumes/')?.size).toBeGreaterThan(3);
    expect(all.has('/')).toBe(true);
  });
});
