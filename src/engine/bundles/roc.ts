import { roc } from '../../machines/roc.ts';
import { content } from 'virtual:guide-innehall/roc';
import { bundleFrom, type MdxBody } from '../bundle.ts';

export const bundle = bundleFrom('roc', roc, content, import.meta.glob<MdxBody>('../../../content/guider/roc/*.mdx', { eager: true, import: 'default' }));
