/**
 * Budgets in CI (issue 14): one file, `budgets.json` next to this module, holds every limit —
 * first-load JavaScript per route type in gzip bytes, the precache total and the search index —
 * and `npm run size` measures the built site against it. An overrun names the page and its
 * largest chunks, so the failure says what grew.
 *
 * First-load JavaScript is measured in Debian's Chromium, not by reading the HTML: a page also
 * loads chunks it imports at run time (a guide's bundle, the service-worker client), and only a
 * browser sees those. Each JavaScript response the page makes until the network is quiet counts,
 * at its size on disk gzipped at level 9 (what a gzip-serving host sends; Brotli is smaller).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import budgetFile from './budgets.json' with { type: 'json' };
import { siteRoutes } from './routes-to-prerender.ts';
import { SERVICE_WORKER_FILE } from './post-build/service-worker.ts';

/** The route types the issue budgets: what a user opens first. */
export const ROUTE_TYPES = ['start', 'kapitel', 'guide-fraga', 'guide-utfall', 'sok', 'presentera'] as const;
export type RouteType = (typeof ROUTE_TYPES)[number];

export interface Budgets {
  /** First-load JavaScript per route type, gzip, in KB (1024 bytes). */
  forstaBesoketJsGzipKB: Record<RouteType, number>;
  /** Everything the service worker precaches, as stored (uncompressed), in KB. */
  forhandscacheKB: number;
  /** The search index file, gzip, in KB. */
  sokindexGzipKB: number;
}

export const budgets: Budgets = budgetFile;

export interface Chunk {
  file: string;
  gzip: number;
}

export interface PageLoad {
  type: RouteType;
  url: string;
  chunks: Chunk[];
  total: number;
}

export interface Measurements {
  /** The heaviest page of each route type. */
  worst: Map<RouteType, PageLoad>;
  pagesMeasured: number;
  precacheBytes: number;
  precacheFiles: number;
  searchIndex: { file: string; gzip: number };
}

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The pages to load for each route type: every chapter and guide, one outcome per verdict. */
export function pagesToMeasure(outcomeUrls: string[], root = process.cwd()): { type: RouteType; url: string }[] {
  const routes = siteRoutes(root);
  const of = (kind: string) => routes.filter((r) => r.kind === kind).map((r) => r.path);
  const firstOf = (kind: string) => of(kind).slice(0, 1);
  return [
    { type: 'start' as const, url: '/' },
    ...of('kapitel').map((url) => ({ type: 'kapitel' as const, url })),
    ...of('guide-fragor').map((url) => ({ type: 'guide-fraga' as const, url })),
    ...outcomeUrls.map((url) => ({ type: 'guide-utfall' as const, url })),
    { type: 'sok' as const, url: '/sok' },
    { type: 'sok' as const, url: '/sok?q=samtycke' },
    ...['presentera-fall', 'presentera-presentator', 'presentera-utdelning', 'presentera-guide'].flatMap(firstOf).map((url) => ({ type: 'presentera' as const, url })),
  ];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every file the service worker precaches, from its manifest in sw.js, relative to dir. */
export function precachedFiles(dir: string): string[] {
  const sw = readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  if (urls.length === 0) throw new Error(`${SERVICE_WORKER_FILE}: hittar ingen förhandscachelista`);
  return urls;
}

/** The precache as bytes on disk. */
export function precacheTotal(dir: string, files: string[]): { bytes: number; files: number } {
  return { bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0), files: files.length };
}

/** The search index among the precached files, gzipped. */
export function searchIndexSize(dir: string, files: string[]): { file: string; gzip: number } {
  const file = files.find((f) => /^assets\/sok-index\.[0-9a-f]+\.json$/.test(f));
  if (!file || !existsSync(join(dir, file))) throw new Error('Hittar inte sökindexet i bygget.');
  return { file, gzip: gzipSize(join(dir, file)) };
}

/** Loads each page in Chromium with service workers blocked and sums the JavaScript it fetched. */
export async function measurePages(dir: string, base: string, pages: { type: RouteType; url: string }[], executablePath: string): Promise<PageLoad[]> {
  const assets = sirv(dir, { dev: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    req.url = `/${(req.url ?? '/').slice(base.length)}`; // the site is built for `base`; its files sit at the root of dir
    assets(req, res, () => void res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const loads: PageLoad[] = [];
    for (const { type, url } of pages) {
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.url().startsWith(origin) && path.endsWith('.js')) scripts.add(path.slice(base.length));
      });
      await page.goto(origin + base + url.slice(1), { waitUntil: 'load' });
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.close();
      const chunks = [...scripts].map((file) => ({ file, gzip: gzipSize(join(dir, file)) })).sort((a, b) => b.gzip - a.gzip);
      loads.push({ type, url, chunks, total: chunks.reduce((sum, c) => sum + c.gzip, 0) });
    }
    return loads;
  } finally {
    await browser.close();
    server.close();
  }
}

export function heaviest(loads: PageLoad[]): Map<RouteType, PageLoad> {
  const worst = new Map<RouteType, PageLoad>();
  for (const load of loads) if (load.total > (worst.get(load.type)?.total ?? -1)) worst.set(load.type, load);
  return worst;
}

/** Every budget the measurements break, each naming the page and the chunks that make it up. */
export function overruns(m: Measurements, limits: Budgets = budgets): string[] {
  const problems: string[] = [];
  for (const type of ROUTE_TYPES) {
    const load = m.worst.get(type);
    const limit = limits.forstaBesoketJsGzipKB[type];
    if (!load) {
      problems.push(`${type}: ingen sida mättes`);
      continue;
    }
    if (load.total > limit * KB) {
      const top = load.chunks.slice(0, 3).map((c) => `${c.file} ${kb(c.gzip)}`).join(', ');
      problems.push(`${type} (${load.url}): ${kb(load.total)} JavaScript > budget ${limit} KB. Största filerna: ${top}`);
    }
  }
  if (m.precacheBytes > limits.forhandscacheKB * KB) {
    problems.push(`Förhandscachen: ${kb(m.precacheBytes)} i ${m.precacheFiles} filer > budget ${limits.forhandscacheKB} KB`);
  }
  if (m.searchIndex.gzip > limits.sokindexGzipKB * KB) {
    problems.push(`Sökindexet ${m.searchIndex.file}: ${kb(m.searchIndex.gzip)} gzip > budget ${limits.sokindexGzipKB} KB`);
  }
  return problems;
}

/** The table `npm run size` and `npm run bench` print: one row per budget. */
export function budgetTable(m: Measurements, limits: Budgets = budgets): string {
  const rows = ROUTE_TYPES.map((type) => {
    const load = m.worst.get(type);
    const limit = limits.forstaBesoketJsGzipKB[type];
    return [`JavaScript, första besöket: ${type}`, load ? `${kb(load.total)} (${load.url})` : '–', `${limit} KB`, load && load.total <= limit * KB ? 'ja' : 'NEJ'];
  });
  rows.push(['Förhandscache (okomprimerad)', `${kb(m.precacheBytes)} i ${m.precacheFiles} filer`, `${limits.forhandscacheKB} KB`, m.precacheBytes <= limits.forhandscacheKB * KB ? 'ja' : 'NEJ']);
  rows.push(['Sökindex (gzip)', kb(m.searchIndex.gzip), `${limits.sokindexGzipKB} KB`, m.searchIndex.gzip <= limits.sokindexGzipKB * KB ? 'ja' : 'NEJ']);
  return ['| budget | mätt (tyngsta sidan) | gräns | inom |', '| --- | --- | ---: | :---: |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export async function measure(dir: string, base: string, outcomeUrls: string[], executablePath: string): Promise<Measurements> {
  const loads = await measurePages(dir, base, pagesToMeasure(outcomeUrls), executablePath);
  const files = precachedFiles(dir);
  const precache = precacheTotal(dir, files);
  return {
    worst: heaviest(loads),
    pagesMeasured: loads.length,
    precacheBytes: precache.bytes,
    precacheFiles: precache.files,
    searchIndex: searchIndexSize(dir, files),
  };
}
