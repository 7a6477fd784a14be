import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Diagram, DiagramNode } from './types.ts';
import './diagram.css';

/** One answer given on a walk: a question and the answer chosen. */
export interface PathStep {
  node: string;
  answer: string;
}

export interface DiagramSvgProps {
  diagram: Diagram;
  /** The answers given so far: their nodes and edges are highlighted. */
  path?: PathStep[];
  /** The node the walk is at now (a question or an outcome), marked as "here". */
  current?: string;
  /** Where clicking a node on the path leads (e.g. back to that question in the guide). */
  linkFor?: (node: string) => string | undefined;
  /** Text above the current node: "Du är här" in a guide, "Här är ni" in front of a room. */
  hereLabel?: string;
}

export const edgeKey = (from: string, answer: string) => `${from}|${answer}`;

/** Badge width for "Du är här": about 0.6 em per character plus padding. */
const hereWidth = (label: string, fontSize: number) => label.length * fontSize * 0.6 + 12;

function NodeBox({ node, diagram, state, hereLabel }: { node: DiagramNode; diagram: Diagram; state: 'vag' | 'har' | undefined; hereLabel: string }) {
  const { fontSize, lineHeight } = diagram;
  const lines = node.lines;
  const bold = node.verdictLines ?? 0;
  const textTop = node.y + (node.height - lines.length * lineHeight) / 2 + fontSize;
  const classes = ['dg-node', `dg-node--${node.kind}`, node.verdict ? `dg-verdict--${node.verdict}` : '', state ? `dg-node--${state}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <g className={classes} data-node={node.id} data-kind={node.kind} data-verdict={node.verdict}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={node.kind === 'fraga' ? 4 : 14} />
      <text x={node.x + node.width / 2} y={textTop} textAnchor="middle" fontSize={fontSize}>
        {lines.map((line, i) => (
          <tspan key={i} x={node.x + node.width / 2} dy={i === 0 ? 0 : lineHeight} className={i < bold ? 'dg-node__verdict' : undefined}>
            {line}
          </tspan>
        ))}
      </text>
      {state === 'har' ? (
        // A dark badge above the box, readable even where an arrow runs behind it.
        <g className="dg-here" aria-hidden="true">
          <rect x={node.x} y={node.y - fontSize * 1.6 - 4} width={hereWidth(hereLabel, fontSize)} height={fontSize * 1.6} rx={3} />
          <text x={node.x + 6} y={node.y - 4 - fontSize * 0.45} fontSize={fontSize}>
            {hereLabel}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/**
 * A guide's decision diagram as inline SVG: boxes for questions, rounded boxes for outcomes (each
 * with its verdict written out), arrows labelled with the answers. All geometry comes prebuilt; this
 * only maps it to elements, adding the walk's path and links back to its questions.
 */
export function DiagramSvg({ diagram, path = [], current, linkFor, hereLabel = 'Du är här' }: DiagramSvgProps) {
  const id = useId();
  const onPath = new Set(path.map((s) => s.node));
  const pathEdges = new Set(path.map((s) => edgeKey(s.node, s.answer)));
  const questions = diagram.nodes.filter((n) => n.kind === 'fraga').length;
  const outcomes = diagram.nodes.length - questions;

  const nodes = diagram.nodes.map((node) => {
    const state = node.id === current ? 'har' : onPath.has(node.id) ? 'vag' : undefined;
    const box = <NodeBox key={node.id} node={node} diagram={diagram} state={state} hereLabel={hereLabel} />;
    const href = state === 'vag' ? linkFor?.(node.id) : undefined;
    if (!href) return box;
    return (
      <Link key={node.id} to={href} className="dg-link" aria-label={`Ändra svaret på frågan: ${node.text}`}>
        {box}
      </Link>
    );
  });

  const edges: ReactNode[] = diagram.edges.map((e) => {
    const key = edgeKey(e.from, e.answer);
    const highlighted = pathEdges.has(key);
    return (
      <g key={key} className={highlighted ? 'dg-edge dg-edge--vag' : 'dg-edge'} data-edge-from={e.from} data-edge-answer={e.answer} data-edge-to={e.to}>
        <path d={e.d} markerEnd={`url(#${id}-pil${highlighted ? '-vag' : ''})`} />
      </g>
    );
  });

  // Labels are drawn after all arrows so that no arrow crosses a label's background.
  const labels = diagram.edges.map((e) => {
    const highlighted = pathEdges.has(edgeKey(e.from, e.answer));
    const top = e.labelY - e.labelHeight / 2;
    return (
      <g key={edgeKey(e.from, e.answer)} className={highlighted ? 'dg-label dg-label--vag' : 'dg-label'} aria-hidden="true">
        <rect x={e.labelX - e.labelWidth / 2} y={top} width={e.labelWidth} height={e.labelHeight} rx={3} />
        <text x={e.labelX} y={top + diagram.fontSize * 0.9 + 2} textAnchor="middle" fontSize={diagram.fontSize * 0.9}>
          {e.labelLines.map((line, i) => (
            <tspan key={i} x={e.labelX} dy={i === 0 ? 0 : diagram.lineHeight * 0.9}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  });

  return (
    <svg
      className="dg"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      width={diagram.width}
      height={diagram.height}
      role="group"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-beskrivning`}
      data-guide={diagram.guide}
    >
      <title id={`${id}-titel`}>{`Beslutsdiagram: ${diagram.title}`}</title>
      <desc id={`${id}-beskrivning`}>
        {questions} frågor och {outcomes} utfall. Pilarna visar vart varje svar leder. Samma innehåll finns som text i listan
        efter diagrammet.
      </desc>
      <defs>
        {['', '-vag'].map((suffix) => (
          <marker
            key={suffix}
            id={`${id}-pil${suffix}`}
            className={`dg-arrow${suffix ? ' dg-arrow--vag' : ''}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth={suffix ? 16 : 10}
            markerHeight={suffix ? 16 : 10}
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      <g className="dg-edges">{edges}</g>
      <g className="dg-labels">{labels}</g>
      <g className="dg-nodes">{nodes}</g>
    </svg>
  );
}
