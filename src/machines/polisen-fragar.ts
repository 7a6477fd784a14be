/**
 * "Polisen ber om uppgifter – hur hanterar jag begäran?" — the police call, write or summon us: what
 * do I answer now, what must, may or may not go, who decides, how is it handed over, what is noted?
 * It sits in front of the `polisen` guide: where a disclosure needs the breaking rules, the outcome
 * hands over with the answers already settled here (`fortsatt`).
 * Chapters: /handbok/praktiska-situationer, /handbok/uppgiftsskyldigheter. Facts: practical-situations
 * §1, §2 situations 3–7 and 9–11, §4.2 (the plan for this guide); brief §2, §4, §9(a).
 *
 * Order: what the police ask for (each case in one or two answers) → for placement or an address: is
 * the caller checked → the reason, then protected identity (two secrecy layers) → acute danger → the
 * purpose. Other information: is the caller checked → acute danger → the purpose. The caller is
 * checked once on every route.
 * Duties (SoL 15:7, UtlL 17:1, lag 2025:170, LVU 43 b) and delgivning (10:26) end in outcomes of their
 * own. The police guide is entered from acute danger (akut-fara=ja), or else only when no duty
 * applies, no one is in acute danger and the caller is checked (akut-fara=nej, skyldighet=inget).
 * 10 kap. 27 § OSL is never an outcome: it does not apply to 26 kap. 1 § (brief §2.5).
 */
import { setup } from 'xstate';
import { fraga, utfall, utfallMedVal, type NodeMeta } from './types.ts';

/** The answers settled before a hand-over to the police guide (never consent: it is not asked here). */
const provaIPolisguiden = { guide: 'polisen', svar: { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget' } };

export const polisenFragar = setup({
  types: { meta: {} as NodeMeta },
}).createMachine({
  id: 'polisen-fragar',
  initial: 'begaran',
  states: {
    // Practical §4.2: the first question sorts the request; acute danger is one click away (brief §2.19).
    begaran: {
      meta: fraga({
        akut: ['brb-24-4'],
        aktuell: ['osl-26-1'],
        placering: ['sol-15-7', 'osl-10-28'],
        handlingar: ['osl-6-5', 'osl-8-1'],
        forhor: ['rb-23-6', 'rb-36-5'],
        aterkoppling: ['sol-19-6'],
        yttrande: ['lul-11', 'osl-10-28'],
      }),
      on: {
        'begaran.akut': 'utfall-akut',
        'begaran.aktuell': 'utfall-aktuell',
        // A yes/no on placement or an address is dangerous in the wrong hands: check the caller first.
        'begaran.placering': 'vem-placering',
        'begaran.var-finns': 'vem-adress',
        'begaran.uppgifter': 'vem-fragar',
        'begaran.handlingar': 'utfall-handlingar',
        'begaran.forhor': 'kallelse',
        'begaran.aterkoppling': 'utfall-aterkoppling',
        // lul-11 (PARTLY VERIFIED, brief §2.16, §5.1): a duty toward the åklagare, not the police.
        'begaran.yttrande': 'utfall-yttrande-aklagare',
      },
    },
    // Practical situation 6: never answer on the phone before checking who calls — a duty (15:7)
    // applies only toward the police, and the yes/no itself reveals where someone is.
    'vem-placering': {
      meta: fraga(),
      on: {
        'vem-placering.skriftligt': 'utfall-vistelse',
        'vem-placering.kontrollerat': 'utfall-vistelse',
        'vem-placering.nej': 'utfall-kontrollera',
      },
    },
    'vem-adress': {
      meta: fraga({ foralder: ['osl-26-2'] }),
      on: {
        'vem-adress.skriftligt': 'var-syfte',
        'vem-adress.kontrollerat': 'var-syfte',
        'vem-adress.nej': 'utfall-kontrollera',
        // A parent asking directly about a child (practical situation 9): 26:2 against the parent.
        'vem-adress.foralder': 'utfall-barn-foralder',
      },
    },
    // Practical §1 p.4 and situation 6: the duties and 10:26 lift both secrecy layers; the rest does not.
    'var-syfte': {
      meta: fraga({
        delgivning: ['osl-10-26'],
        utvisning: ['utl-17-1', 'osl-10-28'],
        kontakt: ['lag-2025-170', 'osl-10-28'],
        handrackning: ['lvu-43b', 'skb-8-9', 'osl-10-28'],
        barn: ['osl-26-2'],
      }),
      on: {
        'var-syfte.delgivning': 'utfall-delgivning',
        'var-syfte.utvisning': 'utfall-utvisning',
        // Issue 9.5: the lag (2025:170) duty is PARTLY VERIFIED and may not reach a protected address.
        'var-syfte.kontakt': 'skyddad-kontakt',
        'var-syfte.handrackning': 'utfall-handrackning',
        'var-syfte.barn': 'barn-vem',
        'var-syfte.annat': 'skyddad',
        'var-syfte.vet-inte': 'utfall-fraga-syfte',
      },
    },
    // Practical situation 9: 26:2 protects the whereabouts against a parent; the police get a yes/no (15:7).
    'barn-vem': {
      meta: fraga({ polisen: ['sol-15-7'], foralder: ['osl-26-2'] }),
      on: { 'barn-vem.polisen': 'utfall-barn-polisen', 'barn-vem.foralder': 'utfall-barn-foralder' },
    },
    // Practical situation 6: 21:3 / 21:3 a prevail under 7:3. Not knowing is treated as protected.
    // The caller was checked in vem-adress, so a "no" goes on to acute danger, not to a second check.
    skyddad: {
      meta: fraga({ ja: ['osl-21-3', 'osl-21-3a'], 'vet-inte': ['osl-21-3', 'osl-21-3a'] }),
      on: { 'skyddad.ja': 'utfall-skyddad', 'skyddad.vet-inte': 'utfall-skyddad', 'skyddad.nej': 'fara' },
    },
    // The same question on the contact-details route (brief §2.16, §11 p.2): a probable duty to confirm.
    'skyddad-kontakt': {
      meta: fraga({ ja: ['osl-21-3', 'osl-21-3a'], 'vet-inte': ['osl-21-3', 'osl-21-3a'] }),
      on: { 'skyddad-kontakt.ja': 'utfall-skyddad', 'skyddad-kontakt.vet-inte': 'utfall-skyddad', 'skyddad-kontakt.nej': 'utfall-kontaktuppgifter' },
    },
    // Practical situation 6: never decide on the phone without checking who calls and why.
    'vem-fragar': {
      meta: fraga(),
      on: { 'vem-fragar.skriftligt': 'fara', 'vem-fragar.kontrollerat': 'fara', 'vem-fragar.nej': 'utfall-kontrollera' },
    },
    // Asked before the hand-over so that akut-fara=nej is a real answer, not an assumption.
    fara: {
      meta: fraga({ ja: ['brb-24-4'] }),
      on: { 'fara.ja': 'utfall-akut', 'fara.nej': 'syfte' },
    },
    // The purposes in the issue: a crime investigation, preventing crime, locating a person, an executive duty.
    syfte: {
      meta: fraga({ handrackning: ['lvu-43b', 'skb-8-9', 'osl-10-28'] }),
      on: {
        'syfte.utreda-brott': 'utfall-utreda-brott',
        'syfte.forebygga': 'utfall-forebygga',
        'syfte.hitta': 'forsvunnen',
        'syfte.handrackning': 'utfall-handrackning',
        'syfte.annat': 'utfall-annat-syfte',
        'syfte.vet-inte': 'utfall-fraga-syfte',
      },
    },
    // Practical situation 5: only LVU (and SiS) has handräckning; everyone else needs consent when not acute.
    forsvunnen: {
      meta: fraga({ lvu: ['lvu-43'] }),
      on: { 'forsvunnen.lvu': 'utfall-handrackning', 'forsvunnen.annan': 'utfall-hitta' },
    },
    // Practical situation 3: vittnesplikt in court; no duty to answer in a police förhör; RB 36:5 frågeförbud.
    kallelse: {
      meta: fraga({ polisforhor: ['rb-23-6'], domstol: ['rb-36-5'], 'domstol-fragforbud': ['rb-36-5'] }),
      on: {
        'kallelse.polisforhor': 'utfall-polisforhor',
        'kallelse.domstol': 'utfall-vittne',
        'kallelse.domstol-fragforbud': 'utfall-vittne-fragforbud',
      },
    },

    // Brief §2.19, §2.11, §2.9, §2.6; practical §1 p.1: one basis per set of facts, the worker picks one.
    'utfall-akut': {
      type: 'final',
      meta: utfallMedVal('nodsituation', [['osl-10-20'], ['osl-10-18c'], ['osl-10-15a'], ['lvu-43b', 'osl-10-28'], ['brb-24-4']], {
        orosanmalan: 'gor-ocksa',
        fortsatt: { guide: 'polisen', svar: { 'akut-fara': 'ja' } },
      }),
    },
    // Practical situation 7 (JO 5352-2011; SoL 15:8 binds only nämnder in the same municipality).
    'utfall-aktuell': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['sol-15-8'] }),
    },
    // Issue 9.11 (practical §1 p.3): a yes/no only. No generic address box: the home is never given after
    // asking a manager; the outcome gives the sentence to say when the police name the home.
    'utfall-vistelse': { type: 'final', meta: utfall('ska-lamnas', ['sol-15-7', 'osl-10-28'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-delgivning': {
      type: 'final',
      meta: utfall('far-lamnas', ['osl-10-26'], { orosanmalan: 'gor-ocksa', narliggande: ['skb-8-10'], warnings: ['adress'] }),
    },
    'utfall-utvisning': { type: 'final', meta: utfall('ska-lamnas', ['utl-17-1', 'osl-10-28'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }) },
    // Issue 9.5: lag (2025:170) is PARTLY VERIFIED (brief §2.16, §11 p.2) – a probable duty, confirmed first.
    'utfall-kontaktuppgifter': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['lag-2025-170', 'osl-10-28'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }),
    },
    // Practical §1 p.1: LVU 43 b / lag (2024:79) 8:9 is a duty (10:28), not 10:2.
    'utfall-handrackning': {
      type: 'final',
      meta: utfallMedVal('ska-lamnas', [['lvu-43b', 'osl-10-28'], ['skb-8-9', 'osl-10-28']], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['lvu-43', 'skb-8-7', 'sol-30-7', 'sol-30-8'],
        warnings: ['adress'],
      }),
    },
    // As for utfall-vistelse (issue 9.11): the outcome says itself that the whereabouts are not given.
    'utfall-barn-polisen': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-21-3', 'osl-21-3a', 'osl-7-3', 'sol-15-7'], { orosanmalan: 'gor-ocksa' }),
    },
    // Practical situation 9: 26:2 with an LVU 14 § or lag (2024:79) 5:4 decision; 12:3 is the starting point it overrides.
    'utfall-barn-foralder': {
      type: 'final',
      meta: utfallMedVal('far-inte-lamnas', [['lvu-14', 'osl-26-2'], ['skb-5-4', 'osl-26-2']], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-12-3'],
      }),
    },
    'utfall-skyddad': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-21-3', 'osl-21-3a', 'osl-7-3', 'osl-26-1'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-10-24', 'osl-10-15a'],
      }),
    },
    'utfall-kontrollera': { type: 'final', meta: utfall('sa-hanterar-du', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-fraga-syfte': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['osl-6-5'] }),
    },
    'utfall-utreda-brott': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-26-1', 'osl-8-1'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-6-5', 'osl-10-21', 'osl-10-22', 'osl-10-23', 'osl-10-15a'],
        warnings: ['adress'],
        fortsatt: provaIPolisguiden,
      }),
    },
    'utfall-forebygga': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-26-1', 'osl-8-1'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-6-5', 'osl-10-18a', 'osl-10-18b', 'osl-10-18c', 'osl-10-15a'],
        warnings: ['adress'],
        fortsatt: provaIPolisguiden,
      }),
    },
    'utfall-annat-syfte': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-26-1', 'osl-8-1'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['osl-6-5', 'osl-10-1'],
        warnings: ['adress'],
        fortsatt: provaIPolisguiden,
      }),
    },
    'utfall-hitta': {
      type: 'final',
      meta: utfall('samtycke-kravs', ['osl-10-1', 'osl-12-3', 'osl-26-1'], { orosanmalan: 'gor-ocksa', warnings: ['adress'] }),
    },
    // Practical situation 10 and §1 p.2: a prövning per uppgift; a written decision; appeal to the kammarrätt.
    'utfall-handlingar': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-6-5', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['osl-6-3', 'osl-6-7', 'osl-6-8'] }),
    },
    'utfall-polisforhor': {
      type: 'final',
      meta: utfall('sa-hanterar-du', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['rb-23-6', 'rb-23-13'] }),
    },
    // Practical §1 p.7: vittnesplikt overrides 26:1 (bet. 1989/90:JuU7).
    'utfall-vittne': { type: 'final', meta: utfall('ska-lamnas', ['rb-36-5'], { orosanmalan: 'gor-ocksa', narliggande: ['rb-5-1'] }) },
    'utfall-vittne-fragforbud': { type: 'final', meta: utfall('sa-hanterar-du', ['rb-36-5'], { orosanmalan: 'gor-ocksa', narliggande: ['rb-5-1'] }) },
    // Issue 9.7: LUL 11 § yttrande; SoL 15:5 is the nämnd's own notice to the åklagare (related).
    'utfall-yttrande-aklagare': {
      type: 'final',
      meta: utfall('ska-lamnas', ['lul-11', 'osl-10-28'], { orosanmalan: 'gor-ocksa', barn: 'ja', narliggande: ['sol-15-5'] }),
    },
    // Practical situation 11: within one week of the decision (from 15 Jan 2026); nothing beyond it.
    'utfall-aterkoppling': {
      type: 'final',
      meta: utfall('ska-lamnas', ['sol-19-6', 'osl-26-9a'], { orosanmalan: 'i-utfallet', narliggande: ['sol-19-1', 'osl-40-7g'] }),
    },
  },
});

export default polisenFragar;
