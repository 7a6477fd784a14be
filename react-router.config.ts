import type { Config } from '@react-router/dev/config';
import { dirname } from 'node:path';
import { prerenderPaths } from './src/buildtime/routes-to-prerender.ts';
import { finishStaticSite } from './src/buildtime/finish-static-site.ts';
import { basePath } from './src/buildtime/base-path.ts';
import { buildOutputDir } from './src/buildtime/output-dir.ts';
import { outcomeFiles, prerenderPath, publishedFile, type OutcomeFile } from './src/buildtime/outcome-pages.ts';

/** Every outcome file, listed once per build (walking every path of every guide) for both uses below. */
let outcomes: OutcomeFile[] | undefined;
const listOutcomes = () => (outcomes ??= outcomeFiles().files);

/**
 * Static site: no server at runtime. The publishable site ends up in dist/ (or DIST; see
 * finishStaticSite). Every route is prerendered to its own HTML file with the full
 * text in it, and the app hydrates on top (stack notes §5). `BASE_PATH` lets the same build run
 * under a sub-path of a municipal intranet, e.g. BASE_PATH=/sekretessguiden/.
 */
export default {
  appDirectory: 'src',
  buildDirectory: buildOutputDir(),
  ssr: false,
  basename: basePath(),
  // The site's pages, and each guide outcome as a file of its own (src/buildtime/outcome-pages.ts).
  prerender: () => [...prerenderPaths(), ...listOutcomes().map(prerenderPath)],
  async buildEnd({ viteConfig }) {
    const clientDir = viteConfig.environments.client.build.outDir;
    const published = await finishStaticSite({
      dir: clientDir,
      publishDir: dirname(clientDir),
      base: basePath(),
      pages: prerenderPaths(),
      outcomeFiles: listOutcomes().map(publishedFile),
      log: (message) => viteConfig.logger.info(message),
    });
    viteConfig.logger.info(`Webbplatsen att publicera: ${published}`);
  },
} satisfies Config;
