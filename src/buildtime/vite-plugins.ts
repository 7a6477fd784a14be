/** The content plugins shared by the site build (vite.config.ts) and the tests (vitest.config.ts). */
import type { PluginOption } from 'vite';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeSlug from 'rehype-slug';
import { remarkLagrum } from './remark-lagrum.ts';
import { remarkExportToc } from './remark-export-toc.ts';
import { remarkGeneratedTables } from './remark-generated-tables.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { remarkChapterKeyboard } from './remark-chapter-keyboard.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { handbookPlugin } from './handbook-plugin.ts';
import { localSettingsPlugin } from './local-settings.ts';
import { guidePlugin } from './guide-plugin.ts';
import { diagramPlugin } from './diagram-plugin.ts';
import { searchIndexPlugin } from './search-index-plugin.ts';
import { contentVersionPlugin } from './content-version.ts';

export function contentPlugins(): PluginOption[] {
  return [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkGfm, remarkGeneratedTables, remarkLagrum, remarkChapterKeyboard, remarkExportToc], rehypePlugins: [rehypeSlug, rehypeTableAlign, rehypeTableScroll] }) },
    handbookPlugin(),
    localSettingsPlugin(),
    guidePlugin(),
    diagramPlugin(),
    searchIndexPlugin(),
    contentVersionPlugin(),
  ];
}
