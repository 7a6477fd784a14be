// Bundle-size budget (issue 2): the JavaScript a first visit to a chapter page loads must be
// ≤ 120 KB gzip. Reads the prerendered HTML, follows its <script src>, <link rel=modulepreload> and
// inline import() calls, and gzips each file (level 9). A chapter's own MDX chunk is not loaded on a
// first visit (the prerendered HTML is kept); test/e2e checks that in a real browser.
// Usage: npm run size  (after npm run build). Exit 1 when over budget.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

// The routes come from the build's own list, the same one prerendering and the browser tests use.
const { module: routes } = await runnerImport(resolve('src/buildtime/routes-to-prerender.ts'));
const siteRoutes = routes.siteRoutes();

const BUDGET_KB = 120;
const dir = 'dist';
if (!existsSync(dir)) {
  console.error('Kör "npm run build" först.');
  process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (url) => join(dir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

function firstVisit(page) {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const urls = new Set();
  for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]);
  return [...urls].map(local).map((f) => ({ file: f, gzip: gz(f) }));
}

const chapters = siteRoutes.filter((r) => r.kind === 'kapitel').map((r) => r.path.replace('/handbok/', ''));
let worst = { slug: '', total: 0, files: [] };
for (const slug of chapters) {
  const files = firstVisit(join('handbok', slug));
  const total = files.reduce((s, f) => s + f.gzip, 0);
  if (total > worst.total) worst = { slug, total, files };
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`Största kapitelsidan vid första besöket: /handbok/${worst.slug}`);
for (const f of worst.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(6)} KB  ${f.file}`);
console.log(`  ${kb(worst.total).padStart(6)} KB  totalt (gzip -9), budget ${BUDGET_KB} KB`);
// The largest first visit of every other kind of page, for comparison.
const byKind = new Map();
for (const r of siteRoutes) {
  if (r.kind === 'kapitel' || r.kind === '404') continue;
  const page = r.path.replace(/^\//, '');
  if (!existsSync(join(dir, page, 'index.html'))) continue;
  const t = firstVisit(page).reduce((s, f) => s + f.gzip, 0);
  if (t > (byKind.get(r.kind)?.total ?? -1)) byKind.set(r.kind, { path: r.path, total: t });
}
for (const [kind, { path, total }] of byKind) console.log(`${kind.padEnd(15)} ${kb(total).padStart(6)} KB  (${path})`);
if (worst.total / 1024 > BUDGET_KB) {
  console.error(`Över budget: ${kb(worst.total)} KB > ${BUDGET_KB} KB`);
  process.exitCode = 1;
}
