import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { GuideBundle } from '../engine/bundle.ts';
import { answersFor, questionMeta } from '../engine/model.ts';
import { VERSION_KEY, type Step } from '../engine/links.ts';
import { LazyPenaltyTable } from './lazy-parts.tsx';
import { mdxComponents } from '../components/mdx-components.tsx';

interface Props {
  bundle: GuideBundle;
  node: string;
  selected?: string;
  /** The guide's version and the answers before this question, sent along if the form is submitted without the app. */
  carried: { version: number; steps: Step[] };
  onAnswer: (value: string) => void;
  /** Told whenever an answer is chosen, e.g. to start loading what the next page needs (once). */
  onChoose?: () => void;
}

/**
 * One question per page (GOV.UK pattern): the legend is the page heading, radios in a fieldset,
 * "Fortsätt", and a focused error summary when nothing is chosen.
 */
export function QuestionPage({ bundle, node, selected, carried, onAnswer, onChoose }: Props) {
  const content = bundle.questions[node];
  const { rubrik, svar, svarTips } = content.frontmatter;
  const Help = content.default;
  const answers = answersFor(bundle.machine, node);
  const threshold = questionMeta(bundle.machine, node).straffgrans;
  const [error, setError] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get(node);
    if (typeof value !== 'string') {
      setError(true);
      return;
    }
    setError(false);
    onAnswer(value);
  }

  const errorId = `${node}-fel`;
  return (
    // Until the scripts have run (a slow laptop, a first visit), "Fortsätt" is a plain GET form:
    // the hidden fields make it ask for the very address the app would have gone to
    // (?v=…&earlier=…&this=…), so an early click still lands on the next question.
    <form className="question" method="get" onSubmit={submit} onChange={onChoose} noValidate>
      <input type="hidden" name={VERSION_KEY} value={carried.version} />
      {carried.steps.map((step) => (
        <input key={step.node} type="hidden" name={step.node} value={step.answer} />
      ))}
      {error ? (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="fel-rubrik">
          <div role="alert">
            <h2 id="fel-rubrik" className="error-summary__title">
              Det finns ett problem
            </h2>
            <ul>
              <li>
                <a href={`#${node}-${answers[0]}`}>Välj ett svar för att gå vidare</a>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="fieldset__legend">
          <h1 className="question__heading" data-guide-heading tabIndex={-1}>
            {rubrik}
          </h1>
        </legend>
        {error ? (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">Fel: </span>Välj ett svar för att gå vidare
          </p>
        ) : null}
        <div className="radios">
          {answers.map((value) => {
            const id = `${node}-${value}`;
            const tip = svarTips?.[value];
            return (
              <div className="radio" key={value}>
                <input
                  className="radio__input"
                  type="radio"
                  id={id}
                  name={node}
                  value={value}
                  defaultChecked={selected === value}
                  aria-describedby={tip ? `${id}-tips` : undefined}
                />
                <label className="radio__label" htmlFor={id}>
                  {svar[value] ?? value}
                </label>
                {tip ? (
                  <p className="radio__hint" id={`${id}-tips`}>
                    {tip}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <details className="help">
        <summary>Vad betyder det här?</summary>
        <div className="help__body prose">
          <Help components={mdxComponents} />
        </div>
      </details>
      <button type="submit" className="button">
        Fortsätt
      </button>
      {threshold ? <LazyPenaltyTable grans={threshold} /> : null}
    </form>
  );
}
