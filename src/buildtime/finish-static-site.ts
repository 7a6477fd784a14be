/**
 * Runs after prerendering (React Router's buildEnd, after the server build has been removed):
 * 1. With a base path, React Router writes pages to dist/client/<base>/… but assets to
 *    dist/client/assets. Move the pages next to the assets.
 * 2. Write 404.html — the name static hosts (and `npm start`) serve for unknown paths.
 * 3. Lift dist/client/* into dist/, so dist/ is exactly the folder to publish at <base>.
 */
import { copyFileSync, cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

  const publishDir = dirname(outDir);
  if (basename(outDir) === 'client' && basename(publishDir) === 'dist') {
    for (const entry of readdirSync(outDir)) renameSync(join(outDir, entry), join(publishDir, entry));
    rmSync(outDir, { recursive: true, force: true });
  }
}
