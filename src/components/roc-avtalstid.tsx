import { useToday } from './use-today.ts';
import { formatDate } from './format.ts';
import { rocEarliestEndAfterNotice, rocPeriodEnd } from '../law/roc-avtal.ts';

/** The agreement's current term as a sentence, computed from `today` (never typed by hand). */
export function avtalstidText(today: string): string {
  return (
    `Räknat från i dag (${formatDate(today)}) löper avtalet för närvarande till och med ${formatDate(rocPeriodEnd(today))}, ` +
    `för varje kommun som inte har sagt upp det. En skriftlig uppsägning i dag skulle gälla tidigast från ${formatDate(rocEarliestEndAfterNotice(today))}.`
  );
}

/** <RocAvtalstid /> in MDX. The data attribute lets a kept prerendered page refresh the date. */
export function RocAvtalstid() {
  const today = useToday();
  return <span data-roc-avtalstid="">{avtalstidText(today)}</span>;
}
