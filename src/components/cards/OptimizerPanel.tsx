// « Optimiser mes paramètres » in « Réglages »: FSRS parameters learned from the learner's own
// reviews. The optimizer runs in a Web Worker (optimizer.worker.ts) created on the click, with a
// progress indication and « Annuler »; the current and proposed parameters are shown with how
// well each predicts the learner's history, then « Appliquer » stores them (settings `weights`)
// or « Revenir aux paramètres par défaut » removes them. Nothing is rescheduled: only the
// intervals given from then on change.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { default_w } from 'ts-fsrs';
import { saveSettings } from '../../quiz/srs/actions';
import { OPTIMIZER_MIN_ITEMS, optimizerItems, type Evaluation } from '../../quiz/srs/optimizer';
import { $progress, $settings } from '../../quiz/srs/state';
import { plural } from './data';
import type { OptimizerMessage, OptimizerRequest } from './optimizer.worker';
import './optimizer.css';

type Run =
  | { kind: 'repos' }
  | { kind: 'en-cours'; etape: 'demarrage' | 'chargement' | 'calcul' | 'evaluation' }
  | { kind: 'resultat'; proposed: number[]; current: Evaluation; proposedEvaluation: Evaluation; basedOn: readonly number[] }
  | { kind: 'message'; ok: boolean; text: string };

const STEPS = {
  demarrage: 'Démarrage…',
  chargement: 'Téléchargement de l’optimiseur (environ 440 Ko, une seule fois)…',
  calcul: 'Calcul des paramètres sur vos révisions…',
  evaluation: 'Comparaison des deux jeux de paramètres sur vos révisions…',
} as const;

const number = (x: number, digits: number) => x.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (x: number) => `${number(x * 100, 1)} %`;

export function OptimizerPanel() {
  const settings = useStore($settings);
  const progress = useStore($progress);
  const items = useMemo(() => optimizerItems(progress), [progress]);
  const [run, setRun] = useState<Run>({ kind: 'repos' });
  const worker = useRef<Worker | null>(null);
  const current = settings.weights ?? [...default_w];
  const missing = Math.max(0, OPTIMIZER_MIN_ITEMS - items.length);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = () => {
    stop();
    const basedOn = current;
    const w = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module', name: 'optimiseur-fsrs' });
    worker.current = w;
    setRun({ kind: 'en-cours', etape: 'demarrage' });
    w.onmessage = (event: MessageEvent<OptimizerMessage>) => {
      const m = event.data;
      if (m.type === 'etape') setRun({ kind: 'en-cours', etape: m.etape });
      else {
        stop();
        if (m.type === 'resultat') setRun({ kind: 'resultat', proposed: m.proposed, current: m.current, proposedEvaluation: m.proposedEvaluation, basedOn });
        else setRun({ kind: 'message', ok: false, text: `L’optimisation a échoué (${m.message}). Vos paramètres n’ont pas changé.` });
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop();
      setRun({
        kind: 'message',
        ok: false,
        text: 'L’optimiseur n’a pas pu démarrer : il doit être téléchargé une première fois avec une connexion, dans un navigateur qui accepte WebAssembly. Vos paramètres n’ont pas changé.',
      });
    };
    const request: OptimizerRequest = { items, current: [...basedOn] };
    w.postMessage(request);
  };

  const cancel = () => {
    stop();
    setRun({ kind: 'message', ok: true, text: 'Optimisation annulée : vos paramètres n’ont pas changé.' });
  };

  const apply = (weights: number[]) => {
    const stored = saveSettings({ ...settings, weights });
    setRun({
      kind: 'message',
      ok: true,
      text: `Paramètres appliqués${stored ? '' : ' à cet onglet (le navigateur refuse de les enregistrer)'}. Les intervalles donnés à partir de maintenant les utilisent ; les dates de révision déjà prévues ne changent pas.`,
    });
  };

  const backToDefaults = () => {
    const { weights: _removed, ...rest } = settings;
    const stored = saveSettings(rest);
    setRun({
      kind: 'message',
      ok: true,
      text: `Paramètres par défaut rétablis${stored ? '' : ' pour cet onglet (le navigateur refuse de les enregistrer)'}. Les dates de révision déjà prévues ne changent pas.`,
    });
  };

  const busy = run.kind === 'en-cours';
  // Focus follows the work: « Annuler » while it runs (the button clicked is disabled), then the
  // proposal's heading.
  const cancelButton = useRef<HTMLButtonElement>(null);
  const proposalHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (run.kind === 'en-cours' && run.etape === 'demarrage') cancelButton.current?.focus();
    if (run.kind === 'resultat') proposalHeading.current?.focus();
  }, [run]);
  return (
    <div class="optimiseur">
      <h3 id="optimiseur-titre">Paramètres FSRS</h3>
      <p>
        FSRS prévoit quand vous oublierez une carte à l’aide de 21 paramètres. Ceux par défaut conviennent à la plupart des
        gens ; après assez de révisions, l’optimiseur peut les ajuster à votre mémoire, sur cet appareil, sans rien envoyer.
      </p>
      <p id="optimiseur-etat">
        Paramètres utilisés : <strong>{settings.weights ? 'les vôtres (optimisés)' : 'ceux par défaut de FSRS-6'}</strong>.{' '}
        {plural(items.length, 'révision utilisable', 'révisions utilisables')} par l’optimiseur (une révision compte quand elle a
        lieu un autre jour d’étude que la précédente de la même carte).
      </p>
      <p class="boutons-sauvegarde">
        <button type="button" class="bouton-principal" onClick={start} disabled={missing > 0 || busy} aria-describedby="optimiseur-etat optimiseur-raison">
          Optimiser mes paramètres
        </button>
        {settings.weights && (
          <button type="button" onClick={backToDefaults} disabled={busy}>
            Revenir aux paramètres par défaut
          </button>
        )}
      </p>
      <p id="optimiseur-raison" class="optimiseur-raison">
        {missing > 0 ? `Encore ${plural(missing, 'révision', 'révisions')} avant de pouvoir optimiser (il en faut ${OPTIMIZER_MIN_ITEMS}).` : ''}
      </p>
      <p role="status" class="message-ok">
        {busy ? STEPS[run.etape] : run.kind === 'message' && run.ok ? run.text : run.kind === 'resultat' ? 'Optimisation terminée : paramètres proposés ci-dessous.' : ''}
      </p>
      <p role="alert" class="message-erreur">
        {run.kind === 'message' && !run.ok ? run.text : ''}
      </p>
      {busy && (
        <p class="optimiseur-progression">
          <progress aria-label="Optimisation en cours" />
          <button type="button" ref={cancelButton} onClick={cancel}>
            Annuler
          </button>
        </p>
      )}
      {run.kind === 'resultat' && <Proposal run={run} onApply={apply} heading={proposalHeading} />}
    </div>
  );
}

function Proposal({ run, onApply, heading }: { run: Extract<Run, { kind: 'resultat' }>; onApply: (w: number[]) => void; heading: { current: HTMLHeadingElement | null } }) {
  const { current, proposedEvaluation: proposed } = run;
  const better = proposed.logLoss < current.logLoss;
  return (
    <div class="optimiseur-resultat">
      <h4 ref={heading} tabIndex={-1}>
        Paramètres proposés
      </h4>
      <p>
        {better
          ? 'Ils prédisent mieux vos révisions passées que les paramètres actuels.'
          : 'Ils ne prédisent pas mieux vos révisions passées que les paramètres actuels : gardez plutôt ceux-ci.'}{' '}
        Mesuré sur {plural(current.items, 'révision', 'révisions')}, les plus récentes comptant davantage ; plus petit est meilleur.
      </p>
      <div class="optimiseur-table" tabIndex={0} role="region" aria-label="Qualité de prédiction">
        <table>
          <caption class="sr-only">Qualité de prédiction de vos révisions</caption>
          <thead>
            <tr>
              <th scope="col">Paramètres</th>
              <th scope="col">Log loss</th>
              <th scope="col">RMSE (classes)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Actuels</th>
              <td>{number(current.logLoss, 4)}</td>
              <td>{percent(current.rmseBins)}</td>
            </tr>
            <tr>
              <th scope="row">Proposés</th>
              <td>{number(proposed.logLoss, 4)}</td>
              <td>{percent(proposed.rmseBins)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="optimiseur-aide">
        La log loss mesure l’écart entre la probabilité de rappel prévue et ce qui s’est passé (« À revoir » : oublié, autre
        note : retenu). Le RMSE est l’écart moyen entre le taux de rappel prévu et celui observé, par classe de révisions
        semblables (intervalle, nombre de révisions, oublis) : {percent(proposed.rmseBins)} veut dire que FSRS se trompe en
        moyenne de {number(proposed.rmseBins * 100, 1)} points.
      </p>
      <details>
        <summary>Voir les 21 paramètres</summary>
        <div class="optimiseur-table" tabIndex={0} role="region" aria-label="Paramètres actuels et proposés">
          <table>
            <thead>
              <tr>
                <th scope="col">Paramètre</th>
                <th scope="col">Actuel</th>
                <th scope="col">Proposé</th>
              </tr>
            </thead>
            <tbody>
              {run.proposed.map((w, i) => (
                <tr key={i}>
                  <th scope="row">w{i}</th>
                  <td>{number(run.basedOn[i]!, 4)}</td>
                  <td>{number(w, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p class="boutons-sauvegarde">
        <button type="button" class="bouton-principal" onClick={() => onApply(run.proposed)}>
          Appliquer
        </button>
      </p>
      <p class="optimiseur-aide">
        « Appliquer » ne replanifie aucune carte : les dates déjà prévues restent, et les intervalles donnés à partir de maintenant
        (boutons de réponse, prochaines révisions) suivent les nouveaux paramètres.
      </p>
    </div>
  );
}
