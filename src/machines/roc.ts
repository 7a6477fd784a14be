/**
 * "Orosanmälan via ROC – vad gäller?" — is a police report of concern that comes in through ROC
 * within "Samverkansavtal – En ingång till socialtjänsten i Stockholms län", and what does
 * Stockholms stads socialjour, or the receiving home municipality, do with it?
 * Chapter: /handbok/roc-avtalet. Facts: roc-agreement.md (agreement points 2–7, 12), the agreement
 * text (seeds/samverkansavtal-en-ingang.txt), brief §6, §8, §9(c), §12.
 *
 * Order (first outcome reached applies): role → under 18 (OSL 26:9 needs it whoever reported) → the
 * police within ROC reporting under SoL 19:1 → gang-related risk → found in the county →
 * bosättningskommun → party to the agreement.
 * Every condition of agreement point 2 must hold; one that fails or is unknown leads to the ordinary
 * route, a report to the bosättningskommun under OSL 26:9, which works whatever the status.
 * The agreement lifts no secrecy by itself (brief §6.2): the within-agreement outcome names the
 * explicit provisions. 10 kap. 27 § OSL is never a deciding provision (it does not apply to 26:1).
 */
import { setup } from 'xstate';
import { fraga, utfall, utfallMedVal, type NodeMeta } from './types.ts';

export const roc = setup({
  types: { meta: {} as NodeMeta },
}).createMachine({
  id: 'roc',
  initial: 'roll',
  states: {
    // Agreement points 3–4: Stockholm's socialjour receives and hands over; the home municipality decides.
    roll: {
      meta: fraga(),
      on: { 'roll.socialjouren': 'alder', 'roll.hemkommunen': 'hemkommun-avtal' },
    },
    // Point 2: "upp till 18 år"; SoL 3:1. Asked first: OSL 26:9 lets socialjouren forward information
    // about a person to another municipality only when the person is under 18 (brief §2.17), whoever
    // reported. Not knowing keeps the protective route, but only the report goes on (issue 9.10).
    alder: {
      meta: fraga({ ja: ['sol-3-1'] }, { barn: { ja: 'ja', nej: 'nej', 'vet-inte': 'kanske' } }),
      on: { 'alder.ja': 'anmalare', 'alder.vet-inte': 'utfall-alder-okand', 'alder.nej': 'utfall-vuxen' },
    },
    // Point 3: only reports from the police within ROC under SoL 19:1 (old 14:1). Others: ordinary
    // routing; a misdirected report is forwarded (OSL 26:9, FL 4 §) and the sender told (brief §6.3).
    anmalare: {
      meta: fraga({ 'polisen-roc': ['sol-19-1'] }),
      on: { 'anmalare.polisen-roc': 'gangkoppling', 'anmalare.annan': 'utfall-annan-anmalare' },
    },
    // Point 2 p.1. Unsure → the ordinary route, which needs no agreement.
    gangkoppling: {
      meta: fraga(),
      on: { 'gangkoppling.ja': 'patraffad', 'gangkoppling.nej': 'utfall-ej-gang', 'gangkoppling.vet-inte': 'utfall-ej-gang' },
    },
    // Point 2 p.2: found ("påträffas") within Stockholm county.
    patraffad: {
      meta: fraga(),
      on: { 'patraffad.ja': 'bosattningskommun', 'patraffad.nej': 'utfall-utanfor-lanet' },
    },
    // Point 2 p.3: the bosättningskommun under SoL 29:1. Stockholm itself is not avtalssamverkan.
    bosattningskommun: {
      meta: fraga({ stockholm: ['sol-29-1'], 'annan-i-lanet': ['sol-29-1'], 'utanfor-lanet': ['sol-29-1'] }),
      on: {
        'bosattningskommun.stockholm': 'utfall-stockholm',
        'bosattningskommun.annan-i-lanet': 'avtalspart',
        'bosattningskommun.utanfor-lanet': 'utfall-ej-part',
        'bosattningskommun.okand': 'utfall-bosattning-okand',
      },
    },
    // Point 14: a party only after its own decision. No published list (roc-agreement.md): "vet inte"
    // takes the cautious route (ordinary report under OSL 26:9).
    avtalspart: {
      meta: fraga({ ja: ['kl-9-37', 'sol-4-3'] }),
      on: { 'avtalspart.ja': 'utfall-inom-avtalet', 'avtalspart.nej': 'utfall-ej-part', 'avtalspart.vet-inte': 'utfall-status-okand' },
    },
    // The home municipality's side (points 4, 7): the duties follow from SoL either way.
    'hemkommun-avtal': {
      meta: fraga({ ja: ['kl-9-37', 'sol-4-3'] }),
      on: {
        'hemkommun-avtal.ja': 'utfall-hemkommun',
        'hemkommun-avtal.nej': 'utfall-hemkommun-utanfor',
        'hemkommun-avtal.vet-inte': 'utfall-hemkommun-utanfor',
      },
    },

    // Within: police → socialjour on SoL 19:1 + OSL 10:28; socialjour → home municipality on OSL 26:9
    // and 10:2 (brief §8 "Legal reading", §12). The parties' reading is shown beside, not instead.
    'utfall-inom-avtalet': {
      type: 'final',
      meta: utfall('inom-avtalet', ['osl-26-9', 'osl-10-2'], {
        orosanmalan: 'i-utfallet',
        narliggande: ['kl-9-37', 'sol-4-3', 'sol-19-1', 'osl-10-28', 'sol-20-1', 'sol-20-2', 'sol-29-4', 'osl-26-9a', 'sol-19-6'],
      }),
    },
    'utfall-annan-anmalare': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['osl-26-9'], { orosanmalan: 'i-utfallet', narliggande: ['sol-19-1', 'sol-29-1', 'fl-4', 'sol-29-4'] }),
    },
    // Brief §9(c) Q2: no SoL 19:1 duty for adults; "unga" in SoL 20:1 is undefined (registry caveat).
    // Issue 9.10: the lawful alternatives for an adult – consent, or 10:15 a after a weighing; 26:9 only
    // in its own cases (e.g. ongoing substance abuse).
    'utfall-vuxen': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['sol-3-1'], {
        narliggande: ['sol-19-1', 'sol-29-1', 'sol-29-4', 'sol-20-1', 'osl-10-1', 'osl-12-2', 'osl-10-15a', 'osl-26-9'],
      }),
    },
    // Issue 9.10: age unknown – protect as a child, pass on only the report, confirm the age first.
    'utfall-alder-okand': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-26-9'], {
        orosanmalan: 'i-utfallet',
        narliggande: ['sol-3-1', 'sol-29-1', 'sol-29-4', 'sol-20-1', 'fl-4'],
      }),
    },
    'utfall-ej-gang': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['osl-26-9'], { orosanmalan: 'i-utfallet', narliggande: ['sol-19-1', 'sol-29-1'] }),
    },
    'utfall-utanfor-lanet': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['osl-26-9'], { orosanmalan: 'i-utfallet', narliggande: ['sol-29-1', 'fl-4', 'sol-29-4'] }),
    },
    // Brief §9(c) Q5: own case; different nämnder are different authorities (OSL 8:1, 8:2).
    'utfall-stockholm': {
      type: 'final',
      meta: utfallMedVal('utanfor-avtalet', [['osl-26-9'], ['osl-10-2']], {
        orosanmalan: 'i-utfallet',
        narliggande: ['sol-29-1', 'osl-8-1', 'osl-8-2'],
      }),
    },
    // Brief §6.3: vistelsekommun only for acute needs; no förhandsbedömning (JO Söderhamn).
    'utfall-ej-part': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['osl-26-9'], { orosanmalan: 'i-utfallet', narliggande: ['sol-29-1', 'sol-29-4', 'sol-20-1', 'sol-20-2'] }),
    },
    'utfall-status-okand': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['osl-26-9'], { orosanmalan: 'i-utfallet', narliggande: ['sol-29-1', 'sol-29-4'] }),
    },
    // Stockholm's own acute responsibility as vistelsekommun; forwarding under 26:9 once the home is known.
    'utfall-bosattning-okand': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['sol-29-4', 'sol-20-1'], { orosanmalan: 'i-utfallet', narliggande: ['sol-29-1', 'osl-26-9'] }),
    },
    // Points 4 and 7; feedback to the police reporter only from the deciding nämnd (brief §9(c) p.5).
    'utfall-hemkommun': {
      type: 'final',
      meta: utfall('inom-avtalet', ['sol-20-1', 'sol-20-2'], {
        orosanmalan: 'i-utfallet',
        narliggande: ['sol-29-1', 'kl-9-37', 'sol-19-6', 'osl-26-9a'],
      }),
    },
    'utfall-hemkommun-utanfor': {
      type: 'final',
      meta: utfall('utanfor-avtalet', ['sol-20-1', 'sol-20-2'], {
        orosanmalan: 'i-utfallet',
        narliggande: ['sol-29-1', 'osl-26-9', 'sol-19-6', 'osl-26-9a'],
      }),
    },
  },
});

export default roc;
