/**
 * A laid-out decision diagram: everything the browser needs to draw a guide's diagram as SVG, and
 * nothing it would need to compute. Built from the machine and the guide's wording at build time
 * (src/buildtime/diagram-layout.ts); the browser only maps it to SVG elements.
 */
import type { Verdict } from '../machines/types.ts';

export interface DiagramNode {
  id: string;
  kind: 'fraga' | 'utfall';
  /** Top-left corner and size of the node's box, in SVG user units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node's text, already wrapped into lines that fit the box. */
  lines: string[];
  /** The full text (question or outcome heading), for titles and the text alternative. */
  text: string;
  verdict?: Verdict;
  /** Short verdict label printed in the box, so an outcome never relies on colour alone. */
  verdictLabel?: string;
  /** How many of `lines` (from the top) spell the verdict label. */
  verdictLines?: number;
}

export interface DiagramEdge {
  from: string;
  answer: string;
  to: string;
  /** SVG path data from the question's box to the target's box. */
  d: string;
  /** The answer's short label, wrapped, and the centre of where it sits. */
  label: string;
  labelLines: string[];
  labelX: number;
  labelY: number;
  labelWidth: number;
  labelHeight: number;
}

export interface Diagram {
  guide: string;
  title: string;
  /** The guide's content version, and older versions whose links still mean the same. */
  version: number;
  compatibleVersions: number[];
  initial: string;
  width: number;
  height: number;
  /** Text geometry shared by every box: the line height and font size used to lay it out. */
  fontSize: number;
  lineHeight: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
