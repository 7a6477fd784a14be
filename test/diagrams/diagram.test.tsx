/**
 * The decision diagram is the machine: every node and every answer of a guide's machine is drawn,
 * and nothing else is. Checked on the rendered SVG (its data attributes), on the text alternative,
 * and on the diagram that the build actually serves (virtual:diagrams).
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import type { AnyStateMachine } from 'xstate';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { readGuide } from '../../src/buildtime/guide-source.ts';
import { layoutGuide } from '../../src/buildtime/diagram-layout.ts';
import { edgesOf, nodeIds, outcomeIds } from '../../src/engine/model.ts';
import { DiagramSvg } from '../../src/diagrams/diagram-svg.tsx';
import { DiagramAsText } from '../../src/diagrams/diagram-as-text.tsx';
import type { Diagram } from '../../src/diagrams/types.ts';
import { loadDiagram } from 'virtual:diagrams';
import { GUIDE_IDS, type GuideId } from '../../src/engine/guide-ids.ts';
import { pathThroughDiagram } from '../../src/diagrams/walk.ts';
import { stepsInUrl } from '../../src/engine/url.ts';
import { readCases } from '../../src/buildtime/case-source.ts';

function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
}

function svgOf(diagram: Diagram): Document {
  return parse(renderToStaticMarkup(<MemoryRouter><DiagramSvg diagram={diagram} /></MemoryRouter>));
}

/** What the SVG draws, as sorted lists of node ids and "from|answer→to" edges. */
function drawn(doc: Document) {
  const nodes = [...doc.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node')!).sort();
  const edges = [...doc.querySelectorAll('[data-edge-from]')]
    .map((e) => `${e.getAttribute('data-edge-from')}|${e.getAttribute('data-edge-answer')}→${e.getAttribute('data-edge-to')}`)
    .sort();
  return { nodes, edges };
}

function expected(machine: AnyStateMachine) {
  return {
    nodes: nodeIds(machine).sort(),
    edges: edgesOf(machine).map((e) => `${e.from}|${e.answer}→${e.to}`).sort(),
  };
}

const laidOut = new Map<string, Promise<Diagram>>();
/** One layout per guide for the whole file: ELK takes a second or two per guide. */
function diagramOf(id: GuideId): Promise<Diagram> {
  if (!laidOut.has(id)) {
    const machine = MACHINES[id];
    const { guide, errors } = readGuide(process.cwd(), id, machine);
    expect(errors).toEqual([]);
    laidOut.set(id, layoutGuide(machine, guide!));
  }
  return laidOut.get(id)!;
}

// ELK takes a few seconds per guide on a busy machine.
describe('beslutsdiagram', { timeout: 60_000 }, () => {
  for (const id of GUIDE_IDS) {
    it(`${id}: diagrammet har exakt maskinens noder och pilar`, async () => {
      expect(drawn(svgOf(await diagramOf(id)))).toEqual(expected(MACHINES[id]));
    });

    it(`${id}: varje utfall har sin bedömning utskriven i rutan, inte bara som färg`, async () => {
      const doc = svgOf(await diagramOf(id));
      for (const outcome of outcomeIds(MACHINES[id])) {
        const box = doc.querySelector(`[data-node="${outcome}"]`)!;
        expect(box.querySelector('.dg-node__verdict')?.textContent, outcome).toMatch(/\w/);
      }
    });

    it(`${id}: textversionen har varje fråga och varje svar`, async () => {
      const doc = parse(renderToStaticMarkup(<MemoryRouter><DiagramAsText diagram={await diagramOf(id)} /></MemoryRouter>));
      const machine = MACHINES[id];
      const questions = [...doc.querySelectorAll('[data-text-node]')].map((n) => n.getAttribute('data-text-node')).sort();
      expect(questions).toEqual(nodeIds(machine).filter((n) => !outcomeIds(machine).includes(n)).sort());
      const answers = [...doc.querySelectorAll('[data-text-edge]')].map((n) => n.getAttribute('data-text-edge')).sort();
      expect(answers).toEqual(edgesOf(machine).map((e) => `${e.from}|${e.answer}`).sort());
    });
  }

  it('jämförelsen upptäcker en pil som saknas, en som är för mycket och en nod som saknas', async () => {
    const diagram = await diagramOf('polisen');
    const truth = expected(MACHINES.polisen);
    const missingEdge = { ...diagram, edges: diagram.edges.slice(1) };
    expect(drawn(svgOf(missingEdge))).not.toEqual(truth);
    const extraEdge = { ...diagram, edges: [...diagram.edges, { ...diagram.edges[0], answer: 'pahittat' }] };
    expect(drawn(svgOf(extraEdge))).not.toEqual(truth);
    const missingNode = { ...diagram, nodes: diagram.nodes.slice(1) };
    expect(drawn(svgOf(missingNode))).not.toEqual(truth);
  });

  it('bygget serverar ett diagram per guide, och det stämmer med maskinen', async () => {
    for (const id of GUIDE_IDS) {
      const diagram = await loadDiagram(id)!;
      expect(drawn(svgOf(diagram)), id).toEqual(expected(MACHINES[id]));
    }
  });

  it('diagrammet är tillgängligt: rubrik, beskrivning och riktig text', async () => {
    const doc = svgOf(await diagramOf('roc'));
    const svg = doc.querySelector('svg')!;
    const title = svg.querySelector('title')!;
    const desc = svg.querySelector('desc')!;
    expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
    expect(svg.getAttribute('aria-describedby')).toBe(desc.id);
    expect(title.textContent).toMatch(/Beslutsdiagram/);
    expect(svg.querySelectorAll('text').length).toBeGreaterThan(10);
  });

  it('kartans väg för ett fall är samma väg som guiden tar (varje övningsfall)', async () => {
    for (const c of readCases().cases) {
      const params = new URLSearchParams({ v: '1', ...c.svar });
      const path = pathThroughDiagram(await diagramOf(c.guide), new Map(params));
      expect(path.steps, c.id).toEqual(stepsInUrl(MACHINES[c.guide], params));
      expect(path.current, c.id).toBe(c.forvantat.utfall);
    }
  });
});
