/**
 * The ROC agreement's term, computed from the date instead of typed (agreement point 12):
 * it ran until 31 December 2024 and is then extended automatically by twelve months at a time.
 * A cooperating municipality may give three months' written notice.
 *
 * Reading flagged for review: "en automatisk förlängning om tolv (12) månader" could also mean a
 * single extension; we follow the reading that it renews every year (roc-agreement.md).
 */
export const ROC_FIRST_END = '2024-12-31';
export const ROC_NOTICE_MONTHS = 3;

/** The last day of the twelve-month period that `today` (ISO date) falls in. */
export function rocPeriodEnd(today: string): string {
  if (today <= ROC_FIRST_END) return ROC_FIRST_END;
  return `${today.slice(0, 4)}-12-31`;
}

/** The earliest date a notice given on `today` can end the agreement for that municipality. */
export function rocEarliestEndAfterNotice(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + ROC_NOTICE_MONTHS, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
