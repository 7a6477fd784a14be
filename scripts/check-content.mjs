// Validates every chapter (frontmatter, provision ids, links, glossary terms, guide ids) and prints
// each problem with file and line. Exit code 1 on any problem. Same checks as the unit tests.
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const { module } = await runnerImport(resolve('src/buildtime/content-check.ts'));
process.exitCode = await module.main();
