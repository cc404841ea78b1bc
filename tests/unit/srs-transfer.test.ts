// Export / import of the progress, and the Anki text export.
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress } from '../../src/quiz/srs/codec';
import { DEFAULT_SETTINGS } from '../../src/quiz/srs/settings';
import { readBackup } from '../../src/quiz/backup';
import { EXPORT_FORMAT, exportAnki, exportProgress, exportProgressText } from '../../src/quiz/srs/transfer';
import { default_w } from 'ts-fsrs';
import { exportAll } from '../../src/quiz/backup';
import { emptyProgress } from '../../src/quiz/quiz-progress';
import { cardProgress, progressMap } from './srs-arbitraries';

const NOW = Date.UTC(2025, 4, 1, 10);
/** Reads a file as « Importer » does, every card of it belonging to the course. */
const importCards = (text: string, ids: Iterable<string> = []) => readBackup(text, new Set(ids), Date.now());
const settings = fc.record({
  newPerDay: fc.integer({ min: 0, max: 9999 }),
  reviewsPerDay: fc.integer({ min: 0, max: 9999 }),
  retention: fc.integer({ min: 80, max: 97 }).map((n) => n / 100),
});

describe('export puis import', () => {
  it('rend exactement la même progression et les mêmes réglages', () => {
    fc.assert(
      fc.property(progressMap, settings, (progress, s) => {
        const text = exportProgressText(progress, s, NOW);
        const back = importCards(text, progress.keys());
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.backup.cards).toEqual(progress);
        expect(back.backup.settings).toEqual(s);
        expect(back.backup.summary.cards).toBe(progress.size);
        expect(back.backup.summary.exportedAt).toBe(NOW);
      }),
      { numRuns: 300 },
    );
  });

  it('écrit un fichier lisible : format, version, date d’export en millisecondes', () => {
    const file = exportProgress(new Map(), DEFAULT_SETTINGS, NOW);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW, settings: DEFAULT_SETTINGS, cards: {} });
  });
});

describe('un import refusé ne change rien', () => {
  it('refuse n’importe quels octets, avec un message en français', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = new TextDecoder('utf-8').decode(bytes);
        const r = importCards(text);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/^[A-ZÉ].*[.)]$/);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse n’importe quelle valeur JSON qui n’est pas une sauvegarde', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(importCards(JSON.stringify(v)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('n’accepte d’un fichier altéré que ce qui peut être enregistré et relu tel quel', () => {
    // Change one value anywhere in a valid export: either the file is refused, or what it
    // gives is valid progress that storage reads back unchanged (never a value the next page load would find corrupt).
    fc.assert(
      fc.property(progressMap, fc.nat(), fc.jsonValue(), (progress, pick, value) => {
        const file = JSON.parse(exportProgressText(progress, DEFAULT_SETTINGS, NOW)) as Record<string, unknown>;
        const paths: (string | number)[][] = [];
        const walk = (v: unknown, path: (string | number)[]) => {
          paths.push(path);
          if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
        };
        walk(file, []);
        const path = paths[pick % paths.length]!;
        if (!path.length) return;
        let target = file as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
        target[path.at(-1)!] = value;
        const r = importCards(JSON.stringify(file), progress.keys());
        if (r.ok) expect(parseProgress(JSON.parse(serializeProgress(r.backup.cards!)))).toEqual(r.backup.cards);
      }),
      { numRuns: 500 },
    );
  });

  it('explique pourquoi : fichier étranger, version future, carte invalide, identifiant hostile', () => {
    const ok = JSON.parse(exportProgressText(new Map(), DEFAULT_SETTINGS, NOW));
    const bad = (patch: object) => importCards(JSON.stringify({ ...ok, ...patch }));
    const card = exportProgress(new Map([['abc', fc.sample(cardProgress, { seed: 7, numRuns: 1 })[0]!]]), DEFAULT_SETTINGS, NOW).cards.abc!;
    expect(importCards(JSON.stringify({ ...ok, cards: { abc: card } }), ['abc']).ok).toBe(true);
    expect(importCards('{"format":"autre"}')).toEqual({ ok: false, error: 'Ce fichier n’est pas une sauvegarde de Cours Conteneurs.' });
    expect(importCards('pas du json')).toMatchObject({ ok: false, error: expect.stringMatching(/pas du JSON valide/) });
    expect(bad({ version: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/version plus récente/) });
    expect(bad({ settings: { ...DEFAULT_SETTINGS, retention: 0.5 } })).toMatchObject({ ok: false, error: expect.stringMatching(/^Réglages invalides/) });
    expect(bad({ cards: JSON.parse('{"__proto__": {"polluted": true}}') })).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(bad({ cards: { 'x<img src=x onerror=alert(1)>': {} } })).toMatchObject({ ok: false, error: expect.stringMatching(/^Identifiant de carte invalide/) });
    expect(bad({ cards: { abc: { state: 'review' } } })).toMatchObject({ ok: false, error: expect.stringMatching(/^carte « abc »/) });
    expect(bad({ cards: { abc: { ...card, extra: 1 } } })).toMatchObject({ ok: false, error: expect.stringMatching(/champ inconnu « extra »/) });
    expect(importCards('x'.repeat(21 * 1024 * 1024))).toMatchObject({ ok: false, error: expect.stringMatching(/trop volumineux/) });
  });
});

describe('réglages dans une sauvegarde complète', () => {
  it('rend la date d’examen, « Suivre le plan » et les paramètres appris, pour que « Remplacer » les restaure', () => {
    const settings = { ...DEFAULT_SETTINGS, examDate: '2027-01-15', followPlan: true, weights: [...default_w].map((w) => Math.round(w * 1e4) / 1e4) };
    const r = readBackup(exportAll(new Map(), settings, emptyProgress(), NOW), new Set(), Date.now());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.backup.settings).toEqual(settings);
  });

  it('écarte une date d’examen invalide et garde le reste ; refuse des paramètres hors limites', () => {
    const text = (extra: object) => exportAll(new Map(), { ...DEFAULT_SETTINGS, ...extra } as typeof DEFAULT_SETTINGS, emptyProgress(), NOW);
    const r = readBackup(text({ examDate: '2027-02-30', followPlan: true }), new Set(), Date.now());
    expect(r.ok && r.backup.settings).toEqual({ ...DEFAULT_SETTINGS, followPlan: true });
    expect(readBackup(text({ weights: [1, 2, 3] }), new Set(), Date.now())).toMatchObject({ ok: false, error: expect.stringMatching(/^Réglages invalides/) });
  });
});

describe('export pour Anki', () => {
  it('écrit un fichier texte à tabulations avec les en-têtes d’Anki, une ligne par carte', () => {
    const text = exportAnki([
      { id: 'docker-port:c1', deck: 'docker', deckLabel: 'Docker', frontHtml: '<p>Publier : <code>[…]</code></p>', backHtml: '<p>Publier : <code>-p 8080:80</code></p>', extraHtml: '<p>Hôte puis conteneur.</p>', tags: ['ports'] },
      { id: 'vm', deck: 'introduction', deckLabel: 'Introduction', frontHtml: '<p>VM ?</p>', backHtml: '<pre><code>ligne 1\nligne "2"\tfin</code></pre>', tags: [] },
    ]);
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#deck column:4', '#tags column:5']);
    expect(lines[5]!.split('\t')).toEqual([
      'cours-conteneurs-docker-port:c1',
      '<p>Publier : <code>[…]</code></p>',
      '<p>Publier : <code>-p 8080:80</code></p><hr><p>Hôte puis conteneur.</p>',
      'Cours Conteneurs::Docker',
      'cours-conteneurs docker ports',
    ]);
    // A field with a newline, a quote or a tab is quoted, its quotes doubled.
    expect(text).toContain('\t"<pre><code>ligne 1\nligne ""2""\tfin</code></pre>"\tCours Conteneurs::Introduction\tcours-conteneurs introduction\n');
    expect(text.endsWith('\n')).toBe(true);
  });
});
