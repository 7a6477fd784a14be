/**
 * `npm run granskning`: one printable HTML document for a lawyer's review — every open point
 * ("kontrollera med jurist"), every chapter exactly as prerendered, the provision registry and the
 * path book of every guide — stamped with the content version and date.
 * Writes granskning/sekretessguiden-granskning.html (needs a build: the script builds first).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHandbook } from './handbook-source.ts';
import { checkGuides } from './guide-check.ts';
import { allPaths, pathFile, renderPath } from './pathbook.ts';
import { lagrum } from '../../content/lagrum.ts';
import { andringar, faktaunderlagDatum } from '../../content/andringar.ts';
import type { Provision } from '../law/types.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STATUS: Record<string, string> = {
  verifierad: 'Kontrollerad',
  'delvis-verifierad': 'Delvis kontrollerad',
  overifierad: 'Inte kontrollerad',
};

function chapterHtml(root: string, slug: string): string {
  const file = join(root, 'dist/handbok', slug, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} saknas – kör "npm run build" först`);
  const html = readFileSync(file, 'utf8');
  const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
  return article
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<button[\s\S]*?<\/button>/g, '')
    .replace(/<span id="[^"]*" class="lagrum__panel" hidden="">[\s\S]*?<\/span>/g, '')
    .replace(/<!-- -->/g, '');
}

export function buildReview(root = process.cwd(), today = new Date().toISOString().slice(0, 10)): string {
  const { chapters } = scanHandbook(root);
  const { guides } = checkGuides(root);
  const version = andringar[0].version;
  const provisions = Object.entries(lagrum) as [string, Provision][];

  const openPoints: string[] = [];
  for (const c of chapters) for (const p of c.juristPoints) openPoints.push(`<li><strong>${esc(c.title)}</strong> (${esc(c.file)}:${p.line}): ${esc(p.value.replace(/^Osäkert – kontrollera med jurist\s*/, ''))}</li>`);
  for (const g of guides) {
    for (const [node, o] of Object.entries(g.outcomes)) {
      if (o.kontrolleraMedJurist) openPoints.push(`<li><strong>Guide ${esc(g.id)}, ${esc(node)}</strong>: ${esc(o.kontrolleraMedJurist)}</li>`);
    }
  }
  for (const [id, p] of provisions) {
    if (p.status !== 'verifierad') openPoints.push(`<li><strong>Lagrum ${esc(p.citation)}</strong> (${esc(id)}, ${STATUS[p.status]}): ${esc(p.caveat ?? '')}</li>`);
  }

  const registry = provisions
    .map(
      ([id, p]) => `<tr><td>${esc(p.citation)}<br><small>${esc(id)}</small></td><td>${esc(p.title)}</td><td>${esc(p.law)} (${esc(p.sfs)})</td>
<td>${esc(p.summary)}${p.caveat ? `<br><em>${esc(p.caveat)}</em>` : ''}</td><td>${esc(p.appliesFrom ?? 'ej angivet')}</td><td>${esc(p.former?.citation ?? '')}</td><td>${STATUS[p.status]}</td></tr>`,
    )
    .join('\n');

  const pathbooks = guides
    .map((g) => {
      const paths = allPaths(g.machine);
      return `<section class="guide"><h2>Vägbok: ${esc(g.index.titel)}</h2>
<p>Guide-id ${esc(g.id)}, version ${g.index.version}. ${paths.length} vägar till ${Object.keys(g.outcomes).length} utfall.</p>
${paths.map((p) => `<article class="path"><h3>${esc(pathFile(p).replace(/\.txt$/, ''))}</h3><pre>${esc(renderPath(g, g.machine, p))}</pre></article>`).join('\n')}</section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Sekretessguiden – underlag för juridisk granskning ${esc(version)}</title>
<style>
body{font:11pt/1.5 system-ui,Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
h1{font-size:22pt}h2{font-size:16pt;margin-top:2rem}h3{font-size:12pt}
.kapitel,.registry,.guide,.open{page-break-before:always}
table{border-collapse:collapse;width:100%;font-size:9pt}td,th{border:1px solid #b1b4b6;padding:3pt;vertical-align:top;text-align:left}
pre{white-space:pre-wrap;font:9pt/1.4 ui-monospace,'DejaVu Sans Mono',monospace;border-left:3pt solid #b1b4b6;padding-left:6pt}
.path{page-break-inside:avoid}.box{border-left:5pt solid #b1b4b6;padding:2pt 8pt;margin:8pt 0}
.box--jurist{border-color:#b35c00;background:#fff4e5}.toc{display:none}nav{display:none}
a{color:inherit;text-decoration:none}.review-line{color:#484949}
@page{size:A4;margin:18mm}
</style></head><body>
<h1>Sekretessguiden – underlag för juridisk granskning</h1>
<p><strong>Innehållsversion ${esc(version)}</strong> · dokumentet skapat ${esc(today)} · faktaunderlag per ${esc(faktaunderlagDatum)}</p>
<p>${chapters.length} kapitel, ${provisions.length} lagrum, ${guides.length} beslutsguider. Innehållet är skrivet av redaktionen mot faktaunderlaget och är inte juristgranskat. Granskaren ombeds särskilt gå igenom punkterna i avsnitt 1.</p>
<ol><li>Punkter att kontrollera (${openPoints.length})</li><li>Kapitel</li><li>Lagrumsregistret</li><li>Vägböcker för guiderna</li></ol>
<section class="open"><h2>1. Punkter att kontrollera med jurist</h2><ol>${openPoints.join('\n')}</ol></section>
${chapters.map((c, i) => `<section class="kapitel"><p><small>2.${i + 1} · ${esc(c.file)}</small></p>${chapterHtml(root, c.slug)}</section>`).join('\n')}
<section class="registry"><h2>3. Lagrumsregistret</h2><table><thead><tr><th>Lagrum</th><th>Rubrik</th><th>Lag</th><th>Sammanfattning</th><th>Lydelse från</th><th>Tidigare</th><th>Status</th></tr></thead><tbody>
${registry}
</tbody></table></section>
<h2>4. Vägböcker</h2>
${pathbooks}
</body></html>
`;
}

export function main(): number {
  const html = buildReview();
  mkdirSync('granskning', { recursive: true });
  const out = join('granskning', 'sekretessguiden-granskning.html');
  writeFileSync(out, html);
  console.log(`Skrev ${out} (${Math.round(html.length / 1024)} KB). Öppna den i en webbläsare och skriv ut som PDF.`);
  return 0;
}
