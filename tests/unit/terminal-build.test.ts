import { describe, expect, test } from 'vitest';
import { findImage, Sim } from '../../src/quiz/terminal/index';
import type { BuiltConfig } from '../../src/quiz/terminal/image-build';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';

// Transcripts of `docker build`: what the learner types, what BuildKit prints (plain progress),
// and what the daemon holds afterwards. Files are written straight into the simulated disk.

const HOME = '/home/etudiant';

function sim(files: Record<string, string> = {}, cwd = `${HOME}/tp1`) {
  let t = Date.UTC(2026, 11, 6, 10, 0, 0);
  const s = new Sim({ seed: 7, now: () => (t += 1000) });
  s.state.fs.mkdirp(cwd);
  for (const [path, content] of Object.entries(files)) s.state.fs.write(path.startsWith('/') ? path : `${cwd}/${path}`, content);
  s.state.cwd = cwd;
  return s;
}

const TP1 = {
  'website/index.html': '<!doctype html>\n<h1>Bonjour depuis un conteneur !</h1>\n',
  Dockerfile: 'FROM nginx:1.30-alpine\nCOPY website/ /usr/share/nginx/html/\nEXPOSE 80\n',
};

const lines = (output: string) => output.split('\n');

describe('docker build: the level 1 image', () => {
  test('first build: BuildKit vertices in order, the image tagged with its config and parent', () => {
    const s = sim(TP1);
    const r = s.run('docker build -t mon-site:1.0 .');
    expect(r.exitCode).toBe(0);
    const out = lines(r.output);
    expect(out.slice(0, 6)).toEqual([
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 70B done',
      '#1 DONE 0.0s',
      '',
    ]);
    const vertices = out.filter((l) => /^#\d+ (\[|exporting to image$)/.test(l));
    expect(vertices.map((l) => l.replace(/@sha256:[0-9a-f]{64}/, '@sha256:…'))).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#2 [internal] load metadata for docker.io/library/nginx:1.30-alpine',
      '#3 [internal] load .dockerignore',
      '#4 [1/2] FROM docker.io/library/nginx:1.30-alpine@sha256:…',
      '#5 [internal] load build context',
      '#6 [2/2] COPY website/ /usr/share/nginx/html/',
      '#7 exporting to image',
    ]);
    expect(out).toContain('#6 DONE 0.1s');
    expect(out).toContain('#7 naming to docker.io/library/mon-site:1.0 done');
    const image = findImage(s.state, 'mon-site:1.0')!;
    expect(image.config.exposedPorts).toEqual(['80/tcp']);
    expect(image.config.cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(image.parent).toBe(findImage(s.state, 'nginx:1.30-alpine')!.id);
    expect(image.files?.['/usr/share/nginx/html/index.html']).toContain('Bonjour');
    expect(image.layers.at(-1)?.createdBy).toBe('EXPOSE map[80/tcp:{}]');
    expect(image.layers.at(-2)?.createdBy).toBe('COPY website/ /usr/share/nginx/html/ # buildkit');
  });

  test('the built image serves the copied page, and keeps serving it after the folder changes', () => {
    const s = sim(TP1);
    s.run('docker build -t mon-site:1.0 .');
    expect(s.run('docker run -d --name mon-site -p 8081:80 mon-site:1.0').exitCode).toBe(0);
    expect(s.run('curl http://localhost:8081').output).toContain('<h1>Bonjour depuis un conteneur !</h1>');
    s.state.fs.write(`${HOME}/tp1/website/index.html`, '<h1>Nouvelle version</h1>\n');
    expect(s.run('curl http://localhost:8081').output).toContain('Bonjour depuis un conteneur');
  });

  test('second identical build: CACHED steps, same image id, nothing re-exported', () => {
    const s = sim(TP1);
    s.run('docker build -t mon-site:1.0 .');
    const id = findImage(s.state, 'mon-site:1.0')!.id;
    const out = lines(s.run('docker build -t mon-site:1.0 .').output);
    expect(out).toContain('#6 CACHED');
    expect(out).toContain('#7 exporting layers done');
    expect(out).not.toContain('#4 DONE 1.2s');
    expect(findImage(s.state, 'mon-site:1.0')!.id).toBe(id);
    expect(s.state.images.filter((i) => i.repoTags.length === 0)).toEqual([]);
  });

  test('a changed file invalidates its COPY and every step after it, not those before', () => {
    const s = sim({
      'src/page.html': 'v1\n',
      Dockerfile: 'FROM alpine:3.24\nRUN apk add --no-cache curl\nCOPY src/ /app/\nRUN echo construit > /app/etat\n',
    });
    s.run('docker build -t app:1 .');
    s.state.fs.write(`${HOME}/tp1/src/page.html`, 'v2\n');
    const out = lines(s.run('docker build -t app:1 .').output);
    const status = (step: string) => out[out.findIndex((l) => l.includes(step)) + 1];
    expect(status('[2/4] RUN apk add')).toMatch(/^#\d+ CACHED$/);
    expect(status('[3/4] COPY src/')).toMatch(/^#\d+ DONE/);
    expect(status('[4/4] RUN echo')).toMatch(/^#\d+ DONE/);
    expect(findImage(s.state, 'app:1')!.files?.['/app/page.html']).toBe('v2\n');
    // The previous image lost its tag: it is now dangling (<none>).
    expect(s.state.images.filter((i) => i.repoTags.length === 0 && i.parent)).toHaveLength(1);
  });

  test('the build cache and the HEALTHCHECK survive a saved and restored session', () => {
    const s = sim({ ...TP1, Dockerfile: `${TP1.Dockerfile}HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n` });
    s.run('docker build -t mon-site:1.0 .');
    const restored = Sim.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    expect((findImage(restored.state, 'mon-site:1.0')!.config as BuiltConfig).healthcheck?.test).toEqual(['CMD-SHELL', 'curl -f http://localhost/ || exit 1']);
    expect(restored.run('docker build -t mon-site:1.0 .').output.split('\n')).toContain('#6 CACHED');
  });

  test('--no-cache rebuilds every step', () => {
    const s = sim(TP1);
    s.run('docker build -t mon-site:1.0 .');
    const out = lines(s.run('docker build --no-cache -t mon-site:1.0 .').output);
    expect(out).toContain('#6 DONE 0.1s');
    expect(out).not.toContain('#6 CACHED');
  });
});

describe('docker build: errors in BuildKit words', () => {
  test('a missing file: checksum error, the excerpt, exit 1, no image', () => {
    const s = sim({ ...TP1, Dockerfile: 'FROM python:3.14-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n' });
    const r = s.run('docker build -t monapp .');
    expect(r.exitCode).toBe(1);
    const out = lines(r.output);
    const ref = /checksum of ref ([a-z0-9]{25}::[a-z0-9]{25}): /.exec(r.output)?.[1];
    expect(ref).toBeDefined();
    expect(out.filter((l) => l.includes(' ERROR: '))).toEqual([`#7 ERROR: failed to calculate checksum of ref ${ref}: "/app.py": not found`]);
    expect(out.slice(-12)).toEqual([
      '------',
      ' > [3/3] COPY app.py .:',
      '------',
      'Dockerfile:3',
      '--------------------',
      '   1 |     FROM python:3.14-slim',
      '   2 |     WORKDIR /app',
      '   3 | >>> COPY app.py .',
      '   4 |     CMD ["python", "app.py"]',
      '   5 |     ',
      '--------------------',
      `ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref ${ref}: "/app.py": not found`,
    ]);
    expect(findImage(s.state, 'monapp')).toBeUndefined();
  });

  test('an unknown instruction: the whole output', () => {
    const s = sim({ Dockerfile: 'FROM nginx:1.30-alpine\nCOPPY website/ /usr/share/nginx/html/\n' });
    expect(s.run('docker build -t mon-site:1.0 .')).toEqual({
      exitCode: 1,
      output: [
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 61B done',
        '#1 DONE 0.0s',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM nginx:1.30-alpine',
        '   2 | >>> COPPY website/ /usr/share/nginx/html/',
        '   3 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)',
      ].join('\n'),
    });
  });

  test('a RUN that fails: the process logs, then « did not complete successfully »', () => {
    const s = sim({ Dockerfile: 'FROM debian:trixie-slim\nRUN apt-get install -y curl\n' });
    const r = s.run('docker build -t outil .');
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('E: Unable to locate package curl');
    expect(lines(r.output).at(-1)).toBe('ERROR: failed to build: failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100');
  });

  test('the wrong package manager for the base: the shell says not found (exit 127)', () => {
    const s = sim({ Dockerfile: 'FROM python:3.14-slim\nRUN apk add --no-cache curl\n' });
    const r = s.run('docker build .');
    expect(r.output).toContain('/bin/sh: 1: apk: not found');
    expect(lines(r.output).at(-1)).toBe('ERROR: failed to build: failed to solve: process "/bin/sh -c apk add --no-cache curl" did not complete successfully: exit code: 127');
    const alpine = sim({ Dockerfile: 'FROM alpine:3.24\nRUN apt-get update\n' });
    expect(alpine.run('docker build .').output).toContain('/bin/sh: apt-get: not found');
  });

  test('pip without its requirements file', () => {
    const s = sim({ Dockerfile: 'FROM python:3.14-slim\nWORKDIR /app\nRUN pip install -r requirements.txt\n' });
    const r = s.run('docker build .');
    expect(r.output).toContain("ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'");
    expect(r.exitCode).toBe(1);
  });

  test('context, Dockerfile and tag errors', () => {
    const s = sim(TP1);
    expect(s.run('docker build -t site ./nulle-part')).toEqual({ exitCode: 1, output: 'ERROR: failed to build: unable to prepare context: path "./nulle-part" not found' });
    s.state.fs.mkdirp(`${HOME}/vide`);
    const r = s.run('docker build ../vide');
    expect(lines(r.output).at(-1)).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory');
    expect(s.run('docker build -t Mon-Site:1.0 .').output).toBe('ERROR: failed to build: invalid tag "Mon-Site:1.0": repository name must be lowercase');
  });

  test('an unknown base image: the registry refuses at « load metadata »', () => {
    const s = sim({ Dockerfile: 'FROM ngnix:latest\n' });
    const r = s.run('docker build .');
    expect(r.output).toContain('#2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
    expect(lines(r.output).at(-1)).toBe(
      'ERROR: failed to build: failed to solve: ngnix:latest: failed to resolve source metadata for docker.io/library/ngnix:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });
});

describe('docker build: stages, options, configuration', () => {
  const MULTI = {
    'package.json': JSON.stringify({ name: 'site', version: '1.0.0', scripts: { build: 'vite build' }, devDependencies: { vite: '^7.2.0' } }),
    'package-lock.json': '{}',
    'index.html': '<h1>Site construit</h1>\n',
    Dockerfile: 'FROM node:24-alpine AS build\nWORKDIR /src\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.30-alpine\nCOPY --from=build /src/dist /usr/share/nginx/html\n',
  };

  test('multi-stage: stage names in the steps, only the final stage in the image, which serves dist/', () => {
    const s = sim(MULTI);
    const r = s.run('docker build -t site:multi .');
    expect(r.exitCode).toBe(0);
    const out = lines(r.output);
    expect(out.some((l) => /^#\d+ \[build 1\/6\] FROM docker\.io\/library\/node:24-alpine@sha256:/.test(l))).toBe(true);
    expect(out.some((l) => /^#\d+ \[build 4\/6\] RUN npm ci$/.test(l))).toBe(true);
    expect(out.some((l) => /^#\d+ \[stage-1 2\/2\] COPY --from=build \/src\/dist \/usr\/share\/nginx\/html$/.test(l))).toBe(true);
    const image = findImage(s.state, 'site:multi')!;
    expect(image.parent).toBe(findImage(s.state, 'nginx:1.30-alpine')!.id);
    expect(Object.keys(image.files ?? {}).some((f) => f.includes('node_modules'))).toBe(false);
    s.run('docker run -d -p 8082:80 site:multi');
    expect(s.run('curl -s localhost:8082').output).toBe('<h1>Site construit</h1>');
  });

  test('--target stops at a stage; an unknown target is refused with a suggestion', () => {
    const s = sim(MULTI);
    const r = s.run('docker build --target build -t site:build .');
    expect(r.output).not.toContain('stage-1');
    expect(findImage(s.state, 'site:build')!.config.workingDir).toBe('/src');
    expect(lines(s.run('docker build --target bulid .').output).at(-1)).toBe('ERROR: failed to build: failed to solve: target stage "bulid" could not be found (did you mean build?)');
  });

  test('-f with another file name, ARG and --build-arg, ENV, USER, WORKDIR, CMD reach the image', () => {
    const s = sim({
      'app.py': 'print("ok")\n',
      'Dockerfile.prod': 'FROM python:3.14-slim\nARG VERSION=1.0\nENV APP_VERSION=$VERSION\nWORKDIR /app\nCOPY app.py .\nUSER 1000\nCMD ["python", "app.py"]\n',
    });
    const r = s.run('docker buildx build -f Dockerfile.prod --build-arg VERSION=2.1 -t app:2.1 .');
    expect(r.output).toContain('#1 [internal] load build definition from Dockerfile.prod');
    const cfg = findImage(s.state, 'app:2.1')!.config;
    expect(cfg.env).toContain('APP_VERSION=2.1');
    expect(cfg.workingDir).toBe('/app');
    expect(cfg.user).toBe('1000');
    expect(cfg.cmd).toEqual(['python', 'app.py']);
  });

  test('.dockerignore keeps files out of the context', () => {
    const s = sim({ 'app.py': 'x\n', '.env': 'SECRET=1\n', '.dockerignore': '.env\n*.log\n', 'debug.log': 'x\n', Dockerfile: 'FROM alpine:3.24\nCOPY . /app/\n' });
    s.run('docker build -t ctx:1 .');
    const files = Object.keys(findImage(s.state, 'ctx:1')!.files ?? {});
    expect(files).toContain('/app/app.py');
    expect(files).not.toContain('/app/.env');
    expect(files).not.toContain('/app/debug.log');
    s.state.fs.write(`${HOME}/tp1/Dockerfile`, 'FROM alpine:3.24\nCOPY .env /app/\n');
    expect(s.run('docker build .').output).toMatch(/"\/\.env": not found$/);
  });

  test('level 4 image: pip installs, user created, HEALTHCHECK and CMD recorded; -q prints only the id', () => {
    const s = sim(
      {
        'requirements.txt': 'flask>=3.1,<4\nredis>=5\ngunicorn>=23\n',
        'app.py': 'from flask import Flask\n',
        Dockerfile:
          'FROM python:3.14-slim\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nRUN useradd --create-home --uid 10001 appuser\nUSER appuser\nEXPOSE 5000\nHEALTHCHECK --interval=10s --timeout=3s --retries=3 \\\n  CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:5000/health\')"\nCMD ["gunicorn", "--bind", "0.0.0.0:5000", "--workers", "2", "app:app"]\n',
      },
      `${HOME}/tp4-prod/app`,
    );
    const r = s.run('docker build -q -t tp4-flask:1.0 .');
    expect(r.output).toMatch(/^sha256:[0-9a-f]{64}$/);
    const image = findImage(s.state, 'tp4-flask:1.0')!;
    const cfg = image.config as BuiltConfig;
    expect(cfg.user).toBe('appuser');
    expect(cfg.exposedPorts).toEqual(['5000/tcp']);
    expect(cfg.healthcheck).toMatchObject({ test: ['CMD-SHELL', expect.stringContaining('urlopen')], interval: '10s', retries: 3 });
    expect(cfg.env).toEqual(expect.arrayContaining(['PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1']));
    expect(image.files?.['/usr/local/bin/gunicorn']).toBeDefined();
    expect(image.files?.['/etc/passwd']).toContain('appuser:x:10001:');
    expect(image.size).toBeGreaterThan(findImage(s.state, 'python:3.14-slim')!.size);
  });

  test('a shell-form CMD gets the linter warning under the build', () => {
    const s = sim({ Dockerfile: 'FROM alpine:3.24\nCMD echo bonjour\n' });
    const out = lines(s.run('docker build -t w .').output);
    expect(out.slice(-2)).toEqual([' 1 warning found (use docker --debug to expand):', ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)']);
    expect(findImage(s.state, 'w')!.config.cmd).toEqual(['/bin/sh', '-c', 'echo bonjour']);
  });
});
