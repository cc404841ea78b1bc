// The zod schema of one question as written in src/content/quiz/*.yaml. Refinements speak
// French: they are what a content author reads when the build refuses a bank.
import { z } from 'astro/zod';
import { CommandSyntaxError, parseCommand } from './command';
import { QUESTION_TYPES } from './questions';

const markdown = z.string().trim().min(1);
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'identifiant en minuscules ASCII séparées par des tirets (kebab-case) attendu' });

const base = {
  id: kebab,
  section: z.string(),
  prompt: markdown,
  explanation: markdown,
};

const option = z.strictObject({ text: markdown, correct: z.boolean(), feedback: markdown });

const single = z
  .strictObject({ ...base, type: z.literal('single'), options: z.array(option).min(2).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    path: ['options'],
    error: 'une question à choix unique doit avoir exactement une option « correct: true »',
  });

const multiple = z
  .strictObject({ ...base, type: z.literal('multiple'), options: z.array(option).min(3).max(8) })
  .refine((q) => q.options.some((o) => o.correct), {
    path: ['options'],
    error: 'aucune option n’est marquée « correct: true » : la réponse n’est pas parmi les options',
  });

const truefalse = z.strictObject({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  feedback: z.strictObject({ vrai: markdown, faux: markdown }),
});

const ordering = z.strictObject({ ...base, type: z.literal('ordering'), items: z.array(markdown).min(3).max(8) }).refine(
  (q) => new Set(q.items).size === q.items.length,
  { path: ['items'], error: 'deux éléments identiques ne peuvent pas être ordonnés' },
);

const matching = z
  .strictObject({ ...base, type: z.literal('matching'), pairs: z.array(z.strictObject({ left: markdown, right: markdown })).min(3).max(8) })
  .refine((q) => new Set(q.pairs.map((p) => p.right)).size === q.pairs.length, {
    path: ['pairs'],
    error: 'les éléments « right » doivent être tous différents',
  });

/** Why an accepted command cannot serve as an answer, or null. */
function commandProblem(answer: string): string | null {
  if (/[<>|]/.test(answer)) return `la réponse « ${answer} » contient <, > ou | : une seule commande concrète est attendue`;
  try {
    // An answer the real CLI would refuse (unknown option, bad value) would make every learner wrong.
    const { errors } = parseCommand(answer);
    return errors.length ? `la réponse « ${answer} » n’est pas une commande valide (${errors.map((e) => e.message).join(' ; ')})` : null;
  } catch (error) {
    return `la réponse « ${answer} » est illisible (${error instanceof CommandSyntaxError ? error.message : String(error)})`;
  }
}

const command = z
  .strictObject({ ...base, type: z.literal('command'), answers: z.array(z.string().trim().min(1)).min(1) })
  .superRefine((q, ctx) => {
    q.answers.forEach((answer, i) => {
      const problem = commandProblem(answer);
      if (problem) ctx.addIssue({ code: 'custom', path: ['answers', i], message: problem });
    });
  });

/** The type is checked first, so an unknown type gets its own clear message. */
export const questionSchema = z
  .looseObject({ type: z.enum(QUESTION_TYPES as [string, ...string[]]) })
  .pipe(z.discriminatedUnion('type', [single, multiple, truefalse, ordering, matching, command]));

export type QuestionSource = z.output<typeof questionSchema>;
