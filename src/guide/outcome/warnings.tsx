import type { OutcomeMeta } from '../../machines/types.ts';
import { SharedText } from './shared-texts.tsx';

/** Warnings the machine attaches to an outcome; their wording is content/guide-texter/varning-*.mdx. */
export function Warnings({ meta }: { meta: OutcomeMeta }) {
  return (
    <>
      {meta.warnings?.map((w) => (
        <div key={w} className="box box--jurist" role="note">
          <SharedText name={`varning-${w}`} box />
        </div>
      ))}
    </>
  );
}

/** "Osäkert": the outcome's own open legal point, written for the user, after the reasons. */
export function UncertainSection({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <section aria-labelledby="osakert" className="box box--jurist">
      <h2 id="osakert" className="box__label">
        Osäkert – kontrollera med jurist
      </h2>
      <p>{text}</p>
    </section>
  );
}
