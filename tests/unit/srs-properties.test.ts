// Any sequence of what a learner can do — grade the card shown, wait, undo, suspend, reset —
// never loses a card, never duplicates one, and the log holds exactly the grades not undone.
// It goes through the same actions the islands dispatch (in memory here: no window, no storage).
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { $undo, grade, reset, suspend, undo } from '../../src/quiz/srs/actions';
import { noteOf } from '../../src/quiz/srs/ids';
import type { Grade } from '../../src/quiz/srs/model';
import { buildQueue } from '../../src/quiz/srs/queue';
import { $progress } from '../../src/quiz/srs/state';
import { countsByDeck } from '../../src/quiz/srs/stats';

const IDS = ['vm', 'vm:r', 'port:c1', 'port:c2', 'port:c3', 'image', 'cgroups', 'cgroups:r'];
const CARDS = IDS.map((id, i) => ({ id, note: noteOf(id), deck: i % 2 ? 'docker' : 'fondations' }));
const LIMITS = { newPerDay: 5, reviewsPerDay: 200 };

type Action =
  | { kind: 'grade'; g: Grade }
  | { kind: 'wait'; minutes: number }
  | { kind: 'undo' }
  | { kind: 'suspend'; i: number; on: boolean }
  | { kind: 'reset'; i: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Grade>(1, 2, 3, 4).map((g) => ({ kind: 'grade' as const, g })) },
  { weight: 3, arbitrary: fc.constantFrom(1, 5, 11, 60, 600, 1440, 4320, 20000).map((minutes) => ({ kind: 'wait' as const, minutes })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('suspend' as const), i: fc.nat(IDS.length - 1), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), i: fc.nat(IDS.length - 1) }) },
);

describe('propriétés de la révision', () => {
  it('aucune suite d’actions ne perd ni ne duplique une carte, et le journal garde exactement les notes non annulées', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 80 }), (actions) => {
        $progress.set(new Map());
        $undo.set([]);
        let now = new Date(2025, 5, 2, 9).getTime();
        const expected = new Map(IDS.map((id) => [id, 0]));
        const stack: string[] = [];
        for (const a of actions) {
          if (a.kind === 'wait') now += a.minutes * 60_000;
          else if (a.kind === 'grade') {
            const q = buildQueue(CARDS, $progress.get(), LIMITS, now);
            if (!q.next) continue;
            expect(grade(q.next.id, a.g, now)).not.toBeNull();
            expected.set(q.next.id, expected.get(q.next.id)! + 1);
            stack.push(q.next.id);
          } else if (a.kind === 'undo') {
            const r = undo(now);
            const id = stack.pop();
            if (r.ok) {
              expect(r.step.id).toBe(id);
              expected.set(id!, expected.get(id!)! - 1);
            } else if (id) {
              // Only a reset or a suspension of that card since blocks it… a reset adds a manual entry.
              expect(r.reason).toBe('modifiée');
            }
          } else if (a.kind === 'suspend') suspend([IDS[a.i]!], a.on, now);
          else reset([IDS[a.i]!], now);
          now += 1000;

          const progress = $progress.get();
          // Nothing but known cards is stored.
          for (const id of progress.keys()) expect(IDS).toContain(id);
          // Each card is counted once, in exactly one state.
          const { all } = countsByDeck(CARDS, progress);
          expect(all.total).toBe(IDS.length);
          expect(all.new + all.learning + all.review + all.suspended).toBe(IDS.length);
          // The queue holds each card at most once, no suspended card, no two siblings among reviews and new cards.
          const q = buildQueue(CARDS, progress, LIMITS, now);
          const listed = [...q.learning, ...q.review, ...q.fresh];
          expect(new Set(listed).size).toBe(listed.length);
          for (const id of listed) expect(progress.get(id)?.susp ?? false).toBe(false);
          const notes = [...q.review, ...q.fresh].map(noteOf);
          expect(new Set(notes).size).toBe(notes.length);
          // The log holds the grades given and not undone.
          for (const id of IDS) expect(progress.get(id)?.log.filter((e) => e.r !== 0).length ?? 0).toBe(expected.get(id));
        }
      }),
      { numRuns: 150 },
    );
  });
});
