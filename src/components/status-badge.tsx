import { STATUS_LABEL } from './lagrum-citation.tsx';

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABEL[status] ?? status}</span>;
}
