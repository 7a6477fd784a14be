import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { GuideBundle } from '../engine/bundle.ts';
import { answersFor, questionMeta } from '../engine/model.ts';
import { PenaltyTable } from './penalty-table.tsx';
import { mdxComponents } from '../components/mdx-components.tsx';

interface Props {
  bundle: GuideBundle;
  node: string;
  selected?: string;
  onAnswer: (value: string) => void;
}

/**
 * One question per page (GOV.UK pattern): the legend is the page heading, radios in a fieldset,
 * "Fortsätt", and a focused error summary when nothing is chosen.
 */
export function QuestionPage({ bundle, node, selected, onAnswer }: Props) {
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
    <form className="question" onSubmit={submit} noValidate>
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
      {threshold ? <PenaltyTable grans={threshold} /> : null}
    </form>
  );
}
