import { kriminalvarden } from '../../machines/kriminalvarden.ts';
import { content } from 'virtual:guide-innehall/kriminalvarden';
import { bundleFrom, type MdxBody } from '../bundle.ts';

export const bundle = bundleFrom('kriminalvarden', kriminalvarden, content, import.meta.glob<MdxBody>('../../../content/guider/kriminalvarden/*.mdx', { eager: true, import: 'default' }));
