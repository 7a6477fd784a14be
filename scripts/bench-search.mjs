// npm run bench:search — our Fuse search, MiniSearch (defaults) and Pagefind side by side on the
// same content and queries; one table. Needs a build (Pagefind indexes dist/). Add --missar to list
// the queries each one misses.
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const { module } = await runnerImport(resolve('src/buildtime/search-bench.ts'));
process.exitCode = await module.main(process.argv.slice(2));
