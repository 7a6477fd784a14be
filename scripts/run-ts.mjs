// Node 20 cannot run TypeScript; Vite's module runner can. Usage: node scripts/run-ts.mjs file.ts [args]
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const [file, ...args] = process.argv.slice(2);
const { module } = await runnerImport(resolve(file));
if (typeof module.main === 'function') process.exitCode = (await module.main(args)) ?? 0;
