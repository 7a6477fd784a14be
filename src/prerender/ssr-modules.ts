/**
 * Modules available synchronously while prerendering. The server entry fills these maps from eager
 * globs, so chapter and guide pages render without suspending: React would otherwise stream a
 * suspended part as a hidden <div> plus a script, and the text would be invisible without
 * JavaScript. In the browser the maps stay empty and the same modules load lazily.
 */
import type { ChapterModule } from '../handbook/chapters.ts';
import type { GuideBundle } from '../engine/bundle.ts';

export const ssrChapters = new Map<string, ChapterModule>();
export const ssrGuides = new Map<string, GuideBundle>();
