/**
 * Builds a guide's decision diagram from its machine and its wording, at build time. The machine
 * gives the nodes and where every answer leads (src/engine/model.ts); the content gives the text
 * (question `rubrik`, answer labels `svar`, outcome `rubrik`). Nothing here is drawn by hand, so the
 * diagram cannot drift from the guide's logic. Why dagre and not ELK: docs/diagram.md.
 */
import type { AnyStateMachine } from 'xstate';
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { edgesOf, initialNode, isOutcomeNode, nodeIds, outcomeMeta } from '../engine/model.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import type { Diagram, DiagramEdge, DiagramNode } from '../diagrams/types.ts';
import type { GuideSource } from './guide-source.ts';
import { textWidth, wrapText } from './diagram-text.ts';

export const FONT_SIZE = 15;
export const LINE_HEIGHT = 19;
const NODE_TEXT_WIDTH = 210;
const NODE_PADDING = 12;
const LABEL_FONT = FONT_SIZE * 0.9;
const LABEL_TEXT_WIDTH = 150;
const LABEL_PADDING = 5;

/** What the layout engine needs: box sizes and which box each labelled arrow joins. */
export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; from: string; to: string; labelWidth: number; labelHeight: number }[];
}

/** What a layout engine returns: box corners, arrow points and label centres. */
export interface LayoutResult {
  width: number;
  height: number;
  nodes: Record<string, { x: number; y: number }>;
  edges: Record<string, { points: { x: number; y: number }[]; labelX: number; labelY: number }>;
}

/** "Får lämnas endast efter dokumenterad prövning – ta det med …" → the part before the dash. */
export function shortVerdict(label: string): string {
  return label.split(' – ')[0];
}

/** The diagram's nodes and edges with their text, before layout. */
export function diagramContent(machine: AnyStateMachine, guide: GuideSource) {
  const nodes = nodeIds(machine).map((id): Omit<DiagramNode, 'x' | 'y'> => {
    if (isOutcomeNode(machine, id)) {
      const text = guide.outcomes[id]?.rubrik ?? id;
      const verdict = outcomeMeta(machine, id).verdict;
      const verdictLabel = shortVerdict(VERDICT_LABEL[verdict]);
      const lines = wrapText(text, NODE_TEXT_WIDTH, FONT_SIZE);
      // Bold text runs wider: measure the verdict as if it were 8 % larger.
      const verdictLines = wrapText(verdictLabel, NODE_TEXT_WIDTH, FONT_SIZE * 1.08);
      return {
        id,
        kind: 'utfall',
        text,
        verdict,
        verdictLabel,
        verdictLines: verdictLines.length,
        lines: [...verdictLines, ...lines],
        width: NODE_TEXT_WIDTH + 2 * NODE_PADDING,
        height: (lines.length + verdictLines.length) * LINE_HEIGHT + 2 * NODE_PADDING,
      };
    }
    const text = guide.questions[id]?.rubrik ?? id;
    const lines = wrapText(text, NODE_TEXT_WIDTH, FONT_SIZE);
    return { id, kind: 'fraga', text, lines, width: NODE_TEXT_WIDTH + 2 * NODE_PADDING, height: lines.length * LINE_HEIGHT + 2 * NODE_PADDING };
  });
  const edges = edgesOf(machine).map((e) => {
    const label = guide.questions[e.from]?.svar[e.answer] ?? e.answer;
    const labelLines = wrapText(label, LABEL_TEXT_WIDTH, LABEL_FONT);
    const labelWidth = Math.max(...labelLines.map((l) => textWidth(l, LABEL_FONT))) + 2 * LABEL_PADDING;
    const labelHeight = labelLines.length * LINE_HEIGHT * 0.9 + 2 * LABEL_PADDING;
    return { ...e, id: `${e.from}|${e.answer}`, label, labelLines, labelWidth, labelHeight };
  });
  return { nodes, edges };
}

/** A path through the points with rounded corners, so bends read as one continuous arrow. */
export function pathThrough(points: { x: number; y: number }[], radius = 8): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (points.length === 0) return '';
  let d = `M${r(points[0].x)},${r(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const inLen = Math.hypot(b.x - a.x, b.y - a.y);
    const outLen = Math.hypot(c.x - b.x, c.y - b.y);
    const k = Math.min(radius, inLen / 2, outLen / 2);
    if (k < 0.5) {
      d += ` L${r(b.x)},${r(b.y)}`;
      continue;
    }
    const p1 = { x: b.x - ((b.x - a.x) / inLen) * k, y: b.y - ((b.y - a.y) / inLen) * k };
    const p2 = { x: b.x + ((c.x - b.x) / outLen) * k, y: b.y + ((c.y - b.y) / outLen) * k };
    d += ` L${r(p1.x)},${r(p1.y)} Q${r(b.x)},${r(b.y)} ${r(p2.x)},${r(p2.y)}`;
  }
  const last = points[points.length - 1];
  return `${d} L${r(last.x)},${r(last.y)}`;
}

/** Lay out a guide's diagram with the given engine. */
export async function buildDiagram(
  machine: AnyStateMachine,
  guide: GuideSource,
  engine: (input: LayoutInput) => LayoutResult | Promise<LayoutResult>,
): Promise<Diagram> {
  const content = diagramContent(machine, guide);
  const layout = await engine({
    nodes: content.nodes.map(({ id, width, height }) => ({ id, width, height })),
    edges: content.edges.map(({ id, from, to, labelWidth, labelHeight }) => ({ id, from, to, labelWidth, labelHeight })),
  });
  const r = (n: number) => Math.round(n * 10) / 10;
  const nodes: DiagramNode[] = content.nodes.map((n) => ({ ...n, x: r(layout.nodes[n.id].x), y: r(layout.nodes[n.id].y) }));
  const edges: DiagramEdge[] = content.edges.map((e) => {
    const placed = layout.edges[e.id];
    return {
      from: e.from,
      answer: e.answer,
      to: e.to,
      d: pathThrough(placed.points),
      label: e.label,
      labelLines: e.labelLines,
      labelX: r(placed.labelX),
      labelY: r(placed.labelY),
      labelWidth: r(e.labelWidth),
      labelHeight: r(e.labelHeight),
    };
  });
  return {
    guide: guide.id,
    title: guide.index.titel,
    version: guide.index.version,
    compatibleVersions: guide.index.kompatiblaVersioner,
    initial: initialNode(machine),
    width: Math.ceil(layout.width),
    height: Math.ceil(layout.height),
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    nodes,
    edges,
  };
}

/**
 * ELK's layered algorithm, top to bottom, with orthogonal arrows: arrows never cut through a box and
 * each label sits on its own arrow. Answers keep the machine's order from left to right.
 */
export async function elkLayout(layoutInput: LayoutInput): Promise<LayoutResult> {
  const elk = new ELK();
  const input: ElkNode = {
    id: 'diagram',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Room above the boxes for the "Här är ni" marker.
      'elk.padding': '[top=34,left=16,bottom=16,right=16]',
    },
    children: layoutInput.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: layoutInput.edges.map((e) => ({
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: [{ text: e.id, width: e.labelWidth, height: e.labelHeight }],
    })),
  };
  const graph = await elk.layout(input);
  const nodes: LayoutResult['nodes'] = {};
  for (const c of graph.children ?? []) nodes[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  const edges: LayoutResult['edges'] = {};
  for (const e of graph.edges ?? []) {
    const section = e.sections?.[0];
    const label = e.labels?.[0];
    if (!section || !label) throw new Error(`ELK gav ingen väg för pilen ${e.id}`);
    edges[e.id] = {
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
      labelX: (label.x ?? 0) + (label.width ?? 0) / 2,
      labelY: (label.y ?? 0) + (label.height ?? 0) / 2,
    };
  }
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges };
}

/** The finished diagram of one guide. */
export function layoutGuide(machine: AnyStateMachine, guide: GuideSource): Promise<Diagram> {
  return buildDiagram(machine, guide, elkLayout);
}
