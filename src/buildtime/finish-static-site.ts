/**
 * Runs after prerendering (React Router's buildEnd, after the server build has been removed) and
 * turns React Router's output into the folder to publish. See post-build/pipeline.ts for the shape;
 * each step has its own module and test.
 */
import { runPostBuild, type PostBuildContext, type PostBuildStep } from './post-build/pipeline.ts';
import { layoutPages } from './post-build/layout-pages.ts';
import { notFoundPage } from './post-build/not-found-page.ts';
import { checkDescriptions, checkPages } from './post-build/check-pages.ts';
import { precompress } from './post-build/precompress.ts';
import { liftToPublishDir } from './post-build/lift-to-publish-dir.ts';
import { webApp } from './post-build/web-app.ts';
import { cspMeta } from './post-build/csp-meta.ts';
import { serviceWorker } from './post-build/service-worker.ts';
import { firstPaint } from './post-build/first-paint.ts';
import { outcomeFilesStep } from './post-build/outcome-files.ts';

/**
 * The steps in order. The policy goes into the pages before the service worker is generated, so the
 * precache revisions are those of the final pages; the worker comes after everything it lists, and
 * the compressed copies after the worker, so it gets one too.
 */
export const siteLayoutSteps: readonly PostBuildStep[] = [layoutPages, outcomeFilesStep, notFoundPage, checkPages, liftToPublishDir];
export const postBuildSteps: readonly PostBuildStep[] = [...siteLayoutSteps, checkDescriptions, firstPaint, webApp, cspMeta, serviceWorker, precompress];

/** Returns the folder it produced: the one to publish at `base`. */
export function finishStaticSite(
  ctx: Omit<PostBuildContext, 'log'> & { log?: PostBuildContext['log'] },
  steps: readonly PostBuildStep[] = postBuildSteps,
): Promise<string> {
  return runPostBuild({ log: () => {}, ...ctx }, steps);
}
