/** Static hosts (and scripts/serve.mjs, and the deploy/ examples) serve /404.html for unknown paths. */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';

export const notFoundPage: PostBuildStep = {
  name: '404.html',
  run: ({ dir }) => {
    const page = join(dir, '404', 'index.html');
    if (!existsSync(page)) throw new Error('sidan /404 förrenderades inte, så 404.html kan inte skrivas.');
    copyFileSync(page, join(dir, '404.html'));
  },
};
