/**
 * Runs after prerendering (React Router's buildEnd):
 * 1. With a base path, React Router writes pages to build/client/<base>/… but assets to
 *    build/client/assets. Move the pages up, so build/client is exactly the folder to publish
 *    at <base> on any static host.
 * 2. Write 404.html — the name static hosts (and `npm start`) serve for unknown paths.
 */
import { copyFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { basePath } from './base-path.ts';

export async function finishStaticSite(outDir: string, base = basePath()): Promise<void> {
  if (base !== '/') {
    const nested = join(outDir, base);
    if (existsSync(nested)) {
      cpSync(nested, outDir, { recursive: true });
      rmSync(join(outDir, base.split('/').filter(Boolean)[0]), { recursive: true, force: true });
    }
  }
  const notFound = join(outDir, '404', 'index.html');
  if (existsSync(notFound)) copyFileSync(notFound, join(outDir, '404.html'));
}
