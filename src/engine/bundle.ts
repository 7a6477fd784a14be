/**
 * A guide as the renderer sees it: the machine plus one MDX module per node (wording) and the
 * guide's index.mdx. Built from an eager glob in each guide's bundle file, so each guide is one
 * lazily loaded chunk and the renderer never imports a specific guide.
 */
import type { ComponentType } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { MDXProps } from 'mdx/types';
import type { GuideIndexContent, OutcomeContent, QuestionContent } from './content-schema.ts';
import { fillPlaceholdersDeep } from '../components/local-text.ts';
import { lokalt } from 'virtual:lokalt';

interface MdxModule<F> {
  default: ComponentType<MDXProps>;
  frontmatter: F;
}

export interface GuideBundle {
  id: string;
  machine: AnyStateMachine;
  index: MdxModule<GuideIndexContent>;
  questions: Record<string, MdxModule<QuestionContent>>;
  outcomes: Record<string, MdxModule<OutcomeContent>>;
}

export function bundleFrom(id: string, machine: AnyStateMachine, modules: Record<string, unknown>): GuideBundle {
  const questions: GuideBundle['questions'] = {};
  const outcomes: GuideBundle['outcomes'] = {};
  let index: GuideBundle['index'] | undefined;
  for (const [path, mod] of Object.entries(modules)) {
    const node = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    if (node === 'index') index = mod as GuideBundle['index'];
    else if (node.startsWith('utfall-')) outcomes[node] = mod as MdxModule<OutcomeContent>;
    else questions[node] = mod as MdxModule<QuestionContent>;
  }
  if (!index) throw new Error(`content/guider/${id}/index.mdx saknas`);
  // The schema's defaults are applied where the build validates; apply them here too, since the
  // MDX modules export the frontmatter exactly as written.
  index.frontmatter.kompatiblaVersioner ??= [];
  for (const o of Object.values(outcomes)) o.frontmatter.lasMer ??= [];
  // The municipality's own numbers and contacts ("{polisensNummer}"), filled once for every page,
  // the journal text and anything else that reads the bundle. The build checks every name.
  const fill = <F,>(m: MdxModule<F>): MdxModule<F> => ({ ...m, frontmatter: fillPlaceholdersDeep(m.frontmatter, lokalt) });
  const fillAll = <F,>(r: Record<string, MdxModule<F>>) => Object.fromEntries(Object.entries(r).map(([k, m]) => [k, fill(m)]));
  return { id, machine, index: fill(index), questions: fillAll(questions), outcomes: fillAll(outcomes) };
}
