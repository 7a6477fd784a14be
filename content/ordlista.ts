import type { LagrumId } from './lagrum';

/** One glossary term. Edited by the content team; ids are stable because chapters link to them. */
export interface Term {
  /** Stable ASCII kebab-case id, used in /ordlista#<id> and <Term id="…"> in chapters. */
  id: string;
  /** The term as shown, in Swedish, e.g. "Omvänt skaderekvisit". */
  term: string;
  /** Plain-Swedish definition, 1–3 sentences, our own words, du-form where natural. */
  definition: string;
  /** Provisions that define or use the term (registry ids). */
  lagrum?: LagrumId[];
  /** Other spellings people type, for search: e.g. ["orosanmalan", "anmälan om oro"]. */
  synonymer?: string[];
  /** Related term ids. */
  se?: string[];
}

/*
 * Facts: shared/legal/brief.md and shared/legal/practical-situations.md (its §1 corrects the brief),
 * shared/legal/roc-agreement.md. Status of the facts: 2026-11-22, not reviewed by a lawyer.
 * Definitions name rules by what they do; the exact provisions are in `lagrum` so they link from the
 * registry (no paragraph numbers typed as free text). Keep the list in Swedish alphabetical order
 * (a–z, then å, ä, ö).
 */
export const ordlista: Term[] = [
  {
    id: 'aktuell',
    term: 'Aktuell',
    definition:
      'Att någon är aktuell betyder att socialtjänsten har kontakt med personen, till exempel genom ett pågående ärende. Redan den uppgiften skyddas av socialtjänstsekretessen, så du får inte bekräfta för polisen att någon är aktuell utan en sekretessbrytande bestämmelse, en uppgiftsskyldighet eller ett samtycke. Skyldigheten att berätta att någon är aktuell gäller bara mellan nämnder i samma kommun, inte mot polisen.',
    lagrum: ['osl-26-1', 'sol-15-8'],
    synonymer: ['aktuell hos socialtjänsten', 'aktuell hos socialtjansten', 'känd hos socialtjänsten', 'kand hos socialtjansten', 'är han känd', 'ar han kand', 'är hon aktuell', 'ar hon aktuell'],
    se: ['sekretess', 'uppgift', 'sekretessbrytande-bestammelse'],
  },
  {
    id: 'allman-handling',
    term: 'Allmän handling',
    definition:
      'En allmän handling är en handling, på papper eller digitalt, som finns hos en myndighet och som har kommit in dit eller upprättats där. Alla får begära att få ta del av allmänna handlingar, men myndigheten måste först pröva om uppgifterna i handlingen är sekretessbelagda. Att en handling är allmän betyder alltså inte att den är offentlig.',
    lagrum: ['osl-6-3'],
    synonymer: ['allman handling', 'allmänna handlingar', 'allmanna handlingar', 'begära ut handling', 'begara ut handling', 'utlämnande av allmän handling', 'utlamnande av allman handling'],
    se: ['offentlighetsprincipen', 'sekretessprovning', 'uppgift'],
  },
  {
    id: 'anmalarskydd',
    term: 'Anmälarskydd',
    definition:
      'Anmälarskydd betyder att uppgifter om vem som har gjort en anmälan, och vad hen har sagt, kan hållas hemliga. Skyddet gäller bara när en enskild person anmäler och det finns risk att hen eller någon närstående utsätts för våld eller annan allvarlig skada; det skyddar inte polisen eller andra myndigheter som anmäler. Den nya regeln om informationsutbyte mellan myndigheter undantar inte anmälarskyddet, så kontrollera med jurist innan du lämnar ut en anmälares identitet med stöd av den.',
    lagrum: ['osl-26-5', 'osl-10-15a'],
    synonymer: ['anmalarskydd', 'skydd för anmälare', 'skydd for anmalare', 'anonym anmälan', 'anonym anmalan', 'vem har anmält', 'vem har anmalt'],
    se: ['orosanmalan', 'intresseavvagning', 'narstaende'],
  },
  {
    id: 'anmalningsskyldighet',
    term: 'Anmälningsskyldighet',
    definition:
      'Anmälningsskyldighet betyder att vissa myndigheter, deras anställda och vissa yrkesverksamma måste anmäla till socialnämnden genast när de får veta eller misstänker att ett barn far illa. Bland dem finns socialtjänsten, polisen, Kriminalvården, skolan och hälso- och sjukvården, och sekretess hindrar inte anmälan. Skyldigheten gäller barn under 18 år; sedan den 15 januari 2026 räknar lagen upp fler myndigheter och yrkesgrupper som måste anmäla.',
    lagrum: ['sol-19-1', 'osl-10-28', 'pl-6'],
    synonymer: ['anmalningsskyldighet', 'anmälningsplikt', 'anmalningsplikt', 'skyldighet att anmäla', 'skyldighet att anmala', 'anmälningsskyldig', 'anmalningsskyldig'],
    se: ['orosanmalan', 'uppgiftsskyldighet', 'barn'],
  },
  {
    id: 'avtalssamverkan',
    term: 'Avtalssamverkan',
    definition:
      'Avtalssamverkan betyder att en kommun genom ett avtal låter en annan kommun utföra en av sina uppgifter, helt eller delvis. Ansvaret ligger kvar hos den kommun som lämnar över uppgiften. Avtalet i sig bryter inte sekretessen mellan kommunerna, eftersom bara en lag kan göra det; uppgifter får gå mellan dem när en sekretessbrytande bestämmelse gäller, till exempel regeln som låter socialtjänsten lämna uppgifter till en annan socialtjänst när ett barn under 18 år behöver vård, behandling eller annat stöd.',
    lagrum: ['kl-9-37', 'sol-4-3', 'osl-26-9'],
    synonymer: ['samverkansavtal', 'kommunal avtalssamverkan', 'samverkan mellan kommuner'],
    se: ['extern-delegering', 'roc', 'sekretessbrytande-bestammelse', 'myndighet'],
  },
  {
    id: 'barn',
    term: 'Barn',
    definition:
      'I socialtjänstlagen är ett barn en person som inte har fyllt 18 år. Anmälningsskyldigheten vid oro gäller bara barn, inte den som har fyllt 18. Lagen talar ibland om ”barn och unga”, men vilka åldrar ”unga” omfattar är inte kontrollerat; kontrollera med jurist.',
    lagrum: ['sol-3-1'],
    synonymer: ['barn under 18', 'minderårig', 'minderarig', 'unga', 'ungdom', 'den unge'],
    se: ['anmalningsskyldighet', 'vardnadshavare', 'mognad'],
  },
  {
    id: 'barnahus',
    term: 'Barnahus',
    definition:
      'Ett barnahus är en verksamhet där polis, åklagare, socialtjänst och hälso- och sjukvård samarbetar kring barn som misstänks ha utsatts för brott, bland annat i samråd. Att ett ärende tas upp på barnahus ger i sig inget stöd för att lämna ut sekretessbelagda uppgifter. För att lämna uppgifter om barnet behöver du stöd i en sekretessbrytande bestämmelse, oftast regeln om misstänkta brott mot barn.',
    lagrum: ['osl-10-21'],
    synonymer: ['barnahuset', 'barnens hus'],
    se: ['samrad', 'forundersokning', 'sekretessbrytande-bestammelse'],
  },
  {
    id: 'barnavardsutredning',
    term: 'Barnavårdsutredning',
    definition:
      'En barnavårdsutredning är socialnämndens utredning av om ett barn behöver skydd eller stöd. Nämnden måste inleda en utredning utan dröjsmål när den får veta något som kan leda till en åtgärd, och huvudregeln är att utredningen blir klar inom fyra månader. När utredningen har inletts måste bland andra polisen och Kriminalvården lämna nämnden alla uppgifter som kan ha betydelse.',
    lagrum: ['sol-14-2', 'sol-20-3', 'sol-20-6'],
    synonymer: ['barnavardsutredning', 'barnutredning', 'utredning om barn', 'BBIC-utredning', 'bbic', 'utredning enligt socialtjänstlagen', 'utredning enligt socialtjanstlagen'],
    se: ['forhandsbedomning', 'orosanmalan', 'uppgiftsskyldighet', 'partsinsyn'],
  },
  {
    id: 'bosattningskommun',
    term: 'Bosättningskommun',
    definition:
      'Bosättningskommunen är den kommun där personen är bosatt. Den kommunen har i regel ansvaret för stöd och hjälp enligt socialtjänstlagen, och för ett barn är det den som gör förhandsbedömningen och utreder. En orosanmälan om ett barn går därför till barnets bosättningskommun.',
    lagrum: ['sol-29-1', 'sol-29-9'],
    synonymer: ['bosattningskommun', 'hemkommun', 'ansvarig kommun', 'folkbokföringskommun', 'folkbokforingskommun'],
    se: ['vistelsekommun', 'forhandsbedomning', 'roc'],
  },
  {
    id: 'delegation',
    term: 'Delegation',
    definition:
      'Delegation betyder att nämnden låter ett utskott, en ledamot eller en anställd fatta beslut i nämndens ställe. Vem som får besluta vad står i nämndens delegationsordning. Vissa beslut får bara delegeras till ett utskott, till exempel att begära polisens hjälp (handräckning) enligt LVU eller lagen om skyddat boende för barn.',
    lagrum: ['sol-30-7', 'sol-30-8'],
    synonymer: ['delegering', 'delegationsordning', 'delegat', 'delegerad beslutanderätt', 'delegationsbeslut'],
    se: ['extern-delegering', 'forordnande', 'socialnamnd', 'handrackning'],
  },
  {
    id: 'delgivning',
    term: 'Delgivning',
    definition:
      'Delgivning betyder att en myndighet ser till att en viss person bevisligen får del av en handling, till exempel en kallelse. Du får lämna en persons adress, telefonnummer, arbetsplats eller foto till en annan myndighet när det behövs för delgivning (sekretessen hindrar inte), och det gäller även uppgifter som skyddas för att personen är hotad. I ärenden om placering av barn i skyddat boende får vissa sätt att delge inte användas.',
    lagrum: ['osl-10-26', 'skb-8-10'],
    synonymer: ['delge', 'delgivningen', 'delgivningsadress', 'stämningsman', 'stamningsman'],
    se: ['skyddad-folkbokforing', 'skyddat-boende', 'sekretessbrytande-bestammelse'],
  },
  {
    id: 'dokumentationsskyldighet',
    term: 'Dokumentationsskyldighet',
    definition:
      'Socialtjänsten måste dokumentera hur ett ärende om en enskild person hanteras, vilka beslut och åtgärder som tas och viktiga fakta och händelser. När du lämnar uppgifter till polisen eller Kriminalvården är det en åtgärd, så du måste dokumentera det. JO förväntar sig att anteckningen visar vad du lämnade, till vem, med stöd av vilken bestämmelse och vilken bedömning du gjorde.',
    lagrum: ['sol-14-3'],
    synonymer: ['dokumentation', 'dokumentera', 'journalföring', 'journalforing', 'journalanteckning', 'anteckning', 'dokumentationsplikt'],
    se: ['intresseavvagning', 'sekretessprovning', 'samtycke'],
  },
  {
    id: 'extern-delegering',
    term: 'Extern delegering',
    definition:
      'Extern delegering betyder att kommuner som samarbetar genom avtalssamverkan kommer överens om att en anställd i den ena kommunen får besluta på den andra kommunens vägnar, i ett visst ärende eller en viss grupp av ärenden. Vissa beslut får ändå inte delegeras, och reglerna om jäv gäller. Om Stockholms stad har någon sådan delegering inom ROC är inte klarlagt; enligt avtalet gör Stockholms socialjour varken skyddsbedömning eller förhandsbedömning.',
    lagrum: ['kl-9-37'],
    synonymer: ['extern delegation', 'delegering till annan kommun', 'delegation till annan kommun'],
    se: ['avtalssamverkan', 'delegation', 'roc'],
  },
  {
    id: 'familjehem',
    term: 'Familjehem',
    definition:
      'Ett familjehem är ett privat hem som på socialnämndens uppdrag tar emot ett barn eller en vuxen för vård och boende. Om polisen eller vissa andra myndigheter frågar i ett enskilt ärende måste socialnämnden svara på om en person vistas i ett familjehem. Enligt lagtexten gäller skyldigheten bara frågan om personen vistas där, inte var hemmet finns; begär polisen mer, kontrollera med jurist.',
    lagrum: ['sol-15-7'],
    synonymer: ['fosterhem', 'familjehemsplacering', 'familjehemsplacerad', 'jourhem', 'placering'],
    se: ['hvb', 'skyddat-boende', 'uppgiftsskyldighet'],
  },
  {
    id: 'frivard',
    term: 'Frivård',
    definition:
      'Frivården är den del av Kriminalvården som verkställer påföljder utanför anstalt, till exempel skyddstillsyn, samhällstjänst och övervakning efter villkorlig frigivning. Frivården gör också personutredningar inför domstolens beslut om påföljd. Det finns ingen kontrollerad skyldighet för socialtjänsten att lämna uppgifter till frivården; det säkra stödet är klientens samtycke, och för andra vägar behöver du kontrollera med jurist.',
    lagrum: ['osl-35-15'],
    synonymer: ['frivard', 'frivarden', 'frivården', 'kriminalvårdens frivård', 'kriminalvardens frivard', 'frivårdsinspektör', 'frivardsinspektor', 'övervakare', 'overvakare', 'skyddstillsyn'],
    se: ['kriminalvarden', 'kontraktsvard', 'personutredning', 'samtycke'],
  },
  {
    id: 'fragforbud',
    term: 'Frågeförbud',
    definition:
      'Frågeförbud betyder att vissa yrkesgrupper inte får höras som vittnen om det som någon har anförtrott dem i yrket, om inte en lag tillåter det eller den som skyddas samtycker. Det gäller bland annat läkare, sjuksköterskor, psykologer, psykoterapeuter och familjerådgivare, och i vissa mål, till exempel om brott mot barn, gäller undantag. Vanlig socialtjänstsekretess ger inget frågeförbud, så en socialsekreterare som kallas som vittne måste vittna.',
    lagrum: ['rb-36-5'],
    synonymer: ['frageforbud', 'fragforbud', 'frågeförbudet', 'fragforbudet', 'vittnesförbud', 'vittnesforbud'],
    se: ['vittnesplikt', 'tystnadsplikt'],
  },
  {
    id: 'forbehall',
    term: 'Förbehåll',
    definition:
      'Ett förbehåll är ett villkor som myndigheten sätter när den lämnar ut en uppgift till en enskild, till exempel att mottagaren inte får föra uppgiften vidare. Om en person samtycker till att en uppgift lämnas ut bara på villkor att ett förbehåll görs, måste myndigheten göra det förbehållet. Lämnas uppgiften i stället till polisen styrs den där av polisens egna sekretessregler. Det är en tolkning; kontrollera med jurist.',
    lagrum: ['osl-12-2'],
    synonymer: ['forbehall', 'förbehållet', 'forbehallet', 'villkor vid utlämnande', 'villkor vid utlamnande'],
    se: ['samtycke', 'sekretess'],
  },
  {
    id: 'forhandsbedomning',
    term: 'Förhandsbedömning',
    definition:
      'När en orosanmälan om ett barn har kommit in avgör socialnämnden om den inleder en utredning eller inte. Det kallas förhandsbedömning, och huvudregeln är att beslutet fattas inom 14 dagar från att anmälan kom in. Förhandsbedömningen görs av den ansvariga kommunen, oftast bosättningskommunen, och inte av vistelsekommunen eller av Stockholms socialjour inom ROC.',
    lagrum: ['sol-20-2'],
    synonymer: ['forhandsbedomning', 'förhandsbedömningen', 'forhandsbedomningen', '14 dagar', 'inleda utredning eller inte'],
    se: ['orosanmalan', 'omedelbar-skyddsbedomning', 'barnavardsutredning', 'bosattningskommun'],
  },
  {
    id: 'forordnande',
    term: 'Förordnande',
    definition:
      'Ett förordnande är ett beslut där nämnden utser en viss ledamot eller tjänsteman att göra något i nämndens namn. Enligt LVU får en ledamot eller tjänsteman som nämnden har förordnat begära polisens hjälp för att genomföra ett beslut om vård eller omhändertagande. Socialtjänstlagen säger samtidigt att ett sådant beslut bara får delegeras till ett utskott, och hur reglerna går ihop är inte klarlagt; följ er delegationsordning och kontrollera med jurist.',
    lagrum: ['lvu-43', 'sol-30-7'],
    synonymer: ['forordnande', 'förordnad tjänsteman', 'forordnad tjansteman', 'förordnad ledamot', 'forordnad ledamot'],
    se: ['handrackning', 'delegation', 'lvu'],
  },
  {
    id: 'forsok-forberedelse-stampling',
    term: 'Försök, förberedelse och stämpling',
    definition:
      'Försök betyder att någon har börjat begå ett brott men inte fullbordat det. Förberedelse betyder att någon till exempel skaffar hjälpmedel eller pengar till ett brott, och stämpling att någon bestämmer brottet tillsammans med andra eller försöker få någon annan att begå det; alla tre är straffbara bara när lagen säger det för just det brottet. Gäller det försök, förberedelse eller stämpling krävs i regeln om straffgränser för begångna brott att lägsta straffet för det fullbordade brottet är fängelse i minst ett år.',
    lagrum: ['osl-10-21', 'osl-10-23'],
    synonymer: ['forsok forberedelse och stampling', 'forsok', 'försök', 'forberedelse', 'förberedelse', 'stampling', 'stämpling', 'brottsförsök', 'brottsforsok', 'osjälvständiga brottsformer', 'osjalvstandiga brottsformer'],
    se: ['lagsta-straff', 'straffskala'],
  },
  {
    id: 'forundersokning',
    term: 'Förundersökning',
    definition:
      'En förundersökning är polisens eller åklagarens utredning av ett misstänkt brott, för att ta reda på vem som kan misstänkas och om det finns skäl att väcka åtal. Vem som helst får höras i en förundersökning, men i ett polisförhör gäller din sekretess och du får bara lämna uppgifter som en sekretessbrytande bestämmelse eller ett samtycke tillåter. Uppgifter som hör till en förundersökning kan vara hemliga även hos socialtjänsten om det kan skada utredningen att de kommer ut. Det är en tolkning; kontrollera med jurist.',
    lagrum: ['osl-18-1', 'osl-35-1', 'rb-23-6', 'rb-23-13'],
    synonymer: ['forundersokning', 'FU', 'brottsutredning', 'polisutredning', 'polisförhör', 'polisforhor', 'förhör', 'forhor'],
    se: ['aklagare', 'polismyndigheten', 'vittnesplikt'],
  },
  {
    id: 'generalklausulen',
    term: 'Generalklausulen',
    definition:
      'Generalklausulen är en regel som låter en myndighet lämna en sekretessbelagd uppgift till en annan myndighet när det är uppenbart att intresset av att lämna uppgiften väger tyngre än det som sekretessen skyddar. Du får inte använda den för uppgifter som skyddas av socialtjänstsekretessen. Polisen och Kriminalvården får däremot använda den när de lämnar uppgifter till socialtjänsten, efter en intresseavvägning som de dokumenterar.',
    lagrum: ['osl-10-27'],
    synonymer: ['generalklausul', 'uppenbart övervägande intresse', 'uppenbart overvagande intresse'],
    se: ['intresseavvagning', 'sekretessbrytande-bestammelse'],
  },
  {
    id: 'handrackning',
    term: 'Handräckning',
    definition:
      'Handräckning betyder att polisen hjälper till att genomföra ett beslut, till exempel att hämta ett barn som vårdas enligt LVU eller som placeras i skyddat boende. Nämnden får begära hjälpen bara om det på grund av särskilda omständigheter kan befaras att beslutet inte går att genomföra utan polisens särskilda befogenheter, eller om det finns synnerliga skäl. Den som begär handräckning måste ge polisen, eller Kriminalvården när den hjälper till, de uppgifter om barnet och närstående som behövs för att planera och genomföra åtgärden, trots sekretessen, men inte mer än så.',
    lagrum: ['lvu-43', 'lvu-43b', 'skb-8-7', 'skb-8-9'],
    synonymer: ['handrackning', 'polishandräckning', 'polishandrackning', 'begära polishjälp', 'begara polishjalp', 'polisens hjälp', 'polisens hjalp'],
    se: ['lvu', 'forordnande', 'delegation', 'uppgiftsskyldighet', 'omedelbart-omhandertagande'],
  },
  {
    id: 'hvb',
    term: 'HVB (hem för vård eller boende)',
    definition:
      'Ett hem för vård eller boende (HVB) är ett boende inom socialtjänsten där barn eller vuxna bor och samtidigt får behandling, stöd eller omvårdnad. Om polisen eller vissa andra myndigheter frågar i ett enskilt ärende måste socialnämnden svara på om en person vistas i ett HVB, ett stödboende, ett familjehem eller ett skyddat boende. Enligt lagtexten gäller skyldigheten bara frågan om personen vistas där, inte vilket hem det är; begär polisen mer, kontrollera med jurist.',
    lagrum: ['sol-15-7'],
    synonymer: ['hem för vård eller boende', 'hem for vard eller boende', 'behandlingshem', 'institution', 'institutionsplacering', 'stödboende', 'stodboende'],
    se: ['familjehem', 'skyddat-boende', 'uppgiftsskyldighet'],
  },
  {
    id: 'intresseavvagning',
    term: 'Intresseavvägning',
    definition:
      'En intresseavvägning betyder att du väger skälen för att lämna ut en uppgift mot skälen för att hålla den hemlig. Sedan den 1 december 2025 får socialtjänsten lämna uppgifter till en annan myndighet när de behövs för att till exempel förebygga, förhindra, upptäcka eller utreda brott, om inte övervägande skäl talar för sekretessen. Hur den regeln förhåller sig till de särskilda reglerna om brott är inte klarlagt, så gör avvägningen med chef eller jurist och dokumentera den.',
    lagrum: ['osl-10-15a', 'osl-10-27'],
    synonymer: ['intresseavvagning', 'avvägning', 'avvagning', 'övervägande skäl', 'overvagande skal', '15 a §', 'nya sekretessbrytande regeln'],
    se: ['generalklausulen', 'sekretessbrytande-bestammelse', 'dokumentationsskyldighet', 'menprovning'],
  },
  {
    id: 'konkreta-omstandigheter',
    term: 'Konkreta omständigheter',
    definition:
      'Konkreta omständigheter är faktiska saker som du kan beskriva, till exempel något som personen har sagt eller gjort eller något du själv har sett. En allmän oro eller en magkänsla räcker inte. Kravet finns i reglerna om att lämna uppgifter till polisen för att förebygga brott, och i regeln om unga under 21 år ersatte det den 1 april 2025 det tidigare kravet på ”särskilda omständigheter”.',
    lagrum: ['osl-10-18a', 'osl-10-18b', 'osl-10-18c'],
    synonymer: ['konkreta omstandigheter', 'särskilda omständigheter', 'sarskilda omstandigheter', 'konkret risk'],
    se: ['sekretessbrytande-bestammelse', 'polismyndigheten', 'sakerhetspolisen'],
  },
  {
    id: 'kontraktsvard',
    term: 'Kontraktsvård',
    definition:
      'Kontraktsvård är en form av skyddstillsyn där den dömde går med på att genomgå behandling, till exempel för missbruk, enligt en särskild behandlingsplan. Planen tas fram av frivården, socialtjänsten, vårdgivaren och klienten tillsammans, och klientens samtycke är grunden för att du får berätta för frivården hur behandlingen går. Klienten får ta tillbaka sitt samtycke, och då får du inte lämna fler uppgifter med stöd av det.',
    lagrum: ['forf-1998-642', 'osl-10-1', 'osl-12-2'],
    synonymer: ['kontraktsvard', 'skyddstillsyn med särskild behandlingsplan', 'skyddstillsyn med sarskild behandlingsplan', 'behandlingsplan', 'kontraktsvårdsplan', 'kontraktsvardsplan'],
    se: ['frivard', 'samtycke', 'kriminalvarden'],
  },
  {
    id: 'kriminalvarden',
    term: 'Kriminalvården',
    definition:
      'Kriminalvården är den statliga myndighet som ansvarar för häkten, fängelser och frivård. För socialtjänsten är Kriminalvården en annan myndighet, så socialtjänstsekretessen gäller mot den, och regeln om att förebygga brott av unga under 21 år gäller inte uppgifter till Kriminalvården. När Kriminalvården hjälper till att genomföra ett beslut enligt LVU måste den som begärt hjälpen ge Kriminalvården de uppgifter som behövs för det. Kriminalvårdens egen sekretess har ett rakt skaderekvisit, och Kriminalvården måste själv anmäla oro för barn till socialnämnden.',
    lagrum: ['osl-35-15', 'osl-8-1', 'sol-19-1', 'lvu-43b'],
    synonymer: ['kriminalvarden', 'kriminalvård', 'kriminalvard', 'fängelse', 'fangelse', 'anstalt', 'häkte', 'hakte'],
    se: ['frivard', 'myndighet', 'rakt-skaderekvisit', 'ungdomsovervakning'],
  },
  {
    id: 'lvu',
    term: 'LVU',
    definition:
      'LVU är lagen med särskilda bestämmelser om vård av unga. Den gör det möjligt att ge barn och unga vård utan samtycke från vårdnadshavarna eller den unge, när det finns en påtaglig risk att den unges hälsa eller utveckling skadas. Arbete enligt LVU räknas som socialtjänst, så socialtjänstsekretessen gäller där också.',
    lagrum: ['osl-26-1', 'osl-26-2', 'lvu-6', 'lvu-14', 'lvu-43'],
    synonymer: ['lagen med särskilda bestämmelser om vård av unga', 'lagen med sarskilda bestammelser om vard av unga', 'tvångsvård', 'tvangsvard', 'tvångsomhändertagande', 'tvangsomhandertagande', 'LVU-vård', 'LVU-vard'],
    se: ['omedelbart-omhandertagande', 'handrackning', 'vardnadshavare'],
  },
  {
    id: 'lagsta-straff',
    term: 'Lägsta straff',
    definition:
      'Lägsta straff är det mildaste straff som straffskalan anger för ett brott, till exempel fängelse i sex månader när skalan går från sex månader till sex år. Sedan den 1 april 2025 får du lämna uppgifter om ett begånget brott enligt regeln om straffgränser om lägsta straffet är fängelse i minst sex månader, eller minst ett år när det gäller försök, förberedelse eller stämpling. Straffskalor ändras ofta, så kontrollera den skala som gäller nu för just det brottet och den grad det gäller, till exempel grovt brott.',
    lagrum: ['osl-10-23', 'osl-10-18c'],
    synonymer: ['lagsta straff', 'lägsta straffet', 'lagsta straffet', 'minimistraff', 'straffminimum', 'straffgräns', 'straffgrans', 'sex månader', 'sex manader'],
    se: ['straffskala', 'forsok-forberedelse-stampling'],
  },
  {
    id: 'men',
    term: 'Men',
    definition:
      'Men betyder att någon tar skada eller lider på något sätt av att en uppgift kommer ut, till exempel känner obehag, blir illa sedd av andra eller utsätts för hot. Bedömningen utgår från personens egen upplevelse. Inom socialtjänsten är en uppgift hemlig om det inte står klart att den kan lämnas ut utan att personen eller någon närstående lider men.',
    lagrum: ['osl-26-1'],
    synonymer: ['lida men', 'lider men', 'skada', 'betydande men'],
    se: ['menprovning', 'omvant-skaderekvisit', 'skaderekvisit', 'narstaende'],
  },
  {
    id: 'menprovning',
    term: 'Menprövning',
    definition:
      'Menprövning är bedömningen av om en person eller någon närstående skulle ta skada (lida men) om en viss uppgift lämnades ut. Inom socialtjänsten är uppgiften hemlig om det inte står klart att ingen lider men, och bedömningen utgår från personens egen synvinkel. När mottagaren är polisen eller Kriminalvården står det nästan aldrig klart, så du behöver en sekretessbrytande bestämmelse, en uppgiftsskyldighet eller ett samtycke.',
    lagrum: ['osl-26-1'],
    synonymer: ['menprovning', 'skadeprövning', 'skadeprovning', 'sekretessbedömning', 'sekretessbedomning'],
    se: ['men', 'omvant-skaderekvisit', 'sekretessprovning'],
  },
  {
    id: 'mognad',
    term: 'Mognad',
    definition:
      'Mognad är barnets förmåga att förstå vad det innebär att en uppgift om barnet lämnas ut; ju äldre och mognare barnet är, desto mer bestämmer det själv över sin sekretess, ensamt eller tillsammans med vårdnadshavaren. Det finns ingen fast åldersgräns, men en vanlig uppfattning är att ett moget barn omkring 15 år kan bestämma själv. Är du osäker, be om samtycke från både barnet och vårdnadshavaren.',
    lagrum: ['osl-12-3'],
    synonymer: ['ålder och mognad', 'alder och mognad', 'moget barn', 'barnets mognad', '15 år', '15 ar'],
    se: ['samtycke', 'vardnadshavare', 'barn'],
  },
  {
    id: 'myndighet',
    term: 'Myndighet',
    definition:
      'En myndighet är ett organ inom staten, en region eller en kommun, till exempel Polismyndigheten, Kriminalvården eller en kommunal nämnd. Varje kommunal nämnd med sin förvaltning är en egen myndighet, så sekretessen gäller också mellan nämnder i samma kommun och mellan olika kommuner. Sekretessen gäller även mellan självständiga verksamhetsgrenar inom en och samma myndighet.',
    lagrum: ['osl-8-1', 'osl-8-2'],
    synonymer: ['myndigheter', 'annan myndighet', 'myndighetsgräns', 'myndighetsgrans'],
    se: ['socialnamnd', 'sekretess', 'polismyndigheten', 'kriminalvarden'],
  },
  {
    id: 'narstaende',
    term: 'Närstående',
    definition:
      'Närstående är de som står en person nära, till exempel make eller maka, föräldrar, barn och syskon, och andra som står personen lika nära, som en sambo. Socialtjänstsekretessen skyddar både personen och hens närstående. Du får lämna uppgifter till polisen för att förebygga allvarligt våld mot en närstående, om villkoren i den regeln är uppfyllda. Om en tidigare partner, till exempel en före detta sambo, räknas som närstående i den regeln är inte kontrollerat; kontrollera med jurist.',
    lagrum: ['osl-26-1', 'osl-10-18c'],
    synonymer: ['narstaende', 'anhörig', 'anhorig', 'familjemedlem', 'våld i nära relation', 'vald i nara relation'],
    se: ['men', 'konkreta-omstandigheter', 'polismyndigheten'],
  },
  {
    id: 'nod',
    term: 'Nöd',
    definition:
      'Nöd är en akut situation där liv, hälsa, egendom eller något annat viktigt intresse hotas av fara. Att bryta tystnadsplikten för att avvärja faran är då inte brottsligt, om det inte är oförsvarligt med hänsyn till faran, skadan för andra och omständigheterna i övrigt. Nöd är en sista utväg när ingen regel i sekretesslagen passar och det är bråttom: ring 112, lämna bara det som behövs och dokumentera efteråt.',
    lagrum: ['brb-24-4', 'brb-20-3'],
    synonymer: ['nod', 'nödrätt', 'nodratt', 'nödsituation', 'nodsituation', 'akut fara', 'fara för liv', 'fara for liv'],
    se: ['tystnadsplikt', 'sekretessbrytande-bestammelse', 'dokumentationsskyldighet'],
  },
  {
    id: 'offentlighetsprincipen',
    term: 'Offentlighetsprincipen',
    definition:
      'Offentlighetsprincipen betyder att allmänheten och medierna har rätt till insyn i hur myndigheter arbetar, bland annat genom att läsa allmänna handlingar. Sekretess är ett undantag från principen och kräver alltid stöd i lag, i första hand i offentlighets- och sekretesslagen.',
    synonymer: ['offentlighet', 'insynsrätt', 'handlingsoffentlighet'],
    se: ['allman-handling', 'sekretess'],
  },
  {
    id: 'omedelbar-skyddsbedomning',
    term: 'Omedelbar skyddsbedömning',
    definition:
      'När en orosanmälan kommer in måste socialnämnden direkt bedöma om barnet behöver skydd här och nu, till exempel om barnet kan stanna hemma i natt. Det kallas omedelbar skyddsbedömning. Vistelsekommunen får göra den, och inom ROC gör barnets hemkommun den, inte Stockholms socialjour.',
    lagrum: ['sol-20-1'],
    synonymer: ['omedelbar skyddsbedomning', 'skyddsbedömning', 'skyddsbedomning', 'akut skyddsbedömning', 'akut skyddsbedomning'],
    se: ['orosanmalan', 'forhandsbedomning', 'vistelsekommun', 'roc'],
  },
  {
    id: 'omedelbart-omhandertagande',
    term: 'Omedelbart omhändertagande',
    definition:
      'Ett omedelbart omhändertagande är ett akut beslut enligt LVU om att ta hand om ett barn eller en ung person direkt, innan domstolen har prövat frågan om vård. Med ett sådant beslut kan nämnden begära polisens hjälp (handräckning) för att genomföra det. Vilka villkor som gäller för beslutet beskrivs inte här; läs lagtexten och kontrollera med jurist.',
    lagrum: ['lvu-6', 'lvu-43'],
    synonymer: ['omedelbart omhandertagande', 'akut omhändertagande', 'akut omhandertagande', 'LVU 6 §', '6 § LVU'],
    se: ['lvu', 'handrackning'],
  },
  {
    id: 'omvant-skaderekvisit',
    term: 'Omvänt skaderekvisit',
    definition:
      'Ett omvänt skaderekvisit betyder att utgångspunkten är sekretess: uppgiften är hemlig om det inte står klart att den kan lämnas ut utan att någon tar skada. Det ger ett starkare skydd än ett rakt skaderekvisit, och det gäller för socialtjänstsekretessen. Är du osäker på om någon kan ta skada, gäller alltså sekretess.',
    lagrum: ['osl-26-1', 'osl-21-3a'],
    synonymer: ['omvant skaderekvisit', 'presumtion för sekretess', 'presumtion for sekretess'],
    se: ['skaderekvisit', 'rakt-skaderekvisit', 'men', 'menprovning'],
  },
  {
    id: 'orosanmalan',
    term: 'Orosanmälan',
    definition:
      'En orosanmälan är en anmälan till socialnämnden när någon vet eller misstänker att ett barn far illa. Vissa myndigheter och yrkesgrupper, bland andra polisen och Kriminalvården, måste anmäla genast; andra har ingen skyldighet, men lagen uppmanar alla att anmäla. Anmälan går till socialnämnden i barnets bosättningskommun, och sedan den 15 januari 2026 omfattas innehållet i anmälan av sekretess också hos den myndighet som anmälde.',
    lagrum: ['sol-19-1', 'sol-19-4', 'osl-40-7g'],
    synonymer: ['orosanmalan', 'anmälan om oro', 'anmalan om oro', 'anmälan om oro för barn', 'anmalan om oro for barn', 'barnanmälan', 'barnanmalan', 'polisens orosanmälan', 'polisens orosanmalan', 'orosanmälning', 'orosanmalning'],
    se: ['anmalningsskyldighet', 'omedelbar-skyddsbedomning', 'forhandsbedomning', 'anmalarskydd', 'aterkoppling'],
  },
  {
    id: 'partsinsyn',
    term: 'Partsinsyn',
    definition:
      'Partsinsyn betyder att den som är part i ett ärende, till exempel en vårdnadshavare i en barnavårdsutredning, har rätt att ta del av det som finns i ärendet. Sekretess begränsar den rätten bara om det är av synnerlig vikt att en uppgift inte lämnas ut. Då måste myndigheten i stället berätta för parten vad materialet innehåller, i den mån parten behöver det för att ta tillvara sin rätt och det går utan allvarlig skada.',
    lagrum: ['osl-10-3'],
    synonymer: ['insyn som part', 'aktinsyn', 'rätt att läsa akten', 'ratt att lasa akten', 'ta del av akten'],
    se: ['barnavardsutredning', 'vardnadshavare', 'sekretess'],
  },
  {
    id: 'personuppgiftsansvarig',
    term: 'Personuppgiftsansvarig',
    definition:
      'Den personuppgiftsansvarige bestämmer varför och hur personuppgifter behandlas, och ansvarar för att det sker enligt dataskyddsreglerna. Inom socialtjänsten är det i regel den nämnd som ansvarar för verksamheten. Inom ROC-avtalet är den samverkande kommunen personuppgiftsansvarig för de uppgifter som Stockholms socialjour behandlar i kommunens ärenden.',
    synonymer: ['personuppgiftsansvar', 'PUA', 'dataskydd', 'GDPR'],
    se: ['roc', 'socialnamnd'],
  },
  {
    id: 'personutredning',
    term: 'Personutredning',
    definition:
      'En personutredning är Kriminalvårdens utredning av en person som är misstänkt för brott, och den används inför domstolens beslut om påföljd. Den leder till ett yttrande om personens förhållanden och om vad som kan hjälpa personen att inte återfalla i brott. Om socialtjänsten är skyldig att lämna uppgifter till Kriminalvården för personutredningen är inte kontrollerat; tills en jurist har bekräftat det är samtycke det säkra stödet.',
    lagrum: ['lag-1991-2041'],
    synonymer: ['särskild personutredning', 'sarskild personutredning', 'personutredning i brottmål', 'personutredning i brottmal', 'PU', 'yttrande från frivården', 'yttrande fran frivarden'],
    se: ['frivard', 'yttrande', 'samtycke'],
  },
  {
    id: 'polismyndigheten',
    term: 'Polismyndigheten',
    definition:
      'Polismyndigheten är den statliga myndighet som har hand om polisverksamheten, bland annat att förebygga, förhindra och utreda brott. För socialtjänsten är polisen en annan myndighet, så socialtjänstsekretessen gäller mot den och du behöver en sekretessbrytande bestämmelse, en uppgiftsskyldighet eller ett samtycke för att lämna sekretessbelagda uppgifter. Polisen måste samarbeta med socialtjänsten och anmäla oro för barn till socialnämnden.',
    lagrum: ['pl-6', 'osl-8-1', 'osl-35-1'],
    synonymer: ['polisen', 'polis', 'lokalpolisområde', 'lokalpolisomrade'],
    se: ['sakerhetspolisen', 'myndighet', 'forundersokning', 'handrackning'],
  },
  {
    id: 'rakt-skaderekvisit',
    term: 'Rakt skaderekvisit',
    definition:
      'Ett rakt skaderekvisit betyder att utgångspunkten är att uppgiften är offentlig: den är hemlig bara om det kan antas att någon tar skada om den lämnas ut. Det ger ett svagare skydd än ett omvänt skaderekvisit. Kriminalvårdens sekretess har till exempel ett rakt skaderekvisit.',
    lagrum: ['osl-35-15', 'osl-21-3'],
    synonymer: ['presumtion för offentlighet', 'presumtion for offentlighet'],
    se: ['skaderekvisit', 'omvant-skaderekvisit', 'kriminalvarden'],
  },
  {
    id: 'roc',
    term: 'ROC (regionalt operativt center)',
    definition:
      'ROC är ett samverkansprojekt i Stockholms län där Stockholms stads socialjour, genom avtal med andra kommuner i länet, tar emot polisens orosanmälningar om barn under 18 år som riskerar att fara illa i samband med gängrelaterad brottslighet. Socialjouren lämnar över ärendet till barnets hemkommun, som tar emot det direkt och gör både den omedelbara skyddsbedömningen och förhandsbedömningen. Avtalet gäller bara barn som påträffas i länet och hör hemma i en kommun som har anslutit sig, och vilka kommuner som har gjort det är inte helt klarlagt; kontrollera med socialjouren eller hemkommunen.',
    lagrum: ['kl-9-37', 'sol-19-1', 'osl-26-9'],
    synonymer: ['regionalt operativt center', 'ROC-avtalet', 'En ingång', 'en ingang', 'en ingång till socialtjänsten', 'en ingang till socialtjansten', 'samverkansavtalet'],
    se: ['socialjour', 'avtalssamverkan', 'bosattningskommun', 'orosanmalan'],
  },
  {
    id: 'samrad',
    term: 'Samråd',
    definition:
      'Samråd är ett möte där polis, åklagare och socialtjänst, ofta tillsammans med hälso- och sjukvården, planerar arbetet när ett barn misstänks ha utsatts för brott, ofta inom barnahus. Samrådet i sig ger inget stöd för att lämna ut sekretessbelagda uppgifter. Har ni ännu inte beslutat att polisanmäla, håll samrådet anonymt så att barnet inte går att känna igen; därefter får du lämna uppgifter om misstanken när en sekretessbrytande bestämmelse gäller, oftast regeln om brott mot barn.',
    lagrum: ['osl-10-21'],
    synonymer: ['samrad', 'samrådet', 'samradet', 'samrådsmöte', 'samradsmote', 'barnahussamråd', 'barnahussamrad'],
    se: ['barnahus', 'forundersokning', 'sekretessbrytande-bestammelse'],
  },
  {
    id: 'samtycke',
    term: 'Samtycke',
    definition:
      'Samtycke betyder att den som uppgiften handlar om går med på att den lämnas ut, och då gäller inte sekretessen i den delen. Samtycket gäller bara de uppgifter, den mottagare och den tid som det omfattar, och personen får ta tillbaka det när som helst; därefter får du inte lämna ut något med stöd av det. Lagen kräver inte skriftligt samtycke, men JO rekommenderar det när uppgifterna är känsliga, och du måste dokumentera samtycket.',
    lagrum: ['osl-10-1', 'osl-12-2', 'osl-12-3'],
    synonymer: ['medgivande', 'samtyckesblankett', 'samtycka', 'skriftligt samtycke', 'återkalla samtycke', 'aterkalla samtycke'],
    se: ['mognad', 'vardnadshavare', 'forbehall', 'sspf', 'sociala-insatsgrupper'],
  },
  {
    id: 'sekretess',
    term: 'Sekretess',
    definition:
      'Sekretess betyder att en uppgift är hemlig: du får inte lämna ut den, varken muntligt, genom att lämna ut en handling eller på något annat sätt. Sekretessen gäller mot enskilda och mot andra myndigheter, också mot andra nämnder i samma kommun. Inom socialtjänsten är sekretess huvudregeln, och en sekretessbelagd uppgift får lämnas ut bara med samtycke, med stöd av en sekretessbrytande bestämmelse eller en uppgiftsskyldighet, eller i en nödsituation.',
    lagrum: ['osl-8-1', 'osl-26-1'],
    synonymer: ['sekretessbelagd', 'hemlig', 'socialtjänstsekretess', 'socialtjanstsekretess', 'sekretesslagen', 'OSL'],
    se: ['tystnadsplikt', 'omvant-skaderekvisit', 'sekretessbrytande-bestammelse', 'myndighet', 'uppgift'],
  },
  {
    id: 'sekretessbrytande-bestammelse',
    term: 'Sekretessbrytande bestämmelse',
    definition:
      'En sekretessbrytande bestämmelse är en regel i lag som säger att sekretessen inte hindrar att en uppgift lämnas ut i en viss situation, till exempel till polisen vid misstanke om brott mot ett barn. De flesta sådana regler ger dig en rätt (du får lämna uppgiften), inte en skyldighet. Skyddas uppgiften också av en annan sekretessregel, till exempel adresskydd för en hotad person, får du lämna ut den bara om sekretessen bryts för båda.',
    lagrum: ['osl-7-3', 'osl-10-15a', 'osl-10-21'],
    synonymer: ['sekretessbrytande bestammelse', 'sekretessbrytande regel', 'sekretessbrytande', 'undantag från sekretess', 'undantag fran sekretess', 'sekretessgenombrott'],
    se: ['sekretess', 'uppgiftsskyldighet', 'samtycke', 'generalklausulen', 'intresseavvagning'],
  },
  {
    id: 'sekretessmarkering',
    term: 'Sekretessmarkering',
    definition:
      'Sekretessmarkering betyder två olika saker. En myndighet får anteckna på en handling att den kan innehålla sekretessbelagda uppgifter, med bestämmelse, datum och myndighet; markeringen är bara en varning och ersätter inte en sekretessprövning när någon begär ut uppgiften. Hos Skatteverket är en sekretessmarkering också en markering i folkbokföringen som visar att en persons adress kan behöva skyddas på grund av hot; behandla då alla uppgifter om var personen finns, som arbetsplats eller skola, med särskild försiktighet.',
    lagrum: ['osl-5-5', 'osl-21-3'],
    synonymer: ['sekretessmarkerad', 'sekretessmärkt', 'sekretessmarkt', 'skyddade personuppgifter', 'markering i folkbokföringen', 'markering i folkbokforingen'],
    se: ['skyddad-folkbokforing', 'sekretessprovning', 'rakt-skaderekvisit'],
  },
  {
    id: 'sekretessprovning',
    term: 'Sekretessprövning',
    definition:
      'Sekretessprövning är bedömningen av om en viss uppgift är sekretessbelagd och om den ändå får lämnas ut, till exempel med stöd av en sekretessbrytande bestämmelse. Den görs för varje uppgift och varje handling för sig, så ofta blir resultatet att delar maskas. Den anställde som ansvarar för handlingen gör den första prövningen; ett avslag från en nämnd kan överklagas till kammarrätten, också av polisen, så ge avslaget som ett skriftligt beslut.',
    lagrum: ['osl-6-3', 'osl-6-7', 'osl-6-8'],
    synonymer: ['sekretessprovning', 'utlämnandeprövning', 'utlamnandeprovning', 'maskning', 'maska', 'överklaga avslag', 'overklaga avslag'],
    se: ['allman-handling', 'menprovning', 'uppgift', 'sekretessmarkering'],
  },
  {
    id: 'skaderekvisit',
    term: 'Skaderekvisit',
    definition:
      'Ett skaderekvisit är den del av en sekretessregel som säger när uppgiften är hemlig, utifrån om någon kan ta skada av att den lämnas ut. Det finns två huvudtyper: rakt, där offentlighet är utgångspunkten, och omvänt, där sekretess är utgångspunkten. En sekretessregel utan skaderekvisit ger absolut sekretess.',
    synonymer: ['skaderekvisitet', 'skadebedömning', 'skadebedomning'],
    se: ['rakt-skaderekvisit', 'omvant-skaderekvisit', 'men'],
  },
  {
    id: 'skyddad-folkbokforing',
    term: 'Skyddad folkbokföring',
    definition:
      'Skyddad folkbokföring är ett skydd som Skatteverket kan ge en person som är utsatt för allvarliga hot, så att den verkliga adressen inte syns i folkbokföringen. I ett ärende där en part har skyddad folkbokföring är uppgifter som visar var personen bor hemliga, om det inte står klart att de kan lämnas ut utan risk. Det är ett andra lager av sekretess utöver socialtjänstsekretessen, och flera regler som annars låter dig lämna uppgifter till polisen bryter inte det lagret.',
    lagrum: ['osl-21-3a', 'osl-21-3', 'osl-7-3'],
    synonymer: ['skyddad folkbokforing', 'skyddade personuppgifter', 'skyddad adress', 'skyddad identitet', 'kvarskrivning', 'adresskydd'],
    se: ['sekretessmarkering', 'delgivning', 'sekretessbrytande-bestammelse', 'skyddat-boende'],
  },
  {
    id: 'skyddat-boende',
    term: 'Skyddat boende',
    definition:
      'Skyddat boende är ett tillfälligt boende med skydd för den som behöver det, till exempel en förälder och barn som har utsatts för våld i en nära relation. En särskild lag gör det möjligt att placera ett barn i skyddat boende utan den andra vårdnadshavarens samtycke och att hålla barnets vistelseort hemlig för den föräldern. Om polisen frågar i ett enskilt ärende måste socialnämnden svara på om personen vistas i skyddat boende, men enligt lagtexten inte var.',
    lagrum: ['skb-5-4', 'osl-26-2', 'sol-15-7', 'sol-22-5'],
    synonymer: ['skyddat boende för barn', 'skyddat boende for barn', 'lagen om placering av barn i skyddat boende', 'kvinnojour', 'jourboende'],
    se: ['vardnadshavare', 'familjehem', 'hvb', 'skyddad-folkbokforing', 'handrackning'],
  },
  {
    id: 'sociala-insatsgrupper',
    term: 'Sociala insatsgrupper (SIG)',
    definition:
      'Sociala insatsgrupper är ett samarbete som leds av socialtjänsten, med bland andra polisen, kring unga som riskerar att hamna i kriminalitet eller vill lämna en kriminell grupp; modellen togs fram för unga 15–25 år. Det finns ingen särskild sekretessregel för SIG, så arbetet bygger på samtycke från den unge och, om hen är under 18, också från vårdnadshavaren. Utan samtycke får du lämna uppgifter till polisen bara enligt de vanliga reglerna, till exempel regeln om att förebygga brott av unga under 21 år.',
    lagrum: ['osl-10-18a', 'osl-10-1'],
    synonymer: ['SIG', 'social insatsgrupp', 'insatsgrupp'],
    se: ['samtycke', 'sspf', 'konkreta-omstandigheter'],
  },
  {
    id: 'socialjour',
    term: 'Socialjour',
    definition:
      'Socialjouren är socialtjänstens jour som tar hand om akuta ärenden på kvällar, nätter och helger, när de ordinarie enheterna har stängt. Inom ROC är Stockholms stads socialjour polisens gemensamma ingång för vissa orosanmälningar om barn från hela länet. Hör socialjouren till en annan nämnd än den som har ärendet är de olika myndigheter med sekretess mellan sig; vilken nämnd som driver Stockholms socialjour är inte klarlagt, så kontrollera i stadens reglemente.',
    synonymer: ['socialjouren', 'social jour', 'jouren', 'socialjour i samverkan', 'socialjourer i samverkan'],
    se: ['roc', 'myndighet', 'omedelbar-skyddsbedomning'],
  },
  {
    id: 'socialnamnd',
    term: 'Socialnämnd',
    definition:
      'Socialnämnden är den politiska nämnd i kommunen som ansvarar för socialtjänsten. Den fattar beslut själv eller genom delegation till utskott och anställda. I vissa kommuner finns flera nämnder med socialtjänstuppgifter, till exempel stadsdelsnämnder, och varje nämnd är en egen myndighet.',
    lagrum: ['osl-8-1'],
    synonymer: ['socialnamnd', 'socialnämnden', 'socialnamnden', 'nämnden', 'namnden', 'stadsdelsnämnd', 'stadsdelsnamnd', 'socialförvaltning', 'socialforvaltning', 'socialtjänsten', 'socialtjansten'],
    se: ['myndighet', 'delegation'],
  },
  {
    id: 'sspf',
    term: 'SSPF (skola, socialtjänst, polis och fritid)',
    definition:
      'SSPF är en lokal samverkansmodell där skola, socialtjänst, polis och fritid arbetar kring enskilda barn och unga som riskerar att hamna i kriminalitet; åldersgränserna skiljer sig mellan kommuner. Modellen bygger på skriftligt samtycke från vårdnadshavaren och i regel från den unge om hen är 15 år eller äldre, och från 18 år räcker den unges eget samtycke. Utan samtycke gäller de vanliga sekretessreglerna, men lägesbilder utan uppgifter om enskilda får ni alltid dela.',
    lagrum: ['osl-10-1', 'osl-12-3'],
    synonymer: ['skola socialtjänst polis fritid', 'skola socialtjanst polis fritid', 'SSPF-samverkan'],
    se: ['samtycke', 'sociala-insatsgrupper', 'mognad'],
  },
  {
    id: 'sis',
    term: 'Statens institutionsstyrelse (SiS)',
    definition:
      'Statens institutionsstyrelse (SiS) är den statliga myndighet som driver särskilda ungdomshem och LVM-hem. SiS arbete räknas som socialtjänst när det gäller sekretess. Sedan den 1 april 2025 får SiS lämna uppgifter till polisen, Säkerhetspolisen och Tullverket för att förebygga, förhindra eller upptäcka brottslig verksamhet, om konkreta omständigheter visar en risk för brott och det inte är olämpligt.',
    lagrum: ['osl-26-9e', 'osl-26-1', 'lvu-43'],
    synonymer: ['SiS', 'särskilt ungdomshem', 'sarskilt ungdomshem', 'ungdomshem', 'LVM-hem'],
    se: ['lvu', 'hvb', 'konkreta-omstandigheter'],
  },
  {
    id: 'straffskala',
    term: 'Straffskala',
    definition:
      'Straffskalan är det spann av straff som lagen anger för ett brott, från det lindrigaste till det strängaste, och domstolen bestämmer straffet inom skalan. Flera regler om att lämna uppgifter till polisen bygger på straffskalan, till exempel på hur högt det lägsta straffet är. Straffskalor ändras ofta, så kontrollera den skala som gäller nu för just det brottet.',
    lagrum: ['osl-10-23', 'osl-10-18c'],
    synonymer: ['straffskalan', 'straffvärde', 'straffvarde', 'straffsats'],
    se: ['lagsta-straff', 'forsok-forberedelse-stampling'],
  },
  {
    id: 'sakerhetspolisen',
    term: 'Säkerhetspolisen (Säpo)',
    definition:
      'Säkerhetspolisen (Säpo) är en egen myndighet, skild från Polismyndigheten, som bland annat arbetar mot terrorism och brott mot rikets säkerhet. Några sekretessbrytande regler låter socialtjänsten lämna uppgifter till Säpo, till exempel för att förebygga brott av unga under 21 år eller för att förebygga eller utreda terroristbrott.',
    lagrum: ['osl-10-18a', 'osl-10-18b', 'osl-10-22a'],
    synonymer: ['sakerhetspolisen', 'Säpo', 'sapo'],
    se: ['polismyndigheten', 'konkreta-omstandigheter'],
  },
  {
    id: 'tystnadsplikt',
    term: 'Tystnadsplikt',
    definition:
      'Tystnadsplikt betyder att du inte får berätta om en sekretessbelagd uppgift, varken muntligt eller på annat sätt. Den gäller dig personligen, också när du har slutat på arbetsplatsen. Den som bryter tystnadsplikten medvetet eller av oaktsamhet kan dömas för brott mot tystnadsplikt.',
    lagrum: ['brb-20-3'],
    synonymer: ['tystnadsplikten', 'tysthetsplikt', 'brott mot tystnadsplikt', 'bryta tystnadsplikten'],
    se: ['sekretess', 'nod', 'vittnesplikt'],
  },
  {
    id: 'ungdomsovervakning',
    term: 'Ungdomsövervakning',
    definition:
      'Ungdomsövervakning är en påföljd för unga som har begått brott innan de fyllde 18 år. Kriminalvården verkställer den enligt en verkställighetsplan som syftar till att förebygga nya brott, och den innebär bland annat att den unges rörelsefrihet begränsas. Socialtjänsten får lämna uppgifter till Kriminalvården som behövs för planen, se Verkställighetsplan.',
    lagrum: ['lag-2020-616', 'osl-26-9b'],
    synonymer: ['ungdomsovervakning', 'ungdomsövervakningen', 'ungdomsovervakningen', 'påföljd för unga', 'pafoljd for unga'],
    se: ['verkstallighetsplan', 'kriminalvarden', 'frivard'],
  },
  {
    id: 'uppgift',
    term: 'Uppgift',
    definition:
      'En uppgift är en bit information, till exempel ett namn, en adress eller att någon har kontakt med socialtjänsten. Sekretess gäller uppgifter, inte bara handlingar, så du prövar varje uppgift för sig, oavsett om den finns i en handling eller i ditt minne. Socialtjänstsekretessen skyddar uppgifter om enskilda personers personliga förhållanden; en allmän lägesbild där ingen person går att känna igen omfattas inte.',
    lagrum: ['osl-26-1'],
    synonymer: ['uppgifter', 'information', 'personuppgift', 'uppgift om personliga förhållanden', 'uppgift om personliga forhallanden'],
    se: ['sekretess', 'sekretessprovning', 'aktuell'],
  },
  {
    id: 'uppgiftsskyldighet',
    term: 'Uppgiftsskyldighet',
    definition:
      'Uppgiftsskyldighet betyder att en lag eller förordning säger att myndigheten måste lämna en viss uppgift till en annan myndighet. Då hindrar sekretessen inte att uppgiften lämnas, men du får bara lämna det som skyldigheten omfattar. Exempel är svaret till polisen om en person vistas i HVB eller familjehem och uppgifterna vid handräckning; den allmänna skyldigheten att hjälpa andra myndigheter bryter däremot inte sekretessen.',
    lagrum: ['osl-10-28', 'osl-6-5', 'sol-15-7', 'lvu-43b', 'sol-20-6'],
    synonymer: ['skyldighet att lämna uppgifter', 'skyldighet att lamna uppgifter', 'informationsplikt', 'lagstadgad skyldighet'],
    se: ['sekretessbrytande-bestammelse', 'anmalningsskyldighet', 'handrackning', 'hvb', 'familjehem'],
  },
  {
    id: 'verkstallighetsplan',
    term: 'Verkställighetsplan',
    definition:
      'En verkställighetsplan är Kriminalvårdens plan för hur en dom på ungdomsövervakning genomförs, med innehåll som syftar till att den unge inte begår nya brott. Socialtjänsten får lämna uppgifter till Kriminalvården som behövs för att ta fram planen eller som gäller något som finns i planen. Kriminalvården får i sin tur lämna uppgifter till andra när det behövs för att genomföra planen.',
    lagrum: ['osl-26-9b', 'osl-35-15a', 'lag-2020-616'],
    synonymer: ['verkstallighetsplan', 'verkställighetsplanen', 'verkstallighetsplanen', 'plan för ungdomsövervakning', 'plan for ungdomsovervakning'],
    se: ['ungdomsovervakning', 'kriminalvarden'],
  },
  {
    id: 'vistelsekommun',
    term: 'Vistelsekommun',
    definition:
      'Vistelsekommunen är den kommun där en person befinner sig just nu, när det inte är samma kommun som personen bor i. Vistelsekommunen ansvarar för stöd och hjälp i akuta situationer, och för annat bara om det inte är klart att en annan kommun har ansvaret. Enligt JO får vistelsekommunen göra den omedelbara skyddsbedömningen men inte förhandsbedömningen, som bosättningskommunen gör.',
    lagrum: ['sol-29-4'],
    synonymer: ['vistelsekommunen', 'kommunen där barnet är', 'kommunen dar barnet ar'],
    se: ['bosattningskommun', 'omedelbar-skyddsbedomning', 'forhandsbedomning'],
  },
  {
    id: 'vittnesplikt',
    term: 'Vittnesplikt',
    definition:
      'Vittnesplikt betyder att den som kallas som vittne till domstol måste komma dit och berätta vad hen vet. Vanlig socialtjänstsekretess ger inget undantag, så om du inte har frågeförbud måste du vittna även om sekretessbelagda uppgifter; du kan be rätten att hålla förhandlingen bakom stängda dörrar. I ett polisförhör gäller ingen vittnesplikt, där får du bara lämna uppgifter som en sekretessbrytande bestämmelse eller ett samtycke tillåter.',
    lagrum: ['rb-36-5', 'rb-5-1', 'rb-23-13'],
    synonymer: ['vittnesplikten', 'vittna', 'vittne', 'kallad som vittne', 'vittnesmål', 'vittnesmal', 'stängda dörrar', 'stangda dorrar'],
    se: ['fragforbud', 'forundersokning', 'tystnadsplikt'],
  },
  {
    id: 'vardnadshavare',
    term: 'Vårdnadshavare',
    definition:
      'Vårdnadshavaren är den som har den rättsliga vårdnaden om ett barn, oftast en eller båda föräldrarna. Vårdnadshavaren har rätt och skyldighet att bestämma i frågor om barnets personliga angelägenheter, och därför gäller sekretessen för barnet i regel inte mot vårdnadshavaren i de frågorna. Undantag finns, till exempel när barnet kan antas lida betydande men om vårdnadshavaren får uppgiften, eller när barnets vistelseort hålls hemlig för en förälder enligt LVU eller lagen om skyddat boende för barn.',
    lagrum: ['fb-6-11', 'osl-12-3', 'osl-26-2'],
    synonymer: ['vardnadshavare', 'vårdnadshavaren', 'vardnadshavaren', 'förälder', 'foralder', 'föräldrar', 'foraldrar', 'vårdnad', 'vardnad', 'VH'],
    se: ['mognad', 'samtycke', 'barn', 'skyddat-boende'],
  },
  {
    id: 'yttrande',
    term: 'Yttrande',
    definition:
      'Ett yttrande är ett skriftligt svar eller en bedömning som en myndighet lämnar till en annan myndighet eller en domstol, ofta på begäran. När någon under 18 år misstänks för brott hämtar åklagaren in ett yttrande från socialnämnden innan beslutet om åtal, och nämnden måste lämna det till åklagaren, inte till Kriminalvården. Bara en äldre lydelse av den regeln är kontrollerad, och om socialtjänsten måste lämna uppgifter till Kriminalvårdens personutredning är inte klarlagt, så kontrollera med jurist.',
    lagrum: ['lul-11', 'lag-1991-2041'],
    synonymer: ['LUL-yttrande', 'yttrande enligt LUL', 'yttrande till åklagare', 'yttrande till aklagare', 'socialnämndens yttrande', 'socialnamndens yttrande'],
    se: ['aklagare', 'personutredning', 'frivard'],
  },
  {
    id: 'aklagare',
    term: 'Åklagare',
    definition:
      'Åklagaren beslutar om åtal, det vill säga om en misstänkt ställs inför domstol, och leder ofta förundersökningen. De flesta åklagare arbetar vid Åklagarmyndigheten. Flera sekretessbrytande regler, till exempel reglerna om brott mot barn och om brott med ett lägsta straff på minst sex månaders fängelse, låter socialtjänsten lämna uppgifter både till polisen och till åklagaren.',
    lagrum: ['osl-10-21', 'osl-10-23', 'lul-11'],
    synonymer: ['aklagare', 'åklagaren', 'aklagaren', 'Åklagarmyndigheten', 'aklagarmyndigheten', 'åtal', 'atal'],
    se: ['forundersokning', 'yttrande', 'polismyndigheten'],
  },
  {
    id: 'aterkoppling',
    term: 'Återkoppling till anmälaren',
    definition:
      'Den som har gjort en orosanmälan som anmälningsskyldig kan få veta om socialnämnden har inlett en utredning, har beslutat att inte inleda någon eller om en utredning redan pågår. Sedan den 15 januari 2026 måste nämnden på begäran lämna det beskedet senast en vecka efter beslutet, och genast om utredningen redan pågår eller begäran kommer senare. Beskedet lämnas av den nämnd som beslutar, alltså barnets hemkommun, och omfattar inte mer än just det.',
    lagrum: ['sol-19-6', 'osl-26-9a'],
    synonymer: ['aterkoppling till anmalaren', 'aterkoppling', 'återkoppling', 'återkoppling till anmälare', 'aterkoppling till anmalare', 'besked till anmälaren', 'besked till anmalaren', 'feedback'],
    se: ['orosanmalan', 'anmalningsskyldighet', 'roc'],
  },
];
