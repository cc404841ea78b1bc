// « Réglages »: the daily limits and the desired retention; « Exporter ma progression » (cards,
// settings, quizzes and exams in one JSON file, backup.ts), its import (validated entirely, what
// it changes shown first, « Fusionner » by default or « Remplacer »; a bad file changes nothing),
// and the cards as a text file for Anki. Whatever the learner types or imports is shown as
// text, never as HTML.
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { exportAll, mergeImportedCard, readBackup, replacementCards, type Backup } from '../../quiz/backup';
import { applyQuizImport, storedQuiz } from '../../quiz/backup-store';
import { applyTerminalImport, storedTerminal } from '../../quiz/terminal/progress-store';
import { mergeCards, replaceCards, saveSettings } from '../../quiz/srs/actions';
import { formatDate } from '../../quiz/srs/intervals';
import { LIMIT_MAX, RETENTION_MAX, RETENTION_MIN, type Settings as SrsSettings } from '../../quiz/srs/settings';
import { $progress, $settings } from '../../quiz/srs/state';
import { exportAnkiNotes, type AnkiNoteKind } from '../../quiz/srs/transfer';
import { plural, type ClientCard } from './data';
import { OptimizerPanel } from './OptimizerPanel';
import { downloadText } from './download';
import { ExamDateSettings } from '../progress/ExamDate';

const today = () => new Date().toISOString().slice(0, 10);

const ANKI_FILES: { kind: AnkiNoteKind; file: string; label: string; english: string }[] = [
  { kind: 'basic', file: 'cours-conteneurs-anki-basique.txt', label: 'Basique', english: 'Basic' },
  { kind: 'reversed', file: 'cours-conteneurs-anki-inversee.txt', label: 'Basique (et carte inversée)', english: 'Basic (and reversed card)' },
  { kind: 'cloze', file: 'cours-conteneurs-anki-texte-a-trous.txt', label: 'Texte à trous', english: 'Cloze' },
];

export function Settings({ cards }: { cards: readonly ClientCard[] }) {
  const settings = useStore($settings);
  const progress = useStore($progress);
  const [form, setForm] = useState({
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    retention: String(Math.round(settings.retention * 100)),
  });
  const [formMessage, setFormMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const courseIds = useMemo(() => new Set(cards.map((c) => c.id)), [cards]);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const n = Number(form.newPerDay);
    const r = Number(form.reviewsPerDay);
    const ret = Number(form.retention) / 100;
    const errors: string[] = [];
    if (!/^\d+$/.test(form.newPerDay.trim()) || n > LIMIT_MAX) errors.push(`« Nouvelles cartes par jour » : un nombre entier de 0 à ${LIMIT_MAX}`);
    if (!/^\d+$/.test(form.reviewsPerDay.trim()) || r > LIMIT_MAX) errors.push(`« Révisions par jour » : un nombre entier de 0 à ${LIMIT_MAX}`);
    if (!/^\d+$/.test(form.retention.trim()) || ret < RETENTION_MIN - 1e-9 || ret > RETENTION_MAX + 1e-9)
      errors.push(`« Rétention souhaitée » : un pourcentage entier de ${RETENTION_MIN * 100} à ${RETENTION_MAX * 100}`);
    if (errors.length) {
      setFormMessage({ ok: false, text: `Réglages non enregistrés. ${errors.join(' ; ')}.` });
      return;
    }
    // Members set elsewhere (the exam date…) are kept.
    const next: SrsSettings = { ...settings, newPerDay: n, reviewsPerDay: r, retention: Math.round(ret * 100) / 100 };
    const stored = saveSettings(next);
    setFormMessage({ ok: true, text: stored ? 'Réglages enregistrés.' : 'Réglages appliqués à cet onglet (le navigateur refuse de les enregistrer).' });
  };

  const field = (name: keyof typeof form, label: string, help: string, attrs: { min: number; max: number; suffix?: string }) => (
    <div class="reglage">
      <label for={`reglage-${name}`}>{label}</label>
      <span class="reglage-saisie">
        <input
          id={`reglage-${name}`}
          type="number"
          inputMode="numeric"
          min={attrs.min}
          max={attrs.max}
          step={1}
          value={form[name]}
          aria-describedby={`reglage-${name}-aide`}
          onInput={(e) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value })}
          required
        />
        {attrs.suffix && <span aria-hidden="true">{attrs.suffix}</span>}
      </span>
      <small id={`reglage-${name}-aide`}>{help}</small>
    </div>
  );

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setImportMessage(null);
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setImportMessage({ ok: false, text: 'Fichier trop volumineux pour être une sauvegarde (20 Mo au plus). Votre progression n’a pas changé.' });
      return;
    }
    const result = readBackup(await file.text(), courseIds, Date.now());
    if (!result.ok) setImportMessage({ ok: false, text: `Import refusé : ${result.error} Votre progression n’a pas changé.` });
    else setPending(result.backup);
    input.value = '';
  };

  const confirmImport = (mode: 'fusionner' | 'remplacer') => {
    if (!pending) return;
    const now = Date.now();
    if (pending.cards) {
      if (mode === 'fusionner') mergeCards(pending.cards, mergeImportedCard);
      else replaceCards(replacementCards(pending.cards, now), now);
    }
    if (pending.settings && mode === 'remplacer') {
      saveSettings(pending.settings);
      setForm({
        newPerDay: String(pending.settings.newPerDay),
        reviewsPerDay: String(pending.settings.reviewsPerDay),
        retention: String(Math.round(pending.settings.retention * 100)),
      });
    }
    if (pending.quiz) applyQuizImport(pending.quiz, mode, now);
    if (pending.terminal) applyTerminalImport(pending.terminal, mode);
    const s = pending.summary;
    setImportMessage({
      ok: true,
      text:
        `Progression ${mode === 'fusionner' ? 'fusionnée' : 'remplacée'} : ${plural(s.cards, 'carte', 'cartes')}, ${plural(s.reviews, 'révision', 'révisions')}` +
        (pending.quiz ? `, ${plural(s.quizzes, 'quiz', 'quiz')} et ${plural(s.questions, 'réponse', 'réponses')} aux questions.` : '.'),
    });
    setPending(null);
  };

  const exportAllProgress = () =>
    downloadText(`cours-conteneurs-progression-${today()}.json`, exportAll(progress, settings, storedQuiz(), Date.now(), storedTerminal()));

  return (
    <section aria-labelledby="reglages-titre">
      <h2 id="reglages-titre" tabIndex={-1}>
        Réglages
      </h2>
      <form class="reglages" onSubmit={submit} noValidate>
        {field('newPerDay', 'Nouvelles cartes par jour', 'Cartes jamais vues présentées chaque jour (Anki : 20).', { min: 0, max: LIMIT_MAX })}
        {field('reviewsPerDay', 'Révisions par jour', 'Au-delà, les révisions attendent le lendemain (Anki : 200).', { min: 0, max: LIMIT_MAX })}
        {field('retention', 'Rétention souhaitée', `Probabilité visée de se souvenir d’une carte quand elle revient, de ${RETENTION_MIN * 100} à ${RETENTION_MAX * 100}\u202f% : plus elle est haute, plus les révisions sont fréquentes (Anki : 90\u202f%).`, {
          min: RETENTION_MIN * 100,
          max: RETENTION_MAX * 100,
          suffix: '%',
        })}
        <p>
          <button type="submit" class="bouton-principal">
            Enregistrer les réglages
          </button>
        </p>
        <p role="alert" class="message-erreur">
          {formMessage && !formMessage.ok ? formMessage.text : ''}
        </p>
        <p role="status" class="message-ok">
          {formMessage?.ok ? formMessage.text : ''}
        </p>
      </form>
      <OptimizerPanel />

      <ExamDateSettings cardIds={cards.map((c) => c.id)} />

      <h3>Sauvegarde</h3>
      <p>
        Votre progression ne quitte jamais ce navigateur. Exportez-la pour la garder ou la reprendre sur un autre appareil : le
        fichier contient les cartes et leur historique, vos réglages, vos réponses aux quiz, vos scores par chapitre et vos
        examens blancs.
      </p>
      <p class="boutons-sauvegarde">
        <button type="button" onClick={exportAllProgress}>
          Exporter ma progression
        </button>
      </p>
      <div class="import">
        <label for="import-fichier">Importer une progression (fichier exporté ici, ou copie mise de côté)</label>
        <input id="import-fichier" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      {pending && (
        <div class="import-resume" role="group" aria-labelledby="import-resume-titre">
          <p id="import-resume-titre">
            {pending.summary.exportedAt !== null ? `Sauvegarde du ${formatDate(pending.summary.exportedAt)}` : 'Fichier'} ({pending.summary.kind}) :{' '}
            {plural(pending.summary.cards, 'carte', 'cartes')}, {plural(pending.summary.reviews, 'révision', 'révisions')}
            {pending.quiz ? `, ${plural(pending.summary.quizzes, 'quiz', 'quiz')}, ${plural(pending.summary.questions, 'réponse', 'réponses')} aux questions` : ''}
            {pending.terminal ? `, ${plural(pending.summary.terminalSteps, 'étape', 'étapes')} du terminal d’entraînement` : ''}.
            Vous avez aujourd’hui {plural(progress.size, 'carte étudiée', 'cartes étudiées')}.
          </p>
          {pending.summary.unknown.length > 0 && (
            <p class="import-alerte">
              {plural(pending.summary.unknown.length, 'carte inconnue du cours ne sera pas importée', 'cartes inconnues du cours ne seront pas importées')} :{' '}
              {pending.summary.unknown.slice(0, 8).join(', ')}
              {pending.summary.unknown.length > 8 ? '…' : ''}.
            </p>
          )}
          {pending.summary.duplicates.length > 0 && (
            <p class="import-alerte">
              {plural(pending.summary.duplicates.length, 'carte figure', 'cartes figurent')} deux fois dans le fichier (seule la dernière version est lue) :{' '}
              {pending.summary.duplicates.slice(0, 8).join(', ')}.
            </p>
          )}
          {pending.summary.unreadable > 0 && (
            <p class="import-alerte">{plural(pending.summary.unreadable, 'fiche illisible est ignorée', 'fiches illisibles sont ignorées')}.</p>
          )}
          <p>
            « Fusionner » garde, pour chaque carte et chaque quiz, le changement le plus récent, et les révisions des deux côtés.
            « Remplacer » efface votre progression actuelle{pending.settings ? ' et vos réglages' : ''} au profit de ceux du fichier, dans tous les onglets.
          </p>
          <p class="boutons-sauvegarde">
            <button type="button" class="bouton-principal" onClick={() => confirmImport('fusionner')}>
              Fusionner
            </button>
            <button type="button" onClick={() => confirmImport('remplacer')}>
              Remplacer
            </button>
            <button type="button" onClick={() => (setPending(null), setImportMessage({ ok: true, text: 'Import abandonné : rien n’a changé.' }))}>
              Abandonner l’import
            </button>
          </p>
        </div>
      )}
      <p role="alert" class="message-erreur">
        {importMessage && !importMessage.ok ? importMessage.text : ''}
      </p>
      <p role="status" class="message-ok">
        {importMessage?.ok ? importMessage.text : ''}
      </p>
      <h3>Exporter les cartes pour Anki</h3>
      <p>
        Trois fichiers, un par type de note d’Anki. Dans Anki, <em>Fichier › Importer</em>, puis choisissez pour chaque fichier le
        type de note indiqué (son nom dépend de la langue d’Anki) ; les notes sont rangées dans le paquet « Cours Conteneurs » du
        chapitre, et importer de nouveau un fichier met ses notes à jour.
      </p>
      {ANKI_FILES.map(({ kind, file, label, english }) => (
        <p class="boutons-sauvegarde" key={kind}>
          <button type="button" onClick={() => downloadText(file, exportAnkiNotes(cards, kind), 'text/plain')}>
            <span class="sr-only">Exporter pour Anki les notes </span>
            {label}
          </button>
          <span>
            à importer avec le type de note « {label} » (« {english} » dans un Anki en anglais)
          </span>
        </p>
      ))}
    </section>
  );
}
