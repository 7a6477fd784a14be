/**
 * The parts of a walk that no first question shows, built as one chunk (loaded by lazy-parts.tsx):
 * the outcome page, and the table of lowest penalties under a threshold question. They are the only
 * parts of a walk that need the provision registry (about 17 KB gzip) and the record.
 */
export { OutcomePage } from './outcome-page.tsx';
export { PenaltyTable } from './penalty-table.tsx';
