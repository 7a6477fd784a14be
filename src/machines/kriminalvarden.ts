/**
 * "Får jag lämna uppgifter till Kriminalvården?" — socialtjänsten and Kriminalvården (frivården,
 * anstalter, ungdomsövervakning), in both directions.
 * Chapter: /handbok/kriminalvarden. Facts: brief §5, §2.3, §2.4, §2.6, §2.7, §2.16, §2.17, §9(b);
 * practical-situations §1, §2 situation 12, §4.3.
 *
 * Order (first outcome reached applies): what the situation is (Kriminalvården → oss, a LUL 11 §
 * yttrande, or we share with Kriminalvården) → not identifiable → what Kriminalvården needs it for
 * (personutredning, ungdomsövervakning, frivård/behandling, something else) → consent → necessary for
 * socialtjänstens own task (10:2) → 10:15 a weighing → may not. The one duty toward Kriminalvården is
 * LVU 43 b when it helps carry out an LVU decision (practical §1 p.1); the personutredning duty is
 * UNVERIFIED and treated as none (brief §2.16, §5.1). 10 kap. 18 a § OSL
 * does not cover Kriminalvården, and 10 kap. 27 § OSL is never an outcome: it does not apply to
 * 26 kap. 1 § (brief §2.5).
 */
import { setup } from 'xstate';
import { fraga, utfall, utfallMedVal, type NodeMeta } from './types.ts';

export const kriminalvarden = setup({
  types: { meta: {} as NodeMeta },
}).createMachine({
  id: 'kriminalvarden',
  initial: 'situation',
  states: {
    // Direction and purpose first, so the other direction and the åklagare's yttrande end at once.
    situation: {
      meta: fraga({ 'yttrande-under-18': ['lul-11', 'osl-10-28'] }, { barn: { 'yttrande-under-18': 'ja' } }),
      on: {
        'situation.lamna': 'identifierbar',
        // lul-11: the yttrande about a suspect under 18 is asked for by, and answered to, the åklagare.
        'situation.yttrande-under-18': 'utfall-yttrande-aklagare',
        // sol-19-1, sol-20-6, osl-35-15: Kriminalvården's side has its own duties and weaker secrecy.
        'situation.fran-kriminalvarden': 'utfall-fran-kriminalvarden',
      },
    },
    // Not knowing counts as identifiable: the cautious reading (26:1 protects what can be traced).
    identifierbar: {
      meta: fraga({ ja: ['osl-26-1'], 'vet-inte': ['osl-26-1'] }),
      on: { 'identifierbar.ja': 'arende', 'identifierbar.vet-inte': 'arende', 'identifierbar.nej': 'utfall-ej-sekretess' },
    },
    arende: {
      meta: fraga({ personutredning: ['lag-1991-2041'], ungdomsovervakning: ['lag-2020-616'], lvu: ['lvu-43b', 'osl-10-28'] }),
      on: {
        // lag-1991-2041: a duty to help a personutredning is UNVERIFIED (brief §11 p.1) – consent only.
        'arende.personutredning': 'samtycke-personutredning',
        'arende.ungdomsovervakning': 'verkstallighetsplan',
        // forf-1998-642: Kriminalvården itself checks the behandlingsplan; no duty on socialtjänsten.
        'arende.frivard': 'behandlingsplan',
        // Brief §5.1: an anstalt, a visit or release planning – consent, else 10:2 for socialtjänst's own
        // task (e.g. its own insatser after release), else 10:15 a. Issue 9.10.
        'arende.anstalt': 'samtycke',
        // Practical §1 p.1, situation 4: LVU 43 b is a duty toward the authority that helps carry out an
        // LVU decision, Kriminalvården included (e.g. transports) – 10:28, not 10:2.
        'arende.lvu': 'utfall-lvu',
        'arende.annat': 'samtycke',
      },
    },
    // osl-26-9b: the verkställighetsplan (lag 2020:616), drawing it up or what it covers.
    verkstallighetsplan: {
      meta: fraga({ ja: ['osl-26-9b'] }),
      on: {
        'verkstallighetsplan.ja': 'utfall-ungdomsovervakning',
        'verkstallighetsplan.nej': 'samtycke',
        'verkstallighetsplan.vet-inte': 'samtycke',
      },
    },
    // osl-10-1, osl-12-2: consent is the safe basis for a personutredning (brief §5.1).
    // JO 670-2015: a withdrawn consent ends the contact, on every route that asks for consent (issue 9.10).
    'samtycke-personutredning': {
      meta: fraga({ ja: ['osl-10-1', 'osl-12-2'] }),
      on: {
        'samtycke-personutredning.ja': 'utfall-samtycke',
        'samtycke-personutredning.aterkallat': 'utfall-aterkallat',
        'samtycke-personutredning.nej': 'utfall-personutredning',
      },
    },
    // Practical §4.3: a signed behandlingsplan or consent covering this information and this recipient.
    behandlingsplan: {
      meta: fraga({ ja: ['osl-10-1', 'osl-12-2'] }),
      on: {
        'behandlingsplan.ja': 'utfall-behandlingsplan',
        // JO 670-2015: after a withdrawal the contact must not go ahead.
        'behandlingsplan.aterkallat': 'utfall-aterkallat',
        'behandlingsplan.nej': 'vem-behandlar',
      },
    },
    // osl-10-15a: 26:1 is not excluded, health-care secrecy (25 kap. 1–5 §§) is. Not knowing → cautious.
    'vem-behandlar': {
      meta: fraga({ socialtjanst: ['osl-10-15a'] }),
      on: {
        'vem-behandlar.socialtjanst': 'utfall-frivard-15a',
        'vem-behandlar.halso-och-sjukvard': 'utfall-frivard-vard',
        'vem-behandlar.vet-inte': 'utfall-frivard-vard',
      },
    },
    // osl-10-1, osl-12-2, osl-12-3: consent from the client (for a child: guardian and/or mature child).
    samtycke: {
      meta: fraga({ ja: ['osl-10-1', 'osl-12-2'] }),
      on: { 'samtycke.ja': 'utfall-samtycke', 'samtycke.aterkallat': 'utfall-aterkallat', 'samtycke.nej': 'eget-arbete' },
    },
    // osl-10-2: necessary for socialtjänstens OWN task, read narrowly. Not knowing → do not rely on it.
    'eget-arbete': {
      meta: fraga({ ja: ['osl-10-2'] }),
      on: { 'eget-arbete.ja': 'utfall-eget-arbete', 'eget-arbete.nej': 'behov-15a', 'eget-arbete.vet-inte': 'behov-15a' },
    },
    // osl-10-15a p.1–2: criminal activity or investigating crime; a documented weighing, escalated.
    'behov-15a': {
      meta: fraga({ ja: ['osl-10-15a'], 'vet-inte': ['osl-10-15a'] }),
      on: { 'behov-15a.ja': 'utfall-15a', 'behov-15a.vet-inte': 'utfall-15a', 'behov-15a.nej': 'utfall-far-inte' },
    },

    // Brief §5.2: Kriminalvården's own bases, each for its own facts; its secrecy (35:15) is related.
    'utfall-fran-kriminalvarden': {
      type: 'final',
      meta: utfallMedVal('sa-hanterar-du', [['sol-19-1', 'osl-10-28'], ['sol-20-6', 'osl-10-28'], ['osl-35-15a'], ['osl-10-15a']], {
        orosanmalan: 'i-utfallet',
        narliggande: ['osl-35-15', 'osl-26-9', 'sol-20-1'],
      }),
    },
    'utfall-yttrande-aklagare': { type: 'final', meta: utfall('ska-lamnas', ['lul-11', 'osl-10-28'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-ej-sekretess': { type: 'final', meta: utfall('far-lamnas', ['osl-26-1', 'osl-6-5'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-ungdomsovervakning': {
      type: 'final',
      meta: utfall('far-lamnas', ['osl-26-9b'], { orosanmalan: 'gor-ocksa', narliggande: ['lag-2020-616'] }),
    },
    'utfall-samtycke': { type: 'final', meta: utfall('far-lamnas', ['osl-10-1', 'osl-12-2', 'osl-12-3'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-personutredning': {
      type: 'final',
      meta: utfall('samtycke-kravs', ['osl-26-1', 'osl-10-1', 'osl-12-2'], { orosanmalan: 'gor-ocksa', narliggande: ['lag-1991-2041'] }),
    },
    'utfall-behandlingsplan': { type: 'final', meta: utfall('far-lamnas', ['osl-10-1', 'osl-12-2'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-aterkallat': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['osl-10-1', 'forf-1998-642'] }),
    },
    'utfall-frivard-15a': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], {
        orosanmalan: 'gor-ocksa',
        narliggande: ['forf-1998-642'],
        warnings: ['overvaganden-15a'],
      }),
    },
    // 25 kap. 1–5 §§ OSL (health care) are excluded from 10:15 a: consent is the only way (practical situation 12).
    'utfall-frivard-vard': {
      type: 'final',
      meta: utfall('far-inte-lamnas', ['osl-8-1'], { orosanmalan: 'gor-ocksa', narliggande: ['osl-10-15a', 'osl-10-1'] }),
    },
    'utfall-lvu': { type: 'final', meta: utfall('ska-lamnas', ['lvu-43b', 'osl-10-28'], { orosanmalan: 'gor-ocksa', narliggande: ['lvu-43'] }) },
    'utfall-eget-arbete': { type: 'final', meta: utfall('far-lamnas', ['osl-10-2'], { orosanmalan: 'gor-ocksa' }) },
    'utfall-15a': {
      type: 'final',
      meta: utfall('far-lamnas-efter-provning', ['osl-10-15a'], { orosanmalan: 'gor-ocksa', warnings: ['overvaganden-15a'] }),
    },
    'utfall-far-inte': { type: 'final', meta: utfall('far-inte-lamnas', ['osl-26-1', 'osl-8-1'], { orosanmalan: 'gor-ocksa' }) },
  },
});

export default kriminalvarden;
