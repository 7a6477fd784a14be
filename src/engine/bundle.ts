/**
 * A guide as the renderer sees it: the machine, the validated frontmatter of every node (from the
 * build's own check, `virtual:guide-innehall/<id>`), and each node's MDX body. Built in each guide's
 * bundle file, so each guide is one lazily loaded chunk and the renderer never imports a specific guide.
 */
import type { ComponentType } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { MDXProps } from 'mdx/types';
import type { Step } from './links.ts';
import type { GuideContent, GuideIndexContent, OutcomeContent, QuestionContent } from './content-schema.ts';

export interface NodeText<F> {
  default: ComponentType<MDXProps>;
  frontmatter: F;
}

export interface GuideBundle {
  id: string;
  machine: AnyStateMachine;
  index: NodeText<GuideIndexContent>;
  questions: Record<string, NodeText<QuestionContent>>;
  outcomes: Record<string, NodeText<OutcomeContent>>;
}

/** An MDX module's default export: the node's body. */
export type MdxBody = ComponentType<MDXProps>;
type Bodies = Record<string, MdxBody>;

export function bundleFrom(id: string, machine: AnyStateMachine, content: GuideContent, bodies: Bodies): GuideBundle {
  const body = (node: string): ComponentType<MDXProps> => {
    const entry = Object.entries(bodies).find(([path]) => path.endsWith(`/${node}.mdx`));
    if (!entry) throw new Error(`content/guider/${id}/${node}.mdx saknas`);
    return entry[1];
  };
  const withBodies = <F,>(nodes: Record<string, F>) =>
    Object.fromEntries(Object.entries(nodes).map(([node, frontmatter]) => [node, { default: body(node), frontmatter }]));
  return {
    id,
    machine,
    index: { default: body('index'), frontmatter: content.index },
    questions: withBodies(content.questions),
    outcomes: withBodies(content.outcomes),
  };
}

/** How an answer reads in the guide's own words ("Ja, …"), or its value if the question has no such answer. */
export function answerLabel(bundle: GuideBundle, step: Step): string {
  return bundle.questions[step.node]?.frontmatter.svar[step.answer] ?? step.answer;
}
