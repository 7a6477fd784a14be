/**
 * Concrete situations from the ROC agreement (points 2–4, 6–7), roc-agreement.md and brief §9(c):
 * answers → expected outcome, verdict and deciding provisions. A legal change in the machine that
 * alters one of these must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { roc } from '../../src/machines/roc.ts';
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
  [
    'Åldern är oklar men barnet hör till en ansluten kommun',
    { ...jour, alder: 'vet-inte', bosattningskommun: 'annan-i-lanet', avtalspart: 'ja' },
    'utfall-inom-avtalet',
    'inom-avtalet',
    ['osl-26-9'],
  ],
  ['En skolkurator mejlar socialjouren om en elev i ett gäng', { roll: 'socialjouren', anmalare: 'annan' }, 'utfall-annan-anmalare', 'utanfor-avtalet', ['osl-26-9']],
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
  itHandlesSituations(roc, situations, { min: 10 });

  it('går bara inom avtalet när alla villkor stämmer och kommunen är bekräftad part', () => {
    const within = situations.filter(([, answers]) => walkTo(roc, answers).verdict === 'inom-avtalet');
    for (const [, answers] of within) {
      if (answers.roll === 'socialjouren') expect(answers).toMatchObject({ anmalare: 'polisen-roc', gangkoppling: 'ja', patraffad: 'ja', avtalspart: 'ja' });
      else expect(answers['hemkommun-avtal']).toBe('ja');
    }
  });
});
