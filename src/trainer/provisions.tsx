import { lagrumCardProps } from '../law/card.ts';
import type { LagrumId } from '../law/registry.ts';
import { STATUS_LABEL } from '../components/lagrum-citation.tsx';

/** Provisions written out for a room: citation, name and our one-line summary, never a pop-up. */
export function ProvisionList({ ids, className = 'tr-law' }: { ids: readonly LagrumId[]; className?: string }) {
  if (ids.length === 0) return null;
  return (
    <ul className={className}>
      {ids.map((id) => {
        const p = lagrumCardProps(id);
        return (
          <li key={id}>
            <strong>{p.citation}</strong> – {p.title}. {p.summary}
            {p.status !== 'verifierad' ? <span className="tr-law__check"> {STATUS_LABEL[p.status]}.</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
