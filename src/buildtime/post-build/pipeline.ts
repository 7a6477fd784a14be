/**
 * The post-build pipeline: small steps that run, in order, on the prerendered site after React
 * Router has written it (react-router.config.ts → buildEnd). Each step gets the folder the site is in
 * now and may move it (the lift into dist/ does); the pipeline returns the folder it ended in, which
 * is the folder to publish. Steps are plain functions so each can be tested on a small fake folder.
 */
export interface PostBuildContext {
  /** The folder the site is in now. */
  dir: string;
  /** The normalised base path ("/" or "/x/"). */
  base: string;
  /** Every prerendered path ("/", "/handbok/x", …) without the base. */
  pages: readonly string[];
  /** Every prerendered outcome file, relative to the published folder (src/buildtime/outcome-pages.ts). */
  outcomeFiles?: readonly string[];
  /** Where the site must end up (dist/ or DIST). */
  publishDir: string;
  log: (message: string) => void;
}

export interface PostBuildStep {
  name: string;
  /** Returns the folder the site is in after the step, when the step moved it. */
  run: (ctx: PostBuildContext) => Promise<string | void> | string | void;
}

export async function runPostBuild(ctx: PostBuildContext, steps: readonly PostBuildStep[]): Promise<string> {
  let dir = ctx.dir;
  for (const step of steps) {
    try {
      dir = (await step.run({ ...ctx, dir })) ?? dir;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Efterbearbetningen av bygget stoppade i steget "${step.name}": ${reason}`, { cause: error });
    }
  }
  return dir;
}
