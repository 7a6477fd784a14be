/**
 * The folder the publishable site is written to: dist/ unless DIST names another. Browser tests build
 * a base-path variant into its own folder this way, so it never clobbers the dist/ other tests serve.
 * scripts/serve.mjs reads the same variable.
 */
import { relative, resolve } from 'node:path';

export function outputDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.DIST ?? '').trim() || 'dist';
}

/** The output folder for a build, which must lie inside the project. */
export function buildOutputDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const dir = outputDir(env);
  const rel = relative(root, resolve(root, dir));
  // Prerendering imports the server build, which finds react etc. only in the project's node_modules.
  if (rel === '' || rel.startsWith('..')) {
    throw new Error(`DIST "${dir}" måste vara en mapp inne i projektet, till exempel test-results/dist-bas.`);
  }
  return dir;
}
