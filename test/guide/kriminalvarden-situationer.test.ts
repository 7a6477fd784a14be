/**
 * Concrete situations a social worker meets with Kriminalvården, written from brief §5 and §9(b) and
 * practical-situations §2 situation 12 and §4.3: answers → expected outcome, verdict and deciding
 * provisions. A legal change in the machine that alters one of these must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { kriminalvarden } from '../../src/machines/kriminalvarden.ts';
import { outcomeIds, outcomeMeta, questionIds, questionMeta, targetOf } from '../../src/engine/model.ts';
import { itHandlesSituations, type Situation } from './walk.ts';

const lamna = { situation: 'lamna', identifierbar: 'ja' };
const annat = { ...lamna, arende: 'annat', samtycke: 'nej' };
const frivard = { ...lamna, arende: 'frivard' };

const situations: Situation[] = [
  ['Kriminalvården anmäler oro för barnet till en intagen', { situation: 'fran-kriminalvarden' }, 'utfall-fran-kriminalvarden', 'sa-hanterar-du', ['sol-19-1', 'sol-20-6', 'osl-10-28', 'osl-35-15a', 'osl-10-15a']],
  ['Åklagaren begär yttrande om en misstänkt 16-åring', { situation: 'yttrande-under-18' }, 'utfall-yttrande-aklagare', 'ska-lamnas', ['lul-11', 'osl-10-28']],
  ['Kriminalvården vill ha socialnämndens yttrande om en misstänkt 17-åring', { situation: 'yttrande-under-18' }, 'utfall-yttrande-aklagare', 'ska-lamnas', ['lul-11']],
  ['Kriminalvården vill ha statistik utan namn om klienter i öppenvården', { situation: 'lamna', identifierbar: 'nej' }, 'utfall-ej-sekretess', 'far-lamnas', ['osl-26-1', 'osl-6-5']],
  ['Frivården frågar inför en personutredning, klienten har samtyckt skriftligt', { ...lamna, arende: 'personutredning', 'samtycke-personutredning': 'ja' }, 'utfall-samtycke', 'far-lamnas', ['osl-10-1', 'osl-12-2']],
  ['Frivården frågar inför en personutredning utan samtycke', { ...lamna, arende: 'personutredning', 'samtycke-personutredning': 'nej' }, 'utfall-personutredning', 'samtycke-kravs', ['osl-26-1', 'osl-10-1']],
  ['Osäkert om uppgiften pekar ut någon, personutredning utan samtycke', { situation: 'lamna', identifierbar: 'vet-inte', arende: 'personutredning', 'samtycke-personutredning': 'nej' }, 'utfall-personutredning', 'samtycke-kravs', ['osl-26-1']],
  ['Kriminalvården upprättar verkställighetsplanen för en 17-åring med ungdomsövervakning', { ...lamna, arende: 'ungdomsovervakning', verkstallighetsplan: 'ja' }, 'utfall-ungdomsovervakning', 'far-lamnas', ['osl-26-9b']],
  ['Ungdomsövervakning, Kriminalvården frågar om ett syskons ärende', { ...lamna, arende: 'ungdomsovervakning', verkstallighetsplan: 'nej', samtycke: 'nej', 'eget-arbete': 'nej', 'behov-15a': 'nej' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  ['Ungdomsövervakning, osäkert om planen omfattar uppgiften, vårdnadshavare och den unge samtycker', { ...lamna, arende: 'ungdomsovervakning', verkstallighetsplan: 'vet-inte', samtycke: 'ja' }, 'utfall-samtycke', 'far-lamnas', ['osl-10-1', 'osl-12-3']],
  ['Kontraktsvård: planen säger att uteblivna besök rapporteras till frivården', { ...frivard, behandlingsplan: 'ja' }, 'utfall-behandlingsplan', 'far-lamnas', ['osl-10-1', 'osl-12-2']],
  ['Kontraktsvård: klienten har återkallat samtycket', { ...frivard, behandlingsplan: 'aterkallat' }, 'utfall-aterkallat', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  ['Frivården frågar om återfall, ingen plan, socialtjänstens öppenvård', { ...frivard, behandlingsplan: 'nej', 'vem-behandlar': 'socialtjanst' }, 'utfall-frivard-15a', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Frivården frågar om återfall, ingen plan, regionens beroendemottagning', { ...frivard, behandlingsplan: 'nej', 'vem-behandlar': 'halso-och-sjukvard' }, 'utfall-frivard-vard', 'far-inte-lamnas', ['osl-8-1']],
  ['Frivården frågar, ingen plan, okänt vem som behandlar', { ...frivard, behandlingsplan: 'nej', 'vem-behandlar': 'vet-inte' }, 'utfall-frivard-vard', 'far-inte-lamnas', ['osl-8-1']],
  // Issue 9.10: requests from an anstalt or about release planning (brief §5.1).
  ['Anstalten får veta klientens bostadssituation inför frigivningen med hans samtycke', { ...lamna, arende: 'anstalt', samtycke: 'ja' }, 'utfall-samtycke', 'far-lamnas', ['osl-10-1']],
  ['Inför frigivningen planerar socialtjänsten sitt eget boendestöd, klienten svarar inte', { ...lamna, arende: 'anstalt', samtycke: 'nej', 'eget-arbete': 'ja' }, 'utfall-eget-arbete', 'far-lamnas', ['osl-10-2']],
  ['Anstalten vill veta om en intagen har missbruksbehandling hos er, utan samtycke', { ...lamna, arende: 'anstalt', samtycke: 'nej', 'eget-arbete': 'nej', 'behov-15a': 'nej' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  // Issue 9.10: a withdrawn consent is recognised on every route that asks for consent (JO 670-2015).
  ['Anstalten frågar, men klienten har tagit tillbaka sitt samtycke', { ...lamna, arende: 'anstalt', samtycke: 'aterkallat' }, 'utfall-aterkallat', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  ['Personutredning: klienten tog tillbaka samtycket i går', { ...lamna, arende: 'personutredning', 'samtycke-personutredning': 'aterkallat' }, 'utfall-aterkallat', 'far-inte-lamnas', ['osl-26-1']],
  ['Ungdomsövervakning utanför planen, vårdnadshavaren har återkallat samtycket', { ...lamna, arende: 'ungdomsovervakning', verkstallighetsplan: 'nej', samtycke: 'aterkallat' }, 'utfall-aterkallat', 'far-inte-lamnas', ['osl-26-1']],
  // Practical §1 p.1: LVU 43 b is a duty toward Kriminalvården when it helps carry out an LVU decision.
  ['Kriminalvården ska transportera en 16-åring som vårdas enligt LVU', { ...lamna, arende: 'lvu' }, 'utfall-lvu', 'ska-lamnas', ['lvu-43b', 'osl-10-28']],
  ['Besök på anstalten för ett barn vars pappa sitter i fängelse', { ...annat, 'eget-arbete': 'ja' }, 'utfall-eget-arbete', 'far-lamnas', ['osl-10-2']],
  ['En intagen planerar att smuggla in narkotika vid nästa besök', { ...annat, 'eget-arbete': 'nej', 'behov-15a': 'ja' }, 'utfall-15a', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['En 19-åring riskerar nya brott, socialtjänsten vill tala med Kriminalvården (inte 10:18 a)', { ...annat, 'eget-arbete': 'nej', 'behov-15a': 'vet-inte' }, 'utfall-15a', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Osäkert om det är nödvändigt för eget arbete, och uppgiften behövs inte mot brott', { ...annat, 'eget-arbete': 'vet-inte', 'behov-15a': 'nej' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1']],
  ['Kriminalvården vill ”bara höra lite” om en klient', { ...annat, 'eget-arbete': 'nej', 'behov-15a': 'nej' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
];

describe('kriminalvarden: konkreta situationer', () => {
  itHandlesSituations(kriminalvarden, situations, { min: 10, everyOutcome: true });

  it('har inget utfall som bygger på generalklausulen 10 kap. 27 §', () => {
    for (const id of outcomeIds(kriminalvarden)) expect(outcomeMeta(kriminalvarden, id).lagrum, id).not.toContain('osl-10-27');
  });

  it('känner igen ett återkallat samtycke på varje väg där guiden frågar om samtycke (JO 670-2015)', () => {
    const consentQuestions = questionIds(kriminalvarden).filter((q) => questionMeta(kriminalvarden, q).lagrum?.ja?.includes('osl-10-1'));
    expect(consentQuestions.length).toBeGreaterThanOrEqual(3);
    for (const q of consentQuestions) expect(targetOf(kriminalvarden, q, 'aterkallat'), q).toBe('utfall-aterkallat');
  });

  it('använder aldrig 10 kap. 18 a § som grund, eftersom den inte omfattar Kriminalvården', () => {
    for (const id of outcomeIds(kriminalvarden)) expect(outcomeMeta(kriminalvarden, id).lagrum, id).not.toContain('osl-10-18a');
  });
});
