import { polisenFragar } from '../../machines/polisen-fragar.ts';
import { bundleFrom } from '../bundle.ts';

export const bundle = bundleFrom('polisen-fragar', polisenFragar, import.meta.glob('../../../content/guider/polisen-fragar/*.mdx', { eager: true }));
