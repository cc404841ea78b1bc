// No answer cues and no duplicates in the real banks: a student must not score by picking the
// longest option, answering « Faux » every time or ticking three boxes, nor revise the same fact
// twice. The figures come from scripts/lib/bank-stats.mjs (also printed by `node scripts/bank-report.mjs`).
import { describe, expect, test } from 'vitest';
import {
  LIMITS,
  loadBanks,
  questionCues,
  duplicateQuestions,
  duplicateCards,
  longAnswers,
  trivialClozes,
  similarity,
  normalise,
} from '../../scripts/lib/bank-stats.mjs';

const banks = loadBanks('src/content/quiz', 'questions');
const decks = loadBanks('src/content/cards', 'cards');
const cues = questionCues(banks.flatMap((b) => b.items));

describe('indices de réponse dans les banques', () => {
  test(`la bonne option est strictement la plus longue dans au plus ${LIMITS.longestCorrectMax * 100} % des questions à choix unique`, () => {
    expect(cues.single).toBeGreaterThan(50);
    expect(cues.longestShare, `questions concernées : ${cues.longestCorrect.join(', ')}`).toBeLessThanOrEqual(LIMITS.longestCorrectMax);
  });

  test('entre 40 et 60 % des affirmations vrai/faux sont vraies', () => {
    expect(cues.truefalse).toBeGreaterThan(20);
    expect(cues.trueShare).toBeGreaterThanOrEqual(LIMITS.trueShareMin);
    expect(cues.trueShare).toBeLessThanOrEqual(LIMITS.trueShareMax);
  });

  test('le nombre de bonnes options des questions à choix multiples varie (aucun nombre au-delà de 50 %)', () => {
    expect(cues.multiple).toBeGreaterThan(10);
    expect(Object.keys(cues.correctCounts).length, JSON.stringify(cues.correctCounts)).toBeGreaterThanOrEqual(3);
    expect(cues.maxCountShare, JSON.stringify(cues.correctCounts)).toBeLessThanOrEqual(LIMITS.multipleCountShareMax);
  });
});

describe('doublons et cartes atomiques', () => {
  test('la mesure de similarité reconnaît une même question reformulée, pas deux notions voisines', () => {
    const words = (t: string) => new Set(normalise(t).split(' ').filter((w) => w.length > 1));
    const a = words('Que fait docker compose down des volumes nommés déclarés au premier niveau ?');
    const b = words('docker compose down supprime-t-il les volumes nommés déclarés au premier niveau ?');
    const c = words('Quel port expose par défaut le conteneur nginx officiel ?');
    expect(similarity(a, b)).toBeGreaterThanOrEqual(LIMITS.duplicateSimilarity);
    expect(similarity(a, c)).toBeLessThan(LIMITS.duplicateSimilarity);
  });

  test('aucune paire de questions presque identiques, dans un chapitre ou entre deux', () => {
    const pairs = duplicateQuestions(banks).map((p) => `${p.a.chapter}/${p.a.id} ~ ${p.b.chapter}/${p.b.id} (${p.score.toFixed(2)})`);
    expect(pairs).toEqual([]);
  });

  test('aucune paire de cartes presque identiques', () => {
    const pairs = duplicateCards(decks).map((p) => `${p.a.chapter}/${p.a.id} ~ ${p.b.chapter}/${p.b.id} (${p.score.toFixed(2)})`);
    expect(pairs).toEqual([]);
  });

  test(`aucune réponse de carte de plus de ${LIMITS.cardAnswerMax} caractères`, () => {
    expect(longAnswers(decks).map((c) => `${c.chapter}/${c.id} (${c.length})`)).toEqual([]);
  });

  test('aucun trou de texte à trous dont la réponse est écrite ailleurs dans la carte', () => {
    expect(
      trivialClozes([{ chapter: 'essai', file: '', items: [{ id: 'x', type: 'cloze', text: 'Construire sans cache : `docker build {{c1::--no-cache}}` (sans --no-cache)' }] }]),
    ).toHaveLength(1);
    expect(trivialClozes(decks).map((c) => `${c.chapter}/${c.id} : ${c.hole}`)).toEqual([]);
  });
});
