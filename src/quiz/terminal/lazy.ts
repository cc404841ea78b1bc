// The parts of the simulator that are not in the island's first chunk, so that « Ouvrir le
// terminal » loads less: each group says which lines need it (before parsing, `$(…)` included)
// and which commands it registers (so that `run` before `prepare` answers in French).
export interface LazyGroup {
  line: RegExp;
  command: RegExp;
  load: () => Promise<unknown>;
  loaded: boolean;
}

export const LAZY: LazyGroup[] = [
  // docker build (Dockerfile, BuildKit steps) and docker compose (js-yaml): the heaviest.
  { line: /\b(?:compose|docker-compose|build|buildx)\b/, command: /^(?:buildx build|compose(?: .*)?)$/, load: () => import('./extras'), loaded: false },
  { line: /\b(?:inspect|volume|network|system)\b/, command: /^(?:(?:container |image |volume |network )?inspect|volume .*|network .*|system (?:df|prune))$/, load: () => import('./extras-admin'), loaded: false },
];

/** Loads the groups `line` needs (all of them at once when it needs several). */
export async function prepareLine(line: string): Promise<void> {
  await Promise.all(LAZY.filter((g) => !g.loaded && g.line.test(line)).map(loadGroup));
}

export async function loadGroup(group: LazyGroup): Promise<void> {
  if (group.loaded) return;
  await group.load();
  group.loaded = true;
}

/** The group a command belongs to when it is not loaded yet (no handler registered). */
export const pendingGroup = (command: string): LazyGroup | undefined => LAZY.find((g) => g.command.test(command));
