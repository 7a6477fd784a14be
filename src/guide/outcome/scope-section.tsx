import type { OutcomeContent } from '../../engine/content-schema.ts';

/** "Vad du får lämna": what, to whom, on whose initiative, and how. */
export function ScopeSection({ scope }: { scope: OutcomeContent['omfattning'] }) {
  return (
    <section aria-labelledby="omfattning" className="print-guidance">
      <h2 id="omfattning">Vad du får lämna, och hur</h2>
      <dl className="facts facts--scope">
        <dt>Vad</dt>
        <dd>{scope.vad}</dd>
        <dt>Till vem</dt>
        <dd>{scope.till}</dd>
        <dt>På begäran eller eget initiativ</dt>
        <dd>{scope.initiativ}</dd>
        <dt>Hur</dt>
        <dd>{scope.hur}</dd>
      </dl>
    </section>
  );
}

/** "Gör så här nu": the steps, in order. */
export function StepsSection({ steps }: { steps: string[] }) {
  return (
    <section aria-labelledby="gor-sa-har" className="print-guidance">
      <h2 id="gor-sa-har">Gör så här nu</h2>
      <ol className="steps">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </section>
  );
}
