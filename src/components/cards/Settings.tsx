// « Réglages »: the daily limits and the desired retention; the backup of all progress as a
// JSON file, its import (validated entirely, summarised, confirmed; a bad file changes
// nothing), and the cards as a text file for Anki. Whatever the learner types or imports is
// shown as text, never as HTML.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { replaceAll, saveSettings } from '../../quiz/srs/actions';
import { formatDate } from '../../quiz/srs/intervals';
import { LIMIT_MAX, RETENTION_MAX, RETENTION_MIN, type Settings as SrsSettings } from '../../quiz/srs/settings';
import { $progress, $settings } from '../../quiz/srs/state';
import { exportAnki, exportProgressText, importProgress, type ImportResult } from '../../quiz/srs/transfer';
import { plural, type ClientCard } from './data';
import { downloadText } from './download';

const today = () => new Date().toISOString().slice(0, 10);

export function Settings({ cards }: { cards: readonly ClientCard[] }) {
  const settings = useStore($settings);
  const progress = useStore($progress);
  const [form, setForm] = useState({
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    retention: String(Math.round(settings.retention * 100)),
  });
  const [formMessage, setFormMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<Extract<ImportResult, { ok: true }> | null>(null);
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
    const next: SrsSettings = { newPerDay: n, reviewsPerDay: r, retention: Math.round(ret * 100) / 100 };
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
      setImportMessage({ ok: false, text: 'Fichier trop volumineux pour être une sauvegarde des cartes (20 Mo au plus). Votre progression n’a pas changé.' });
      return;
    }
    const result = importProgress(await file.text());
    if (!result.ok) setImportMessage({ ok: false, text: `Import refusé : ${result.error} Votre progression n’a pas changé.` });
    else setPending(result);
    input.value = '';
  };

  const confirmImport = () => {
    if (!pending) return;
    replaceAll(pending.progress, pending.settings);
    setForm({
      newPerDay: String(pending.settings.newPerDay),
      reviewsPerDay: String(pending.settings.reviewsPerDay),
      retention: String(Math.round(pending.settings.retention * 100)),
    });
    setImportMessage({ ok: true, text: `Progression importée : ${plural(pending.summary.cards, 'carte', 'cartes')}, ${plural(pending.summary.reviews, 'révision', 'révisions')}.` });
    setPending(null);
  };

  return (
    <section aria-labelledby="reglages-titre">
      <h2 id="reglages-titre" tabIndex={-1}>
        Réglages
      </h2>
      <form class="reglages" onSubmit={submit} noValidate>
        {field('newPerDay', 'Nouvelles cartes par jour', 'Cartes jamais vues présentées chaque jour (Anki : 20).', { min: 0, max: LIMIT_MAX })}
        {field('reviewsPerDay', 'Révisions par jour', 'Au-delà, les révisions attendent le lendemain (Anki : 200).', { min: 0, max: LIMIT_MAX })}
        {field('retention', 'Rétention souhaitée', `Probabilité visée de se souvenir d’une carte quand elle revient, de ${RETENTION_MIN * 100} à ${RETENTION_MAX * 100} % : plus elle est haute, plus les révisions sont fréquentes (Anki : 90 %).`, {
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

      <h3>Sauvegarde</h3>
      <p>
        Votre progression ne quitte jamais ce navigateur. Exportez-la pour la garder ou la reprendre sur un autre appareil ; le
        fichier contient aussi vos réglages.
      </p>
      <p class="boutons-sauvegarde">
        <button type="button" onClick={() => downloadText(`cours-conteneurs-cartes-${today()}.json`, exportProgressText(progress, settings, Date.now()))}>
          Exporter la progression
        </button>
        <button type="button" onClick={() => downloadText('cours-conteneurs-anki.txt', exportAnki(cards), 'text/plain')}>
          Exporter les cartes pour Anki
        </button>
      </p>
      <div class="import">
        <label for="import-fichier">Importer une progression (fichier JSON exporté ici)</label>
        <input id="import-fichier" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      {pending && (
        <div class="import-resume" role="group" aria-labelledby="import-resume-titre">
          <p id="import-resume-titre">
            Sauvegarde du {formatDate(pending.summary.exportedAt)} : {plural(pending.summary.cards, 'carte', 'cartes')},{' '}
            {plural(pending.summary.reviews, 'révision', 'révisions')}. L’importer remplacera votre progression actuelle (
            {plural(progress.size, 'carte', 'cartes')}) et vos réglages.
          </p>
          <p class="boutons-sauvegarde">
            <button type="button" class="bouton-principal" onClick={confirmImport}>
              Remplacer ma progression
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
      <p>
        Le fichier pour Anki se charge avec <em>Fichier › Importer</em> : une note « Basique » par carte, rangée dans le paquet
        « Cours Conteneurs » du chapitre ; l’importer de nouveau met les notes à jour.
      </p>
    </section>
  );
}
