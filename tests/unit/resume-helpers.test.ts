// « Reprendre »: the last page read, the quiz marks and the unfinished quiz read from the stored
// quiz progress, the exam countdown (study days at 04:00, summer time), section parameters.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { countdownLabel, examDaysLeft } from '../../src/quiz/resume/countdown';
import { peekScores } from '../../src/quiz/resume/quiz-peek';
import { isReadingPage } from '../../src/quiz/resume/reading';
import { parseReading, peekUnfinished, readingHref } from '../../src/quiz/resume/home';
import { chapterOfSection, sectionParam, sectionQuizId } from '../../src/quiz/resume/section';
import { emptyProgress, recordAnswer, recordFinish, recordSession } from '../../src/quiz/quiz-progress';
import { check, next, startSession } from '../../src/quiz/session';
import type { Question } from '../../src/quiz/questions';

const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('la dernière page lue', () => {
  const good = { path: '/docker/volumes/', title: 'Volumes et montages liés', heading: { id: 'les-volumes-nommés', text: 'Les volumes nommés' }, at: 5 };

  it('relit ce qui a été enregistré et renvoie à la section', () => {
    const r = parseReading(JSON.stringify(good));
    expect(r).toEqual(good);
    expect(readingHref(r!)).toBe('/docker/volumes/#les-volumes-nommés');
    const { heading: _h, ...sansTitre } = good;
    expect(readingHref(parseReading(JSON.stringify(sansTitre))!)).toBe('/docker/volumes/');
  });

  it('refuse sans lever d’exception ce qui est abîmé ou étranger', () => {
    for (const raw of [null, '', '{', 'null', '[]', '42', JSON.stringify({ ...good, path: 'https://ailleurs.example/' }),
      JSON.stringify({ ...good, path: '/docker/../../x' }), JSON.stringify({ ...good, title: '' }), JSON.stringify({ ...good, at: 'hier' })]) {
      expect(parseReading(raw)).toBeNull();
    }
    // A broken heading loses the heading only.
    expect(parseReading(JSON.stringify({ ...good, heading: { id: 3 } }))).toEqual({ path: good.path, title: good.title, at: 5 });
  });

  it('ne retient que les pages de lecture, pas les outils ni l’accueil', () => {
    expect(isReadingPage('/docker/volumes/')).toBe(true);
    expect(isReadingPage('/revision/aide-memoire/docker/')).toBe(true);
    for (const p of ['/', '/revision/quiz/', '/revision/cartes/', '/revision/examen/', '/revision/progression/', '/pratique/terminal/']) {
      expect(isReadingPage(p)).toBe(false);
    }
  });
});

describe('le compte à rebours de l’examen', () => {
  const settings = (examDate: unknown) => JSON.stringify({ srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, examDate } });

  const NOW = at(2026, 6, 1);
  it('lit la date des réglages, et rien d’autre qu’une vraie date', () => {
    expect(examDaysLeft(settings('2026-06-15'), NOW)).toBe(14);
    // Old settings without the field, dates that do not exist, broken JSON: no countdown.
    expect(examDaysLeft(JSON.stringify({ srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9 } }), NOW)).toBeNull();
    for (const bad of ['2026-02-30', '2026-13-01', '15/06/2026', '2026-06-15T00:00:00Z', 20260615, null]) expect(examDaysLeft(settings(bad), NOW)).toBeNull();
    for (const broken of ['{', 'null', '[]', null]) expect(examDaysLeft(broken, NOW)).toBeNull();
  });

  it('compte en journées d’étude : aujourd’hui, demain, dans n jours, puis plus rien', () => {
    const exam = settings('2026-06-15');
    expect(examDaysLeft(exam, at(2026, 6, 15, 9))).toBe(0);
    expect(examDaysLeft(exam, at(2026, 6, 16, 3, 59))).toBe(0); // the study day ends at 04:00
    expect(examDaysLeft(exam, at(2026, 6, 16, 4))).toBeNull();
    expect(examDaysLeft(exam, at(2026, 6, 14, 23))).toBe(1);
    expect(examDaysLeft(exam, at(2026, 6, 15, 3))).toBe(1); // before 04:00 it is still the day before
    expect(examDaysLeft(exam, at(2026, 3, 17, 10))).toBe(90);
    expect([0, 1, 12].map(countdownLabel)).toEqual(['Examen aujourd’hui', 'Examen demain', 'Examen dans 12\u00a0j']);
  });

  it('ne bouge pas au changement d’heure (semaine du 29 mars 2026, et du 25 octobre)', () => {
    // 29 March 2026: 02:00 → 03:00 in Paris; 25 October: 03:00 → 02:00.
    const days = [23, 24, 25, 26, 27, 28, 29, 30, 31].map((d) => examDaysLeft(settings('2026-04-01'), at(2026, 3, d, 4, 30)));
    expect(days).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(examDaysLeft(settings('2026-10-26'), at(2026, 10, 25, 3, 59))).toBe(2);
    expect(examDaysLeft(settings('2026-10-26'), at(2026, 10, 25, 4, 0))).toBe(1);
  });
});

describe('les quiz lus pour la barre latérale et « Reprendre »', () => {
  const q = (id: string): Question =>
    ({ id, type: 'truefalse', answer: true, chapter: 'docker', chapterLabel: 'Docker', section: '/docker/volumes/', sectionTitle: 'Volumes', promptHtml: '', explanationHtml: '' }) as unknown as Question;
  const questions = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(q);

  it('donne le score de chaque quiz terminé et le quiz inachevé le plus récent, à la question qui suit', () => {
    let p = recordFinish(emptyProgress(), '/introduction/premiers-pas/', { correct: 6, total: 7 }, true, 1);
    p = recordFinish(p, '/docker/images/', { correct: 4, total: 4 }, true, 2);
    // Two questions answered on the volumes page, then « Question suivante »: the third is next.
    let s = startSession(questions, 'graine');
    for (let i = 0; i < 2; i++) {
      s = next(check(s, questions, { type: 'truefalse', value: true }));
      p = recordAnswer(p, s.order[i]!, true, 10 + i);
    }
    p = recordSession(p, '/docker/volumes/', s, 20);
    // Older unfinished quiz, the exam and a section quiz are not « Reprendre » candidates.
    p = recordSession(p, '/docker/reseaux-et-ports/', { ...startSession(questions, 'x'), index: 1 }, 5);
    p = recordSession(p, 'examen', { ...startSession(questions, 'y'), index: 3 }, 99);
    p = recordSession(p, sectionQuizId('/docker/volumes/#x'), { ...startSession(questions, 'z'), index: 3 }, 98);
    expect(peekUnfinished(JSON.stringify(p))).toEqual({ page: '/docker/volumes/', index: 2, total: 7 });
    expect([...peekScores(JSON.stringify(p))]).toEqual([
      ['/introduction/premiers-pas/', { correct: 6, total: 7 }],
      ['/docker/images/', { correct: 4, total: 4 }],
    ]);
  });

  it('un quiz ouvert sans réponse n’est pas « en cours » ; un stockage abîmé ne montre rien', () => {
    const p = recordSession(emptyProgress(), '/docker/volumes/', startSession(questions, 'g'), 3);
    expect(peekUnfinished(JSON.stringify(p))).toBeNull();
    for (const raw of [null, '{', '[]', JSON.stringify({ quizzes: { '/a/': { best: { correct: 'x', total: 3 }, session: { phase: 'answering', index: 'x' } } } })]) {
      expect(peekUnfinished(raw)).toBeNull();
      expect(peekScores(raw).size).toBe(0);
    }
  });
});

describe('les sessions limitées à une section', () => {
  it('n’accepte qu’une section du cours en paramètre', () => {
    const s = '/docker/volumes/#les-volumes-nommés';
    expect(sectionParam(`?section=${encodeURIComponent(s)}`)).toBe(s);
    expect(sectionParam(`?paquet=docker&section=${encodeURIComponent('/docker/volumes/')}`)).toBe('/docker/volumes/');
    for (const bad of ['', '?section=', '?section=javascript%3Aalert(1)', '?section=%2F%2Fevil.example%2F', '?section=docker']) expect(sectionParam(bad)).toBeNull();
    expect(chapterOfSection(s)).toBe('docker');
  });
});
