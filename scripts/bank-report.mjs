#!/usr/bin/env node
// The writers' report on answer cues and duplicates: `node scripts/bank-report.mjs [chapter…]`.
// The same figures are enforced by tests/unit/bank-stats.test.ts.
import {
  LIMITS, loadBanks, questionCues, duplicateQuestions, duplicateCards, longAnswers, trivialClozes,
} from './lib/bank-stats.mjs';

const only = new Set(process.argv.slice(2));
const pick = (list) => (only.size ? list.filter((b) => only.has(b.chapter)) : list);
const banks = loadBanks('src/content/quiz', 'questions');
const decks = loadBanks('src/content/cards', 'cards');
const pct = (x) => `${Math.round(x * 100)} %`;

for (const b of pick(banks)) {
  const c = questionCues(b.items);
  console.log(`\n## ${b.chapter} (${b.items.length} questions)`);
  console.log(`  single: bonne option strictement la plus longue ${c.longestCorrect.length}/${c.single} = ${pct(c.longestShare)} (max ${pct(LIMITS.longestCorrectMax)})`);
  if (c.longestCorrect.length) console.log(`    ${c.longestCorrect.join(', ')}`);
  console.log(`  truefalse: ${c.trueCount}/${c.truefalse} vraies = ${pct(c.trueShare)} (40–60 %)`);
  console.log(`  multiple: nombre de bonnes options ${JSON.stringify(c.correctCounts)}, le plus fréquent ${pct(c.maxCountShare)} (max 50 %)`);
}
const all = questionCues(banks.flatMap((b) => b.items));
console.log(`\n## Toutes les banques : longest ${pct(all.longestShare)}, vrai ${pct(all.trueShare)}, multiple max ${pct(all.maxCountShare)} ${JSON.stringify(all.correctCounts)}`);

const inScope = (p) => !only.size || only.has(p.a.chapter) || only.has(p.b.chapter);
console.log('\n## Questions presque identiques');
for (const p of duplicateQuestions(banks).filter(inScope)) console.log(`  ${p.score.toFixed(2)}  ${p.a.chapter}/${p.a.id}  ~  ${p.b.chapter}/${p.b.id}`);
console.log('\n## Cartes presque identiques');
for (const p of duplicateCards(decks).filter(inScope)) console.log(`  ${p.score.toFixed(2)}  ${p.a.chapter}/${p.a.id}  ~  ${p.b.chapter}/${p.b.id}`);
console.log(`\n## Réponses de carte de plus de ${LIMITS.cardAnswerMax} caractères`);
for (const c of pick(decks).flatMap((d) => longAnswers([d]))) console.log(`  ${c.chapter}/${c.id} (${c.length})`);
console.log('\n## Trous de texte à trous donnés par la carte elle-même');
for (const c of pick(decks).flatMap((d) => trivialClozes([d]))) console.log(`  ${c.chapter}/${c.id} : ${c.hole}`);
