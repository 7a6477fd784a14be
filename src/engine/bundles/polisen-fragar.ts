import { polisenFragar } from '../../machines/polisen-fragar.ts';
import { content } from 'virtual:guide-innehall/polisen-fragar';
import { bundleFrom, type MdxBody } from '../bundle.ts';

export const bundle = bundleFrom('polisen-fragar', polisenFragar, content, import.meta.glob<MdxBody>('../../../content/guider/polisen-fragar/*.mdx', { eager: true, import: 'default' }));
