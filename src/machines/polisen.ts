/**
 * "Får jag lämna uppgifter till polisen?" — socialtjänsten takes the initiative, or the police ask.
 * Chapter: /handbok/sekretessbrytande-bestammelser. Facts: brief §9(a), practical-situations §1, §4.1.
 *
 * Order (first outcome reached applies): acute danger → not identifiable → duties and delgivning →
 * consent → staff meet a child in acute danger (10:20) → what it is about (committed crime, future
 * crime, ongoing drunk driving, something else) → the specific breaking rules → 10:15 a weighing →
 * may not. 10 kap. 27 § OSL is never an outcome: it does not apply to 26 kap. 1 § (brief §2.5).
 */
import { setup } from 'xstate';
import { fraga, utfall, utfallMedVal, type NodeMeta } from './types.ts';

export const polisen = setup({
  types: { meta: {} as NodeMeta },
}).createMachine({
  id: 'polisen',
  initial: 'akut-fara',
  states: {
    // Brief §2.19 design note: the worker must not wait for a lawyer when life is in danger.
    'akut-fara': {
      meta: fraga({ ja: ['brb-24-4'] }),
      on: { 'akut-fara.ja': 'akut-situation', 'akut-fara.nej': 'identifierbar' },
    },
    // Practical §2 situation 5: missing persons belong in the acute branch.
    'akut-situation': {
      meta: fraga({ 'forsvunnen-lvu': ['lvu-43'] }),
      on: {
        'akut-situation.forsvunnen-lvu': 'utfall-handrackning',
        'akut-situation.forsvunnen-annan': 'utfall-akut-forsvunnen',
        'akut-situation.annan-fara': 'utfall-akut',
      },
    },
    // Not knowing counts as identifiable: the cautious reading (26:1 protects what can be traced).
    identifierbar: {
      meta: fraga({ ja: ['osl-26-1'], 'vet-inte': ['osl-26-1'] }),
      on: { 'identifierbar.ja': 'skyldighet', 'identifierbar.vet-inte': 'skyldighet', 'identifierbar.nej': 'utfall-ej-sekretess' },
    },
    // Duties (10:28) and delgivning (10:26) come before consent: they apply whatever the person wants.
    skyldighet: {
      meta: fraga({
        vistelse: ['sol-15-7', 'osl-10-28'],
        utvisning: ['utl-17-1', 'osl-10-28'],
        kontaktuppgifter: ['lag-2025-170', 'osl-10-28'],
        handrackning: ['lvu-43b', 'skb-8-9', 'osl-10-28'],
        delgivning: ['osl-10-26'],
        aklagare: ['lul-11', 'sol-15-5', 'osl-10-28'],
      }),
      on: {
        'skyldighet.vistelse': 'utfall-vistelse',
        'skyldighet.utvisning': 'utfall-utvisning',
        'skyldighet.kontaktuppgifter': 'utfall-kontaktuppgifter',
        'skyldighet.handrackning': 'utfall-handrackning',
        'skyldighet.delgivning': 'utfall-delgivning',
        // lul-11 (PARTLY VERIFIED) and sol-15-5: duties toward the åklagare, not the police (brief §2.16, §5.1).
        'skyldighet.aklagare': 'utfall-aklagare',
        'skyldighet.inget': 'samtycke',
      },
    },
    samtycke: {
      meta: fraga({ ja: ['osl-10-1', 'osl-12-2'] }),
      on: { 'samtycke.ja': 'samtycke-alder', 'samtycke.nej': 'ingripande' },
    },
    // 12:3: for a child the guardian, alone or with a mature child, disposes over the secrecy.
    'samtycke-alder': {
      meta: fraga(undefined, { barn: { vuxen: 'nej', '15-17': 'ja', 'under-15': 'ja' } }),
      on: {
        'samtycke-alder.vuxen': 'utfall-samtycke',
        'samtycke-alder.15-17': 'samtycke-15-17',
        'samtycke-alder.under-15': 'samtycke-under-15',
      },
    },
    // Practical §2 situation 8: for a mature 15–17-year-old both must consent; one refusal = no consent.
    'samtycke-15-17': {
      meta: fraga({ bada: ['osl-12-3'] }),
      on: { 'samtycke-15-17.bada': 'utfall-samtycke-barn', 'samtycke-15-17.inte-bada': 'ingripande' },
    },
    'samtycke-under-15': {
      meta: fraga({ ja: ['osl-12-3'] }),
      on: { 'samtycke-under-15.ja': 'utfall-samtycke-barn', 'samtycke-under-15.nej': 'ingripande' },
    },
    // 10:20: staff themselves find someone under 18 in acute serious danger or committing a crime.
    ingripande: {
      meta: fraga({ ja: ['osl-10-20'] }, { barn: { ja: 'ja' } }),
      on: { 'ingripande.ja': 'utfall-10-20', 'ingripande.nej': 'vad-galler' },
    },
    'vad-galler': {
      meta: fraga({ trafik: ['osl-10-19'] }),
      on: {
        'vad-galler.begaget-brott': 'brott-verksamhet',
        'vad-galler.framtida-brott': 'framtida-typ',
        'vad-galler.trafik': 'utfall-10-19',
        'vad-galler.annat': 'utfall-far-inte',
      },
    },
    // Practical §2 situation 1 and §1 p.5: crimes against or inside the authority's own work.
    'brott-verksamhet': {
      meta: fraga({ 'av-personal': ['osl-10-18'] }),
      on: {
        'brott-verksamhet.mot-personal': 'stadium-personal',
        'brott-verksamhet.av-personal': 'utfall-10-18',
        'brott-verksamhet.nej': 'brottstyp',
      },
    },
    // osl-10-23 (brief §2.14): the stage decides the threshold – completed crime 6 months, attempt,
    // preparation or conspiracy 1 year. Not knowing the stage → the weighing outcome, never 10:23.
    'stadium-personal': {
      meta: fraga(undefined, { brottsstadium: { fullbordat: 'fullbordat', forsok: 'forsok', 'vet-inte': 'okant' } }),
      on: {
        'stadium-personal.fullbordat': 'straff-personal',
        'stadium-personal.forsok': 'straff-personal-forsok',
        'stadium-personal.vet-inte': 'utfall-hot-mot-personal',
      },
    },
    'straff-personal': {
      meta: fraga({ ja: ['osl-10-23'] }, { straffgrans: '6-manader' }),
      on: {
        'straff-personal.ja': 'utfall-10-23',
        'straff-personal.nej': 'utfall-hot-mot-personal',
        'straff-personal.vet-inte': 'utfall-hot-mot-personal',
      },
    },
    'straff-personal-forsok': {
      meta: fraga({ ja: ['osl-10-23'] }, { straffgrans: '1-ar' }),
      on: {
        'straff-personal-forsok.ja': 'utfall-10-23',
        'straff-personal-forsok.nej': 'utfall-hot-mot-personal',
        'straff-personal-forsok.vet-inte': 'utfall-hot-mot-personal',
      },
    },
    // osl-10-21 (brief §2.12, §15): every crime in BrB 3, 4 and 6 kap. against someone under 18, with no
    // threshold. Unsure whether the crime is in those chapters → chef/jurist with 10:21 named, never 10:15 a.
    brottstyp: {
      meta: fraga(
        { 'mot-barn': ['osl-10-21'], 'langning-till-barn': ['osl-10-22'], terror: ['osl-10-22a'] },
        { barn: { 'mot-barn': 'ja', 'barn-osaker': 'ja', 'langning-till-barn': 'ja' } },
      ),
      on: {
        'brottstyp.mot-barn': 'utfall-10-21',
        'brottstyp.barn-osaker': 'utfall-10-21-osaker',
        'brottstyp.langning-till-barn': 'utfall-10-22',
        'brottstyp.terror': 'utfall-10-22a',
        'brottstyp.annat': 'brottsstadium',
      },
    },
    // osl-10-23 from 1 April 2025 (brief §2.14): two thresholds, so ask the stage first. A completed
    // crime needs a lowest penalty of 6 months; attempt, preparation or conspiracy needs 1 year.
    brottsstadium: {
      meta: fraga(undefined, { brottsstadium: { fullbordat: 'fullbordat', forsok: 'forsok', 'vet-inte': 'okant' } }),
      on: {
        'brottsstadium.fullbordat': 'straffminimum',
        'brottsstadium.forsok': 'straffminimum-forsok',
        'brottsstadium.vet-inte': 'utfall-straff-okant',
      },
    },
    straffminimum: {
      meta: fraga({ ja: ['osl-10-23'] }, { straffgrans: '6-manader' }),
      on: { 'straffminimum.ja': 'utfall-10-23', 'straffminimum.nej': 'utfall-15a-brott', 'straffminimum.vet-inte': 'utfall-straff-okant' },
    },
    'straffminimum-forsok': {
      meta: fraga({ ja: ['osl-10-23'] }, { straffgrans: '1-ar' }),
      on: {
        'straffminimum-forsok.ja': 'utfall-10-23',
        'straffminimum-forsok.nej': 'utfall-15a-brott',
        'straffminimum-forsok.vet-inte': 'utfall-straff-okant',
      },
    },
    // osl-10-21 (brief §2.12): a crime against a child that someone has already attempted, prepared or
    // conspired to is a suspected crime under 10:21 when that is punishable – the 10:18 rules are narrower.
    'framtida-typ': {
      meta: fraga({ 'forberett-mot-barn': ['osl-10-21'] }, { barn: { 'forberett-mot-barn': 'ja' } }),
      on: {
        'framtida-typ.forberett-mot-barn': 'utfall-10-21-forberedelse',
        'framtida-typ.vald-narstaende': 'konkret-narstaende',
        'framtida-typ.terror': 'konkret-terror',
        'framtida-typ.annan': 'alder-forebygga',
      },
    },
    // 10:18 c: concrete circumstances, närstående, BrB 3/4/6 kap. with lowest penalty ≥ 1 year.
    'konkret-narstaende': {
      meta: fraga({ ja: ['osl-10-18c'] }),
      on: { 'konkret-narstaende.ja': 'olampligt-narstaende', 'konkret-narstaende.nej': 'behov-15a' },
    },
    // Brief §2.6: how 10:15 a relates to 10:18 c is UNVERIFIED. Inappropriate (or unsure) under the
    // special rule weighs heavily against disclosure: its own outcome, where not sharing is the default.
    'olampligt-narstaende': {
      meta: fraga({ nej: ['osl-10-18c'] }),
      on: { 'olampligt-narstaende.nej': 'utfall-10-18c', 'olampligt-narstaende.ja': 'utfall-15a-olampligt' },
    },
    // 10:18 b: concrete circumstances, terrorist crime or crime against Sweden's security.
    'konkret-terror': {
      meta: fraga({ ja: ['osl-10-18b'] }),
      on: { 'konkret-terror.ja': 'utfall-10-18b', 'konkret-terror.nej': 'behov-15a' },
    },
    // 10:18 a (from 1 April 2025): under 21, concrete circumstances, not inappropriate.
    'alder-forebygga': {
      meta: fraga({ ja: ['osl-10-18a'] }),
      on: { 'alder-forebygga.ja': 'konkret-ung', 'alder-forebygga.nej': 'behov-15a' },
    },
    'konkret-ung': {
      meta: fraga({ ja: ['osl-10-18a'] }),
      on: { 'konkret-ung.ja': 'olampligt-ung', 'konkret-ung.nej': 'behov-15a' },
    },
    // As for 10:18 c: inappropriate under 10:18 a → the default is not to share (brief §2.6).
    'olampligt-ung': {
      meta: fraga({ nej: ['osl-10-18a'] }),
      on: { 'olampligt-ung.nej': 'utfall-10-18a', 'olampligt-ung.ja': 'utfall-15a-olampligt' },
    },
    // 10:15 a p.1 (from 1 Dec 2025): needed to prevent, stop or detect criminal activity.
    'behov-15a': {
      meta: fraga({ ja: ['osl-10-15a'], 'vet-inte': ['osl-10-15a'] }),
      on: { 'behov-15a.ja': 'utfall-15a-forebygga', 'behov-15a.vet-inte': 'utfall-15a-forebygga', 'behov-15a.nej': 'utfall-far-inte' },
    },

    // Brief §2.19, §2.11, §2.9, §2.6: one basis per set of facts; the journal asks the worker to pick one.
    'utfall-akut': {
      type: 'final',
      meta: utfallMedVal('nodsituation', [['osl-10-20'], ['osl-10-18c'], ['osl-10-15a'], ['brb-24-4']], { orosanmalan: 'gor-ocksa' }),
    },
    // Practical §2 situation 5: nöd, consent (12:3 for a child) or 10:20; the 10:2 reading is UNVERIFIED.
    'utfall-akut-forsvunnen': {
      type: 'final',
      meta: utfallMedVal('nodsituation', [['brb-24-4'], ['osl-10-1', 'osl-12-3'], ['osl-10-20']], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-10-2'],
      }),
    },
    // Practical §1 p.1: LVU 43 b / lag (2024:79) 8:9 is a duty (10:28), not 10:2; SoL 30:7–8 on delegation.
    'utfall-handrackning': {
      type: 'final',
      meta: utfallMedVal('ska-lamnas', [['lvu-43b', 'osl-10-28'], ['skb-8-9', 'osl-10-28']], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['lvu-43', 'skb-8-7', 'sol-30-7', 'sol-30-8'],
        warnings: ['adress'],
      }),
    },
    'utfall-ej-sekretess': { type: 'final', meta: utfall('far-lamnas', ['osl-26-1', 'osl-6-5'], { orosanmalan: 'gor-ocksa' }) },
    // Issue 9.11 (practical §1 p.3): a yes/no only. No generic address box: the home is never given after
    // asking a manager; the outcome gives the sentence to say when the police name the home.
    'utfall-vistelse': { type: 'final', meta: utfall('ska-lamnas', ['sol-15-7', 'osl-10-28'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-utvisning': { type: 'final', meta: utfall('ska-lamnas', ['utl-17-1', 'osl-10-28'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    // Issue 9.5: lag (2025:170) is PARTLY VERIFIED (brief §2.16, §11 p.2) – a probable duty, confirmed first.
    'utfall-kontaktuppgifter': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['lag-2025-170', 'osl-10-28'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }),
    },
    // Issue 9.7: the åklagare's yttrande about a suspect under 18 (LUL 11 §) or the nämnd's own notice (SoL 15:5).
    'utfall-aklagare': {
      type: 'final',
      meta: utfallMedVal('ska-lamnas', [['lul-11', 'osl-10-28'], ['sol-15-5', 'osl-10-28']], { orosanmalan: 'gor-ocksa' }),
    },
    'utfall-delgivning': {
      type: 'final',
      meta: utfall('far-lamnas', ['osl-10-26'], { orosanmalan: 'gor-ocksa', narliggande: ['skb-8-10'], warnings: ['adress'] }),
    },
    'utfall-samtycke': { type: 'final', meta: utfall('far-lamnas', ['osl-10-1', 'osl-12-2'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-samtycke-barn': {
      type: 'final',
      meta: utfall('far-lamnas', ['osl-10-1', 'osl-12-3', 'osl-12-2'], { orosanmalan: 'gor-ocksa', barn: 'ja' }),
    },
    'utfall-10-20': { type: 'final', meta: utfall('far-lamnas', ['osl-10-20'], { orosanmalan: 'gor-ocksa', barn: 'ja', warnings: ['adress'] }) },
    'utfall-10-19': { type: 'final', meta: utfall('far-lamnas', ['osl-10-19'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-10-18': { type: 'final', meta: utfall('far-lamnas', ['osl-10-18'], { orosanmalan: 'gor-ocksa' }) },
    // Practical §2 situation 1: 10:15 a p.2 is the robust basis; the 10:2 reading is UNVERIFIED (related only).
    'utfall-hot-mot-personal': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-10-23', 'osl-10-2'],
        warnings: ['overvaganden-15a'],
      }),
    },
    'utfall-10-21': { type: 'final', meta: utfall('far-lamnas', ['osl-10-21'], { orosanmalan: 'gor-ocksa', barn: 'ja', warnings: ['adress'] }) },
    // Issue 9.2: attempt, preparation or conspiracy against a child; whether it is punishable is checked.
    'utfall-10-21-forberedelse': {
      type: 'final',
      meta: utfall('far-lamnas', ['osl-10-21'], {
        orosanmalan: 'gor-ocksa',
        barn: 'ja',
        narliggande: ['osl-10-18c', 'osl-10-18a'],
        warnings: ['adress'],
      }),
    },
    // Issue 9.3: a child victim, unsure of the chapter – 10:21 is the likely basis; a jurist confirms it.
    'utfall-10-21-osaker': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-21'], {
        orosanmalan: 'gor-ocksa',
        barn: 'ja',
        narliggande: ['osl-10-23', 'osl-10-15a'],
        warnings: ['adress'],
      }),
    },
    'utfall-10-22': { type: 'final', meta: utfall('far-lamnas', ['osl-10-22'], { orosanmalan: 'gor-ocksa', barn: 'ja', warnings: ['adress'] }) },
    'utfall-10-22a': { type: 'final', meta: utfall('far-lamnas', ['osl-10-22a'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    'utfall-10-23': { type: 'final', meta: utfall('far-lamnas', ['osl-10-23'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    'utfall-15a-brott': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-10-23'],
        warnings: ['overvaganden-15a', 'adress'],
      }),
    },
    // 10:23 once the lowest penalty is checked and reaches the threshold; otherwise 10:15 a after a weighing.
    'utfall-straff-okant': {
      type: 'final',
      meta: utfallMedVal('far-lamnas-efter-provning', [['osl-10-23'], ['osl-10-15a']], { orosanmalan: 'gor-ocksa', warnings: ['overvaganden-15a'] }),
    },
    'utfall-10-18c': { type: 'final', meta: utfall('far-lamnas', ['osl-10-18c'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    'utfall-10-18b': { type: 'final', meta: utfall('far-lamnas', ['osl-10-18b'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    'utfall-10-18a': { type: 'final', meta: utfall('far-lamnas', ['osl-10-18a'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    'utfall-15a-forebygga': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], { orosanmalan: 'gor-ocksa', warnings: ['overvaganden-15a', 'adress'] }),
    },
    // Issue 9.9: found inappropriate (or unsure) under 10:18 a or c – 10:15 a only after escalation.
    'utfall-15a-olampligt': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-10-18a', 'osl-10-18c'],
        warnings: ['overvaganden-15a', 'adress'],
      }),
    },
    'utfall-far-inte': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['osl-10-1'] }),
    },
  },
});

export default polisen;
