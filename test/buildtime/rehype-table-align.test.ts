import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { rehypeTableAlign } from '../../src/buildtime/rehype-table-align.ts';

const table = '| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n';

describe('tabellernas justering', () => {
  it('blir klasser i stället för inline-stil, som sidornas CSP inte tillåter', async () => {
    const without = String(await compile(table, { remarkPlugins: [remarkGfm] }));
    expect(without).toMatch(/textAlign/);

    const js = String(await compile(table, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableAlign] }));
    expect(js).not.toMatch(/textAlign|style/);
    expect(js).toMatch(/className: "align-center"/);
    expect(js).toMatch(/className: "align-right"/);
  });

  it('gäller även tabeller inuti komponenter', async () => {
    const js = String(await compile(`<Viktigt>\n\n${table}\n</Viktigt>\n`, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableAlign] }));
    expect(js).not.toMatch(/textAlign/);
    expect(js).toMatch(/className: "align-right"/);
  });
});
