import { kriminalvarden } from '../../machines/kriminalvarden.ts';
import { bundleFrom } from '../bundle.ts';

export const bundle = bundleFrom('kriminalvarden', kriminalvarden, import.meta.glob('../../../content/guider/kriminalvarden/*.mdx', { eager: true }));
