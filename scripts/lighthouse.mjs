// Lighthouse on the built site, served as scripts/serve.mjs serves it (with the security headers).
// Usage: node scripts/lighthouse.mjs [page …] [--out=file.json]
//   pages are site paths without the base path ("/", "/handbok/samtycke", "/guide/polisen/fragor?v=1&…");
//   BASE_PATH and DIST work as for the build. Prints a JSON summary: per page the four category
//   scores and the audits that did not pass (except performance's), plus the service worker's
//   precache. Exit code 1 unless best-practices is 100 on every page.
// Runs `npx lighthouse@13.5.0` (not a project dependency: CI does not run it) with Debian's Chromium.
// Lighthouse 13 declares Node ≥ 22.19 but runs on this machine's Node 20 (stack notes §8).
// Scores move a few points between runs on a busy machine: compare pages within one run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const args = process.argv.slice(2);
const out = args.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const pages = args.filter((a) => !a.startsWith('--'));
if (pages.length === 0) pages.push('/', '/handbok/samtycke', '/guide/polisen/fragor?v=1&akut-fara=nej&identifierbar=nej');

const { module: basePathModule } = await runnerImport(resolve('src/buildtime/base-path.ts'));
const { module: outputDirModule } = await runnerImport(resolve('src/buildtime/output-dir.ts'));
const base = basePathModule.basePath();
const dist = outputDirModule.outputDir();
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4195);

/** The precache as the service worker lists it: file count and total size. */
function precache() {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  const file = (url) => {
    for (const candidate of [url, join(url, 'index.html')]) {
      try {
        const stat = statSync(join(dist, candidate));
        if (stat.isFile()) return stat.size;
      } catch {
        // try the next form
      }
    }
    throw new Error(`Förhandscachen nämner ${url}, som inte finns i ${dist}.`);
  };
  const bytes = urls.reduce((sum, url) => sum + file(url), 0);
  return { files: urls.length, kilobytes: Math.round(bytes / 1024) };
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready, fail) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('körs på') && ready());
  server.on('exit', (code) => fail(new Error(`serve.mjs avslutades (${code})`)));
});

const work = mkdtempSync(join(tmpdir(), 'sg-lighthouse-'));
const results = [];
try {
  for (const [i, page] of pages.entries()) {
    const url = `http://127.0.0.1:${port}${base}${page.replace(/^\//, '')}`;
    const report = join(work, `${i}.json`);
    const run = spawnSync(
      'npx',
      ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${report}`, '--chrome-flags=--headless=new --no-sandbox', '--only-categories=performance,accessibility,best-practices,seo'],
      // In Swedish time, as on the site's users' laptops (see src/buildtime/bench-cli.ts); TZ overrides.
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium', TZ: process.env.TZ ?? 'Europe/Stockholm' }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`Lighthouse misslyckades för ${url}`);
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => audit.id);
    results.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      failing: { accessibility: failing('accessibility'), bestPractices: failing('best-practices'), seo: failing('seo') },
      lighthouse: lhr.lighthouseVersion,
    });
  }
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}

const summary = { base, pages: results, precache: precache() };
const text = `${JSON.stringify(summary, null, 2)}\n`;
if (out) writeFileSync(out, text);
process.stdout.write(text);
process.exitCode = results.every((r) => r.bestPractices === 100) ? 0 : 1;
