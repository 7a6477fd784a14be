// Bundle-size budget (issue 2): the JavaScript a first visit to a chapter page loads must be
// ≤ 120 KB gzip. Reads the prerendered HTML, follows its <script src>, <link rel=modulepreload> and
// inline import() calls, and gzips each file (level 9). A chapter's own MDX chunk is not loaded on a
// first visit (the prerendered HTML is kept); test/e2e checks that in a real browser.
// Usage: npm run size  (after npm run build). Exit 1 when over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const BUDGET_KB = 120;
const { module: basePathModule } = await runnerImport(resolve('src/buildtime/base-path.ts'));
const { module: outputDirModule } = await runnerImport(resolve('src/buildtime/output-dir.ts'));
const dir = outputDirModule.outputDir();
if (!existsSync(dir)) {
  console.error('Kör "npm run build" först.');
  process.exit(1);
}
const base = basePathModule.basePath();
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (url) => join(dir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

function firstVisit(page) {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const urls = new Set();
  for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]);
  return [...urls].map(local).map((f) => ({ file: f, gzip: gz(f) }));
}

const chapters = readdirSync(join(dir, 'handbok')).filter((d) => existsSync(join(dir, 'handbok', d, 'index.html')));
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
for (const page of ['', 'guide/polisen/fragor']) {
  if (!existsSync(join(dir, page, 'index.html'))) continue;
  const t = firstVisit(page).reduce((s, f) => s + f.gzip, 0);
  console.log(`/${page}: ${kb(t)} KB`);
}
if (worst.total / 1024 > BUDGET_KB) {
  console.error(`Över budget: ${kb(worst.total)} KB > ${BUDGET_KB} KB`);
  process.exitCode = 1;
}
