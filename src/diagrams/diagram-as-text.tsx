import { Link } from 'react-router';
import type { Diagram, DiagramNode } from './types.ts';
import type { PathStep } from './diagram-svg.tsx';

interface Props {
  diagram: Diagram;
  path?: PathStep[];
  linkFor?: (node: string) => string | undefined;
  /** Prefix for the in-page anchors, so two lists on one page never share ids. */
  idPrefix?: string;
}

/** Questions in the order a walk meets them (breadth first from the first question). */
export function questionsInWalkOrder(diagram: Diagram): DiagramNode[] {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const order: string[] = [diagram.initial];
  for (let i = 0; i < order.length; i++) {
    for (const e of diagram.edges) {
      if (e.from === order[i] && byId.get(e.to)?.kind === 'fraga' && !order.includes(e.to)) order.push(e.to);
    }
  }
  return order.map((id) => byId.get(id)).filter((n): n is DiagramNode => n !== undefined);
}

/**
 * The diagram as a nested list, for screen readers and for reading: each question, each of its
 * answers, and where that answer leads (a link to the next question, or the outcome with its verdict).
 */
export function DiagramAsText({ diagram, path = [], linkFor, idPrefix = 'karta' }: Props) {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const chosen = new Map(path.map((s) => [s.node, s.answer]));
  const anchor = (id: string) => `${idPrefix}-${id}`;
  return (
    <ol className="dg-text">
      {questionsInWalkOrder(diagram).map((q) => {
        const href = chosen.has(q.id) ? linkFor?.(q.id) : undefined;
        return (
          <li key={q.id} id={anchor(q.id)} className="dg-text__question" data-text-node={q.id}>
            <strong>{q.text}</strong>
            {href ? (
              <>
                {' '}
                <Link to={href}>
                  Ändra<span className="visually-hidden"> svaret på: {q.text}</span>
                </Link>
              </>
            ) : null}
            <ul>
              {diagram.edges
                .filter((e) => e.from === q.id)
                .map((e) => {
                  const to = byId.get(e.to);
                  const isChosen = chosen.get(q.id) === e.answer;
                  return (
                    <li key={e.answer} className={isChosen ? 'dg-text__answer dg-text__answer--vag' : 'dg-text__answer'} data-text-edge={`${e.from}|${e.answer}`}>
                      {isChosen ? <span className="dg-text__chosen">Valt svar: </span> : null}
                      <span className="dg-text__label">{e.label}</span> →{' '}
                      {to?.kind === 'fraga' ? (
                        <a href={`#${anchor(to.id)}`}>{to.text}</a>
                      ) : (
                        <span>
                          <strong>{to?.verdictLabel}:</strong> {to?.text}
                        </span>
                      )}
                    </li>
                  );
                })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
