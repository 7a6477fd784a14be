// npm run bench — one table: build time, first-load JavaScript per route type, search bench and
// Lighthouse on four pages, measured in one run (src/buildtime/bench-cli.ts).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

await runnerImport(resolve('src/buildtime/bench-cli.ts'));
