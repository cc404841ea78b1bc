// Reads a folder of YAML banks (quiz questions, flashcards), validates every item with a zod
// schema and the checks zod cannot make (unique ids across files, sections that exist), and
// reports every fault at once in French, naming the file, the item's id and the field. The
// collections in src/content.config.ts call it at build time; a fault stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { readDocAnchors, sectionProblem, type DocAnchors } from './doc-anchors';

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contenu invalide (${problems.length} problème${problems.length > 1 ? 's' : ''}) :\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  boolean: 'true ou false',
  number: 'un nombre',
  array: 'une liste',
  object: 'un objet',
};

/** A field path as written in YAML: `options[1].correct`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** One zod issue in French. Our own refinements already speak French and pass through. */
export function frenchIssue(issue: Issue, item?: unknown): string {
  // zod does not keep the faulty value in its issues; read it back from the item.
  const input = issue.input ?? issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], item);
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'champ obligatoire manquant'
        : `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `valeur « ${String(input)} » inconnue (attendu : ${issue.values.map(String).join(', ')})`;
    case 'too_small':
      return issue.origin === 'array'
        ? `au moins ${issue.minimum} élément(s) attendu(s)`
        : issue.origin === 'string'
          ? 'ne doit pas être vide'
          : `doit valoir au moins ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `au plus ${issue.maximum} élément(s)` : `doit valoir au plus ${issue.maximum}`;
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'format invalide';
    case 'invalid_union':
      return 'ne correspond à aucune forme attendue';
    default:
      return issue.message;
  }
}

export interface BankOptions<S extends z.ZodType> {
  /** Folder of the YAML files, for example `src/content/quiz`. */
  dir: string;
  /** Key of the list in each file: `questions` or `cards`. */
  listKey: string;
  /** What an item is called in messages: `question`, `carte`. */
  itemLabel: string;
  /** Schema of one item; it must have `id` and `section`. */
  schema: S;
  /** Pages and headings of the course (read from src/content/docs by default). */
  anchors?: DocAnchors;
}

export interface BankItem<T> {
  /** File name without folder, for example `docker.yaml`. */
  file: string;
  item: T;
}

/** Every item of every YAML file of `dir`, validated; throws ContentError listing all faults. */
export function readYamlBank<S extends z.ZodType<{ id: string; section: string }>>(
  options: BankOptions<S>,
): BankItem<z.output<S>>[] {
  const { dir, listKey, itemLabel, schema } = options;
  const anchors = options.anchors ?? readDocAnchors();
  const problems: string[] = [];
  const items: BankItem<z.output<S>>[] = [];
  const seen = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();

  for (const file of files) {
    const where = join(dir, file);
    let doc: unknown;
    try {
      doc = yaml.load(readFileSync(where, 'utf8'));
    } catch (error) {
      const e = error as { mark?: { line: number }; reason?: string };
      problems.push(`${where} : YAML illisible${e.mark ? ` à la ligne ${e.mark.line + 1}` : ''} (${e.reason ?? String(error)})`);
      continue;
    }
    const list = (doc as Record<string, unknown> | null)?.[listKey];
    if (!Array.isArray(list)) {
      problems.push(`${where} : la liste « ${listKey} » est absente`);
      continue;
    }
    list.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const label = `${where} › ${itemLabel} ${typeof rawId === 'string' ? `« ${rawId} »` : `n° ${index + 1}`}`;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = fieldPath(issue.path);
          problems.push(`${label} › ${field ? `champ « ${field} »` : 'contenu'} : ${frenchIssue(issue, raw)}`);
        }
        return;
      }
      const item = parsed.data;
      const previous = seen.get(item.id);
      if (previous) problems.push(`${label} › champ « id » : identifiant déjà utilisé dans ${previous}`);
      else seen.set(item.id, where);
      const sectionFault = sectionProblem(item.section, anchors);
      if (sectionFault) problems.push(`${label} › champ « section » : ${sectionFault}`);
      items.push({ file, item });
    });
  }
  if (problems.length) throw new ContentError(problems);
  return items;
}
