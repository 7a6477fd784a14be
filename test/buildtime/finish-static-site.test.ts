import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { finishStaticSite, siteLayoutSteps } from '../../src/buildtime/finish-static-site.ts';
import { baseSegments } from '../../src/buildtime/base-path.ts';

/** Route names of the real site, including the ones a base path can collide with. */
const PAGES = ['/', '/handbok', '/handbok/grunderna', '/guide', '/guide/polisen', '/guide/polisen/fragor', '/om', '/om/andringar', '/404'];

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * A small copy of what React Router and Vite leave before buildEnd: assets and public files at the
 * client root, the SPA fallback at the client root, and every page under <client>/<base>/.
 */
function fakeBuild(base: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-efterbygge-'));
  const publishDir = join(root, 'dist');
  const clientDir = join(publishDir, 'client');
  write(join(clientDir, 'assets', 'root-abc123.js'), 'export {}');
  write(join(clientDir, 'favicon.svg'), '<svg/>');
  write(join(clientDir, '__spa-fallback.html'), 'skal');
  for (const page of PAGES) write(join(clientDir, ...baseSegments(base), ...page.split('/').filter(Boolean), 'index.html'), `sida ${page}`);
  return { publishDir, clientDir };
}

const BASES = ['/', '/x/', '/sekretessguiden/', '/guide/', '/handbok/', '/a/b/', '/assets/', '/404/'];

describe('efterbearbetningen av bygget', () => {
  for (const base of BASES) {
    it(`lägger varje sida på rätt plats med BASE_PATH ${base}`, async () => {
      const { publishDir, clientDir } = fakeBuild(base);
      const result = await finishStaticSite({ dir: clientDir, publishDir, base, pages: PAGES }, siteLayoutSteps);

      expect(result).toBe(publishDir);
      for (const page of PAGES) {
        const file = join(publishDir, ...page.split('/').filter(Boolean), 'index.html');
        expect(existsSync(file), `${page} saknas`).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(`sida ${page}`);
      }
      expect(readFileSync(join(publishDir, '404.html'), 'utf8')).toBe('sida /404');
      expect(readFileSync(join(publishDir, 'assets', 'root-abc123.js'), 'utf8')).toBe('export {}');
      expect(existsSync(join(publishDir, 'favicon.svg'))).toBe(true);
      expect(existsSync(join(publishDir, '__spa-fallback.html'))).toBe(true);
      expect(existsSync(clientDir)).toBe(false);
      // Nothing left over: no base folder beside the pages (unless a route has that name) and no staging folder.
      const expectedTop = new Set(['404', '404.html', '__spa-fallback.html', 'assets', 'favicon.svg', 'guide', 'handbok', 'index.html', 'om']);
      expect(readdirSync(publishDir).filter((entry) => !expectedTop.has(entry))).toEqual([]);
      expect(readdirSync(dirname(publishDir))).toEqual(['dist']);
    });
  }

  it('stoppar bygget när en förrenderad sida saknas', async () => {
    const { publishDir, clientDir } = fakeBuild('/');
    await expect(
      finishStaticSite({ dir: clientDir, publishDir, base: '/', pages: [...PAGES, '/finns-inte'] }, siteLayoutSteps),
    ).rejects.toThrow(/sidor saknas i bygget: \/finns-inte/);
  });

  it('skriver aldrig en sida över en fil som redan finns', async () => {
    const { publishDir, clientDir } = fakeBuild('/x/');
    write(join(clientDir, 'om', 'index.html'), 'en fil från public/');
    await expect(finishStaticSite({ dir: clientDir, publishDir, base: '/x/', pages: PAGES }, siteLayoutSteps)).rejects.toThrow(/krockar/);
  });
});
