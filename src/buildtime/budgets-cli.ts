/**
 * `npm run size`: measures the built site against src/buildtime/budgets.json and prints one table.
 * Runs as it is imported: scripts/bundle-size.mjs loads it through Vite's module runner, which
 * closes once the module has evaluated.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { outputDir } from './output-dir.ts';
import { basePath } from './base-path.ts';
import { budgetTable, measure, overruns } from './budgets.ts';
import { outcomeTypes } from '../../test/e2e/outcome-types.ts';

const dir = resolve(outputDir());
if (!existsSync(dir)) {
  console.error('Kör "npm run build" först.');
  process.exitCode = 1;
} else {
  const outcomes = (await outcomeTypes()).map((o) => o.url);
  const m = await measure(dir, basePath(), outcomes, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  console.log(`${m.pagesMeasured} sidor laddade i Chromium (gzip -9 av varje JavaScript-fil sidan hämtade).\n`);
  console.log(budgetTable(m));
  const problems = overruns(m);
  if (problems.length) {
    console.error(`\nÖver budget (src/buildtime/budgets.json):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}
