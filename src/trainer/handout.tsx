import { outcomeMeta, questionMeta } from '../engine/model.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { answerText, questionText } from './slide-content.tsx';
import { ProvisionList } from './provisions.tsx';
import { lagrumCardProps } from '../law/card.ts';
import type { Session } from './types.ts';
import './trainer.css';

/**
 * A printable A4 handout for a case: facts, the path through the guide, the outcome with its
 * provisions, and the discussion points. Everything from the case file and the guide.
 */
export function Handout({ session }: { session: Session }) {
  const c = session.case;
  if (!c) return null;
  const { machine } = session.bundle;
  const end = session.walk.end;
  const meta = outcomeMeta(machine, end);
  const outcome = session.bundle.outcomes[end].frontmatter;
  const Facts = c.Facts;
  return (
    <article className="tr-handout">
      <p className="tr-handout__guide">Övningsfall · {session.bundle.index.frontmatter.titel}</p>
      <h1>{c.titel}</h1>
      <section aria-labelledby="ho-fakta">
        <h2 id="ho-fakta">Fallet</h2>
        <div className="prose">
          <Facts />
        </div>
      </section>
      <section aria-labelledby="ho-diskussion">
        <h2 id="ho-diskussion">Att diskutera</h2>
        <ol>
          {c.diskussion.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="ho-vag" className="tr-handout__answer">
        <h2 id="ho-vag">Vägen genom guiden</h2>
        <ol className="tr-handout__path">
          {session.walk.steps.map((s) => {
            const law = questionMeta(machine, s.node).lagrum?.[s.answer] ?? [];
            return (
              <li key={s.node}>
                {questionText(session, s.node)} <strong>{answerText(session, s.node, s.answer)}</strong>
                {law.length ? <span className="tr-handout__cite"> ({law.map((id) => lagrumCardProps(id).citation).join(', ')})</span> : null}
              </li>
            );
          })}
        </ol>
        <h2>Utfall</h2>
        <p>
          <strong>{VERDICT_LABEL[meta.verdict]}.</strong> {outcome.rubrik}
        </p>
        <h3>Lagrum</h3>
        <ProvisionList ids={meta.lagrum} className="tr-handout__law" />
        <h3>Dokumentera</h3>
        <ul>
          {outcome.dokumentera.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
