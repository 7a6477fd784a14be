// @vitest-environment node
// (Workbox's bundler needs Node's own URL, not jsdom's.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { finishStaticSite } from '../../src/buildtime/finish-static-site.ts';
import { pageUrl } from '../../src/buildtime/post-build/service-worker.ts';
import { inlineScriptHashes, pagePolicy } from '../../src/buildtime/content-security-policy.ts';

const PAGES = ['/', '/handbok/grunderna', '/guide/polisen/fragor', '/404'];
const OUTCOME_QUERY = 'v=2&akut-fara=nej&identifierbar=nej';
const OUTCOME_FILE = `guide/polisen/fragor/utfall/${OUTCOME_QUERY}.html`;
const BASE = '/guide/';

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const html = (title: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><title>${title}</title><meta name="description" content="Om ${title}"/><link rel="modulepreload" href="/guide/assets/root-abc123.js"/></head><body><script>window.x = ${JSON.stringify(title)};</script><script type="module">import "/guide/assets/root-abc123.js";</script></body></html>`;

/** A small React Router output under BASE_PATH=/guide/, with a search index beside the assets. */
async function buildFake() {
  const root = mkdtempSync(join(tmpdir(), 'sg-hela-'));
  const publishDir = join(root, 'dist');
  const clientDir = join(publishDir, 'client');
  write(join(clientDir, 'assets', 'root-abc123.js'), 'export {}');
  write(join(clientDir, 'sok', 'index-abc123.json'), '{}');
  write(join(clientDir, 'favicon.svg'), readFileSync('public/favicon.svg', 'utf8'));
  write(join(clientDir, '__spa-fallback.html'), html('skal'));
  for (const page of PAGES) write(join(clientDir, 'guide', ...page.split('/').filter(Boolean), 'index.html'), html(page));
  // An outcome, as React Router writes it from its prerender path (src/buildtime/outcome-pages.ts).
  write(join(clientDir, 'guide', 'guide', 'polisen', 'fragor', `#${OUTCOME_QUERY}`, 'index.html'), html('utfall'));
  const dir = await finishStaticSite({ dir: clientDir, publishDir, base: BASE, pages: PAGES, outcomeFiles: [OUTCOME_FILE] });
  return { dir, sw: readFileSync(join(dir, 'sw.js'), 'utf8') };
}

describe('hela efterbearbetningen', () => {
  let dir = '';
  let sw = '';
  beforeAll(async () => {
    ({ dir, sw } = await buildFake());
  }, 120_000);

  it('förhandscachar sidor under den adress appen länkar till, och allt annat', () => {
    for (const url of ['index.html', 'handbok/grunderna', 'guide/polisen/fragor', '404.html', '__spa-fallback.html', 'assets/root-abc123.js', 'sok/index-abc123.json', 'manifest.webmanifest', 'icons/ikon-512.png', 'icons/ikon-maskable-512.png', 'favicon.svg']) {
      expect(sw, url).toContain(`url:"${url}"`);
    }
    expect(sw).not.toContain('grunderna/index.html');
    expect(sw).not.toContain('url:"sw.js"');
  });

  it('flyttar varje utfall till sin fil, med sidans policy, men förhandscachar det inte', () => {
    expect(existsSync(join(dir, OUTCOME_FILE))).toBe(true);
    expect(existsSync(join(dir, 'guide', 'polisen', 'fragor', `#${OUTCOME_QUERY}`))).toBe(false);
    const text = readFileSync(join(dir, OUTCOME_FILE), 'utf8');
    expect(text).toContain(`content="${pagePolicy(inlineScriptHashes(text))}"`);
    expect(text).not.toContain('modulepreload');
    expect(sw).not.toContain('utfall/');
  });

  it('svarar på guidens adresser med svar i frågesträngen och faller tillbaka på skalet, under bassökvägen', () => {
    expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
    expect(sw).toContain('"/guide/__spa-fallback.html"');
    // The new version waits for the user ("Uppdatera nu" posts SKIP_WAITING); old entries are removed.
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
  });

  it('skriver manifest och ikoner under bassökvägen och en policy med rätt hashar i varje sida', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.start_url).toBe(BASE);
    expect(existsSync(join(dir, 'icons', 'ikon-192.png'))).toBe(true);
    for (const page of ['index.html', 'handbok/grunderna/index.html', '404.html', '__spa-fallback.html']) {
      const text = readFileSync(join(dir, page), 'utf8');
      expect(text).toContain(`content="${pagePolicy(inlineScriptHashes(text))}"`);
      // 404.html ships without the app's scripts (not-found-page.ts); every other page has its one.
      expect(inlineScriptHashes(text)).toHaveLength(page === '404.html' ? 0 : 2);
    }
  });

  it('låter sidan målas innan appens moduler hämtas: inga modulepreload-länkar, men modulskriptet kvar', () => {
    for (const page of ['index.html', 'handbok/grunderna/index.html', 'guide/polisen/fragor/index.html', '__spa-fallback.html']) {
      const text = readFileSync(join(dir, page), 'utf8');
      expect(text, page).not.toContain('modulepreload');
      expect(text, page).toContain('<script type="module">import "/guide/assets/root-abc123.js";</script>');
    }
  });
});

describe('sidornas adresser i förhandscachen', () => {
  it('är adressen utan index.html, utom startsidan', () => {
    expect(pageUrl('handbok/grunderna/index.html')).toBe('handbok/grunderna');
    expect(pageUrl('index.html')).toBe('index.html');
    expect(pageUrl('assets/a.js')).toBe('assets/a.js');
  });
});

describe('sidor vars text bara syns med JavaScript', () => {
  it('stoppar bygget när React har strömmat ut en del av sidan i efterhand', async () => {
    const { checkPages } = await import('../../src/buildtime/post-build/check-pages.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sg-uppskjuten-'));
    write(join(dir, 'handbok', 'a', 'index.html'), '<div class="chapter-content"><h2>Hela texten</h2></div>');
    write(
      join(dir, 'handbok', 'b', 'index.html'),
      '<div class="chapter-content"><!--$?--><template id="B:0"></template><p>Kapitlet laddas …</p><!--/$--></div><div hidden id="S:0"><h2>Texten</h2></div>',
    );
    const ctx = { dir, base: '/', publishDir: dir, log: () => {} };
    expect(() => checkPages.run({ ...ctx, pages: ['/handbok/a'] })).not.toThrow();
    expect(() => checkPages.run({ ...ctx, pages: ['/handbok/a', '/handbok/b'] })).toThrow(/1 sidor har text som bara syns med JavaScript.*\/handbok\/b/);
  });
});

describe('utfallens filer', () => {
  it('stoppar bygget när ett utfall som bygget räknade med saknas, eller har text som bara syns med JavaScript', async () => {
    const { outcomeFilesStep } = await import('../../src/buildtime/post-build/outcome-files.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sg-utfall-'));
    write(join(dir, 'guide', 'a', 'fragor', '#v=1&x=ja', 'index.html'), '<div class="outcome"><h1>Svar</h1></div>');
    write(join(dir, 'guide', 'a', 'fragor', '#v=1&x=nej', 'index.html'), '<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><h1>Svar</h1></div>');
    const ctx = { dir, base: '/', publishDir: dir, pages: [], log: () => {} };
    expect(() => outcomeFilesStep.run({ ...ctx, outcomeFiles: ['guide/a/fragor/utfall/v=1&x=ja.html', 'guide/b/fragor/utfall/v=1.html'] })).toThrow(
      /1 utfallssidor saknas i bygget: guide\/b\/fragor\/utfall\/v=1.html/,
    );
    expect(readFileSync(join(dir, 'guide', 'a', 'fragor', 'utfall', 'v=1&x=ja.html'), 'utf8')).toContain('<h1>Svar</h1>');
    expect(() => outcomeFilesStep.run({ ...ctx, outcomeFiles: ['guide/a/fragor/utfall/v=1&x=nej.html'] })).toThrow(/1 utfallssidor har text som bara syns med JavaScript/);
  });
});

describe('sidor utan beskrivning', () => {
  it('stoppar bygget och namnger sidorna', async () => {
    const { checkDescriptions } = await import('../../src/buildtime/post-build/check-pages.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sg-beskrivning-'));
    write(join(dir, 'a', 'index.html'), '<head><meta name="description" content="Om a"/></head>');
    write(join(dir, 'b', 'index.html'), '<head><meta name="description" content=""/></head>');
    const ctx = { dir, base: '/', publishDir: dir, log: () => {} };
    expect(() => checkDescriptions.run({ ...ctx, pages: ['/a'] })).not.toThrow();
    expect(() => checkDescriptions.run({ ...ctx, pages: ['/a', '/b'] })).toThrow(/1 sidor saknar <meta name="description">: \/b/);
  });
});

describe('förkomprimerade kopior', () => {
  it('skriver .br och .gz av text som packas upp till exakt samma byte, men inte av små filer eller bilder', async () => {
    const { precompress } = await import('../../src/buildtime/post-build/precompress.ts');
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'sg-komprimera-'));
    const page = `<!DOCTYPE html><html lang="sv"><body>${'<p>Sekretess gäller också mot polisen.</p>'.repeat(100)}</body></html>`;
    write(join(dir, 'handbok', 'a', 'index.html'), page);
    write(join(dir, 'assets', 'liten.js'), 'export {}');
    write(join(dir, 'icons', 'ikon.png'), 'x'.repeat(5000));
    const logs: string[] = [];
    await precompress.run({ dir, base: '/', publishDir: dir, pages: [], log: (m) => logs.push(m) });
    const file = join(dir, 'handbok', 'a', 'index.html');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(page.length / 10);
    expect(existsSync(join(dir, 'assets', 'liten.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'icons', 'ikon.png.br'))).toBe(false);
    expect(logs[0]).toMatch(/^Förkomprimerat: 1 filer/);
  });
});

describe('404.html', () => {
  it('skickas utan appens skript, så att den inte hydreras på en annan adress än den gjordes för (#418)', async () => {
    const { withoutScripts } = await import('../../src/buildtime/post-build/not-found-page.ts');
    const page =
      '<head><link rel="modulepreload" href="/assets/a.js"/><link rel="stylesheet" href="/assets/s.css"/></head>' +
      '<body><h1>Sidan finns inte</h1><a href="/guide">Beslutsguiderna</a><script>window.__rr = {};</script><script type="module">import "/assets/e.js";</script></body>';
    const out = withoutScripts(page);
    expect(out).not.toMatch(/<script|modulepreload/);
    expect(out).toContain('<link rel="stylesheet" href="/assets/s.css"/>');
    expect(out).toContain('<h1>Sidan finns inte</h1><a href="/guide">Beslutsguiderna</a>');
  });
});
