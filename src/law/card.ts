/**
 * The few fields of a provision that a citation needs on screen. Used both by the MDX build step
 * (inlined into chapters) and by guide pages, so both render a citation the same way.
 */
import { lagrum, type LagrumId } from '../../content/lagrum.ts';

export interface LagrumCardProps {
  id: string;
  citation: string;
  title: string;
  summary: string;
  status: string;
  former?: string;
}

export function lagrumCardProps(id: LagrumId): LagrumCardProps {
  const p = lagrum[id];
  return {
    id,
    citation: p.citation,
    title: p.title,
    summary: p.summary,
    status: p.status,
    former: 'former' in p && p.former ? p.former.citation : undefined,
  };
}
