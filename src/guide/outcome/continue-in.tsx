import { Link } from 'react-router';
import type { OutcomeMeta } from '../../machines/types.ts';
import { guideUrlWith } from '../../engine/links.ts';
import { guider } from 'virtual:guider';

/** Hand-off to another guide with the answers this outcome already settles. */
export function ContinueIn({ target }: { target: NonNullable<OutcomeMeta['fortsatt']> }) {
  const guide = guider.find((g) => g.id === target.guide);
  if (!guide) return null;
  const steps = Object.entries(target.svar).map(([node, answer]) => ({ node, answer }));
  return (
    <div className="box" role="note">
      <p className="box__label">Nästa steg: {guide.titel}</p>
      <p>Svaren du redan har gett är ifyllda. Guiden fortsätter med de frågor som återstår.</p>
      <p>
        <Link className="button" to={guideUrlWith(guide.id, steps, guide.version)}>
          Fortsätt i guiden
        </Link>
      </p>
    </div>
  );
}
