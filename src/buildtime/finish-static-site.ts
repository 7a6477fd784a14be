/**
 * Runs after prerendering (React Router's buildEnd, after the server build has been removed) and
 * turns React Router's output into the folder to publish. See post-build/pipeline.ts for the shape;
 * each step has its own module and test.
 */
import { runPostBuild, type PostBuildContext, type PostBuildStep } from './post-build/pipeline.ts';
import { layoutPages } from './post-build/layout-pages.ts';
import { notFoundPage } from './post-build/not-found-page.ts';
import { checkPages } from './post-build/check-pages.ts';
import { liftToPublishDir } from './post-build/lift-to-publish-dir.ts';

/** The steps in order. Later steps (manifest, CSP, service worker) work on the published folder. */
export const postBuildSteps: readonly PostBuildStep[] = [layoutPages, notFoundPage, checkPages, liftToPublishDir];

/** Returns the folder it produced: the one to publish at `base`. */
export function finishStaticSite(ctx: Omit<PostBuildContext, 'log'> & { log?: PostBuildContext['log'] }): Promise<string> {
  return runPostBuild({ log: () => {}, ...ctx }, postBuildSteps);
}
