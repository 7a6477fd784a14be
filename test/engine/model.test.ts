import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { polisen } from '../../src/machines/polisen.ts';
import { roc } from '../../src/machines/roc.ts';
import { answersFor, edgesOf, initialNode, outcomeIds, outcomeMeta, questionIds, questionMeta, targetOf } from '../../src/engine/model.ts';

describe('maskinmodellen', () => {
  it('targetOf ger samma nod som maskinen själv går till för varje svar', () => {
    for (const machine of [polisen, roc]) {
      for (const node of questionIds(machine)) {
        for (const answer of answersFor(machine, node)) {
          const at = machine.resolveState({ value: node });
          const next = getNextSnapshot(machine, at, { type: `${node}.${answer}` });
          expect(targetOf(machine, node, answer), `${node}.${answer}`).toBe(String(next.value));
        }
      }
    }
  });

  it('edgesOf har en kant per svar och bara noder som finns', () => {
    const nodes = new Set([...questionIds(roc), ...outcomeIds(roc)]);
    const edges = edgesOf(roc);
    expect(edges.length).toBe(questionIds(roc).reduce((n, q) => n + answersFor(roc, q).length, 0));
    for (const e of edges) expect(nodes.has(e.to)).toBe(true);
  });

  it('initialNode är maskinens första fråga', () => {
    expect(initialNode(polisen)).toBe(String(getInitialSnapshot(polisen).value));
  });

  it('meta läses tillbaka med rätt sort och vägrar fel sort', () => {
    const outcome = outcomeIds(roc)[0];
    expect(outcomeMeta(roc, outcome).kind).toBe('utfall');
    expect(questionMeta(roc, 'roll').kind).toBe('fraga');
    expect(() => outcomeMeta(roc, 'roll')).toThrow(/inget utfall/);
    expect(() => targetOf(roc, 'roll', 'finns-inte')).toThrow(/inget svar/);
  });
});
