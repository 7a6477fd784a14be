import { Link } from 'react-router';
import type { GuideBundle } from '../engine/bundle.ts';
import { searchForChange, type Step } from '../engine/url.ts';
import { answerLabel } from '../engine/bundle.ts';

interface Props {
  bundle: GuideBundle;
  /** Answers shown (the steps before the current question, or all of them on an outcome). */
  shown: Step[];
  /** Every answer in the URL, kept when the user chooses "Ändra". */
  all: Step[];
  version: number;
  basePath: string;
}

/** "Dina svar": each earlier answer with "Ändra" (hidden context names the question, as on GOV.UK). */
export function AnswersList({ bundle, shown, all, version, basePath }: Props) {
  if (shown.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="dina-svar">
      <h2 id="dina-svar">Dina svar</h2>
      <dl className="answers__list">
        {shown.map((step) => {
          const question = bundle.questions[step.node]?.frontmatter.rubrik ?? step.node;
          return (
            <div className="answers__row" key={step.node}>
              <dt className="answers__question">{question}</dt>
              <dd className="answers__answer">{answerLabel(bundle, step)}</dd>
              <dd className="answers__change">
                <Link to={`${basePath}${searchForChange(all, step.node, version)}`}>
                  Ändra<span className="visually-hidden"> svaret på: {question}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
