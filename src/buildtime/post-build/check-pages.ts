/**
 * Every prerendered path must end up as <path>/index.html in the folder to publish. This is the
 * check that would have caught BASE_PATH=/guide/ silently deleting every /guide/* page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';

export function pageFile(dir: string, page: string): string {
  return join(dir, ...page.split('/').filter(Boolean), 'index.html');
}

export const checkPages: PostBuildStep = {
  name: 'kontrollera att varje sida finns',
  run: ({ dir, pages }) => {
    const missing = pages.filter((page) => !existsSync(pageFile(dir, page)));
    if (missing.length > 0) {
      throw new Error(`${missing.length} förrenderade sidor saknas i bygget: ${missing.slice(0, 10).join(', ')}`);
    }
  },
};
