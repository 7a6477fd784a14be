/**
 * Concrete situations from the ROC agreement (points 2–4, 6–7), roc-agreement.md and brief §9(c):
 * answers → expected outcome, verdict and deciding provisions. A legal change in the machine that
 * alters one of these must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { roc } from '../../src/machines/roc.ts';
import { outcomeMeta } from '../../src/engine/model.ts';
import { allPaths } from '../../src/buildtime/pathbook.ts';
import { readGuide } from '../../src/buildtime/guide-source.ts';
import { itHandlesSituations, walkTo, type Situation } from './walk.ts';

/** Stockholms stads socialjour, a report from the police within ROC about a child found in the county. */
const jour = { roll: 'socialjouren', anmalare: 'polisen-roc', alder: 'ja', gangkoppling: 'ja', patraffad: 'ja' };

const situations: Situation[] = [
  [
    'Polisen inom ROC anmäler en 15-åring från en ansluten kommun, påträffad i länet',
    { ...jour, bosattningskommun: 'annan-i-lanet', avtalspart: 'ja' },
    'utfall-inom-avtalet',
    'inom-avtalet',
    ['osl-26-9', 'osl-10-2'],
  ],
  // Issue 9.10: age unknown – protect as a child, pass on only the report until the age is confirmed.
  ['Åldern är oklar men den unge hör troligen till en ansluten kommun', { roll: 'socialjouren', alder: 'vet-inte' }, 'utfall-alder-okand', 'sa-hanterar-du', ['osl-26-9']],
  ['En skolkurator mejlar socialjouren om en 15-årig elev i ett gäng', { roll: 'socialjouren', alder: 'ja', anmalare: 'annan' }, 'utfall-annan-anmalare', 'utanfor-avtalet', ['osl-26-9']],
  ['En skolkurator mejlar om en 19-årig elev – ingen vidarebefordran enligt 26 kap. 9 §', { roll: 'socialjouren', alder: 'nej' }, 'utfall-vuxen', 'utanfor-avtalet', ['sol-3-1']],
  ['En skolkurator vet inte om eleven har fyllt 18', { roll: 'socialjouren', alder: 'vet-inte' }, 'utfall-alder-okand', 'sa-hanterar-du', ['osl-26-9']],
  ['Polisen inom ROC anmäler oro för en 19-åring', { ...jour, alder: 'nej' }, 'utfall-vuxen', 'utanfor-avtalet', ['sol-3-1']],
  ['Polisen anmäler brister i omsorgen utan gängkoppling', { ...jour, gangkoppling: 'nej' }, 'utfall-ej-gang', 'utanfor-avtalet', ['osl-26-9']],
  ['Kopplingen till gäng är oklar', { ...jour, gangkoppling: 'vet-inte' }, 'utfall-ej-gang', 'utanfor-avtalet', ['osl-26-9']],
  ['Barnet påträffades på Gotland', { ...jour, patraffad: 'nej' }, 'utfall-utanfor-lanet', 'utanfor-avtalet', ['osl-26-9']],
  ['Barnet bor i Stockholms stad', { ...jour, bosattningskommun: 'stockholm' }, 'utfall-stockholm', 'utanfor-avtalet', ['osl-26-9', 'osl-10-2']],
  ['Hemkommunen har inte avtal med staden', { ...jour, bosattningskommun: 'annan-i-lanet', avtalspart: 'nej' }, 'utfall-ej-part', 'utanfor-avtalet', ['osl-26-9']],
  ['Barnet bor i en kommun i ett annat län men påträffas i Stockholm', { ...jour, bosattningskommun: 'utanfor-lanet' }, 'utfall-ej-part', 'utanfor-avtalet', ['osl-26-9']],
  ['Socialjouren vet inte om hemkommunen är part', { ...jour, bosattningskommun: 'annan-i-lanet', avtalspart: 'vet-inte' }, 'utfall-status-okand', 'utanfor-avtalet', ['osl-26-9']],
  ['Ingen vet var barnet bor', { ...jour, bosattningskommun: 'okand' }, 'utfall-bosattning-okand', 'utanfor-avtalet', ['sol-29-4', 'sol-20-1']],
  ['Hemkommunens socialjour tar emot ett ärende från Stockholm (part)', { roll: 'hemkommunen', 'hemkommun-avtal': 'ja' }, 'utfall-hemkommun', 'inom-avtalet', ['sol-20-1', 'sol-20-2']],
  ['En kommun som inte är part får en vidareskickad anmälan', { roll: 'hemkommunen', 'hemkommun-avtal': 'nej' }, 'utfall-hemkommun-utanfor', 'utanfor-avtalet', ['sol-20-1', 'sol-20-2']],
  ['Hemkommunen vet inte om den är part', { roll: 'hemkommunen', 'hemkommun-avtal': 'vet-inte' }, 'utfall-hemkommun-utanfor', 'utanfor-avtalet', ['sol-20-1']],
];

describe('roc: konkreta situationer', () => {
  itHandlesSituations(roc, situations, { min: 10, everyOutcome: true });

  it('lämnar bara vidare enligt 26 kap. 9 § OSL när åldern är känd och under 18, vem som än har anmält (issue 9.10)', () => {
    for (const path of allPaths(roc)) {
      const meta = outcomeMeta(roc, path.outcome);
      if (!meta.lagrum.includes('osl-26-9') || path.outcome === 'utfall-alder-okand') continue;
      expect(path.steps.find((s) => s.node === 'alder')?.answer, path.outcome).toBe('ja');
    }
  });

  it('när åldern är okänd lämnas bara anmälan vidare, och utfallet säger att 26 kap. 9 § bara gäller den som är under 18', () => {
    const content = readGuide(process.cwd(), 'roc').guide!.outcomes['utfall-alder-okand'];
    expect(content.rubrik).toMatch(/lämna bara anmälan vidare/);
    expect(content.kontrolleraMedJurist).toMatch(/under 18 år/);
  });

  it('utfallet för en vuxen visar de lagliga alternativen: samtycke och den generella regeln efter avvägning', () => {
    expect(outcomeMeta(roc, 'utfall-vuxen').narliggande).toEqual(expect.arrayContaining(['osl-10-1', 'osl-12-2', 'osl-10-15a']));
    expect(readGuide(process.cwd(), 'roc').guide!.outcomes['utfall-vuxen'].body).toMatch(/tre lagliga vägar/);
  });

  it('går bara inom avtalet när alla villkor stämmer och kommunen är bekräftad part', () => {
    const within = situations.filter(([, answers]) => walkTo(roc, answers).verdict === 'inom-avtalet');
    for (const [, answers] of within) {
      if (answers.roll === 'socialjouren') expect(answers).toMatchObject({ anmalare: 'polisen-roc', gangkoppling: 'ja', patraffad: 'ja', avtalspart: 'ja' });
      else expect(answers['hemkommun-avtal']).toBe('ja');
    }
  });
});
