/**
 * Texts shared by every guide's outcomes (content/guide-texter/*.mdx): legal wording lives in
 * content, where a lawyer can correct it, not in the renderer. A `##` heading in a box text becomes
 * the box's label.
 */
import type { ComponentType, ReactNode } from 'react';
import type { MDXProps } from 'mdx/types';
import { mdxComponents } from '../../components/mdx-components.tsx';

const modules = import.meta.glob<{ default: ComponentType<MDXProps> }>('../../../content/guide-texter/*.mdx', { eager: true });
const texts = new Map(Object.entries(modules).map(([path, m]) => [path.replace(/^.*\//, '').replace(/\.mdx$/, ''), m.default]));

const boxComponents = { ...mdxComponents, h2: ({ children }: { children?: ReactNode }) => <p className="box__label">{children}</p> };

/** A shared text by file name; throws at render if the file is missing (the build checks it first). */
export function SharedText({ name, box = false }: { name: string; box?: boolean }) {
  const Text = texts.get(name);
  if (!Text) throw new Error(`content/guide-texter/${name}.mdx saknas`);
  return <Text components={box ? boxComponents : mdxComponents} />;
}
