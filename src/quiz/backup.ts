// « Exporter ma progression » / « Importer »: one file for all the learner's progress — the
// flashcards (their scheduling and logs), their settings, and the quiz progress (answers, chapter
// scores, exam history: whatever quiz-progress.ts keeps, read and merged through its own
// parseProgress and mergeProgress). Pure functions; the « Réglages » view applies the result.
//
// Import accepts: this file; the older cards-only backup (`cours-conteneurs/cartes`); and the
// values this site stores itself (`cours-conteneurs:v1:srs`, `…:quiz`), such as a copy set aside
// after a corruption. It is validated entirely before anything changes; what it will change is
// shown first (cards, answers, card ids the course does not have, ids given twice).
//
// Import merge rule:
// - « Fusionner » (the default): per card, the most recent change wins its scheduling state and
//   both logs are kept (srs/merge.ts); per quiz and per question, the most recent change wins
//   (quiz-progress.ts). Cards the merge changed are stamped with the import time, so that a tab
//   still holding an older copy cannot win them back. Settings stay as they are.
// - « Remplacer »: the cards and settings of the file replace the current ones, as a new
//   generation every open tab adopts whole (srs/merge.ts); quiz records are stamped with the
//   import time and replace the stored ones.
// Card ids the course does not have are reported and not imported; nothing unknown is counted.
import { CARD_ID, MAX_ID_LENGTH, parseStored } from './srs/codec.ts';
import { mergeCard } from './srs/merge.ts';
import { CLOCK_SLACK_MS, type CardProgress, type Progress } from './srs/model.ts';
import { settingsProblem, withoutInvalidOptional } from './srs/settings-check.ts';
import type { Settings } from './srs/settings.ts';
import { EXPORT_FORMAT as CARDS_FORMAT, ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_CARDS, exportProgress, fail, importCard, setImportClock, type ExportFile } from './srs/transfer.ts';
import { mergeProgress as mergeQuiz, parseProgress as parseQuiz, type QuizProgress } from './quiz-progress.ts';
import { countTerminalSteps, latestTerminalStamp, parseTerminalProgress, type TerminalProgress } from './terminal/progress.ts';

export const BACKUP_FORMAT = 'cours-conteneurs/progression';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  /** The flashcards, as the cards-only backup writes them (transfer.ts). */
  cartes: Omit<ExportFile, 'format' | 'version' | 'exportedAt'>;
  /** The quiz progress, as the quiz store keeps it. */
  quiz: QuizProgress;
  /** The practice terminal's steps (terminal/progress.ts); absent from backups made before it. */
  terminal?: TerminalProgress;
}

export function exportAll(progress: Progress, settings: Settings, quiz: QuizProgress, now: number, terminal?: TerminalProgress): string {
  const { format: _f, version: _v, exportedAt: _e, ...cartes } = exportProgress(progress, settings, now);
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, cartes, quiz, ...(terminal ? { terminal } : {}) };
  return `${JSON.stringify(file)}\n`;
}

export interface BackupSummary {
  /** What kind of file it was, in French. */
  kind: string;
  exportedAt: number | null;
  cards: number;
  reviews: number;
  /** Card ids the course does not have (not imported). */
  unknown: string[];
  /** Card ids given more than once in the file (the last one is read, as JSON does). */
  duplicates: string[];
  /** Records that could not be read (a copy of corrupt storage): not imported. */
  unreadable: number;
  quizzes: number;
  questions: number;
  /** Steps of the practice terminal's scenarios. */
  terminalSteps: number;
}

export interface Backup {
  cards: Map<string, CardProgress> | null;
  settings: Settings | null;
  quiz: QuizProgress | null;
  terminal: TerminalProgress | null;
  summary: BackupSummary;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

const FOREIGN = 'Ce fichier n’est pas une sauvegarde de Cours Conteneurs.';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids that appear more than once as keys of the file's card object (JSON.parse keeps the last silently). */
function duplicateKeys(text: string, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/"([a-z0-9:-]{1,120})"\s*:\s*[{"]/g)) {
    const id = m[1]!;
    if (wanted.has(id)) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** A file written by a newer site is told apart from a broken one. */
function checkVersion(version: unknown, known: number): void {
  if (version === known) return;
  if (typeof version === 'number' && version > known) fail('Cette sauvegarde vient d’une version plus récente du site : rechargez la page pour obtenir la dernière version, puis réessayez.');
  fail(`${FOREIGN} (Version absente ou invalide.)`);
}

function latestStamp(p: CardProgress): number {
  return Math.max(p.m, p.lr ?? 0, p.log.length ? p.log[p.log.length - 1]!.t : 0, ...(p.u ?? []));
}

/**
 * Reads a backup, validating all of it. `courseIds`: the study cards of the course (unknown ids
 * are reported, not imported). Never throws.
 */
export function readBackup(text: string, courseIds: ReadonlySet<string>, now: number): BackupResult {
  try {
    if (typeof text !== 'string') fail(FOREIGN);
    if (text.length > MAX_IMPORT_BYTES) fail('Fichier trop volumineux pour être une sauvegarde (20 Mo au plus).');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      fail(`${FOREIGN} (Ce n’est pas du JSON valide.)`);
    }
    setImportClock(now);
    let kind: string;
    let exportedAt: number | null = null;
    let cardsRaw: Record<string, unknown> | null = null;
    let stored: ReturnType<typeof parseStored> = null;
    let settings: Settings | null = null;
    let quiz: QuizProgress | null = null;
    let terminal: TerminalProgress | null = null;

    if (isRecord(raw) && raw.format === BACKUP_FORMAT) {
      kind = 'sauvegarde complète';
      checkVersion(raw.version, BACKUP_VERSION);
      exportedAt = typeof raw.exportedAt === 'number' ? raw.exportedAt : null;
      if (!isRecord(raw.cartes) || !isRecord(raw.cartes.cards)) return fail(`${FOREIGN} (La partie « cartes » manque.)`);
      const problem = settingsProblem(raw.cartes.settings);
      if (problem) fail(`Réglages invalides : ${problem}.`);
      settings = withoutInvalidOptional(raw.cartes.settings as Settings);
      cardsRaw = raw.cartes.cards;
      quiz = parseQuiz(raw.quiz);
      if (!quiz) fail('La progression des quiz de ce fichier est invalide.');
      // Backups made before the practice terminal have no `terminal`: they import as they are.
      if (raw.terminal !== undefined && !(terminal = parseTerminalProgress(raw.terminal))) fail('La progression du terminal d’entraînement de ce fichier est invalide.');
    } else if (isRecord(raw) && raw.format === CARDS_FORMAT) {
      kind = 'sauvegarde des cartes';
      checkVersion(raw.version, 1);
      exportedAt = typeof raw.exportedAt === 'number' ? raw.exportedAt : null;
      if (!isRecord(raw.cards)) return fail(`${FOREIGN} (La liste des cartes manque.)`);
      const problem = settingsProblem(raw.settings);
      if (problem) fail(`Réglages invalides : ${problem}.`);
      settings = withoutInvalidOptional(raw.settings as Settings);
      cardsRaw = raw.cards;
    } else if ((stored = parseStored(raw))) {
      kind = 'copie de la progression des cartes enregistrée dans le navigateur';
    } else if ((quiz = parseQuiz(raw))) {
      kind = 'copie de la progression des quiz enregistrée dans le navigateur';
    } else if ((terminal = parseTerminalProgress(raw))) {
      kind = 'copie de la progression du terminal enregistrée dans le navigateur';
    } else {
      return fail(FOREIGN);
    }
    if (exportedAt !== null && exportedAt > now + CLOCK_SLACK_MS) fail('Date d’exportation dans le futur : l’horloge de l’appareil qui a exporté était-elle juste ?');
    if (terminal && latestTerminalStamp(terminal) > now + CLOCK_SLACK_MS) fail('terminal d’entraînement : date dans le futur ; l’horloge de l’appareil qui a exporté était-elle juste ?');

    const cards = new Map<string, CardProgress>();
    const unknown: string[] = [];
    let unreadable = 0;
    let reviews = 0;
    const ids = cardsRaw ? Object.keys(cardsRaw) : stored ? [...stored.progress.keys(), ...stored.bad.keys()] : [];
    if (ids.length > MAX_IMPORT_CARDS) fail(`Trop de cartes dans ce fichier (${MAX_IMPORT_CARDS} au plus).`);
    const keep = (id: string, p: CardProgress) => {
      if (latestStamp(p) > now + CLOCK_SLACK_MS) fail(`carte « ${id} » : date dans le futur ; l’horloge de l’appareil qui a exporté était-elle juste ?`);
      if (!courseIds.has(id)) {
        unknown.push(id);
        return;
      }
      reviews += p.log.filter((e) => e.r !== 0).length;
      cards.set(id, p);
    };
    if (cardsRaw) {
      for (const id of ids) {
        if (id.length > MAX_ID_LENGTH || !CARD_ID.test(id)) fail(`Identifiant de carte invalide : « ${id.slice(0, 40)} ».`);
        keep(id, importCard(id, cardsRaw[id]));
      }
    } else if (stored) {
      for (const [id, p] of stored.progress) keep(id, p);
      unreadable = stored.bad.size;
      if (!stored.progress.size && unreadable) fail('Aucune carte lisible dans ce fichier.');
    }
    const hasCards = !!(cardsRaw || stored);
    return {
      ok: true,
      backup: {
        cards: hasCards ? cards : null,
        // Every setting travels, the exam date and learned parameters included: « Remplacer »
        // on a new device must give back the same plan and the same scheduling.
        settings,
        quiz,
        terminal,
        summary: {
          kind,
          exportedAt,
          cards: cards.size,
          reviews,
          unknown,
          duplicates: duplicateKeys(text, ids),
          unreadable,
          quizzes: quiz ? Object.keys(quiz.quizzes).length : 0,
          questions: quiz ? Object.keys(quiz.questions).length : 0,
          terminalSteps: terminal ? countTerminalSteps(terminal) : 0,
        },
      },
    };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: /[.)?]$/.test(error.message) ? error.message : `${error.message}.` };
    return { ok: false, error: FOREIGN };
  }
}

/** « Fusionner », one card: the merge of merge.ts, stamped with the import time when it changed anything. */
export function mergeImportedCard(mine: CardProgress | undefined, imported: CardProgress, now: number): CardProgress {
  const merged = mine ? mergeCard(mine, imported) : imported;
  if (merged === mine) return mine;
  return { ...merged, m: Math.max(merged.m, now) };
}

/** « Remplacer »: the imported cards, each stamped with the import time. */
export function replacementCards(imported: ReadonlyMap<string, CardProgress>, now: number): Map<string, CardProgress> {
  return new Map([...imported].map(([id, p]) => [id, { ...p, m: Math.max(p.m, now) }]));
}

/** The quiz progress after an import. */
export function importedQuiz(mine: QuizProgress, imported: QuizProgress, mode: 'fusionner' | 'remplacer', now: number): QuizProgress {
  if (mode === 'fusionner') return mergeQuiz(mine, imported);
  // Stamped with the import time: a tab still holding older records does not win them back.
  const quizzes = Object.fromEntries(Object.entries(imported.quizzes).map(([id, r]) => [id, { ...r, updatedAt: Math.max(r.updatedAt, now) }]));
  const questions = Object.fromEntries(Object.entries(imported.questions).map(([id, q]) => [id, { ...q, at: Math.max(q.at, now) }]));
  return { ...imported, quizzes, questions };
}
