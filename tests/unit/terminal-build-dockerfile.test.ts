import { describe, expect, test } from 'vitest';
import { DockerfileError, expandWord, parseDockerfile, parseWords, sourceExcerpt, suggestion } from '../../src/quiz/terminal/dockerfile';
import { tpFiles } from './terminal-tp-files';

// The Dockerfiles of the course (TP levels 1 and 4, read from the page) and BuildKit's refusals.
const TP1 = tpFiles(1).Dockerfile;
const TP4 = tpFiles(4)['app/Dockerfile'];

function refusal(text: string): DockerfileError {
  try {
    parseDockerfile(text);
  } catch (e) {
    if (e instanceof DockerfileError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('parseDockerfile', () => {
  test('level 1: one stage, three instructions with their lines', () => {
    const df = parseDockerfile(TP1);
    expect(df.stages).toHaveLength(1);
    expect(df.stages[0].base).toBe('nginx:1.30-alpine');
    expect(df.stages[0].instructions.map((i) => [i.keyword, i.line, i.args])).toEqual([
      ['COPY', 2, ['website/', '/usr/share/nginx/html/']],
      ['EXPOSE', 3, ['80']],
    ]);
  });

  test('level 4: continuation joined into one HEALTHCHECK, exec-form CMD, ENV pairs', () => {
    const df = parseDockerfile(TP4);
    const ins = df.stages[0].instructions;
    const hc = ins.find((i) => i.keyword === 'HEALTHCHECK');
    expect(hc?.line).toBe(10);
    expect(hc?.endLine).toBe(11);
    expect(hc?.flags).toEqual({ interval: '10s', timeout: '3s', retries: '3' });
    expect(hc?.args[0]).toContain('urllib.request.urlopen');
    const cmd = ins.find((i) => i.keyword === 'CMD');
    expect(cmd?.json).toBe(true);
    expect(cmd?.args).toEqual(['gunicorn', '--bind', '0.0.0.0:5000', '--workers', '2', 'app:app']);
    expect(ins.find((i) => i.keyword === 'ENV')?.pairs).toEqual([
      { key: 'PYTHONDONTWRITEBYTECODE', value: '1' },
      { key: 'PYTHONUNBUFFERED', value: '1' },
    ]);
  });

  test('multi-stage: names, COPY --from flag, meta ARG before FROM', () => {
    const df = parseDockerfile(`ARG NODE=22
FROM node:\${NODE} AS build
WORKDIR /src
RUN npm ci
FROM nginx:1.30-alpine
COPY --from=build /src/dist /usr/share/nginx/html
`);
    expect(df.metaArgs[0].pairs).toEqual([{ key: 'NODE', value: '22' }]);
    expect(df.stages.map((s) => s.name)).toEqual(['build', undefined]);
    expect(df.stages[1].instructions[0].flags).toEqual({ from: 'build' });
    expect(df.stages[1].instructions[0].args).toEqual(['/src/dist', '/usr/share/nginx/html']);
  });

  test('comments, blank lines and a # syntax directive are skipped; lowercase keywords accepted', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1\n\n# une image\nfrom alpine:3.24\nrun echo ok\n');
    expect(df.stages[0].from.line).toBe(4);
    expect(df.stages[0].instructions[0].keyword).toBe('RUN');
  });

  test('RUN here-document keeps its body', () => {
    const df = parseDockerfile('FROM alpine:3.24\nRUN <<EOF\necho un\necho deux\nEOF\nCMD ["sh"]\n');
    const run = df.stages[0].instructions[0];
    expect(run.heredocs).toEqual([{ name: 'EOF', content: 'echo un\necho deux\n' }]);
    expect(df.stages[0].instructions[1].line).toBe(6);
  });

  test('unknown instruction: BuildKit words, line and suggestion in the case written', () => {
    const e = refusal('FROM nginx\nCOPPY index.html /usr/share/nginx/html/\n');
    expect(e.message).toBe('dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)');
    expect(e.line).toBe(2);
    expect(refusal('FROM nginx\nfnord x\n').message).toBe('dockerfile parse error on line 2: unknown instruction: fnord');
    expect(refusal('FROM nginx\nentrypont ["x"]\n').message).toBe('dockerfile parse error on line 2: unknown instruction: entrypont (did you mean entrypoint?)');
  });

  test('bad syntax: the messages of instructions/parse.go', () => {
    expect(refusal('FROM nginx\nCOPY index.html\n').message).toBe(
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    );
    expect(refusal('FROM nginx\nWORKDIR /a /b\n').message).toBe('dockerfile parse error on line 2: WORKDIR requires exactly one argument');
    expect(refusal('FROM nginx AS\n').message).toBe('dockerfile parse error on line 1: FROM requires either one or three arguments');
    expect(refusal('FROM nginx AS 1web\n').message).toBe(
      'dockerfile parse error on line 1: invalid name for build stage: "1web", name can\'t start with a number or contain symbols',
    );
    expect(refusal('FROM nginx\nENV PORT\n').message).toBe('dockerfile parse error on line 2: ENV must have two arguments');
    expect(refusal('FROM nginx\nCOPY --chmown=1 a b\n').message).toBe('dockerfile parse error on line 2: unknown flag: chmown');
    expect(refusal('RUN echo\n').message).toBe('no build stage in current context');
    expect(refusal('# rien\n\n').message).toBe('file with no instructions');
  });
});

describe('words and variables', () => {
  test('parseWords keeps quotes, expandWord removes them and expands', () => {
    expect(parseWords('a "b c" d')).toEqual(['a', '"b c"', 'd']);
    const env = { APP: '/app', EMPTY: '' };
    expect(expandWord('"$APP/src"', env)).toBe('/app/src');
    expect(expandWord("'$APP'", env)).toBe('$APP');
    expect(expandWord('${EMPTY:-def}', env)).toBe('def');
    expect(expandWord('${EMPTY-def}', env)).toBe('');
    expect(expandWord('${APP:+set}', env)).toBe('set');
    expect(expandWord('$NOPE', env)).toBe('');
  });

  test('suggestion follows util/suggest: distance under 3, case matched', () => {
    expect(suggestion('FORM', ['FROM', 'RUN'])).toBe(' (did you mean FROM?)');
    expect(suggestion('xyzzy', ['FROM', 'RUN'])).toBe('');
  });
});

describe('sourceExcerpt (solver/errdefs/source.go)', () => {
  test('one faulty line: four lines of context, file end counted', () => {
    const lines = ['FROM python:2', 'ADD script.python /', 'CMD ["python","./script.py"]'];
    expect(sourceExcerpt('Dockerfile', lines, 2)).toEqual([
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM python:2',
      '   2 | >>> ADD script.python /',
      '   3 |     CMD ["python","./script.py"]',
      '   4 |     ',
      '--------------------',
    ]);
  });
});
