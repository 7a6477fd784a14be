import { LagrumCitation } from '../../components/lagrum-citation.tsx';
import { lagrumCardProps } from '../../law/card.ts';
import type { LagrumId } from '../../law/registry.ts';

export const cite = (id: LagrumId) => <LagrumCitation {...lagrumCardProps(id)} />;
