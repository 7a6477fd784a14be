import type { GuideBundle } from '../../engine/bundle.ts';
import { questionMeta } from '../../engine/model.ts';
import type { Step } from '../../engine/links.ts';
import { mdxComponents } from '../../components/mdx-components.tsx';
import { answerLabel } from '../../engine/bundle.ts';
import { cite } from './cite.tsx';

/** "Därför": the outcome's reasoning, then each answer given and the provision it satisfied. */
export function WhySection({ bundle, outcome, steps }: { bundle: GuideBundle; outcome: string; steps: Step[] }) {
  const Why = bundle.outcomes[outcome].default;
  return (
    <section aria-labelledby="darfor">
      <h2 id="darfor">Därför</h2>
      <div className="prose">
        <Why components={mdxComponents} />
      </div>
      <ul className="reasons">
        {steps.map((step) => {
          const satisfied = questionMeta(bundle.machine, step.node).lagrum?.[step.answer] ?? [];
          return (
            <li key={step.node}>
              <span className="reasons__q">{bundle.questions[step.node]?.frontmatter.rubrik}</span>{' '}
              <strong>{answerLabel(bundle, step)}</strong>
              {satisfied.length ? (
                <span className="reasons__law">
                  {' '}
                  –{' '}
                  {satisfied.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      {cite(id)}
                    </span>
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
