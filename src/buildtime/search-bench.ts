/**
 * `npm run bench:search`: our Fuse setup, MiniSearch with its default options and Pagefind, side
 * by side on the same content and the same labelled queries (test/search-queries.json), in one
 * run. Prints one table: top-1 and top-3 hit rate, p50/p95 query time, index size raw and gzip.
 *
 * - Ours and MiniSearch run in Node over the same documents (search-documents.ts).
 * - Pagefind indexes the built site (dist/, the pages those documents come from) with its Node API
 *   and is queried where it runs, in Debian's Chromium, through its own pagefind.js.
 * Times are the median of five runs per query after a warm-up pass (see timeInNode), so one
 * scheduler hiccup on a shared machine does not decide a percentile. Run `npm run build` first (Pagefind needs dist/).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import * as pf from 'pagefind';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { searchDocuments } from './search-documents.ts';
import { buildSearchIndex, searchIndexAsset } from './search-index.ts';
import { hitRates, querySet, type HitRates, type LabelledQuery } from './search-evaluation.ts';
import { createSearchEngine } from '../search/engine.ts';
import type { SearchIndexFile } from '../search/types.ts';

export interface Row {
  engine: string;
  where: string;
  rates: HitRates;
  times: number[];
  raw: number;
  gzip: number;
}

const RUNS = 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * One warm-up pass, then RUNS passes, each on a fresh instance (so no pass finds the answers it
 * remembered from running the same query before), each query once. Returns the ranked URLs and,
 * per query, the median of its RUNS times.
 */
function timeInNode(queries: LabelledQuery[], instance: () => (q: string) => string[]): { ranked: Map<string, string[]>; times: number[] } {
  const warm = instance();
  for (const q of queries) warm(q.q);
  const ranked = new Map<string, string[]>();
  const perQuery = queries.map(() => [] as number[]);
  for (let pass = 0; pass < RUNS; pass++) {
    const run = instance();
    queries.forEach((q, i) => {
      const start = performance.now();
      ranked.set(q.q, run(q.q));
      perQuery[i].push(performance.now() - start);
    });
  }
  return { ranked, times: perQuery.map(median) };
}

function ours(queries: LabelledQuery[], file: SearchIndexFile, source: string): Row {
  const { ranked, times } = timeInNode(queries, () => {
    const engine = createSearchEngine(file);
    return (q) => engine.search(q, 10).hits.map((h) => h.doc.url);
  });
  return {
    engine: 'Sekretessguidens Fuse-sökning (fuse.js 7.5.0)',
    where: 'Node',
    rates: hitRates(queries, (q) => ranked.get(q.q) ?? []),
    times,
    raw: Buffer.byteLength(source),
    gzip: gzipSync(source, { level: 9 }).length,
  };
}

function miniSearch(queries: LabelledQuery[], docs: ReturnType<typeof searchDocuments>['docs']): Row {
  // Default options: only which fields to index and which to keep for showing a hit.
  const options = { fields: ['title', 'keywords', 'text'], storeFields: ['url', 'title', 'context', 'excerpt'] };
  const ms = new MiniSearch(options);
  ms.addAll(docs.map((d, id) => ({ id, ...d })));
  const json = JSON.stringify(ms);
  // Each pass loads the serialized index, as a browser would.
  const { ranked, times } = timeInNode(queries, () => {
    const loaded = MiniSearch.loadJSON(json, options);
    return (q) =>
      loaded
        .search(q)
        .slice(0, 10)
        .map((r) => r.url as string);
  });
  return {
    engine: 'MiniSearch 7.2.0, standardinställningar',
    where: 'Node',
    rates: hitRates(queries, (q) => ranked.get(q.q) ?? []),
    times,
    raw: Buffer.byteLength(json),
    gzip: gzipSync(json, { level: 9 }).length,
  };
}

/** Every file under a folder, with its size raw and gzip -9 (Pagefind's own chunks are already compressed). */
function folderSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
  }
  return { raw, gzip };
}

/**
 * Runs in the page, as text: the module runner that loads this file would otherwise rewrite its
 * import(). Warm-up pass, then RUNS timed runs per query; a hit is ready to show when its data is
 * loaded, so the time covers the search and the first three hits' data. Each page hit counts as
 * its part (sub-result) with the most matches, the place a reader would land; of the ways tried
 * (that part, the first part, every part in turn) it gives Pagefind the best score.
 */
const IN_PAGE = `async ({ qs, runs }) => {
  const api = await import('/pagefind/pagefind.js');
  await api.init();
  const one = async (q) => {
    const found = await api.search(q);
    const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => {
      const best = [...(d.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
      return best?.url ?? d.url;
    });
  };
  for (const q of qs) await one(q);
  const out = [];
  for (const q of qs) {
    const t = [];
    let urls = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      urls = await one(q);
      t.push(performance.now() - start);
    }
    t.sort((a, b) => a - b);
    out.push({ urls, ms: t[Math.floor(t.length / 2)] });
  }
  return out;
}`;

/** A glossary term sits in a <dt>, not under a heading of its own: Pagefind can reach its letter's heading. */
function pagefindEquivalent(target: string): string[] {
  const term = /^\/ordlista#(.+)$/.exec(target)?.[1];
  if (!term) return [target];
  return [target, `/ordlista#bokstav-${term[0].toUpperCase()}`, '/ordlista'];
}

async function pagefind(queries: LabelledQuery[], dist: string): Promise<Row> {
  const out = mkdtempSync(join(tmpdir(), 'sok-bench-'));
  let server: Server | undefined;
  try {
    // The same pages the documents come from; the header, footer and breadcrumbs are on every page
    // and would match every query, so Pagefind leaves them out (everything else is its default).
    const { index, errors } = await pf.createIndex({ excludeSelectors: ['header', 'footer', '.skip-link', '.breadcrumbs'] });
    if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
    await index.addDirectory({ path: dist, glob: '{handbok/*/index.html,lagrum/*/index.html,ordlista/index.html,ovningsfall/*/index.html,guide/*/index.html}' });
    await index.writeFiles({ outputPath: join(out, 'pagefind') });
    await pf.close();
    // Created after Pagefind wrote its files: sirv in production mode lists a folder once, at start.
    const site = sirv(dist, { dev: true, extensions: ['html'] });
    const bundle = sirv(out, { dev: true });
    server = createServer((req, res) => {
      const next = () => {
        res.writeHead(404).end();
      };
      if (req.url?.startsWith('/pagefind/')) bundle(req, res, next);
      else site(req, res, next);
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/ordlista`);
      const measured = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ qs: queries.map((q) => q.q), runs: RUNS })})`)) as {
        urls: string[];
        ms: number;
      }[];
      const byQuery = new Map(queries.map((q, i) => [q.q, measured[i].urls]));
      return {
        engine: 'Pagefind 1.6.0 över den byggda webbplatsen',
        where: 'Chromium',
        rates: hitRates(queries, (q) => byQuery.get(q.q) ?? [], pagefindEquivalent),
        times: measured.map((m) => m.ms),
        ...folderSize(join(out, 'pagefind')),
      };
    } finally {
      await browser.close();
    }
  } finally {
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

export function table(rows: Row[]): string {
  const lines = [
    '| sökning | mätt i | topp 1 | topp 3 | p50 | p95 | index rått | index gzip |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      [r.engine, r.where, pct(r.rates.top1), pct(r.rates.top3), ms(percentile(r.times, 50)), ms(percentile(r.times, 95)), kb(r.raw), kb(r.gzip)].join(' | '),
    ),
  ];
  return lines.map((l) => (l.startsWith('|') ? l : `| ${l} |`)).join('\n');
}

/** The search bench's rows: ours, MiniSearch and (with a build in dist/) Pagefind. */
export async function searchBenchRows(root = process.cwd()): Promise<{ rows: Row[]; queries: number; docs: number }> {
  const dist = resolve(root, 'dist');
  const queries = querySet(root);
  const { docs, errors } = searchDocuments(root);
  if (errors.length) throw new Error(errors.join('\n'));
  const asset = searchIndexAsset(buildSearchIndex(docs));
  const file = JSON.parse(asset.source) as SearchIndexFile;
  const rows = [ours(queries, file, asset.source), miniSearch(queries, docs)];
  if (existsSync(join(dist, 'ordlista', 'index.html'))) rows.push(await pagefind(queries, dist));
  else console.error('Pagefind hoppas över: dist/ saknas. Kör "npm run build" först.');
  return { rows, queries: queries.length, docs: docs.length };
}

export async function main(args: string[] = []): Promise<number> {
  const { rows, queries, docs } = await searchBenchRows();
  console.log(`${queries} frågor, ${docs} dokument. Träff = ett rätt svar bland de första (test/search-queries.json).\n`);
  console.log(table(rows));
  if (args.includes('--missar')) {
    for (const r of rows) {
      console.log(`\n${r.engine}: ${r.rates.misses.length} frågor utan rätt svar bland de tre första`);
      for (const m of r.rates.misses) console.log(`  ${m.q}  →  ${m.got.join(', ') || '(inget)'}`);
    }
  }
  return 0;
}
