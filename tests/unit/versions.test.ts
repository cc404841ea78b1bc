// The versions the course pins live in src/content/versions.yaml only: a page, a question or a
// card that writes another tag of a listed image, or another major of a listed action, fails here
// with the file, the line (and the question or card id), what it found and what is expected.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRATA_FORMS } from '../../scripts/lib/content-rules.mjs';
import { loadVersions, tagAllowed, validateVersions, versionRefs, versionViolations, VERSIONS_FILE } from '../../scripts/lib/versions.mjs';

const versions = loadVersions();

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : [];
  });
}

const scanned = [...files('src/content/docs', /\.mdx?$/), ...files('src/content/quiz', /\.ya?ml$/), ...files('src/content/cards', /\.ya?ml$/)];

describe('src/content/versions.yaml', () => {
  it('est bien formé : chaque image et chaque action a ses versions, sa source et sa date', () => {
    expect(validateVersions(versions)).toEqual([]);
    expect(Object.keys(versions.images).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(versions.actions).length).toBeGreaterThanOrEqual(4);
  });

  it('refuse une entrée sans source, sans date ou sans étiquette', () => {
    const broken = {
      verifiedAt: '2026-12-06',
      images: { nginx: { tags: [], source: 'https://nginx.org', date: '2026-05' }, node: { tags: ['24'] } },
      actions: { 'actions/checkout': { major: '6', source: 'https://github.com', date: '2025-11' } },
      exceptions: [{ file: 'x.mdx', text: 'mysql:8.0' }],
    };
    const errors = validateVersions(broken).join('\n');
    expect(errors).toContain('images.nginx : « tags »');
    expect(errors).toContain('images.node : « source »');
    expect(errors).toContain('images.node : « date »');
    expect(errors).toContain('actions.actions/checkout : « major »');
    expect(errors).toContain('exceptions[0] : « why » manquant');
  });

  it('chaque exception vise un fichier qui existe', () => {
    const missing = (versions.exceptions ?? [])
      .map((e: { file: string }) => e.file)
      .filter((file: string) => !existsSync(file))
      .map((file: string) => `${VERSIONS_FILE} : exception pour ${file}, fichier introuvable`);
    expect(missing).toEqual([]);
  });
});

describe('le repérage des versions (sur de courtes chaînes)', () => {
  const found = (line: string) => versionRefs(line, versions).map((r: { found: string; ok: boolean }) => `${r.found}${r.ok ? '' : ' ✗'}`);

  it('trouve les images dans FROM, image:, docker run, docker pull et le texte', () => {
    expect(found('FROM node:22-alpine AS build')).toEqual(['node:22-alpine ✗']);
    expect(found('    image: mysql:8.0')).toEqual(['mysql:8.0 ✗']);
    expect(found('docker run -d --name web -p 8080:80 nginx:1.27-alpine')).toEqual(['nginx:1.27-alpine ✗']);
    expect(found('docker pull docker.io/library/python:3.12-slim')).toEqual(['docker.io/library/python:3.12-slim ✗']);
    expect(found('L’image `alpine:3.20` est petite.')).toEqual(['alpine:3.20 ✗']);
    expect(found('image: "postgres:16"')).toEqual(['postgres:16 ✗']);
    expect(found('services:\n  - docker:27-dind')).toEqual(['docker:27-dind ✗']);
  });

  it('accepte les étiquettes du fichier, leurs correctifs et les canaux flottants (latest, lts…)', () => {
    expect(found('node:lts-alpine, docker:dind, debian:bookworm-slim')).toEqual(['node:lts-alpine', 'docker:dind', 'debian:bookworm-slim ✗']);
    expect(found('FROM node:24-alpine')).toEqual(['node:24-alpine']);
    expect(found('image: nginx:1.30.1-alpine et nginx:1.30.1')).toEqual(['nginx:1.30.1-alpine', 'nginx:1.30.1']);
    expect(found('docker:29.1.2-dind, mysql:8.4.7, nginx:latest')).toEqual(['docker:29.1.2-dind', 'mysql:8.4.7', 'nginx:latest']);
    expect(tagAllowed('1.300', ['1.30'])).toBe(false);
    expect(tagAllowed('24.11-slim', ['24-alpine'])).toBe(false);
  });

  it('ignore les ports, les adresses, les variables et les images d’autres comptes', () => {
    expect(found('REDIS_HOST=redis:6379 et mysql:3306')).toEqual([]);
    expect(found('http://nginx:80/ et redis://redis:6379')).toEqual([]);
    expect(found('FROM node:${NODE_VERSION}')).toEqual([]);
    expect(found('docker push ghcr.io/moi/node:1.0 et moi/nginx:2')).toEqual([]);
    expect(found('node: 24')).toEqual([]);
  });

  it('vérifie la version majeure des actions', () => {
    expect(found('- uses: actions/checkout@v4')).toEqual(['actions/checkout@v4 ✗']);
    expect(found('uses: docker/build-push-action@v7.1.0')).toEqual(['docker/build-push-action@v7.1.0']);
    expect(found('uses: docker/login-action@v3')).toEqual(['docker/login-action@v3 ✗']);
    expect(found('uses: actions/checkout@v6')).toEqual(['actions/checkout@v6']);
  });

  it('situe la faute (ligne, id de la question ou de la carte) et respecte les exceptions', () => {
    const yaml = 'questions:\n  - id: q-un\n    prompt: "FROM node:24"\n  - id: q-deux\n    prompt: "FROM node:20-alpine"\n';
    expect(versionViolations('src/content/quiz/x.yaml', yaml, versions)).toEqual([
      { line: 5, id: 'q-deux', found: 'node:20-alpine', expected: 'node:24-alpine ou node:24-slim ou node:24' },
    ]);
    const withException = { ...versions, exceptions: [{ file: 'a.mdx', text: 'mysql:8.0', why: 'fin de vie' }] };
    const used = new Set();
    expect(versionViolations('a.mdx', 'Avant : `mysql:8.0`.', withException, used)).toEqual([]);
    expect(used.size).toBe(1);
    expect(versionViolations('b.mdx', 'Avant : `mysql:8.0`.', withException)).toHaveLength(1);
  });

  it('les conseils des formes erronées citent les versions du fichier', () => {
    const advice = ERRATA_FORMS.map((form: (string | RegExp)[]) => String(form[1])).join('\n');
    expect(advice).toContain(`mysql:${versions.images.mysql.tags[0]}`);
    expect(advice).toContain(`docker:${versions.images.docker.tags[0]}`);
    expect(advice).toContain(`actions/checkout@${versions.actions['actions/checkout'].major}`);
    expect(advice).toContain(`node:${versions.images.node.tags[0]}`);
  });
});

describe('les pages, les questions et les cartes', () => {
  const used = new Set();
  const violations = scanned.flatMap((file) =>
    versionViolations(file, readFileSync(file, 'utf8'), versions, used).map(
      (v: { line: number; id?: string; found: string; expected: string }) =>
        `${file}:${v.line}${v.id && !file.endsWith('.mdx') ? ` (${v.id})` : ''} : « ${v.found} » au lieu de ${v.expected}`,
    ),
  );

  it(`parcourent ${scanned.length} fichiers`, () => {
    expect(scanned.length).toBeGreaterThan(40);
  });

  it('n’écrivent que les versions de src/content/versions.yaml (ou une exception déclarée)', () => {
    expect(violations).toEqual([]);
  });

  it('n’ont pas d’exception inutile dans versions.yaml', () => {
    const unused = (versions.exceptions ?? []).filter((e: object) => !used.has(e)).map((e: { file: string; text: string }) => `${e.file} : « ${e.text} »`);
    expect(unused).toEqual([]);
  });
});
