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

/** The outcome's own open legal point, written for the user. */
export function JuristBox({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <div className="box box--jurist" role="note">
      <p className="box__label">Osäkert – kontrollera med jurist</p>
      <p>{text}</p>
    </div>
  );
}
