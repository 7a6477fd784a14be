// npm run granskning: writes granskning/sekretessguiden-granskning.html for a lawyer's review.
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const { module } = await runnerImport(resolve('src/buildtime/review-export.ts'));
process.exitCode = module.main();
