import type { OutcomeMeta } from '../../machines/types.ts';
import { VERDICT_LABEL } from '../../engine/verdicts.ts';

/** The verdict and the one-line answer: the first thing on an outcome page. */
export function VerdictPanel({ meta, heading }: { meta: OutcomeMeta; heading: string }) {
  return (
    <>
      <p className={`verdict-tag verdict-tag--${meta.verdict}`}>{VERDICT_LABEL[meta.verdict]}</p>
      <h1 className="outcome__heading" data-guide-heading tabIndex={-1}>
        {heading}
      </h1>
    </>
  );
}
