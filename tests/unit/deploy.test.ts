// The Docker image of the site: what enters its build context, what it is built from, how its
// health is known. (The nginx configuration itself runs in tests/e2e/nginx.spec.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const ignored = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
  it('pins every base image by digest, its tag written beside it', () => {
    const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const image of froms) expect(image).toMatch(/^[a-z0-9./-]+:[\w.-]+@sha256:[a-f0-9]{64}$/);
  });
  it('declares a HEALTHCHECK that asks nginx for the home page', () => {
    expect(dockerfile).toMatch(/^HEALTHCHECK\s.*\\\n\s*CMD wget -q -O \/dev\/null http:\/\/127\.0\.0\.1:8080\/ \|\| exit 1$/m);
  });
  it('runs without root', () => {
    expect(dockerfile).toMatch(/^USER 101$/m);
  });
});

describe('.dockerignore', () => {
  it.each(['.env', '.env.*', '.npmrc', '.ci/', 'tests/', 'bench/', 'node_modules/', 'dist/', '.git/'])('exclut %s', (entry) => {
    expect(ignored).toContain(entry);
  });
});
