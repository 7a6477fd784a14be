/**
 * Remark plugin for chapters: checks every <Lagrum id="…"> against the registry and inlines the
 * provision's citation and summary as props. An unknown id stops the build with the file and line.
 * Also checks <Term>, <GuideLink> and <Lokalt> (local settings) the same way.
 *
 * Why inline: a chapter page then carries only the provisions it cites instead of the whole
 * registry, which keeps the JavaScript of a first visit small (issue 2: ≤ 120 KB gzip).
 */
import type { Plugin } from 'unified';
import { lagrum } from '../../content/lagrum.ts';
import { ordlista } from '../../content/ordlista.ts';
import { GUIDE_IDS } from '../engine/guide-ids.ts';
import { lagrumCardProps } from '../law/card.ts';
import { LOCAL_FIELDS } from './local-settings.ts';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

const termIds = new Set(ordlista.map((t) => t.id));

export const remarkLagrum: Plugin = () => (tree, file) => {
  const visit = (node: JsxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      const get = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      if (node.name === 'Lagrum') {
        const id = get('id');
        if (typeof id !== 'string' || !(id in lagrum)) {
          file.fail(`${where} — <Lagrum id="${String(id)}">: okänt lagrum. Finns inte i content/lagrum.ts.`);
        }
        const props = lagrumCardProps(id as keyof typeof lagrum);
        for (const [name, value] of Object.entries(props)) {
          if (value !== undefined) node.attributes.push({ type: 'mdxJsxAttribute', name, value });
        }
      }
      if (node.name === 'Term') {
        const id = get('id');
        if (typeof id !== 'string' || !termIds.has(id)) file.fail(`${where} — <Term id="${String(id)}">: okänd term. Finns inte i content/ordlista.ts.`);
      }
      if (node.name === 'Lokalt') {
        const falt = get('falt');
        if (typeof falt !== 'string' || !(LOCAL_FIELDS as readonly string[]).includes(falt)) {
          file.fail(`${where} — <Lokalt falt="${String(falt)}">: ingen sådan lokal inställning. Finns: ${LOCAL_FIELDS.join(', ')} (content/lokalt.ts).`);
        }
      }
      if (node.name === 'GuideLink') {
        const guide = get('guide');
        if (typeof guide !== 'string' || !(GUIDE_IDS as readonly string[]).includes(guide)) {
          file.fail(`${where} — <GuideLink guide="${String(guide)}">: okänd guide.`);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as JsxNode);
};
