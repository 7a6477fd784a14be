import { roc } from '../../machines/roc.ts';
import { bundleFrom } from '../bundle.ts';

export const bundle = bundleFrom('roc', roc, import.meta.glob('../../../content/guider/roc/*.mdx', { eager: true }));
