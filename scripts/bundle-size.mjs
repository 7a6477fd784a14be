// npm run size — the budgets in src/buildtime/budgets.json against the built site (issue 14):
// first-load JavaScript per route type (measured in Chromium), the precache total and the search
// index. Prints one table; exits 1 and names the page and its largest chunks when over a budget.
// Needs a build (npm run build) and Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

await runnerImport(resolve('src/buildtime/budgets-cli.ts'));
