// docker (with compose and buildx) for the parser: its table and the build context read as a
// path (`.` ≡ `./` ≡ `$PWD`). Imported by the grader (command.ts) and the terminal (terminal/cli.ts).
import { registerProgram } from '../command-core';
import { DOCKER } from '../docker-cli';
import { normalizePath } from './values';

registerProgram({
  cli: DOCKER,
  after(parsed) {
    if (parsed.command === 'buildx build' && parsed.args[0]) parsed.args[0] = normalizePath(parsed.args[0]);
  },
});
