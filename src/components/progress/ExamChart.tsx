// The exam history (« Examens blancs ») as a small line chart of the score, oldest first, in SVG
// drawn with the theme's colours; the same figures, per chapter too, in the table that follows
// (the chart's text alternative for screen readers, and for anyone who wants the numbers).
import type { ExamResult } from '../../quiz/exam';
import { percent } from '../../quiz/progress/figures';

const W = 360;
const H = 170;
const PAD = { left: 40, right: 22, top: 10, bottom: 26 };
// Created when a chart is first drawn, not when the page loads: a formatter costs milliseconds.
let formats: { shortDate: Intl.DateTimeFormat; longDate: Intl.DateTimeFormat } | null = null;
const dates = () =>
  (formats ??= {
    shortDate: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short' }),
    longDate: new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  });

export function ExamChart({ exams }: { exams: readonly ExamResult[] }) {
  const { shortDate, longDate } = dates();
  const n = exams.length;
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (share: number) => PAD.top + (1 - share) * (H - PAD.top - PAD.bottom);
  const share = (e: ExamResult) => e.correct / e.count;
  const points = exams.map((e, i) => `${x(i).toFixed(1)},${y(share(e)).toFixed(1)}`).join(' ');
  const best = Math.max(...exams.map(share));
  const last = exams[n - 1]!;
  // At most about four date labels under the axis.
  const every = Math.max(1, Math.ceil(n / 4));
  return (
    <figure class="prog-graphique">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="prog-graphique-titre prog-graphique-desc" preserveAspectRatio="xMidYMid meet">
        <title id="prog-graphique-titre">Score des examens blancs</title>
        <desc id="prog-graphique-desc">
          {`${n} examen${n > 1 ? 's' : ''}, du ${longDate.format(exams[0]!.at)} au ${longDate.format(last.at)} ; dernier score ${percent(share(last))}, meilleur ${percent(best)}. Le tableau qui suit donne chaque examen.`}
        </desc>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="prog-grille" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" class="prog-axe">
              {`${Math.round(v * 100)}\u202f%`}
            </text>
          </g>
        ))}
        {n > 1 && <polyline points={points} class="prog-ligne" fill="none" />}
        {exams.map((e, i) => (
          <circle key={e.id} cx={x(i)} cy={y(share(e))} r={3.5} class="prog-point">
            <title>{`${longDate.format(e.at)} : ${e.correct} / ${e.count} (${percent(share(e))})`}</title>
          </circle>
        ))}
        {exams.map((e, i) =>
          (i % every === 0 && n - 1 - i >= every / 2) || i === n - 1 ? (
            <text key={`d${e.id}`} x={x(i)} y={H - 8} text-anchor="middle" class="prog-axe">
              {shortDate.format(e.at)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>Score de chaque examen blanc, du plus ancien au plus récent (détail par chapitre dans le tableau).</figcaption>
      <details class="prog-examens-detail">
        <summary>Tableau des examens blancs</summary>
        <div class="prog-table-wrap">
          <table>
            <caption class="sr-only">Examens blancs : date, score et score par chapitre</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Score</th>
                <th scope="col">Par chapitre</th>
              </tr>
            </thead>
            <tbody>
              {[...exams].reverse().map((e) => (
                <tr key={e.id}>
                  <th scope="row">{longDate.format(e.at)}</th>
                  <td>
                    {e.correct} / {e.count} ({percent(share(e))}){e.timedOut ? ', temps écoulé' : ''}
                  </td>
                  <td>{e.chapters.map((c) => `${c.label} ${c.correct} / ${c.total}`).join(' ; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
