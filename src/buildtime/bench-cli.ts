/**
 * `npm run bench` (issue 14): one table with every figure the performance goals are judged by,
 * measured in one run on this machine — build time, first-load JavaScript per route type against
 * its budget, the search bench (ours, MiniSearch and Pagefind on the same queries), and Lighthouse
 * (mobile, simulated throttling) on a chapter, the start page, a guide question and an outcome as
 * `npm start` serves them (precompressed, scripts/serve.mjs).
 *
 * Lighthouse is not a dependency of the project (it is large, and CI does not need it): set
 * LIGHTHOUSE to its binary, or install it with `npm install --prefix /tmp/lh lighthouse@13.5.0`.
 * Without it the Lighthouse rows say so. Runs as it is imported, like budgets-cli.ts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { outputDir } from './output-dir.ts';
import { basePath } from './base-path.ts';
import { ROUTE_TYPES, budgets, measure } from './budgets.ts';
import { percentile, searchBenchRows } from './search-bench.ts';
import { outcomeTypes } from '../../test/e2e/outcome-types.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = [process.env.LIGHTHOUSE, '/tmp/lh/node_modules/.bin/lighthouse'].find((p) => p && existsSync(p));
const PORT = 4190;

const rows: [string, string][] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Build time.
const started = performance.now();
// Vite's module runner, which runs this file, sets NODE_ENV=development: the build must not inherit it.
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
if (build.status !== 0) throw new Error('npm run build misslyckades');
rows.push(['Byggtid (npm run build)', `${((performance.now() - started) / 1000).toFixed(0)} s`]);

// 2. First-load JavaScript per route type, precache, search index.
const dir = resolve(outputDir());
const base = basePath();
const outcomes = await outcomeTypes();
const m = await measure(dir, base, outcomes.map((o) => o.url), CHROMIUM);
for (const type of ROUTE_TYPES) {
  const load = m.worst.get(type);
  rows.push([`JavaScript, första besöket: ${type} (gzip, budget ${budgets.forstaBesoketJsGzipKB[type]} KB)`, load ? `${kb(load.total)} (${load.url})` : '–']);
}
rows.push([`Förhandscache (budget ${budgets.forhandscacheKB} KB)`, `${kb(m.precacheBytes)}, ${m.precacheFiles} filer`]);
rows.push([`Sökindex gzip (budget ${budgets.sokindexGzipKB} KB)`, kb(m.searchIndex.gzip)]);

// 3. Search: ours against MiniSearch and Pagefind, same queries, same run.
const search = await searchBenchRows();
for (const r of search.rows) {
  rows.push([
    `Sök ${r.engine} (${search.queries} frågor)`,
    `topp 1 ${(100 * r.rates.top1).toFixed(1)} %, topp 3 ${(100 * r.rates.top3).toFixed(1)} %, p95 ${percentile(r.times, 95).toFixed(2)} ms, index ${kb(r.gzip)} gzip`,
  ]);
}

// 4. Lighthouse on the four pages, as npm start serves them.
const pages: [string, string][] = [
  ['kapitel', 'handbok/samtycke/'],
  ['startsidan', ''],
  ['guidefråga', 'guide/polisen/fragor'],
  ['utfall', (outcomes.find((o) => o.guide === 'polisen') ?? outcomes[0]).url.slice(1)],
];
/**
 * One Lighthouse run. Total blocking time on a shared 2-core machine varies by tens of
 * milliseconds between runs of the same page, so every page runs LIGHTHOUSE_RUNS times and the
 * table shows the median run, as Lighthouse's own guidance on variability advises.
 */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
}
function lighthouse(binary: string, url: string): Report {
  const json = execFileSync(
    binary,
    [url, '--output=json', '--output-path=stdout', '--quiet', '--chrome-flags=--headless=new --no-sandbox',
      '--only-categories=performance,accessibility,best-practices,seo'],
    // Chromium runs in Swedish time, as on the work laptops the site is for: an outcome writes the
    // record's time, and outside Swedish time that first needs Intl's time-zone data (about 35 ms at
    // full speed, components/format.ts). Set TZ to measure another zone.
    { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM, TZ: process.env.TZ ?? 'Europe/Stockholm' } },
  );
  return JSON.parse(json) as Report;
}

if (!LIGHTHOUSE) {
  rows.push(['Lighthouse', 'inte mätt: sätt LIGHTHOUSE eller kör npm install --prefix /tmp/lh lighthouse@13.5.0']);
} else {
  const binary = LIGHTHOUSE;
  const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 1500));
  try {
    for (const [label, path] of pages) {
      const url = `http://127.0.0.1:${PORT}${base}${path}`;
      const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouse(binary, url));
      // The run with the median performance score, whole: its figures belong together.
      const report = runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(runs.length / 2)];
      const score = (c: string) => Math.round(report.categories[c].score * 100);
      const seconds = (a: string) => `${((report.audits[a].numericValue ?? 0) / 1000).toFixed(1)} s`;
      const bytes = report.audits['total-byte-weight'].numericValue ?? 0;
      const all = runs.map((r) => Math.round(r.categories.performance.score * 100)).join('/');
      rows.push([
        `Lighthouse mobil: ${label} (median av ${LIGHTHOUSE_RUNS})`,
        `prestanda ${score('performance')} (${all}), tillgänglighet ${score('accessibility')}, bästa praxis ${score('best-practices')}, SEO ${score('seo')}; FCP ${seconds('first-contentful-paint')}, LCP ${seconds('largest-contentful-paint')}, TBT ${Math.round(report.audits['total-blocking-time'].numericValue ?? 0)} ms, CLS ${(report.audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(2)}, ${kb(bytes)}`,
      ]);
    }
  } finally {
    server.kill();
  }
}

const date = new Date().toISOString().slice(0, 10);
const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`npm run bench ${date}: ${cpus().length} kärnor (${cpus()[0]?.model ?? 'okänd'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${chromium}\n`);
console.log(['| mått | värde |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
