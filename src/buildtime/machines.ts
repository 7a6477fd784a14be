/**
 * Every guide machine by id, for build-time code and tests. Static imports (not a glob) so that the
 * Vite config, which bundles this file, can check every guide while building; the type makes a guide
 * in src/engine/guide-ids.ts without a machine here a compile error. The site loads each guide
 * lazily through src/engine/catalog.ts instead.
 */
import type { AnyStateMachine } from 'xstate';
import type { GuideId } from '../engine/guide-ids.ts';
import { polisen } from '../machines/polisen.ts';
import { kriminalvarden } from '../machines/kriminalvarden.ts';
import { roc } from '../machines/roc.ts';
import { polisenFragar } from '../machines/polisen-fragar.ts';

export const MACHINES: Record<GuideId, AnyStateMachine> = {
  polisen,
  kriminalvarden,
  roc,
  'polisen-fragar': polisenFragar,
};
