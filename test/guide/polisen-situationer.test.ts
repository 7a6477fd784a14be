/**
 * Concrete situations a social worker meets, written from brief §9(a) and practical-situations
 * §2/§4.1: answers → expected verdict and deciding provisions. A legal change in the machine that
 * alters one of these must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { polisen } from '../../src/machines/polisen.ts';
import { outcomeMeta, targetOf } from '../../src/engine/model.ts';
import { readGuide } from '../../src/buildtime/guide-source.ts';
import { itHandlesSituations, walkTo, type Situation } from './walk.ts';

const base = { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'nej', ingripande: 'nej' };
const brottMotBarn = { ...base, 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'nej' };
const annatBrott = { ...brottMotBarn, brottstyp: 'annat' };
const motPersonal = { ...base, 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'mot-personal' };

const situations: Situation[] = [
  ['En klient hotar att döda sin granne i kväll', { 'akut-fara': 'ja', 'akut-situation': 'annan-fara' }, 'utfall-akut', 'nodsituation', ['brb-24-4']],
  ['En 14-åring placerad enligt LVU har avvikit och är i fara', { 'akut-fara': 'ja', 'akut-situation': 'forsvunnen-lvu' }, 'utfall-handrackning', 'ska-lamnas', ['lvu-43b', 'osl-10-28']],
  ['En vuxen klient med självmordsrisk har försvunnit', { 'akut-fara': 'ja', 'akut-situation': 'forsvunnen-annan' }, 'utfall-akut-forsvunnen', 'nodsituation', ['brb-24-4']],
  ['Polisen vill ha en anonym lägesbild över ett område', { 'akut-fara': 'nej', identifierbar: 'nej' }, 'utfall-ej-sekretess', 'far-lamnas', ['osl-6-5']],
  ['Polisen frågar om en ungdom bor på HVB', { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'vistelse' }, 'utfall-vistelse', 'ska-lamnas', ['sol-15-7', 'osl-10-28']],
  ['Polisen ska verkställa ett utvisningsbeslut och begär adress', { 'akut-fara': 'nej', identifierbar: 'vet-inte', skyldighet: 'utvisning' }, 'utfall-utvisning', 'ska-lamnas', ['utl-17-1', 'osl-10-28']],
  ['Polisen ber om telefonnumret till en klient', { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'kontaktuppgifter' }, 'utfall-kontaktuppgifter', 'far-lamnas-efter-provning', ['lag-2025-170', 'osl-10-28']],
  // Issue 9.7: LUL 11 § (PARTLY VERIFIED) and SoL 15:5 are duties toward the åklagare.
  ['Åklagaren begär yttrande om en misstänkt 16-åring', { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'aklagare' }, 'utfall-aklagare', 'ska-lamnas', ['lul-11', 'osl-10-28']],
  ['En 17-åring har slutat gå till sin ungdomstjänst, och nämnden ska underrätta åklagaren', { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'aklagare' }, 'utfall-aklagare', 'ska-lamnas', ['sol-15-5', 'osl-10-28']],
  ['Polisen behöver adressen för att delge en förälder', { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'delgivning' }, 'utfall-delgivning', 'far-lamnas', ['osl-10-26']],
  ['En vuxen klient har skriftligt samtyckt till kontakten med polisen', { ...base, samtycke: 'ja', 'samtycke-alder': 'vuxen' }, 'utfall-samtycke', 'far-lamnas', ['osl-10-1', 'osl-12-2']],
  ['En 14-åring och båda vårdnadshavarna har samtyckt skriftligt', { ...base, samtycke: 'ja', 'samtycke-alder': 'under-15', 'samtycke-under-15': 'ja' }, 'utfall-samtycke-barn', 'far-lamnas', ['osl-10-1', 'osl-12-3']],
  ['En mogen 16-åring samtycker men vårdnadshavaren säger nej', { ...base, samtycke: 'ja', 'samtycke-alder': '15-17', 'samtycke-15-17': 'inte-bada', 'vad-galler': 'annat' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1']],
  ['Fältassistenter ser en 15-åring i allvarlig fara på natten', { ...base, ingripande: 'ja' }, 'utfall-10-20', 'far-lamnas', ['osl-10-20']],
  ['Misstänkt misshandel av ett barn i familjen', { ...base, 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'nej', brottstyp: 'mot-barn' }, 'utfall-10-21', 'far-lamnas', ['osl-10-21']],
  // Issue 9.3: all of BrB 3, 4 and 6 kap., not only violence, threats and sexual crimes (brief §15).
  ['En granne har stängt in en 13-åring i ett förråd i flera timmar (olaga frihetsberövande)', { ...brottMotBarn, brottstyp: 'mot-barn' }, 'utfall-10-21', 'far-lamnas', ['osl-10-21']],
  ['En 10-åring har sett pappan misshandla mamman (barnfridsbrott, 4 kap. 3 § BrB)', { ...brottMotBarn, brottstyp: 'mot-barn' }, 'utfall-10-21', 'far-lamnas', ['osl-10-21']],
  ['En vuxen har förföljt och ofredat en 12-åring på väg till skolan', { ...brottMotBarn, brottstyp: 'mot-barn' }, 'utfall-10-21', 'far-lamnas', ['osl-10-21']],
  ['Offret är 14 år, men handläggaren vet inte om brottet hör till 3, 4 eller 6 kap.', { ...brottMotBarn, brottstyp: 'barn-osaker' }, 'utfall-10-21-osaker', 'far-lamnas-efter-provning', ['osl-10-21']],
  ['En vuxen har sålt narkotika till en 16-åring', { ...base, 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'nej', brottstyp: 'langning-till-barn' }, 'utfall-10-22', 'far-lamnas', ['osl-10-22']],
  // Issue 9.4: the stage first, then the matching threshold (brief §2.14, §15).
  ['En klient berättar att en bekant har förberett ett terroristbrott', { ...brottMotBarn, brottstyp: 'terror' }, 'utfall-10-22a', 'far-lamnas', ['osl-10-22a']],
  ['Fullbordad grov stöld (lägst sex månader i april 2026)', { ...annatBrott, brottsstadium: 'fullbordat', straffminimum: 'ja' }, 'utfall-10-23', 'far-lamnas', ['osl-10-23']],
  ['Fullbordad stöld av normalgraden (inget särskilt minimum)', { ...annatBrott, brottsstadium: 'fullbordat', straffminimum: 'nej' }, 'utfall-15a-brott', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Försök till grov stöld: sex månader räcker inte för ett försök', { ...annatBrott, brottsstadium: 'forsok', 'straffminimum-forsok': 'nej' }, 'utfall-15a-brott', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Försök till rån (lägst ett år och sex månader i april 2026)', { ...annatBrott, brottsstadium: 'forsok', 'straffminimum-forsok': 'ja' }, 'utfall-10-23', 'far-lamnas', ['osl-10-23']],
  ['Förberedelse till ett brott med okänd straffskala', { ...annatBrott, brottsstadium: 'forsok', 'straffminimum-forsok': 'vet-inte' }, 'utfall-straff-okant', 'far-lamnas-efter-provning', ['osl-10-23', 'osl-10-15a']],
  ['Socialsekreteraren vet inte om brottet fullbordades', { ...annatBrott, brottsstadium: 'vet-inte' }, 'utfall-straff-okant', 'far-lamnas-efter-provning', ['osl-10-23', 'osl-10-15a']],
  ['Socialsekreteraren vet inte straffskalan', { ...annatBrott, brottsstadium: 'fullbordat', straffminimum: 'vet-inte' }, 'utfall-straff-okant', 'far-lamnas-efter-provning', ['osl-10-23', 'osl-10-15a']],
  ['En klient har misshandlat en handläggare grovt', { ...motPersonal, 'stadium-personal': 'fullbordat', 'straff-personal': 'ja' }, 'utfall-10-23', 'far-lamnas', ['osl-10-23']],
  ['Olaga hot mot en handläggare (under tröskeln)', { ...motPersonal, 'stadium-personal': 'fullbordat', 'straff-personal': 'nej' }, 'utfall-hot-mot-personal', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Försök till grovt angrepp mot tjänsteman: sex månader räcker inte', { ...motPersonal, 'stadium-personal': 'forsok', 'straff-personal-forsok': 'nej' }, 'utfall-hot-mot-personal', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Försök till grovt våld mot tjänsteman (lägst ett år och sex månader)', { ...motPersonal, 'stadium-personal': 'forsok', 'straff-personal-forsok': 'ja' }, 'utfall-10-23', 'far-lamnas', ['osl-10-23']],
  ['Oklart om hotet mot personalen var ett försök', { ...motPersonal, 'stadium-personal': 'vet-inte' }, 'utfall-hot-mot-personal', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['En anställd misstänks för brott i tjänsten', { ...base, 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'av-personal' }, 'utfall-10-18', 'far-lamnas', ['osl-10-18']],
  ['En 19-åring rekryteras till ett gäng, konkreta tecken, inte olämpligt', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'annan', 'alder-forebygga': 'ja', 'konkret-ung': 'ja', 'olampligt-ung': 'nej' }, 'utfall-10-18a', 'far-lamnas', ['osl-10-18a']],
  ['En 23-åring i en SIG-grupp utan samtycke', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'annan', 'alder-forebygga': 'nej', 'behov-15a': 'ja' }, 'utfall-15a-forebygga', 'far-lamnas-efter-provning', ['osl-10-15a']],
  // Issue 9.2: attempt, preparation or conspiracy against a child can reach 10:21 (brief §2.12).
  ['En pappa har bokat en resa för att låta könsstympa sin 14-åriga dotter', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'forberett-mot-barn' }, 'utfall-10-21-forberedelse', 'far-lamnas', ['osl-10-21']],
  ['Två vuxna har gjort upp om att föra bort en 9-åring från skolan på fredag', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'forberett-mot-barn' }, 'utfall-10-21-forberedelse', 'far-lamnas', ['osl-10-21']],
  ['Konkret risk att en man allvarligt misshandlar sin partner', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'vald-narstaende', 'konkret-narstaende': 'ja', 'olampligt-narstaende': 'nej' }, 'utfall-10-18c', 'far-lamnas', ['osl-10-18c']],
  // Issue 9.9: inappropriate (or unsure) under 10:18 a/c → the default is not to share (brief §2.6).
  ['En 17-åring i behandling riskerar brott, men en polisanmälan skulle bryta behandlingen', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'annan', 'alder-forebygga': 'ja', 'konkret-ung': 'ja', 'olampligt-ung': 'ja' }, 'utfall-15a-olampligt', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Osäkert om en kontakt med polisen är olämplig för en våldsutsatt partner', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'vald-narstaende', 'konkret-narstaende': 'ja', 'olampligt-narstaende': 'ja' }, 'utfall-15a-olampligt', 'far-lamnas-efter-provning', ['osl-10-15a']],
  ['Konkreta tecken på planer på terroristbrott', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'terror', 'konkret-terror': 'ja' }, 'utfall-10-18b', 'far-lamnas', ['osl-10-18b']],
  ['En klient är på väg att köra bil berusad', { ...base, 'vad-galler': 'trafik' }, 'utfall-10-19', 'far-lamnas', ['osl-10-19']],
  ['Polisen ringer och vill "bara höra lite om familjen"', { ...base, 'vad-galler': 'annat' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1', 'osl-8-1']],
  ['Bara en allmän misstanke om framtida brott hos en 30-åring, inget behov', { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'annan', 'alder-forebygga': 'nej', 'behov-15a': 'nej' }, 'utfall-far-inte', 'far-inte-lamnas', ['osl-26-1']],
];

describe('polisen: konkreta situationer', () => {
  itHandlesSituations(polisen, situations, { min: 15, everyOutcome: true });
});

describe('polisen: planerade brott mot barn (issue 9.2)', () => {
  it('når 10 kap. 21 § från frågan om risk för brott framåt, med en anmärkning om att gärningen ska vara straffbar', () => {
    const meta = outcomeMeta(polisen, 'utfall-10-21-forberedelse');
    expect(meta.lagrum).toEqual(['osl-10-21']);
    expect(meta.narliggande).toEqual(expect.arrayContaining(['osl-10-18c', 'osl-10-18a']));
  });
});

describe('polisen: olämpligt enligt den särskilda regeln (issue 9.9)', () => {
  it('leder aldrig vidare till det vanliga utfallet för den generella regeln', () => {
    for (const node of ['olampligt-ung', 'olampligt-narstaende']) expect(targetOf(polisen, node, 'ja')).toBe('utfall-15a-olampligt');
  });

  it('säger rakt ut att utgångspunkten är att inte lämna uppgiften', () => {
    const { guide } = readGuide(process.cwd(), 'polisen');
    const content = guide!.outcomes['utfall-15a-olampligt'];
    expect(content.rubrik).toMatch(/Utgångspunkten är att du inte lämnar uppgiften/);
    expect(content.avvagning).toMatch(/väger tungt för sekretess/);
  });
});

describe('polisen: det som inte är kontrollerat sägs (issue 9.8)', () => {
  const { guide } = readGuide(process.cwd(), 'polisen');

  it('en före detta partner som närstående i 10 kap. 18 c § är markerad som inte kontrollerad', () => {
    expect(walkTo(polisen, { ...base, 'vad-galler': 'framtida-brott', 'framtida-typ': 'vald-narstaende', 'konkret-narstaende': 'ja', 'olampligt-narstaende': 'nej' }).node).toBe('utfall-10-18c');
    expect(guide!.outcomes['utfall-10-18c'].kontrolleraMedJurist).toMatch(/före detta partner räknas som närstående .* inte kontrollerat/);
    for (const node of ['framtida-typ', 'konkret-narstaende']) expect(guide!.questions[node].body, node).toMatch(/före detta partner räknas som .*närstående.* inte (heller )?kontrollerat/s);
  });

  it('att barnets ålder när brottet begicks avgör i 10 kap. 21 § är markerat som en tolkning', () => {
    expect(guide!.outcomes['utfall-10-21'].kontrolleraMedJurist).toMatch(/ålder när brottet begicks .* tolkning/);
    expect(guide!.questions.brottstyp.body).toMatch(/ålder när brottet begicks .* tolkning/s);
  });
});

describe('polisen: brott mot barn (issue 9.3)', () => {
  it('skickar aldrig ett brott mot någon under 18 år till den generella regeln när handläggaren är osäker på kapitlet', () => {
    const { lagrum, verdict } = walkTo(polisen, { ...brottMotBarn, brottstyp: 'barn-osaker' });
    expect(lagrum).toEqual(['osl-10-21']);
    expect(lagrum).not.toContain('osl-10-15a');
    expect(verdict).toBe('far-lamnas-efter-provning');
  });

  it('nämner 10 kap. 21 § som trolig grund och 10:23 och 10:15 a bara som närliggande', () => {
    const meta = outcomeMeta(polisen, 'utfall-10-21-osaker');
    expect(meta.narliggande).toEqual(expect.arrayContaining(['osl-10-23', 'osl-10-15a']));
  });
});
