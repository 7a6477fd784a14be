import type { Config } from '@react-router/dev/config';
import { prerenderPaths } from './src/buildtime/routes-to-prerender.ts';
import { finishStaticSite } from './src/buildtime/finish-static-site.ts';
import { basePath } from './src/buildtime/base-path.ts';

/**
 * Static site: no server at runtime. The publishable site ends up in dist/ (see finishStaticSite).
 * Every route is prerendered to its own HTML file with the full
 * text in it, and the app hydrates on top (stack notes §5). `BASE_PATH` lets the same build run
 * under a sub-path of a municipal intranet, e.g. BASE_PATH=/sekretessguiden/.
 */
export default {
  appDirectory: 'src',
  buildDirectory: 'dist',
  ssr: false,
  basename: basePath(),
  prerender: () => prerenderPaths(),
  async buildEnd({ viteConfig }) {
    await finishStaticSite(viteConfig.environments.client.build.outDir);
  },
} satisfies Config;
