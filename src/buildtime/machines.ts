/**
 * Every guide machine by id (file name), for build-time code and tests only. The site loads each
 * guide lazily through src/engine/catalog.ts instead.
 */
import type { AnyStateMachine } from 'xstate';

const modules = import.meta.glob<{ default: AnyStateMachine }>('../machines/*.ts', { eager: true });

export const MACHINES: Record<string, AnyStateMachine> = Object.fromEntries(
  Object.entries(modules)
    .filter(([, m]) => m.default)
    .map(([path, m]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), m.default]),
);
