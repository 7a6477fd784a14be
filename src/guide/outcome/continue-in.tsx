import { Link } from 'react-router';
import type { OutcomeMeta } from '../../machines/types.ts';
import { guideUrlWith } from '../../engine/links.ts';
import { guider } from 'virtual:guider';

type Target = NonNullable<OutcomeMeta['fortsatt']>;

function targetLink(target: Target) {
  const guide = guider.find((g) => g.id === target.guide);
  if (!guide) return undefined;
  const steps = Object.entries(target.svar).map(([node, answer]) => ({ node, answer }));
  return { guide, url: guideUrlWith(guide.id, steps, guide.version) };
}

/** Hand-off to another guide with the answers this outcome already settles: the next step. */
export function ContinueIn({ target }: { target: Target }) {
  const t = targetLink(target);
  if (!t) return null;
  return (
    <div className="box no-print" role="note">
      <p className="box__label">Nästa steg: {t.guide.titel}</p>
      <p>Svaren du redan har gett är ifyllda. Guiden fortsätter med de frågor som återstår.</p>
      <p>
        <Link className="button" to={t.url}>
          Fortsätt i guiden
        </Link>
      </p>
    </div>
  );
}

/** In an emergency the hand-off waits: a plain link for when the danger is over, not a button. */
export function Afterwards({ target }: { target: Target }) {
  const t = targetLink(target);
  if (!t) return null;
  return (
    <section aria-labelledby="efterat" className="no-print">
      <h2 id="efterat">Efteråt</h2>
      <p>
        När faran är över: <Link to={t.url}>Fortsätt i guiden {t.guide.titel}</Link> och se vilken regel du stödde dig på.
        Svaren du redan har gett är ifyllda.
      </p>
    </section>
  );
}
