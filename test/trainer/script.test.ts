/**
 * Trainer mode's step logic: the running order of a session, what is revealed when, where the
 * other answers lead, and what each key does — pure functions over the real machines and cases.
 */
import { describe, expect, it } from 'vitest';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { readCases } from '../../src/buildtime/case-source.ts';
import { answersFor, isOutcomeNode, targetOf } from '../../src/engine/model.ts';
import { clampSlide, revealedAt, slideFromParam, slidesFor, walkAnswers, whatIf } from '../../src/trainer/script.ts';
import { applyCommand, commandForKey, paramsFor, stateFromParams } from '../../src/trainer/commands.ts';
import type { Session } from '../../src/trainer/types.ts';
import type { GuideBundle } from '../../src/engine/bundle.ts';

const { cases } = readCases();
// A stable case: a 16-year-old, the father says no (polisen).
const ebba = cases.find((c) => c.id === 'polisen-16-aring-pappa-sager-nej')!;
const polisen = MACHINES.polisen;

function sessionOf(kind: 'fall' | 'guide', answers: Record<string, string>): Session {
  const walk = walkAnswers(polisen, answers);
  const bundle = { id: 'polisen', machine: polisen, index: { frontmatter: { version: 1, kompatiblaVersioner: [] } } } as unknown as GuideBundle;
  return { kind, bundle, answers, walk, slides: slidesFor(polisen, walk) };
}

describe('ett övningsfalls genomgång', () => {
  for (const c of cases) {
    it(`${c.id}: start, tre steg per fråga (fråga, rösta, svar) och sist utfallet ${c.forvantat.utfall}`, () => {
      const machine = MACHINES[c.guide];
      const walk = walkAnswers(machine, c.svar);
      const slides = slidesFor(machine, walk);
      const questions = Object.keys(c.svar);
      expect(slides).toHaveLength(1 + 3 * questions.length + 1);
      expect(slides[0]).toEqual({ kind: 'start' });
      questions.forEach((node, i) => {
        expect(slides.slice(1 + 3 * i, 4 + 3 * i).map((s) => s.kind)).toEqual(['fraga', 'rosta', 'svar']);
        expect(slides[3 + 3 * i]).toMatchObject({ node, answer: c.svar[node], number: i + 1 });
      });
      expect(slides.at(-1)).toEqual({ kind: 'utfall', node: c.forvantat.utfall });
    });
  }

  it('visar inget svar förrän det avslöjas, och kartans väg växer ett svar i taget', () => {
    const s = sessionOf('fall', ebba.svar);
    const first = ebba.svar['akut-fara'];
    expect(revealedAt(s.slides, s.walk, 0)).toEqual({ steps: [], current: 'akut-fara' });
    expect(revealedAt(s.slides, s.walk, 1)).toEqual({ steps: [], current: 'akut-fara' });
    expect(revealedAt(s.slides, s.walk, 2)).toEqual({ steps: [], current: 'akut-fara' });
    expect(revealedAt(s.slides, s.walk, 3)).toEqual({ steps: [{ node: 'akut-fara', answer: first }], current: targetOf(polisen, 'akut-fara', first) });
    const last = s.slides.length - 1;
    expect(revealedAt(s.slides, s.walk, last)).toEqual({ steps: s.walk.steps, current: ebba.forvantat.utfall });
  });

  it('håller steget inom genomgången, även för en handskriven adress', () => {
    const s = sessionOf('fall', ebba.svar);
    expect(slideFromParam(s.slides, null)).toBe(0);
    expect(slideFromParam(s.slides, '3')).toBe(2);
    expect(slideFromParam(s.slides, '999')).toBe(s.slides.length - 1);
    expect(slideFromParam(s.slides, 'abc')).toBe(0);
    expect(clampSlide(s.slides, -4)).toBe(0);
  });
});

describe('Tänk om …', () => {
  it('visar varje svar på frågan, vart det leder enligt maskinen, och vilket som är fallets', () => {
    const alternatives = whatIf(polisen, ebba.svar, 'samtycke-15-17');
    expect(alternatives.map((a) => a.answer)).toEqual(answersFor(polisen, 'samtycke-15-17'));
    for (const a of alternatives) expect(a.next).toBe(targetOf(polisen, 'samtycke-15-17', a.answer));
    expect(alternatives.filter((a) => a.chosen).map((a) => a.answer)).toEqual([ebba.svar['samtycke-15-17']]);
    // Fallets eget svar leder till fallets utfall.
    expect(alternatives.find((a) => a.chosen)!.end).toBe(ebba.forvantat.utfall);
  });

  it('följer ett annat svar vidare med fallets övriga svar, så långt fallet räcker', () => {
    for (const node of Object.keys(ebba.svar)) {
      for (const alt of whatIf(polisen, ebba.svar, node)) {
        // Every road is the machine's: each step's answer leads to the next step's question.
        let at = alt.next;
        for (const step of alt.then) {
          expect(step.node).toBe(at);
          at = targetOf(polisen, step.node, step.answer);
        }
        expect(alt.end).toBe(at);
        expect(alt.endsInOutcome).toBe(isOutcomeNode(polisen, at));
        if (!alt.endsInOutcome) expect(ebba.svar[alt.end]).toBeUndefined();
      }
    }
  });
});

describe('tangenter och kommandon', () => {
  it('styrs med pilar, mellanslag, fjärrkontroll, D, T, F och Esc', () => {
    expect(commandForKey({ key: 'ArrowRight' })).toEqual({ type: 'nasta' });
    expect(commandForKey({ key: ' ' })).toEqual({ type: 'nasta' });
    expect(commandForKey({ key: 'PageDown' })).toEqual({ type: 'nasta' });
    expect(commandForKey({ key: 'ArrowLeft' })).toEqual({ type: 'forra' });
    expect(commandForKey({ key: 'PageUp' })).toEqual({ type: 'forra' });
    expect(commandForKey({ key: 'd' })).toEqual({ type: 'karta' });
    expect(commandForKey({ key: 'T' })).toEqual({ type: 'tankom' });
    expect(commandForKey({ key: 'f' })).toEqual({ type: 'helskarm' });
    expect(commandForKey({ key: 'Escape' })).toEqual({ type: 'ut' });
    expect(commandForKey({ key: '2' })).toEqual({ type: 'valj', index: 1 });
    expect(commandForKey({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
  });

  it('nästa och tillbaka ändrar steget i adressen och stannar vid ändarna', () => {
    const s = sessionOf('fall', ebba.svar);
    const start = stateFromParams(s, new URLSearchParams());
    expect(applyCommand(s, start, { type: 'forra' })).toBeNull();
    expect(applyCommand(s, start, { type: 'nasta' })).toBe('?steg=2');
    const last = stateFromParams(s, new URLSearchParams({ steg: String(s.slides.length) }));
    expect(applyCommand(s, last, { type: 'nasta' })).toBeNull();
    expect(applyCommand(s, last, { type: 'forra' })).toBe(`?steg=${s.slides.length - 1}`);
  });

  it('D visar och döljer kartan, som följer med när genomgången går vidare', () => {
    const s = sessionOf('fall', ebba.svar);
    const state = stateFromParams(s, new URLSearchParams({ steg: '2' }));
    expect(applyCommand(s, state, { type: 'karta' })).toBe('?steg=2&vy=karta');
    const withMap = stateFromParams(s, new URLSearchParams({ steg: '2', vy: 'karta' }));
    expect(applyCommand(s, withMap, { type: 'nasta' })).toBe('?steg=3&vy=karta');
    expect(applyCommand(s, withMap, { type: 'karta' })).toBe('?steg=2');
  });

  it('Tänk om … finns bara där en fråga visas', () => {
    const s = sessionOf('fall', ebba.svar);
    expect(applyCommand(s, stateFromParams(s, new URLSearchParams()), { type: 'tankom' })).toBeNull();
    expect(applyCommand(s, stateFromParams(s, new URLSearchParams({ steg: '2' })), { type: 'tankom' })).toBe('?steg=2&vy=tankom');
    // An address asking for "Tänk om" on the start slide shows the slide itself.
    expect(stateFromParams(s, new URLSearchParams({ vy: 'tankom' })).view).toBe('steg');
  });

  it('i en guide utan fall väljer gruppen svaret, och genomgången går till avslöjandet', () => {
    const s = sessionOf('guide', {});
    expect(s.slides.map((x) => x.kind)).toEqual(['start', 'fraga', 'rosta']);
    const onVote = stateFromParams(s, new URLSearchParams({ steg: '3' }));
    const nej = answersFor(polisen, 'akut-fara').indexOf('nej');
    const search = applyCommand(s, onVote, { type: 'valj', index: nej })!;
    const params = new URLSearchParams(search);
    expect(params.get('akut-fara')).toBe('nej');
    expect(params.get('v')).toBe('1');
    const after = sessionOf('guide', { 'akut-fara': 'nej' });
    expect(after.slides[Number(params.get('steg')) - 1]).toMatchObject({ kind: 'svar', node: 'akut-fara', answer: 'nej' });
    expect(applyCommand(s, onVote, { type: 'valj', index: 42 })).toBeNull();
    // A case's answers are fixed: choosing does nothing.
    const c = sessionOf('fall', ebba.svar);
    expect(applyCommand(c, stateFromParams(c, new URLSearchParams({ steg: '3' })), { type: 'valj', index: 0 })).toBeNull();
  });

  it('adressen för ett läge har bara steget, vyn och i en guide svaren – inget annat', () => {
    const s = sessionOf('guide', { 'akut-fara': 'nej' });
    expect(paramsFor(s, { slide: 0, view: 'steg' })).toBe('?v=1&akut-fara=nej');
    expect(paramsFor(s, { slide: 4, view: 'karta' })).toBe('?v=1&akut-fara=nej&steg=5&vy=karta');
  });
});
