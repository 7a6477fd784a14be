import { polisen } from '../../machines/polisen.ts';
import { content } from 'virtual:guide-innehall/polisen';
import { bundleFrom, type MdxBody } from '../bundle.ts';

export const bundle = bundleFrom('polisen', polisen, content, import.meta.glob<MdxBody>('../../../content/guider/polisen/*.mdx', { eager: true, import: 'default' }));
