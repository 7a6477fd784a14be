import { polisen } from '../../machines/polisen.ts';
import { bundleFrom } from '../bundle.ts';

export const bundle = bundleFrom('polisen', polisen, import.meta.glob('../../../content/guider/polisen/*.mdx', { eager: true }));
