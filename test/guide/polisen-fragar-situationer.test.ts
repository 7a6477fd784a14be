/**
 * Concrete requests from the police, written from practical-situations §2 (situations 3–7, 9–11) and
 * §4.2: answers → expected outcome, verdict and deciding provisions. Also checks the hand-overs to the
 * polisen guide: every pre-filled answer must replay there without a problem and stop at a question.
 */
import { describe, expect, it } from 'vitest';
import { polisenFragar } from '../../src/machines/polisen-fragar.ts';
import { polisen } from '../../src/machines/polisen.ts';
import { outcomeIds, outcomeMeta } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';
import { itHandlesSituations, walkTo, type Situation } from './walk.ts';

/** A checked caller, no acute danger: the road to the purpose question. */
const kontrollerad = { begaran: 'uppgifter', fara: 'nej', 'vem-fragar': 'kontrollerat' };
const adressAnnat = { begaran: 'var-finns', 'vem-adress': 'skriftligt', 'var-syfte': 'annat' };

const situations: Situation[] = [
  ['Polisen ringer: en ung person hotar att ta sitt liv i kväll, var kan hen vara?', { begaran: 'akut' }, 'utfall-akut', 'nodsituation', ['brb-24-4']],
  ['”Är Oskar, 24, aktuell hos er?” – en stöldutredning', { begaran: 'aktuell' }, 'utfall-aktuell', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1', 'sol-15-8']],
  ['Polisen frågar om Adam, 16, bor på ett HVB', { begaran: 'placering', 'vem-placering': 'kontrollerat' }, 'utfall-vistelse', 'ska-lamnas', ['sol-15-7', 'osl-10-28']],
  ['Någon som säger sig vara polis ringer från ett mobilnummer och frågar om Adam bor på HVB', { begaran: 'placering', 'vem-placering': 'nej' }, 'utfall-kontrollera', 'sa-hanterar-du', ['osl-26-1']],
  ['Ett okänt nummer vill ha adressen till en klient för en delgivning', { begaran: 'var-finns', 'vem-adress': 'nej' }, 'utfall-kontrollera', 'sa-hanterar-du', ['osl-26-1']],
  ['Polisen behöver Lenas telefonnummer för att delge en kallelse', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'delgivning' }, 'utfall-delgivning', 'far-lamnas', ['osl-10-26', 'skb-8-10']],
  ['Polisen ska verkställa ett utvisningsbeslut och begär adress', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'utvisning' }, 'utfall-utvisning', 'ska-lamnas', ['utl-17-1', 'osl-10-28']],
  ['Polisen vill bara kunna kontakta en person', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'kontakt' }, 'utfall-kontaktuppgifter', 'ska-lamnas', ['lag-2025-170', 'osl-10-28']],
  ['Polisen planerar handräckningen nämnden har begärt och frågar var den unge kan vara', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'handrackning' }, 'utfall-handrackning', 'ska-lamnas', ['lvu-43b', 'osl-10-28']],
  ['Polisen frågar efter egenmäktighetsanmälan var Elsa, 6, i skyddat boende är', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'barn', 'barn-vem': 'polisen' }, 'utfall-barn-polisen', 'far-inte-lamnas', ['sol-15-7', 'osl-21-3', 'osl-7-3']],
  ['Pappan ringer själv och frågar var hans LVU-placerade son bor', { begaran: 'var-finns', 'vem-adress': 'foralder' }, 'utfall-barn-foralder', 'far-inte-lamnas', ['osl-26-2', 'lvu-14', 'skb-5-4']],
  ['Polisen vill ha adressen till Sara, som har skyddad folkbokföring', { ...adressAnnat, skyddad: 'ja' }, 'utfall-skyddad', 'far-lamnas-efter-provning', ['osl-21-3', 'osl-21-3a', 'osl-7-3']],
  ['Adress till ett vittne – handläggaren vet inte om skydd finns', { ...adressAnnat, skyddad: 'vet-inte' }, 'utfall-skyddad', 'far-lamnas-efter-provning', ['osl-21-3']],
  ['Adress till en misstänkt utan skydd, kontrollerad polis', { ...adressAnnat, skyddad: 'nej', fara: 'nej', 'vem-fragar': 'skriftligt', syfte: 'utreda-brott' }, 'utfall-utreda-brott', 'sa-hanterar-du', ['osl-26-1', 'osl-8-1']],
  ['Adressfråga där polisen säger att någon är i akut fara', { ...adressAnnat, skyddad: 'nej', fara: 'ja' }, 'utfall-akut', 'nodsituation', ['brb-24-4']],
  ['Okänt mobilnummer: ”polis” vill veta var Amir, 17, bor', { begaran: 'uppgifter', fara: 'nej', 'vem-fragar': 'nej' }, 'utfall-kontrollera', 'sa-hanterar-du', ['osl-26-1']],
  ['Polisen utreder ett rån och vill veta vad Jonas, 19, har berättat', { ...kontrollerad, syfte: 'utreda-brott' }, 'utfall-utreda-brott', 'sa-hanterar-du', ['osl-26-1', 'osl-6-5']],
  ['Polisen vill förhindra att en 17-åring rekryteras till ett gäng', { ...kontrollerad, syfte: 'forebygga' }, 'utfall-forebygga', 'sa-hanterar-du', ['osl-26-1', 'osl-6-5']],
  ['Polisen vill ha bakgrund om en person utan koppling till brott', { ...kontrollerad, syfte: 'annat' }, 'utfall-annat-syfte', 'sa-hanterar-du', ['osl-26-1']],
  ['Polisen säger inte varför de vill veta något', { ...kontrollerad, syfte: 'vet-inte' }, 'utfall-fraga-syfte', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  ['Adressfråga utan angivet syfte', { begaran: 'var-finns', 'vem-adress': 'kontrollerat', 'var-syfte': 'vet-inte' }, 'utfall-fraga-syfte', 'far-inte-lamnas', ['osl-26-1']],
  ['En 15-åring som vårdas enligt LVU har avvikit, inte akut', { ...kontrollerad, syfte: 'hitta', forsvunnen: 'lvu' }, 'utfall-handrackning', 'ska-lamnas', ['lvu-43b', 'lvu-43']],
  ['Noah, 15, frivilligt placerad, har inte kommit tillbaka – inget tyder på fara', { ...kontrollerad, syfte: 'hitta', forsvunnen: 'annan' }, 'utfall-hitta', 'samtycke-kravs', ['osl-10-1', 'osl-12-3']],
  ['Polisen begär skriftligt ut en barnavårdsutredning', { begaran: 'handlingar' }, 'utfall-handlingar', 'sa-hanterar-du', ['osl-6-5', 'osl-6-3', 'osl-6-7', 'osl-6-8']],
  ['Socialsekreteraren kallas till polisförhör i en förundersökning', { begaran: 'forhor', kallelse: 'polisforhor' }, 'utfall-polisforhor', 'sa-hanterar-du', ['rb-23-6', 'rb-23-13']],
  ['Fatima kallas att vittna i en rättegång om misshandel av ett barn', { begaran: 'forhor', kallelse: 'domstol' }, 'utfall-vittne', 'ska-lamnas', ['rb-36-5']],
  ['Familjerådgivaren kallas som vittne', { begaran: 'forhor', kallelse: 'domstol-fragforbud' }, 'utfall-vittne-fragforbud', 'sa-hanterar-du', ['rb-36-5']],
  ['Polisen frågar om deras orosanmälan ledde till en utredning', { begaran: 'aterkoppling' }, 'utfall-aterkoppling', 'ska-lamnas', ['sol-19-6', 'osl-26-9a']],
];

describe('polisen-fragar: konkreta situationer', () => {
  itHandlesSituations(polisenFragar, situations, { min: 10, everyOutcome: true });

  it('har inget utfall som bygger på generalklausulen 10 kap. 27 §', () => {
    for (const o of outcomeIds(polisenFragar)) expect(outcomeMeta(polisenFragar, o).lagrum, o).not.toContain('osl-10-27');
  });
});

describe('polisen-fragar: fortsätt i guiden polisen', () => {
  const handovers = outcomeIds(polisenFragar).filter((o) => outcomeMeta(polisenFragar, o).fortsatt);

  it('lämnar över från akut fara och från de tre syftena som kräver en prövning', () => {
    expect([...handovers].sort()).toEqual(['utfall-akut', 'utfall-annat-syfte', 'utfall-forebygga', 'utfall-utreda-brott']);
  });

  for (const o of handovers) {
    it(`${o}: de ifyllda svaren spelas upp utan problem och stannar på en fråga`, () => {
      const target = outcomeMeta(polisenFragar, o).fortsatt!;
      expect(target.guide).toBe('polisen');
      const position = replay(polisen, new URLSearchParams({ v: '1', ...target.svar }), { current: 1, compatible: [] });
      expect(position.problems).toEqual([]);
      expect(position.isOutcome).toBe(false);
      expect(position.steps.map((s) => s.node)).toEqual(Object.keys(target.svar));
    });

    it(`${o}: fyller aldrig i samtycke, som den här guiden inte frågar om`, () => {
      const keys = Object.keys(outcomeMeta(polisenFragar, o).fortsatt!.svar);
      expect(keys.filter((k) => k.startsWith('samtycke'))).toEqual([]);
    });
  }

  it('fyller bara i ”ingen akut fara” när användaren har svarat nej på frågan om akut fara', () => {
    for (const [, answers] of situations) {
      const { node } = walkTo(polisenFragar, answers);
      const svar = outcomeMeta(polisenFragar, node).fortsatt?.svar;
      if (svar?.['akut-fara'] === 'nej') expect(answers.fara).toBe('nej');
    }
  });

  it('akut fara lämnar över till frågan om den akuta situationen', () => {
    const position = replay(polisen, new URLSearchParams({ v: '1', ...outcomeMeta(polisenFragar, 'utfall-akut').fortsatt!.svar }), { current: 1, compatible: [] });
    expect(position.current).toBe('akut-situation');
  });

  it('de övriga lämnar över till frågan om samtycke', () => {
    for (const o of ['utfall-utreda-brott', 'utfall-forebygga', 'utfall-annat-syfte']) {
      const position = replay(polisen, new URLSearchParams({ v: '1', ...outcomeMeta(polisenFragar, o).fortsatt!.svar }), { current: 1, compatible: [] });
      expect(position.current, o).toBe('samtycke');
    }
  });
});
