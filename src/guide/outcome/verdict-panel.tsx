import type { Verdict } from '../../machines/types.ts';
import { VERDICT_FAMILY, VERDICT_LABEL, type VerdictFamily } from '../../engine/verdicts.ts';
import { formatDate } from '../../components/format.ts';

/** A mark per family, so the verdict is told by shape and text as well as by colour (forced colours, print). */
const MARK: Record<VerdictFamily, string> = { ja: '✓', villkor: '!', nej: '✕', akut: '▲', rutin: '→' };

interface Props {
  verdict: Verdict;
  /** The outcome's one-line answer; the page's h1. */
  heading: string;
  /** The scope lets only part go (a duty to answer yes or no, and nothing more): say both. */
  limited: boolean;
  guideTitle: string;
  /** ISO date the guide's content was last reviewed. */
  reviewed: string;
  lawyerReviewed: boolean;
}

/**
 * The answer first (the GOV.UK panel pattern): the verdict and the one-line answer — and where the
 * answer lets only part go, both verdicts ("Måste lämnas" and "Inget utöver det"). Then where the
 * answer comes from: the guide, its review date, and whether a lawyer has reviewed it.
 */
export function VerdictPanel({ verdict, heading, limited, guideTitle, reviewed, lawyerReviewed }: Props) {
  const family = VERDICT_FAMILY[verdict];
  return (
    <div className={`verdict-panel verdict-panel--${family}`}>
      <p className="verdict-panel__verdicts">
        <span className="verdict-panel__verdict">
          <span className="verdict-panel__mark" aria-hidden="true">
            {MARK[family]}
          </span>{' '}
          {VERDICT_LABEL[verdict]}
        </span>
        {limited ? (
          <>
            {' '}
            <span className="verdict-panel__verdict verdict-panel__verdict--limit">
              <span className="verdict-panel__mark" aria-hidden="true">
                {MARK.nej}
              </span>{' '}
              Inget utöver det
            </span>
          </>
        ) : null}
      </p>
      <h1 className="verdict-panel__heading" data-guide-heading tabIndex={-1}>
        {heading}
      </h1>
      <p className="verdict-panel__source">
        {guideTitle} · Innehållet granskat {formatDate(reviewed)} ·{' '}
        {lawyerReviewed ? 'juristgranskat' : <strong>inte juristgranskat</strong>}
      </p>
    </div>
  );
}
