/**
 * Vite plugin for the decision guides. At the start of every build (and of the dev server and the
 * tests) it runs the same checks as `npm run check:content` — the guide list, every node's
 * frontmatter, node ↔ file ↔ answers, shared outcome texts, training cases — and stops the build on
 * any error, naming file and field. The validated result is what the browser gets:
 * - `virtual:guider`: title, description and version of every guide, for lists and links;
 * - `virtual:guide-innehall/<id>`: the parsed frontmatter of every node of one guide (defaults
 *   applied by the schema), imported by that guide's own bundle so it stays in the guide's chunk.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkGuides } from './guide-check.ts';
import { readCases } from './case-source.ts';
import type { GuideSource } from './guide-source.ts';
import { readLocalSettings } from './local-settings.ts';
import { fillPlaceholdersDeep } from '../components/local-text.ts';

const GUIDES_ID = 'virtual:guider';
const CONTENT_PREFIX = 'virtual:guide-innehall/';

/**
 * What a guide's bundle gets: frontmatter only — the MDX bodies come from the MDX modules — with
 * the municipality's own settings filled in where the text says `{polisensNummer}` and the like
 * (content/lokalt.ts; guide-source.ts has checked every name).
 */
function parsedContent(guide: GuideSource, local: Record<string, string>) {
  const strip = <T extends { body: string }>(nodes: Record<string, T>) =>
    Object.fromEntries(Object.entries(nodes).map(([node, { body: _body, ...rest }]) => [node, rest]));
  return fillPlaceholdersDeep({ index: guide.index, questions: strip(guide.questions), outcomes: strip(guide.outcomes) }, local);
}

export function guidePlugin(root = process.cwd()): Plugin {
  let checked: ReturnType<typeof checkGuides> | undefined;
  const watched = [resolve(root, 'content/guider'), resolve(root, 'content/guide-texter'), resolve(root, 'content/ovningsfall'), resolve(root, 'src/machines')];

  function check(this: { error(msg: string): never }) {
    if (!checked) {
      const result = checkGuides(root);
      const errors = [...result.errors, ...readCases(root).errors];
      if (errors.length) this.error(`Fel i guidernas innehåll:\n  ${errors.join('\n  ')}`);
      checked = result;
    }
    return checked;
  }

  return {
    name: 'sekretessguiden-guider',
    buildStart() {
      check.call(this);
    },
    watchChange(id) {
      if (watched.some((dir) => id.startsWith(dir))) checked = undefined;
    },
    resolveId(id) {
      if (id === GUIDES_ID || id.startsWith(CONTENT_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${GUIDES_ID}`) {
        const guider = check.call(this).guides.map((g) => ({ id: g.id, titel: g.index.titel, beskrivning: g.index.beskrivning, version: g.index.version }));
        return `export const guider = ${JSON.stringify(guider)};\n`;
      }
      if (id.startsWith(`\0${CONTENT_PREFIX}`)) {
        const guideId = id.slice(CONTENT_PREFIX.length + 1);
        const guide = check.call(this).guides.find((g) => g.id === guideId);
        if (!guide) this.error(`Ingen guide "${guideId}" (src/engine/guide-ids.ts)`);
        const { settings, errors } = readLocalSettings();
        if (!settings) this.error(`Fel i de lokala inställningarna:\n  ${errors.join('\n  ')}`);
        return `export const content = ${JSON.stringify(parsedContent(guide, settings))};\n`;
      }
      return undefined;
    },
  };
}
