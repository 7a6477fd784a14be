/**
 * Vite plugin: lays out every guide's decision diagram at build time and serves it as data.
 *
 * - `virtual:diagram/<id>` — the finished diagram of one guide (geometry and text, no layout code).
 * - `virtual:diagrams` — `loadDiagram(id)`, which loads one guide's diagram as its own chunk, and,
 *   in the prerender (server) build only, `ssrDiagrams` with every diagram already imported, so a
 *   diagram page prerenders without suspending (see src/ssr-modules.ts for why that matters).
 *
 * Machines are TypeScript that Node 20 cannot import, so they are loaded through Vite's module
 * runner, once per build.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { AnyStateMachine } from 'xstate';
import type { Diagram } from '../diagrams/types.ts';
import { guideIds } from './guide-list.ts';
import { readGuide } from './guide-source.ts';
import { layoutGuide } from './diagram-layout.ts';

const ONE_PREFIX = 'virtual:diagram/';
const ALL_ID = 'virtual:diagrams';
const RESOLVED = '\0';

/** Every guide's diagram, laid out from its machine and wording; throws on any content error. */
export async function buildAllDiagrams(root: string): Promise<Record<string, Diagram>> {
  const { module } = await runnerImport<{ MACHINES: Record<string, AnyStateMachine> }>(resolve(root, 'src/buildtime/machines.ts'));
  const diagrams: Record<string, Diagram> = {};
  const errors: string[] = [];
  for (const id of guideIds(root)) {
    const machine = module.MACHINES[id];
    const { guide, errors: e } = readGuide(root, id, machine);
    errors.push(...e);
    if (guide && machine) diagrams[id] = await layoutGuide(machine, guide);
  }
  if (errors.length) throw new Error(`Beslutsdiagrammen kan inte byggas:\n  ${errors.join('\n  ')}`);
  return diagrams;
}

export function diagramPlugin(root = process.cwd()): Plugin {
  let diagrams: Promise<Record<string, Diagram>> | undefined;
  const watched = [resolve(root, 'src/machines'), resolve(root, 'content/guider')];
  return {
    name: 'sekretessguiden-diagram',
    watchChange(id) {
      if (watched.some((dir) => id.startsWith(dir))) diagrams = undefined;
    },
    resolveId(id) {
      if (id === ALL_ID || id.startsWith(ONE_PREFIX)) return RESOLVED + id;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED + ALL_ID) && !id.startsWith(RESOLVED + ONE_PREFIX)) return undefined;
      for (const dir of watched) {
        for (const f of readdirSync(dir, { recursive: true })) if (/\.(ts|mdx)$/.test(String(f))) this.addWatchFile(resolve(dir, String(f)));
      }
      diagrams ??= buildAllDiagrams(root);
      const all = await diagrams;
      if (id === RESOLVED + ALL_ID) {
        const ids = Object.keys(all);
        const lazy = ids.map((g) => `  ${JSON.stringify(g)}: () => import(${JSON.stringify(ONE_PREFIX + g)}),`).join('\n');
        // The prerender build runs in Vite's server environment; the browser build must stay lazy.
        const eager = this.environment?.config.consumer === 'server'
          ? ids.map((g, i) => `import d${i} from ${JSON.stringify(ONE_PREFIX + g)};`).join('\n') +
            `\nexport const ssrDiagrams = { ${ids.map((g, i) => `${JSON.stringify(g)}: d${i}`).join(', ')} };\n`
          : 'export const ssrDiagrams = {};\n';
        return `${eager}
const loaders = {
${lazy}
};
const cache = new Map();
export function loadDiagram(id) {
  const load = loaders[id];
  if (!load) return undefined;
  if (!cache.has(id)) cache.set(id, load().then((m) => m.default));
  return cache.get(id);
}
`;
      }
      const guide = id.slice((RESOLVED + ONE_PREFIX).length);
      const diagram = all[guide];
      if (!diagram) this.error(`Ingen guide "${guide}" att rita ett diagram för`);
      return `export default ${JSON.stringify(diagram)};\n`;
    },
  };
}
