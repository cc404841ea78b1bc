// « Partager » and « Copier le lien » (src/lib/share.ts): which way the link leaves the page, and
// what the learner is told, for the browsers they have: share sheet, clipboard only, neither.
import { describe, expect, it, vi } from 'vitest';
import { canUseShareSheet, copyLink, linkFor, messageFor, shareLink, type ShareEnv } from '../../src/lib/share';

const PAGE = 'https://cours.example.org/docker/volumes/';
const data = { title: 'Volumes et montages liés', url: PAGE };

function domError(name: string): Error {
  const e = new Error(name);
  e.name = name;
  return e;
}

function clipboard() {
  const written: string[] = [];
  return { written, writeText: vi.fn(async (text: string) => void written.push(text)) };
}

describe('linkFor', () => {
  it('gives the page address without the fragment the reader happened to be at', () => {
    expect(linkFor(`${PAGE}#les-volumes-nommés`)).toBe(PAGE);
  });
  it('keeps the query string, which can mean something (a shared exam)', () => {
    expect(linkFor('https://cours.example.org/revision/examen/?graine=classe-a#q')).toBe(
      'https://cours.example.org/revision/examen/?graine=classe-a',
    );
  });
  it('appends a heading or question fragment, replacing the current one', () => {
    expect(linkFor(`${PAGE}#ailleurs`, '#q-docker-volumes-create')).toBe(`${PAGE}#q-docker-volumes-create`);
    expect(linkFor(PAGE, '#les-données')).toBe(`${PAGE}#les-données`);
    expect(linkFor(`${PAGE}#x`, '#les-contr%C3%B4leurs')).toBe(`${PAGE}#les-contrôleurs`);
    // Malformed or ASCII escapes are kept as they are.
    expect(linkFor(PAGE, '#q-%E0%A4%A')).toBe(`${PAGE}#q-%E0%A4%A`);
    expect(linkFor(PAGE, '#a%20b')).toBe(`${PAGE}#a%20b`);
  });
  it('resolves a path with a fragment against the page, under a sub-path too', () => {
    expect(linkFor('https://ecole.example/cours/docker/volumes/', '/cours/docker/images/#x')).toBe('https://ecole.example/cours/docker/images/#x');
  });
});

describe('canUseShareSheet', () => {
  it('is false without navigator.share (Firefox desktop, Chromium on Linux)', () => {
    expect(canUseShareSheet({}, data)).toBe(false);
  });
  it('asks canShare when the browser has it', () => {
    expect(canUseShareSheet({ share: async () => {}, canShare: () => false }, data)).toBe(false);
    expect(canUseShareSheet({ share: async () => {}, canShare: () => true }, data)).toBe(true);
    expect(canUseShareSheet({ share: async () => {}, canShare: () => { throw new TypeError(); } }, data)).toBe(false);
  });
  it('trusts share alone when canShare is missing', () => {
    expect(canUseShareSheet({ share: async () => {} }, data)).toBe(true);
  });
});

describe('shareLink', () => {
  it('opens the share sheet with the title and the address, and says nothing more', async () => {
    const share = vi.fn(async () => {});
    const clip = clipboard();
    const outcome = await shareLink({ share, clipboard: clip }, data);
    expect(share).toHaveBeenCalledWith(data);
    expect(clip.written).toEqual([]);
    expect(outcome).toBe('shared');
    expect(messageFor(outcome)).toBeNull();
  });
  it('closing the share sheet is not an error and copies nothing', async () => {
    const clip = clipboard();
    const outcome = await shareLink({ share: async () => Promise.reject(domError('AbortError')), clipboard: clip }, data);
    expect(outcome).toBe('cancelled');
    expect(clip.written).toEqual([]);
    expect(messageFor(outcome)).toBeNull();
  });
  it('a refused share sheet falls back to the clipboard', async () => {
    const clip = clipboard();
    const outcome = await shareLink({ share: async () => Promise.reject(domError('NotAllowedError')), clipboard: clip }, data);
    expect(outcome).toBe('copied');
    expect(clip.written).toEqual([PAGE]);
    expect(messageFor(outcome)).toBe('Lien copié');
  });
  it('without a share sheet, copies the address and says « Lien copié »', async () => {
    const clip = clipboard();
    const outcome = await shareLink({ clipboard: clip }, data);
    expect(clip.written).toEqual([PAGE]);
    expect(messageFor(outcome)).toBe('Lien copié');
  });
  it('with neither, says in French that the address must be copied by hand', async () => {
    const outcome = await shareLink({}, data);
    expect(outcome).toBe('failed');
    expect(messageFor(outcome)).toMatch(/^Copie impossible : copiez l’adresse/);
  });
});

describe('copyLink', () => {
  it('reports a clipboard that refuses (permission denied, no focus)', async () => {
    const env: ShareEnv = { clipboard: { writeText: async () => Promise.reject(domError('NotAllowedError')) } };
    expect(await copyLink(env, PAGE)).toBe('failed');
  });
});
