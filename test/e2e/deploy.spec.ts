/**
 * Issue 14: the site must work, and be fast, as the deploy/ examples serve it, not only as
 * `npm start` does. Debian's nginx and Apache 2.4 serve a build under /sekretessguiden/ with the
 * example files themselves (test/e2e/support/deploy-servers.ts). Checked over HTTP: addresses with
 * and without a slash, the build's compressed copies with the right type, the same headers as
 * `npm start`, long caching only for hashed files, and 404.html with status 404. Checked in Chromium:
 * the pages hydrate with no console error (the header policy and each page's own policy both apply),
 * and after one visit the site works offline.
 */
import { get as httpGet } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../src/buildtime/security-headers.ts';
import { collectConsoleErrors } from './helpers/console-errors.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { DEPLOY_SERVERS, isInstalled, startDeployServer } from './support/deploy-servers.ts';
import { GUIDE_WITH_ANSWERS, coldStartOffline } from './support/service-worker.ts';
import { TEST_BASE, buildA, extraPort, type Server } from './support/site-builds.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as the server sent it, and decoded. */
  raw: Buffer;
  body: string;
}

/** A plain GET with exactly the Accept-Encoding given (fetch would add its own and decode). */
function get(url: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((done, fail) => {
    httpGet(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: res.statusCode ?? 0, headers: res.headers, raw, body: decoded.toString('utf8') });
      });
    }).on('error', fail);
  });
}

function expectSecurityHeaders(reply: Reply, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], `${name} på ${what}`).toBe(value);
}

const BROWSER = 'gzip, deflate, br';

DEPLOY_SERVERS.forEach((kind, index) => {
  test.describe(`${kind} med exemplet i deploy/`, () => {
    // CI installs both servers (.ci/run); there a missing one is a failure, not a skip.
    test.skip(!isInstalled(kind) && !process.env.CI, `${kind} är inte installerat (apt-get install nginx-light apache2)`);
    let server: Server | undefined;
    let build = '';
    let site = '';

    test.beforeAll(async () => {
      test.setTimeout(180_000); // buildA() builds once if the build is older than dist/
      build = buildA();
      server = await startDeployServer(kind, build, extraPort(4 + index));
      site = server.origin + TEST_BASE;
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('adresser, komprimerade kopior, rubriker, cachning och 404', async () => {
      // The site's own address without the slash leads to the start page.
      const bare = await get(server!.origin + TEST_BASE.slice(0, -1));
      expect(bare.status, `${TEST_BASE.slice(0, -1)} ska omdirigera`).toBe(301);
      expect(new URL(bare.headers.location as string, server!.origin).pathname).toBe(TEST_BASE);

      const pages = ['', 'handbok/samtycke', 'handbok/samtycke/', GUIDE_WITH_ANSWERS, 'lagrum/osl-10-21', 'sok?q=samtycke'];
      for (const path of pages) {
        const reply = await get(site + path, BROWSER);
        expect(reply.status, path).toBe(200);
        expect(reply.headers['content-type'], path).toMatch(/^text\/html/);
        expect(['br', 'gzip'], `${path} skickas komprimerad`).toContain(reply.headers['content-encoding']);
        expect(reply.headers.vary, `${path}: Vary`).toMatch(/Accept-Encoding/i);
        expect(reply.headers['cache-control'], path).toBe(CACHE_REVALIDATE);
        expect(reply.body, path).toMatch(/^<!DOCTYPE html>.*<title>([^<]+ – )?Sekretessguiden<\/title>/s);
        expectSecurityHeaders(reply, path);
      }

      // A link to an outcome gets the outcome's own prerendered file (src/buildtime/outcome-pages.ts);
      // answers in another order, or a query no file can be named after, get the walk page.
      const outcome = await get(site + GUIDE_WITH_ANSWERS, BROWSER);
      expect(outcome.body, 'utfallets egen fil').toContain('class="verdict-panel');
      expect(['br', 'gzip'], 'utfallets fil skickas komprimerad').toContain(outcome.headers['content-encoding']);
      const [walk, query] = GUIDE_WITH_ANSWERS.split('?');
      for (const path of [`${walk}?${query.split('&').reverse().join('&')}`, `${GUIDE_WITH_ANSWERS}&okand=1`, `${walk}?../../index`, `${walk}/?${query}x`]) {
        const reply = await get(site + path, BROWSER);
        expect(reply.status, path).toBe(200);
        expect(reply.body, path).not.toContain('class="verdict-panel');
        expect(reply.body, path).toContain('data-guide-heading');
      }

      // A client that does not ask for compression gets the plain file.
      const plain = await get(site + 'handbok/samtycke');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.raw.toString('utf8')).toMatch(/^<!DOCTYPE html>/);

      // Hashed files: the compressed copy of exactly the built file, with its own type, cached for a year.
      const assets = readdirSync(join(build, 'assets'));
      const files = [assets.find((f) => /^entry\.client-.*\.js$/.test(f)), assets.find((f) => /^root-.*\.css$/.test(f))];
      for (const file of files) {
        expect(file, 'hittar entry.client och stilmallen i bygget').toBeTruthy();
        const reply = await get(`${site}assets/${file}`, BROWSER);
        expect(reply.status, file).toBe(200);
        expect(reply.headers['content-type'], file).toMatch(file!.endsWith('.js') ? /javascript/ : /^text\/css/);
        expect(['br', 'gzip'], `${file} skickas komprimerad`).toContain(reply.headers['content-encoding']);
        expect(reply.body, `${file} är byggets fil`).toBe(readFileSync(join(build, 'assets', file!), 'utf8'));
        expect(reply.headers['cache-control'], file).toBe(CACHE_IMMUTABLE);
        expectSecurityHeaders(reply, file!);
      }

      // The service worker and the manifest are checked against the server every time.
      const worker = await get(site + 'sw.js', BROWSER);
      expect(worker.headers['content-type']).toMatch(/javascript/);
      expect(worker.headers['cache-control']).toBe(CACHE_REVALIDATE);
      const manifest = await get(site + 'manifest.webmanifest', BROWSER);
      expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
      expect(manifest.headers['cache-control']).toBe(CACHE_REVALIDATE);
      expect(JSON.parse(manifest.body)).toMatchObject({ start_url: TEST_BASE, scope: TEST_BASE });

      // Unknown addresses, also under a known prefix: the 404 page with status 404 and the same headers.
      for (const path of ['finns-inte', 'handbok/finns-inte', 'guide/finns-inte/fragor', 'assets/finns-inte.js']) {
        const reply = await get(site + path, BROWSER);
        expect(reply.status, path).toBe(404);
        expect(reply.body, path).toContain('<h1>Sidan finns inte</h1>');
        expectSecurityHeaders(reply, path);
      }
    });

    test('sidorna hydreras utan fel i konsolen, och en länk med svar visar utfallet', async ({ browser }) => {
      const context = await browser.newContext({ baseURL: site });
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);

      await openHydrated(page, site);
      await openHydrated(page, site + 'handbok/samtycke');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samtycke');
      await page.goto(site + GUIDE_WITH_ANSWERS);
      await expect(page.locator('.verdict-panel')).toBeVisible();
      await page.goto(site + 'handbok/finns-inte');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
      expect(errors).toEqual([]);
      await context.close();
    });

    test('efter ett besök fungerar kapitel, guide, lagrum och sökning offline', async ({ browser }) => {
      test.setTimeout(240_000); // the first visit precaches the whole site
      const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: server!.origin });
      await coldStartOffline(context, TEST_BASE);
      await context.close();
    });
  });
});
