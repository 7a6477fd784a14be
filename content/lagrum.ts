import type { Provision } from '../src/law/types';

/**
 * The one registry of provisions that Sekretessguiden cites. Chapters, guide outcomes and the glossary
 * refer to entries by id (`<Lagrum id="…">`); `LagrumId` is derived from the keys, so a typo cannot compile.
 *
 * Facts come only from shared/legal/brief.md and shared/legal/practical-situations.md (whose §1 takes
 * precedence). Summaries are our own plain Swedish, never statute text. Status mirrors the sources'
 * labels (VERIFIED / PARTLY VERIFIED / UNVERIFIED). The statute texts behind the sources end around
 * December 2025–January 2026: a lawyer must check the texts in force before release.
 */
export const lagrum = {
  // ---------------------------------------------------------------------------------------------
  // Offentlighets- och sekretesslagen (2009:400)
  // ---------------------------------------------------------------------------------------------
  'osl-5-5': {
    citation: '5 kap. 5 § OSL',
    title: 'Sekretessmarkering',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En myndighet kan markera en handling som hemlig (sekretessmarkering). Markeringen är frivillig, men gör du en måste den ange vilken bestämmelse som gäller, datum och myndighet.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      '5 kap. OSL innehåller ingen skyldighet att anteckna att du har lämnat ut uppgifter till en annan myndighet, och det gör inte heller offentlighets- och sekretessförordningen. Skyldigheten att dokumentera ett utlämnande kommer från 14 kap. 3 § SoL.',
    kind: 'forfarande',
    source: 'brief §2.18',
  },
  'osl-6-3': {
    citation: '6 kap. 3 § OSL',
    title: 'Första prövningen av en begäran',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Den som ansvarar för handlingen gör den första prövningen när någon begär att få ut den. Är fallet tveksamt går frågan vidare till myndigheten utan onödigt dröjsmål.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Vägrar du lämna ut till en enskild och hen begär det, måste myndigheten pröva frågan, och hen ska få veta att ett skriftligt beslut behövs för att kunna överklaga. Säger ni nej helt eller delvis till polisen: ge ett skriftligt beslut från myndigheten så att polisen kan överklaga. Vem som får fatta beslutet följer er delegationsordning; den delen är inte kontrollerad. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 10',
  },
  'osl-6-5': {
    citation: '6 kap. 5 § OSL',
    title: 'Uppgifter till andra myndigheter',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En myndighet måste på begäran lämna uppgifter till en annan myndighet, om uppgiften inte är sekretessbelagd och det inte hindrar arbetet. Gäller begäran hemliga uppgifter behövs alltid en sekretessbrytande regel.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Paragrafen bryter aldrig sekretess. Att polisen skickar en formell begäran ändrar inte sekretessprövningen.',
    kind: 'forfarande',
    source: 'brief §2.2; praktiska situation 10',
  },
  'osl-6-7': {
    citation: '6 kap. 7 § OSL',
    title: 'Överklagande av avslag',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En enskild får överklaga ett avslag på en begäran att få ut en handling, men inte ett nej till en ren uppgift. En myndighet får överklaga en annan myndighets avslag, både för handlingar och för uppgifter, om inte lag eller förordning säger något annat.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Det är en vanlig missuppfattning att en myndighet inte kan överklaga. Enligt andra stycket kan polisen överklaga socialnämndens avslag.',
    kind: 'forfarande',
    source: 'praktiska §1 p.2; situation 10',
  },
  'osl-6-8': {
    citation: '6 kap. 8 § OSL',
    title: 'Överklagande till kammarrätten',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Ett avslag från en kommunal nämnd överklagas till kammarrätten. Vägen till regeringen i fjärde stycket gäller bara statliga myndigheter under regeringen, inte en kommunal nämnd.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    kind: 'forfarande',
    source: 'praktiska §1 p.2; situation 10',
  },
  'osl-7-3': {
    citation: '7 kap. 3 § OSL',
    title: 'När flera sekretessregler gäller',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Om flera sekretessregler gäller för samma uppgift och någon av dem fortfarande ger sekretess, så gäller den. En sekretessbrytande regel som bara lyfter en av sekretessreglerna räcker alltså inte.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Viktigast för adresser: 10 kap. 18 a, 18 c, 20, 21, 22 och 23 §§ lyfter bara 26 kap. 1 §, inte adressekretessen i 21 kap. 3 och 3 a §§. Du behöver en grund för båda lagren. Hur detta tillämpas i praktiken är bara delvis verifierat. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'praktiska §1 p.6; situation 6',
  },
  'osl-8-1': {
    citation: '8 kap. 1 § OSL',
    title: 'Sekretess mot andra myndigheter',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En hemlig uppgift får inte lämnas till enskilda eller till andra myndigheter, om inte OSL eller en lag som OSL hänvisar till tillåter det. Polisen, Kriminalvården, andra nämnder i kommunen och andra kommuners socialnämnder är alla andra myndigheter.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Varje kommunal nämnd med sin förvaltning är en egen myndighet. Ett samverkansavtal mellan kommuner ändrar inte detta.',
    kind: 'sekretess',
    source: 'brief §1 p.2, §2.2',
  },
  'osl-8-2': {
    citation: '8 kap. 2 § OSL',
    title: 'Sekretess inom en myndighet',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sekretessen gäller också mellan självständiga verksamhetsgrenar inom samma myndighet, på samma sätt som mellan två myndigheter.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Vilken nämnd som driver socialjouren i Stockholm 2026 är inte kontrollerat, och därmed inte heller exakt var gränserna går där. Kontrollera i Stockholms reglemente. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'brief §2.2',
  },
  'osl-10-1': {
    citation: '10 kap. 1 § OSL',
    title: 'Samtycke häver sekretessen',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sekretess som skyddar en person hindrar inte att du lämnar ut uppgiften om personen samtycker, inom de gränser som 12 kap. OSL sätter. Samtycket gäller bara de uppgifter och mottagare det omfattar.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Samtycke får vara muntligt, men enligt JO bör det normalt vara skriftligt (JO 670-2015). Det kan återkallas, och efter det får du inte lämna uppgiften. För barn: se 12 kap. 3 § OSL. Dokumentera samtycket.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Den som uppgiften gäller (för ett barn: vårdnadshavaren och/eller barnet enligt 12 kap. 3 § OSL) har samtyckt till just detta utlämnande och inte återkallat samtycket',
      to: 'Den mottagare som samtycket omfattar',
      verdict: 'får',
    },
    source: 'brief §2.3',
  },
  'osl-10-2': {
    citation: '10 kap. 2 § OSL',
    title: 'Nödvändigt för eget arbete',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna en uppgift till en enskild eller en annan myndighet när det är nödvändigt för att socialtjänsten själv ska kunna göra sitt eget arbete. Regeln läses snävt: den gäller inte för att anmäla brott eller hjälpa polisen med polisens uppgifter.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'delvis-verifierad',
    caveat:
      'Texten är kontrollerad, men tolkningen är bara delvis kontrollerad. Handräckning enligt 43 § LVU går inte hit – där gäller skyldigheten i 43 b § LVU och 10 kap. 28 § OSL. Att regeln räcker för att polisanmäla hot mot den egna personalen, eller för att anmäla ett frivilligt placerat barn försvunnet, är inte klarlagt. Lämna bara det som är nödvändigt, inte bara användbart. Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Utlämnandet är nödvändigt för socialtjänstens egen uppgift, t.ex. att genomföra ett eget beslut eller ge en insats – bara det minsta som behövs',
      to: 'Annan myndighet eller enskild',
      verdict: 'får',
    },
    source: 'brief §2.4; praktiska §1 p.1, situation 1 och 5',
  },
  'osl-10-3': {
    citation: '10 kap. 3 § OSL',
    title: 'Partsinsyn och sekretess',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Den som är part i ett ärende, t.ex. en vårdnadshavare i en barnutredning, har rätt till insyn. Sekretess begränsar den rätten bara när det är av ”synnerlig vikt” att uppgiften inte lämnas ut, och då måste socialtjänsten på annat sätt berätta vad uppgiften handlar om.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Själva rätten till partsinsyn finns i 10 § förvaltningslagen, som inte har lästs här (delvis verifierat). Pågår en förundersökning: stäm av med polisen innan vårdnadshavarna får veta om misstanken (JO 2535-2007). Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 11',
  },
  'osl-10-15a': {
    citation: '10 kap. 15 a § OSL',
    title: 'Ny generell sekretessbrytande regel',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sedan den 1 december 2025 får du lämna uppgifter till en annan myndighet om det behövs för att bland annat förebygga, förhindra eller upptäcka brottslig verksamhet eller utreda brott. Regeln gäller även socialtjänstsekretessen i 26 kap. 1 §, men du får inte lämna uppgiften om skälen för sekretess väger tyngre.',
    appliesFrom: '2025-12-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Regeln är ny och inte prövad. Det är inte klarlagt hur den förhåller sig till de särskilda reglerna i 10 kap. 18 a–c och 21–23 §§, t.ex. om den får användas för brott under gränsen i 23 §, eller hur mycket förtroendet för socialtjänsten väger. Vad Socialstyrelsens vägledning säger är inte kontrollerat. Se den inte som fritt fram: gör alltid en dokumenterad avvägning och lyft frågan till chef eller jurist. Regeln undantar inte 26 kap. 2 § (barnets vistelseort) eller 26 kap. 5 § (anmälarens identitet), så sådana uppgifter kräver en uttrycklig avvägning. Den gäller inte bland annat familjerådgivning (26 kap. 3 §) och hälso- och sjukvård (25 kap. 1–5 §§). Mottagaren måste vara en myndighet. Vid akut fara för liv: ring 112 först och dokumentera efteråt. Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften behövs för att förebygga, förhindra eller upptäcka brottslig verksamhet, utreda brott, förhindra felaktiga utbetalningar eller utreda fusk och regelöverträdelser – och skälen för sekretess väger inte tyngre (dokumenterad avvägning, lyft till chef eller jurist)',
      to: 'Annan myndighet, t.ex. Polismyndigheten, Kriminalvården eller en annan kommun',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-12-01',
        sfs: '2025:934',
        text: 'Ny paragraf: en generell sekretessbrytande regel som, till skillnad från generalklausulen, omfattar socialtjänstsekretessen i 26 kap. 1 §.',
      },
    ],
    source: 'brief §1 p.4, §2.6, §13',
  },
  'osl-10-18': {
    citation: '10 kap. 18 § OSL',
    title: 'Brott i myndighetens egen verksamhet',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter till en annan myndighet för en förundersökning, rättegång eller ett disciplin- eller uppsägningsärende om någons medverkan i myndighetens egen verksamhet, t.ex. brott som egen personal misstänks för.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Gäller inte hot eller våld från en klient mot personalen. Där behövs 10 kap. 23 § (om minimistraffet räcker) eller 10 kap. 15 a § efter en avvägning.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften behövs för en förundersökning, rättegång eller ett disciplin- eller uppsägningsärende om någons medverkan i myndighetens egen verksamhet',
      to: 'Annan myndighet, t.ex. Polismyndigheten eller åklagaren',
      verdict: 'får',
    },
    source: 'praktiska §1 p.5; situation 1',
  },
  'osl-10-18a': {
    citation: '10 kap. 18 a § OSL',
    title: 'Förebygga brott av unga under 21',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter om en person under 21 år till polisen, Säpo eller Tullverket, om konkreta omständigheter visar att det finns risk för att hen kommer att begå brott. Det gäller inte om det är olämpligt med hänsyn till planerade eller pågående insatser eller av andra särskilda skäl.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Regeln gäller inte Kriminalvården och inte skolan. Den gäller risk för framtida brott. För ett brott som redan har begåtts gäller 10 kap. 19–23 §§ (och kanske 15 a §). Personen ska vara under 21 när du lämnar uppgiften. Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§. Vilken ändring som lade till Säpo (troligen SFS 2020:575) är inte kontrollerat. Mottagarna i dag är däremot kontrollerade. Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Personen är under 21, konkreta omständigheter visar risk för att hen kommer att begå brott, och det är inte olämpligt med hänsyn till insatser eller andra särskilda skäl',
      to: 'Polismyndigheten, Säkerhetspolisen och Tullverket (inte Kriminalvården)',
      verdict: 'får',
    },
    history: [
      {
        date: '2013-01-01',
        text: 'Paragrafen infördes (prop. 2011/12:171).',
      },
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: '”Särskilda omständigheter” blev ”konkreta omständigheter”, kravet att uppgiften ska kunna bidra till att förhindra brottet togs bort och Tullverket lades till som mottagare.',
      },
    ],
    source: 'brief §2.7, §13',
  },
  'osl-10-18b': {
    citation: '10 kap. 18 b § OSL',
    title: 'Förebygga terroristbrott',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter om en person till polisen eller Säpo om konkreta omständigheter visar risk för att hen kommer att begå terroristbrott eller brott mot Sveriges säkerhet. Regeln gäller oavsett ålder.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat: 'Gäller framtida risk. Ett terroristbrott som redan har begåtts går via 10 kap. 22 a §.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Konkreta omständigheter visar risk för brott enligt 4–10 §§ terroristbrottslagen (2022:666), försök, förberedelse eller stämpling till terroristbrott, eller brott enligt 18 eller 19 kap. BrB eller annat brott mot Sveriges säkerhet – oavsett ålder',
      to: 'Polismyndigheten och Säkerhetspolisen',
      verdict: 'får',
    },
    history: [
      {
        date: '2020-08-01',
        text: 'Paragrafen infördes (prop. 2019/20:123).',
      },
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Paragrafen formulerades om.',
      },
    ],
    source: 'brief §2.8, §10 p.1 och p.6',
  },
  'osl-10-18c': {
    citation: '10 kap. 18 c § OSL',
    title: 'Förebygga grovt våld mot närstående',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter om en person eller en närstående till polisen, om konkreta omständigheter visar risk för att personen kommer att begå ett allvarligt våldsbrott mot den närstående. Brottet ska finnas i 3, 4 eller 6 kap. BrB och ha minst ett års fängelse som lägsta straff, och det får inte vara olämpligt med hänsyn till insatser eller andra särskilda skäl.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Bara Polismyndigheten kan ta emot uppgifterna. Regeln gäller oavsett ålder och gäller framtida risk. Ett brott som redan har begåtts går via andra regler. Kontrollera det aktuella minimistraffet för brottet. Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Konkreta omständigheter visar risk för att personen begår ett brott enligt 3, 4 eller 6 kap. BrB med lägst ett års fängelse mot en närstående, och det är inte olämpligt med hänsyn till insatser eller andra särskilda skäl – oavsett ålder',
      to: 'Polismyndigheten',
      verdict: 'får',
    },
    history: [
      {
        date: '2021-08-01',
        text: 'Paragrafen infördes (prop. 2020/21:163).',
      },
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Omformulerad: lägsta straffet ska vara minst ett års fängelse, det krävs konkreta omständigheter och kravet att uppgiften ska kunna bidra till att förhindra brottet togs bort.',
      },
    ],
    source: 'brief §2.9, §10 p.1, §13',
  },
  'osl-10-19': {
    citation: '10 kap. 19 § OSL',
    title: 'Stoppa rattfylleri och liknande brott',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna de uppgifter som behövs för att hindra ett förestående eller avbryta ett pågående rattfylleri, eller motsvarande brott inom luftfart, sjöfart, tunnelbana, spårväg eller järnväg.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Gäller bara dessa trafikbrott. Det är ingen allmän regel om att förhindra brott.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'För att hindra eller avbryta rattfylleri under påverkan av alkohol eller narkotika (4 och 4 a §§ trafikbrottslagen) eller motsvarande brott inom luftfart, sjöfart, tunnelbana, spårväg eller järnväg',
      to: 'Polismyndigheten eller annan myndighet som ska ingripa',
      verdict: 'får',
    },
    source: 'brief §2.10',
  },
  'osl-10-20': {
    citation: '10 kap. 20 § OSL',
    title: 'Omedelbart polisingripande för unga',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Om du i tjänsten träffar på någon som kan antas vara under 18 och som är i akut och allvarlig fara, eller håller på att begå ett brott, får du ge polisen det som behövs för att de ska kunna ingripa direkt.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Det är socialtjänstens egen personal som ska ha träffat på den unge, t.ex. vid fältarbete eller på plats för socialjouren. Lämna bara det som det omedelbara ingripandet kräver. Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Socialtjänstens personal träffar själva på någon som kan antas vara under 18 och som antingen är i en uppenbar, omedelbar och allvarlig fara för hälsa eller utveckling, eller håller på att begå ett brott',
      to: 'Polismyndigheten',
      verdict: 'får',
    },
    source: 'brief §2.11',
  },
  'osl-10-21': {
    citation: '10 kap. 21 § OSL',
    title: 'Misstanke om brott mot barn',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter till polis eller åklagare om misstanke om brott mot någon under 18 enligt 3, 4 eller 6 kap. BrB, könsstympning eller oskuldsingrepp, även försök, förberedelse eller stämpling där det är straffbart. Det finns ingen gräns för hur allvarligt brottet ska vara.',
    appliesFrom: '2025-12-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Det är en möjlighet, inte en skyldighet, men huvudregeln är att anmäla när det är till barnets bästa (Socialstyrelsen). Vårdnadshavaren behöver inte få veta i förväg. Det är normalt nämnden eller den som har delegation som beslutar om anmälan (JO 3712-2017). Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§. Vilken av ändringarna SFS 2025:179 och 2025:965 som lade till vad är inte helt utrett. Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Misstanke om brott mot någon under 18 enligt 3, 4 eller 6 kap. BrB eller lagen om könsstympning, eller (sedan 1 december 2025) oskuldsingrepp – även försök, förberedelse eller stämpling om det är straffbart; ingen straffgräns',
      to: 'Åklagarmyndigheten och Polismyndigheten',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Paragrafen ändrades. Troligen var det då som även försök, förberedelse och stämpling kom med.',
      },
      {
        date: '2025-12-01',
        sfs: '2025:965',
        text: 'Paragrafen omfattar nu även oskuldsingrepp.',
      },
    ],
    source: 'brief §2.12, §10 p.1 och p.4, §13',
  },
  'osl-10-22': {
    citation: '10 kap. 22 § OSL',
    title: 'Narkotika, dopning och alkohol till unga',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter till polis eller åklagare om misstanke om brott där någon har lämnat över eller skaffat narkotika eller dopningsmedel till någon under 18, eller olovligt sålt eller skaffat alkohol till någon under 18 (om brottet inte är ringa).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat: 'Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Misstanke om brott där narkotika eller dopningsmedel har lämnats över eller skaffats åt någon under 18, eller alkohol olovligt har sålts eller skaffats åt någon under 18 (inte ringa brott)',
      to: 'Åklagaren och Polismyndigheten',
      verdict: 'får',
    },
    source: 'brief §2.13; praktiska §1 p.6',
  },
  'osl-10-22a': {
    citation: '10 kap. 22 a § OSL',
    title: 'Begånget terroristbrott',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter till polisen eller Säpo om misstanke om ett terroristbrott som har begåtts, eller om försök, förberedelse eller stämpling till terroristbrott.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Misstanke om begånget brott enligt 4–10 §§ terroristbrottslagen, eller försök, förberedelse eller stämpling till terroristbrott',
      to: 'Polismyndigheten och Säkerhetspolisen',
      verdict: 'får',
    },
    history: [
      {
        date: '2020-08-01',
        text: 'Paragrafen infördes (prop. 2019/20:123).',
      },
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Paragrafen ändrades.',
      },
    ],
    source: 'brief §2.13, §10 p.1 och p.6',
  },
  'osl-10-23': {
    citation: '10 kap. 23 § OSL',
    title: 'Utredning av begånget brott',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter som har betydelse för att utreda ett begånget brott om brottet har minst sex månaders fängelse som lägsta straff. För försök, förberedelse eller stämpling krävs minst ett års fängelse som lägsta straff.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Straffskalor ändras. Grov stöld (lägst sex månader) har varit standardexemplet, men en reform som föreslagits från 2026 kan höja minimistraffet för ett 50-tal brott till ett år. Om den har beslutats är inte kontrollerat. Slå alltid upp det aktuella minimistraffet för brottet och graden. Vanlig misshandel, olaga hot, narkotikabrott och stöld ligger under gränsen. Om ”betydelse för utredningen” nu också omfattar uppgifter om andra än den misstänkte är inte klarlagt. Regeln lyfter inte adressekretessen i 21 kap. 3 och 3 a §§. Under gränsen finns bara 10 kap. 15 a § efter en avvägning, eller samtycke. Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften har betydelse för att utreda ett begånget brott med lägst sex månaders fängelse, eller försök, förberedelse eller stämpling till brott med lägst ett års fängelse (om 19–22 §§ inte redan gäller)',
      to: 'Åklagaren, Polismyndigheten, Säkerhetspolisen eller annan myndighet som ska ingripa mot brottet',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Gränsen sänktes från minst ett års fängelse till minst sex månader som lägsta straff (för försök m.m. från två år till ett år), och kravet på misstanke blev ”betydelse för utredningen”.',
      },
    ],
    source: 'brief §2.14, §10 p.1, §13',
  },
  'osl-10-24': {
    citation: '10 kap. 24 § OSL',
    title: 'Brott med fängelse i straffskalan',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'För annan sekretess än den som räknas upp i 19–23 §§ får uppgifter som har betydelse för att utreda ett begånget brott lämnas om fängelse finns i straffskalan. Regeln gäller inte socialtjänstsekretessen i 26 kap. 1 §.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'För 26 kap. 1 § gäller 10 kap. 23 §. Regeln kan däremot lyfta adressekretessen i 21 kap. 3 och 3 a §§, t.ex. tillsammans med 23 § vid ett begånget brott.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Annan sekretess än 26 kap. 1 § (t.ex. adressekretess): uppgiften har betydelse för att utreda ett begånget brott där fängelse finns i straffskalan',
      to: 'Åklagaren, Polismyndigheten, Säkerhetspolisen eller annan myndighet som ska ingripa mot brottet',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Paragrafen ändrades.',
      },
    ],
    source: 'brief §2.15, §10 p.1; praktiska situation 6',
  },
  'osl-10-26': {
    citation: '10 kap. 26 § OSL',
    title: 'Uppgifter för delgivning',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får ge en annan myndighet en persons adress, telefonnummer, arbetsplats eller foto när det behövs för delgivning eller för att hjälpa till med delgivning. Regeln är inte begränsad till vissa sekretessregler.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Regeln omfattar både 26 kap. 1 § och adressekretessen i 21 kap. 3 §. I ärenden om skyddat boende hindrar 8 kap. 10 § lag (2024:79) vissa sätt att delge.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Adress, telefonnummer, arbetsplats eller fotografi behövs för delgivning enligt delgivningslagen eller för att hjälpa till med delgivning',
      to: 'Annan myndighet, t.ex. Polismyndigheten',
      verdict: 'får',
    },
    source: 'praktiska §1 p.4; situation 6',
  },
  'osl-10-27': {
    citation: '10 kap. 27 § OSL',
    title: 'Generalklausulen',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En myndighet får lämna en uppgift till en annan myndighet när det är ”uppenbart” att intresset av att lämna den väger tyngre än det som sekretessen skyddar. Socialtjänstsekretessen i 26 kap. 1–6 §§ är undantagen, så socialtjänsten kan aldrig använda regeln.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Använd aldrig generalklausulen för uppgifter från socialtjänsten. 26 kap. 1–6 §§ är undantagna, liksom bland annat hälso- och sjukvården i 25 kap. 1–8 §§. Polisen (35 kap. 1 §) och Kriminalvården (35 kap. 15 §) kan däremot använda regeln när de lämnar uppgifter till socialtjänsten, efter en verklig och dokumenterad avvägning (JO 584-2013, JO 2187-2012).',
    kind: 'sekretessbrytande',
    source: 'brief §1 p.3, §2.5',
  },
  'osl-10-28': {
    citation: '10 kap. 28 § OSL',
    title: 'Uppgiftsskyldighet bryter sekretess',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sekretessen hindrar inte att du lämnar en uppgift till en annan myndighet när en lag eller förordning säger att uppgiften måste lämnas. Det är så bland annat 15 kap. 7 § SoL, 43 b § LVU och polisens anmälningsplikt i 19 kap. 1 § SoL fungerar.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Bara en skyldighet i lag eller förordning räknas. Ett avtal, t.ex. ROC-avtalet, eller en allmän uppgift att samverka eller förebygga brott är ingen uppgiftsskyldighet. Lämna bara det som skyldigheten omfattar.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'En lag eller förordning säger att uppgiften måste lämnas – bara det som skyldigheten omfattar',
      to: 'Den myndighet som har rätt till uppgiften enligt den lagen eller förordningen',
      verdict: 'måste',
    },
    source: 'brief §2.16; praktiska §1 p.1',
  },
  'osl-12-1': {
    citation: '12 kap. 1 § OSL',
    title: 'Ingen sekretess mot personen själv',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sekretess som skyddar en person gäller inte mot personen själv, om inte OSL säger något annat.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    kind: 'sekretess',
    source: 'brief §2.3',
  },
  'osl-12-2': {
    citation: '12 kap. 2 § OSL',
    title: 'Att häva sin egen sekretess',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'En person kan helt eller delvis häva sekretess som skyddar hen själv. Om personen bara samtycker på villkor att mottagaren begränsas i hur uppgiften får användas (förbehåll), måste myndigheten göra det förbehållet.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Ett förbehåll kan bara göras när uppgiften lämnas till en enskild. Hos polisen styrs uppgiften av polisens egna sekretessregler; skriv det i samtyckesblanketten (tolkning). Kontrollera med jurist.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Personen häver sekretessen för sin egen del, helt eller delvis',
      to: 'Den mottagare som samtycket omfattar',
      verdict: 'får',
    },
    source: 'brief §2.3; praktiska situation 8',
  },
  'osl-12-3': {
    citation: '12 kap. 3 § OSL',
    title: 'Barn, vårdnadshavare och sekretess',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Sekretess som skyddar ett barn gäller också mot vårdnadshavaren, men inte i frågor där vårdnadshavaren bestämmer enligt 6 kap. 11 § FB – om inte barnet kan antas lida ”betydande men”. I de frågorna bestämmer vårdnadshavaren över barnets sekretess, ensam eller tillsammans med barnet beroende på barnets ålder och mognad.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'delvis-verifierad',
    caveat:
      'Det finns ingen fast åldersgräns. En vanlig uppfattning är att ett moget barn från ungefär 15 år bestämmer själv. Är du osäker, hämta samtycke från både barnet och vårdnadshavaren. Om en mogen 15–17-åring och vårdnadshavaren inte är överens finns inget giltigt samtycke. Tolkningarna bygger på JO-praxis och rättsvetenskap, inte på lagtext. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'brief §2.3; praktiska situation 8',
  },
  'osl-18-1': {
    citation: '18 kap. 1 § OSL',
    title: 'Förundersökningssekretess',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Uppgifter som hör till en förundersökning är hemliga om det kan antas att förundersökningen skadas om de lämnas ut (rakt skaderekvisit). Sekretessen följer uppgiften och kan därför gälla också hos socialtjänsten, t.ex. för uppgifter i polisens anmälan.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'delvis-verifierad',
    caveat:
      'Att 18 kap. 1 § kan gälla hos socialtjänsten är en tolkning. Stäm av med polisen innan vårdnadshavarna får veta om en misstanke om brott mot barnet (JO 2535-2007). Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'praktiska situation 11',
  },
  'osl-21-3': {
    citation: '21 kap. 3 § OSL',
    title: 'Adressekretess vid hot',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Hos alla myndigheter är adress, telefonnummer, e-post och liknande uppgifter om en person och hens närstående hemliga, om det ”av särskild anledning” kan antas att någon kan hotas, skadas eller drabbas av annat allvarligt men (rakt skaderekvisit).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'delvis-verifierad',
    caveat:
      'Det här är ett andra sekretesslager ovanpå 26 kap. 1 §. Reglerna i 10 kap. 18 a, 18 c, 20, 21, 22 och 23 §§ lyfter inte detta lager, och enligt 7 kap. 3 § gäller den regel som fortfarande ger sekretess. Du behöver en grund för båda lagren, t.ex. 10 kap. 24 §, 26 §, 28 §, 15 a § eller samtycke. Behandla arbetsplats, skola och förskola som adressuppgifter. Hur skadebedömningen ska göras när polisen frågar är bara delvis verifierat. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'praktiska §1 p.6; situation 6',
  },
  'osl-21-3a': {
    citation: '21 kap. 3 a § OSL',
    title: 'Skyddad folkbokföring i ett ärende',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'I ett mål eller ärende där en part har skyddad folkbokföring är uppgifter som visar var parten bor hemliga, om det inte står klart att de kan lämnas ut utan risk (omvänt skaderekvisit). Skyddet är starkare än i 21 kap. 3 §.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'delvis-verifierad',
    caveat:
      'Ett andra sekretesslager ovanpå 26 kap. 1 §. Reglerna i 10 kap. 18 a, 18 c, 20, 21, 22 och 23 §§ lyfter det inte (7 kap. 3 §). Du behöver en grund för båda lagren. Skyldigheten i 15 kap. 7 § SoL gäller bara ett ja eller nej, inte adressen. Om ni ska hänvisa polisen till Skatteverket är inte kontrollerat. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'praktiska §1 p.6; situation 6 och 9',
  },
  'osl-26-1': {
    citation: '26 kap. 1 § OSL',
    title: 'Sekretess inom socialtjänsten',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Uppgifter om enskildas personliga förhållanden inom socialtjänsten är hemliga. Du får bara lämna ut dem om det står klart att varken personen eller någon närstående tar skada (omvänt skaderekvisit). Till polisen eller Kriminalvården behövs i praktiken alltid en sekretessbrytande regel eller ett samtycke.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Generalklausulen i 10 kap. 27 § OSL kan aldrig användas för den här sekretessen. Menprövningen görs utifrån personens egen synvinkel (JO 846-2012). Redan det att någon är aktuell hos socialtjänsten är hemligt (JO 5352-2011). Ett samverkansavtal kan inte häva sekretessen. För adresser kan ett andra sekretesslager gälla (21 kap. 3 och 3 a §§).',
    kind: 'sekretess',
    source: 'brief §1, §2.1',
  },
  'osl-26-2': {
    citation: '26 kap. 2 § OSL',
    title: 'Barnets vistelseort mot föräldrar',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Barnets vistelseort kan vara hemlig även mot en förälder eller vårdnadshavare. Det gäller när barnet vårdas eller är omhändertaget enligt LVU, eller har fått skyddat boende enligt lag (2024:79), och sekretessen behövs för syftet.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Om barnet bor i skyddat boende med båda vårdnadshavarnas samtycke (22 kap. 5 § SoL) gäller paragrafen inte enligt sin ordalydelse. Då avgör 12 kap. 3 § OSL, vilket är en tolkning. 10 kap. 15 a § undantar inte denna sekretess, så ett utlämnande av vistelseorten enligt 15 a kräver en uttrycklig avvägning. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'praktiska situation 9; brief §2.6',
  },
  'osl-26-5': {
    citation: '26 kap. 5 § OSL',
    title: 'Skydd för privat anmälare',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Vem en privatperson är som har anmält eller lämnat uppgifter, och vad hen har sagt, kan hållas hemligt för den som anmälan gäller, om det finns risk för våld eller annat allvarligt men. Polisen är inte en privatperson, så det skyddas inte att det var polisen som anmälde.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      '10 kap. 15 a § undantar inte denna sekretess, så att lämna ut en anmälares identitet enligt 15 a kräver en uttrycklig avvägning. Om enskilda polisers namn kan hållas hemliga hos socialtjänsten är inte kontrollerat. Kontrollera med jurist.',
    kind: 'sekretess',
    source: 'brief §2.1, §2.6; praktiska situation 11',
  },
  'osl-26-9': {
    citation: '26 kap. 9 § OSL',
    title: 'Till annan socialtjänst eller vården',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter om en person eller en närstående till en annan socialtjänstmyndighet, också i en annan kommun, eller till hälso- och sjukvården, om det behövs för att personen ska få nödvändig vård, behandling eller annat stöd. Det gäller bara om personen är under 18, har ett pågående missbruk eller vårdas enligt psykiatrisk tvångsvård, och för uppgifter om en gravid person för att skydda det väntade barnet.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Det här är den vanliga vägen för att skicka en anmälan eller uppgifter om ett barn till rätt kommun, också inom ROC. Regeln gäller inte mot polisen eller Kriminalvården.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Personen är under 18, har ett pågående missbruk eller vårdas enligt psykiatrisk tvångsvård (eller uppgiften gäller en gravid person och skyddar det väntade barnet), och uppgiften behövs för nödvändig vård, behandling eller annat stöd',
      to: 'Annan socialtjänstmyndighet (även i en annan kommun) och hälso- och sjukvården',
      verdict: 'får',
    },
    source: 'brief §2.17, §6.2',
  },
  'osl-26-9a': {
    citation: '26 kap. 9 a § OSL',
    title: 'Besked till den som anmält',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Socialnämnden får berätta för den som har anmält enligt 19 kap. 1 eller 2 § SoL om en utredning har inletts, inte har inletts eller redan pågår, om det inte är olämpligt.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Sedan den 15 januari 2026 måste beskedet lämnas på begäran, se 19 kap. 6 § SoL. Bara den nämnd som fattar beslutet kan lämna beskedet. Inom ROC är det hemkommunen, inte Stockholms socialjour.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Den som anmälde enligt 19 kap. 1 eller 2 § SoL ska få veta om utredning har inletts, inte inletts eller redan pågår – om det inte är olämpligt',
      to: 'Den som gjorde anmälan, t.ex. Polismyndigheten',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:436',
        text: 'Hänvisningarna ändrades till den nya socialtjänstlagen (19 kap. 1 eller 2 § och 20 kap. 2 §).',
      },
    ],
    source: 'brief §2.17, §3.2, §9(c)',
  },
  'osl-26-9b': {
    citation: '26 kap. 9 b § OSL',
    title: 'Till Kriminalvården vid ungdomsövervakning',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Du får lämna uppgifter till Kriminalvården när de behövs för att upprätta en verkställighetsplan för ungdomsövervakning som ska förebygga nya brott, eller när de gäller något som planen omfattar.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften behövs för att upprätta en verkställighetsplan för ungdomsövervakning som ska förebygga återfall, eller gäller något som planen omfattar',
      to: 'Kriminalvården',
      verdict: 'får',
    },
    source: 'brief §2.17, §5.1',
  },
  'osl-26-9e': {
    citation: '26 kap. 9 e § OSL',
    title: 'Från SiS till polis och tull',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Statens institutionsstyrelse (SiS) får lämna uppgifter till polisen, Säpo eller Tullverket för att förebygga, förhindra eller upptäcka brottslig verksamhet, om konkreta omständigheter visar risk för brott som kan ge fängelse. SiS får också anmäla brott som har begåtts i den egna verksamheten.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Gäller SiS, inte socialnämnden. Inte om det är olämpligt med hänsyn till insatser.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'SiS: konkreta omständigheter visar risk för brottslig verksamhet med fängelse i straffskalan, eller brott har begåtts i SiS egen verksamhet – och det är inte olämpligt med hänsyn till insatser',
      to: 'Polismyndigheten, Säkerhetspolisen och Tullverket',
      verdict: 'får',
    },
    history: [
      {
        date: '2025-04-01',
        sfs: '2025:179',
        text: 'Ny paragraf.',
      },
    ],
    source: 'brief §2.17, §10 p.1',
  },
  'osl-35-1': {
    citation: '35 kap. 1 § OSL',
    title: 'Sekretess hos polis och åklagare',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Uppgifter om enskilda i polisens och åklagarens verksamhet, t.ex. förundersökningar och underrättelseverksamhet, är hemliga med omvänt skaderekvisit. Polisens orosanmälan till socialtjänsten går igenom sekretessen genom anmälningsplikten i 19 kap. 1 § SoL och 10 kap. 28 § OSL.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Polisens sekretess är inte undantagen från generalklausulen, så polisen kan lämna uppgifter till socialtjänsten med stöd av 10 kap. 27 § efter en dokumenterad avvägning, och sedan 1 december 2025 även med stöd av 10 kap. 15 a §.',
    kind: 'sekretess',
    source: 'brief §2.5, §2.17, §4',
  },
  'osl-35-10c': {
    citation: '35 kap. 10 c § OSL',
    title: 'Polisen till socialtjänsten mot terrorbrott',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Polisen får lämna uppgifter till socialtjänsten som kan antas hjälpa till att förebygga terroristbrott, efter en avvägning.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat: 'Regeln gäller från polisen till socialtjänsten, inte tvärtom.',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften kan antas hjälpa till att förebygga terroristbrott, efter en avvägning',
      to: 'Socialtjänsten',
      verdict: 'får',
    },
    source: 'brief §2.17, §4',
  },
  'osl-35-15': {
    citation: '35 kap. 15 § OSL',
    title: 'Sekretess hos Kriminalvården',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Uppgifter om enskilda hos Kriminalvården är hemliga bara om det kan antas att någon skadas eller att det uppstår fara om uppgiften lämnas ut (rakt skaderekvisit). Skyddet är alltså svagare än socialtjänstens sekretess.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Kriminalvårdens sekretess är inte undantagen från 10 kap. 27 § eller 10 kap. 15 a §, så Kriminalvården kan lämna uppgifter till socialtjänsten med stöd av dem. Kriminalvården måste också anmäla oro för barn (19 kap. 1 § SoL) och svara på frågor i en barnutredning (20 kap. 6 § SoL).',
    kind: 'sekretess',
    source: 'brief §2.5, §2.17, §5.2',
  },
  'osl-35-15a': {
    citation: '35 kap. 15 a § OSL',
    title: 'Kriminalvården vid ungdomsövervakning',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Kriminalvården får lämna uppgifter om den som avtjänar ungdomsövervakning till en enskild eller en annan myndighet, för att verkställighetsplanen ska kunna genomföras.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    kind: 'sekretessbrytande',
    breaking: {
      when: 'Uppgiften gäller någon som avtjänar ungdomsövervakning och behövs för att genomföra verkställighetsplanen',
      to: 'Enskilda och andra myndigheter, t.ex. socialtjänsten',
      verdict: 'får',
    },
    source: 'brief §2.17',
  },
  'osl-40-7g': {
    citation: '40 kap. 7 g § OSL',
    title: 'Sekretess för orosanmälan hos anmälaren',
    law: 'Offentlighets- och sekretesslagen',
    sfs: '2009:400',
    summary:
      'Hos den som har gjort en orosanmälan om ett barn enligt 19 kap. 1 § SoL, t.ex. polisen eller Kriminalvården, är uppgifter om enskilda i anmälan hemliga med omvänt skaderekvisit. Det gäller också socialnämndens besked enligt 19 kap. 6 § SoL.',
    appliesFrom: '2026-01-15',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2009:400',
    status: 'verifierad',
    caveat:
      'Sekretessen gäller hos den som anmäler, inte hos socialtjänsten, där 26 kap. 1 § gäller. Tystnadsplikten går före meddelarfriheten (40 kap. 8 §).',
    kind: 'sekretess',
    history: [
      {
        date: '2026-01-15',
        sfs: '2025:1495',
        text: 'Ny paragraf om sekretess för orosanmälningar hos de myndigheter och verksamheter som anmäler.',
      },
    ],
    source: 'brief §2.17, §4, §10 p.5',
  },

  // ---------------------------------------------------------------------------------------------
  // Socialtjänstlagen (2025:400)
  // ---------------------------------------------------------------------------------------------
  'sol-3-1': {
    citation: '3 kap. 1 § SoL',
    title: 'Vem som är barn',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary: 'I socialtjänstlagen är ett barn en person under 18 år.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      '”Unga” definieras inte i socialtjänstlagen, så långt den är kontrollerad. Att det betyder 18–20 år är ett antagande. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'brief §3.3',
  },
  'sol-4-3': {
    citation: '4 kap. 3 § SoL',
    title: 'Avtal om att utföra uppgifter',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden får sluta avtal med andra om att utföra uppgifter, men myndighetsutövning får inte lämnas över till privata utförare. För avtal mellan kommuner hänvisar paragrafen till avtalssamverkan enligt 9 kap. 37 § kommunallagen.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '2 kap. 5 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell. Raden är overifierad; gamla 2 kap. 5 § gällde avtal med andra utförare och motsvarar bara delvis den nya paragrafen – kontrollera med jurist',
    },
    status: 'verifierad',
    caveat:
      'Ett avtal kan aldrig häva sekretess. Nämnderna i de olika kommunerna är fortfarande olika myndigheter. Vilken paragraf i gamla SoL som motsvarar denna är inte kontrollerat. Kontrollera med jurist.',
    kind: 'ansvar',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Motsvarande regel fanns tidigare i 2 kap. 5 § gamla SoL (jämförelse av innehållet, overifierad).',
      },
    ],
    source: 'brief §3.2, §6.1, §13',
  },
  'sol-6-8': {
    citation: '6 kap. 8 § SoL',
    title: 'Förebygga och motverka brott',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden har en uttrycklig uppgift att förebygga och motverka brottslighet. Det är en uppgift, inte en skyldighet att lämna uppgifter, och den bryter inte sekretess.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Paragrafen ger inget stöd för att lämna hemliga uppgifter till polisen. Det krävs en sekretessbrytande regel eller samtycke. Gamla SoL 5 kap. 1 § innehöll delvis något liknande (jämförelse av innehållet).',
    kind: 'ansvar',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Ny uttrycklig uppgift i den nya socialtjänstlagen.',
      },
    ],
    source: 'brief §3.2, §3.4',
  },
  'sol-14-2': {
    citation: '14 kap. 2 § SoL',
    title: 'Skyldighet att inleda utredning',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Här finns socialnämndens skyldighet att inleda utredning. När Stockholms socialjour inom ROC kontaktar polisen för att förtydliga eller komplettera en anmälan är det ännu inte en utredning.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '11 kap. 1 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    kind: 'forfarande',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 11 kap. 1 § gamla SoL.',
      },
    ],
    source: 'brief §3.2, §12',
  },
  'sol-14-3': {
    citation: '14 kap. 3 § SoL',
    title: 'Dokumentation',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Handläggningen av ärenden om enskilda, beslut, åtgärder och viktiga fakta och händelser måste dokumenteras. Att lämna ut uppgifter till polisen eller Kriminalvården är en åtgärd, så skriv ner vad du lämnade, till vem, med stöd av vilken bestämmelse och vilken avvägning du gjorde.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '11 kap. 5 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    caveat:
      'Vilka föreskrifter från Socialstyrelsen om dokumentation som gäller under den nya socialtjänstlagen (tidigare SOSFS 2014:5) är inte kontrollerat. Kontrollera med jurist.',
    kind: 'forfarande',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 11 kap. 5 § gamla SoL.',
      },
    ],
    source: 'brief §2.18, §3.2',
  },
  'sol-15-5': {
    citation: '15 kap. 5 § SoL',
    title: 'Underrättelse till åklagaren',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden måste underrätta åklagaren när det kan finnas skäl att varna en ung person (30 b § LUL) eller att undanröja ungdomsvård eller ungdomstjänst (32 kap. 4 § BrB).',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Det kan finnas förutsättningar för varning enligt 30 b § LUL, eller för att undanröja ungdomsvård eller ungdomstjänst enligt 32 kap. 4 § BrB',
      to: 'Åklagaren',
      verdict: 'måste',
    },
    source: 'brief §2.16',
  },
  'sol-15-7': {
    citation: '15 kap. 7 § SoL',
    title: 'Besked om placering',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Om domstol, åklagare, polisen, Säpo, Kronofogden, Skatteverket eller Tullverket frågar i ett enskilt ärende måste socialnämnden svara på om en person vistas i familjehem, stödboende, skyddat boende eller HVB. Skyldigheten gäller bara ja eller nej, inte adressen eller vilket hem.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '12 kap. 10 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell. Raden är overifierad; gamla 12 kap. 10 § hade en liknande regel – kontrollera med jurist',
    },
    status: 'verifierad',
    caveat:
      'Lagtexten kräver bara besked om huruvida personen vistas där. Om skyldigheten i praktiken går längre, t.ex. till att namnge hemmet, är inte klarlagt. Allt utöver ja eller nej kräver en annan grund för både 26 kap. 1 § och adressekretessen i 21 kap. 3 och 3 a §§. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'På begäran i ett enskilt ärende: om personen vistas i familjehem, stödboende, skyddat boende eller HVB – bara ja eller nej',
      to: 'Domstol, åklagarmyndighet, Polismyndigheten, Säkerhetspolisen, Kronofogden, Skatteverket och Tullverket',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. En liknande regel fanns tidigare i 12 kap. 10 § gamla SoL (jämförelse av innehållet, overifierad).',
      },
    ],
    source: 'brief §2.16, §3.2; praktiska §1 p.3',
  },
  'sol-15-8': {
    citation: '15 kap. 8 § SoL',
    title: 'Uppgift om att någon är aktuell',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Skyldigheten att lämna uppgift om att en person är aktuell hos socialnämnden gäller bara mellan nämnder i samma kommun. Det finns ingen sådan skyldighet mot polisen.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Bekräfta aldrig för polisen att någon är aktuell med stöd av denna paragraf. Finns ingen annan grund: svara att ni varken kan bekräfta eller förneka, och ge samma svar om personen inte är känd. Paragrafens närmare villkor beskrivs inte här, så läs lagtexten. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Uppgift om att en person är aktuell hos nämnden, enligt villkoren i paragrafen',
      to: 'En annan nämnd i samma kommun (inte polisen)',
      verdict: 'måste',
    },
    source: 'praktiska situation 7',
  },
  'sol-15-9': {
    citation: '15 kap. 9 § SoL',
    title: 'Uppgifter om överlämnade insatser',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'När en kommun har lämnat över insatser till en annan kommun måste den kommun som utför dem på begäran ge den ansvariga nämnden de uppgifter som behövs för kvalitetssäkring, administration och uppföljning.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Om det räknas som en ”insats” att ta emot anmälningar åt en annan kommun, som inom ROC, är inte klarlagt. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'På begäran: uppgifter som behövs för kvalitetssäkring, administration och uppföljning av insatser som en kommun har lämnat över till en annan',
      to: 'Den ansvariga nämnden i den kommun som lämnat över insatserna',
      verdict: 'måste',
    },
    source: 'brief §6.2',
  },
  'sol-18-4': {
    citation: '18 kap. 4 § SoL',
    title: 'Förebygga brott bland barn och unga',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden har en uttrycklig uppgift att förebygga och motverka brottslighet bland barn och unga. Det är en uppgift, inte en skyldighet att lämna uppgifter, och den bryter inte sekretess.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Paragrafen ger inget stöd för att lämna hemliga uppgifter till polisen. Det krävs en sekretessbrytande regel, t.ex. 10 kap. 18 a § OSL, eller samtycke. Gamla SoL 5 kap. 1 § innehöll delvis något liknande (jämförelse av innehållet).',
    kind: 'ansvar',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Ny uttrycklig uppgift i den nya socialtjänstlagen.',
      },
    ],
    source: 'brief §3.2, §3.4',
  },
  'sol-18-6': {
    citation: '18 kap. 6 § SoL',
    title: 'Samverkan kring barn som far illa',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden har ansvar för att samverka med andra kring barn som far illa eller riskerar att fara illa. Samverkan i sig bryter inte sekretess: varje utbyte av uppgifter kräver samtycke eller en sekretessbrytande regel.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '5 kap. 1 a § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    kind: 'ansvar',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 5 kap. 1 a § gamla SoL.',
      },
    ],
    source: 'brief §3.2',
  },
  'sol-19-1': {
    citation: '19 kap. 1 § SoL',
    title: 'Skyldighet att anmäla oro för barn',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'De myndigheter och yrkesverksamma som räknas upp, bland dem polisen, Säpo och Kriminalvården, måste genast anmäla till socialnämnden om de får veta eller misstänker att ett barn far illa. Sedan den 15 januari 2026 är listan längre, bland annat med ordningsvakter, Skatteverket och Försäkringskassan.',
    appliesFrom: '2026-01-15',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '14 kap. 1 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    caveat:
      'Skyldigheten gäller inte när den unge har fyllt 18. Anmälan går i praktiken till socialnämnden i barnets bosättningskommun. Polisen får inte anmäla rutinmässigt utan måste bedöma varje fall (JO 682-2014). Anmälningsplikten bryter anmälarens sekretess via 10 kap. 28 § OSL.',
    kind: 'anmalan',
    breaking: {
      when: 'Den som omfattas får veta eller misstänker att ett barn (under 18) far illa',
      to: 'Socialnämnden, i praktiken i barnets bosättningskommun',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Anmälningsplikten fanns tidigare i 14 kap. 1 § gamla SoL.',
      },
      {
        date: '2026-01-15',
        sfs: '2025:1501',
        text: 'En längre och uttrycklig lista över vilka som måste anmäla, bland annat tandvården, skolväsendet, ordningsvakter, Skatteverket, Försäkringskassan och Åklagarmyndigheten.',
      },
    ],
    source: 'brief §3.3, §10 p.5',
  },
  'sol-19-2': {
    citation: '19 kap. 2 § SoL',
    title: 'Anmälan från familjerådgivningen',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Här finns anmälningsplikten för den som arbetar inom familjerådgivning. Den som har anmält enligt denna paragraf kan få besked om utredningen enligt 26 kap. 9 a § OSL.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '14 kap. 1 § tredje stycket SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    caveat:
      'När familjerådgivningen måste anmäla beskrivs inte i detalj här. Läs lagtexten. Kontrollera med jurist.',
    kind: 'anmalan',
    breaking: {
      when: 'Den som arbetar inom familjerådgivning får i sitt arbete veta något om ett barn som paragrafen anger (villkoren: se lagtexten)',
      to: 'Socialnämnden',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 14 kap. 1 § tredje stycket gamla SoL.',
      },
    ],
    source: 'brief §3.2, §2.17',
  },
  'sol-19-4': {
    citation: '19 kap. 4 § SoL',
    title: 'Alla bör anmäla oro',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Alla som är oroliga för att ett barn far illa bör anmäla det till socialnämnden. Det är en uppmaning, inte en skyldighet.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '14 kap. 1 c § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    kind: 'anmalan',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 14 kap. 1 c § gamla SoL.',
      },
    ],
    source: 'brief §3.2',
  },
  'sol-19-6': {
    citation: '19 kap. 6 § SoL',
    title: 'Besked till anmälaren inom en vecka',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Om den som har anmält begär det måste socialnämnden berätta om en utredning har inletts, inte har inletts eller redan pågår. Beskedet måste lämnas senast en vecka efter beslutet, eller genast om begäran kommer senare eller en utredning redan pågår.',
    appliesFrom: '2026-01-15',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '14 kap. 1 b § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell. Raden är overifierad; att gamla 14 kap. 1 b § motsvarar denna paragraf har inte bekräftats – kontrollera med jurist',
    },
    status: 'verifierad',
    caveat:
      'Bara den nämnd som fattar beslutet kan lämna beskedet. Inom ROC är det hemkommunen, inte Stockholms socialjour. Beskedet blir sedan hemligt hos anmälaren (40 kap. 7 g § OSL). Vilken paragraf i gamla SoL som motsvarar denna är inte kontrollerat. Kontrollera med jurist.',
    kind: 'anmalan',
    breaking: {
      when: 'Anmälaren begär besked om utredning har inletts, inte inletts eller redan pågår – senast en vecka efter beslutet, annars genast',
      to: 'Den som gjorde anmälan enligt 19 kap. 1 eller 2 §, t.ex. Polismyndigheten',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft.',
      },
      {
        date: '2026-01-15',
        text: 'Beskedet måste nu lämnas på begäran senast en vecka efter beslutet.',
      },
    ],
    source: 'brief §2.17, §3.2, §10 p.5, §13',
  },
  'sol-20-1': {
    citation: '20 kap. 1 § SoL',
    title: 'Omedelbar skyddsbedömning',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'När en anmälan om ett barn eller en ung person kommer in måste socialnämnden direkt bedöma om den unge behöver omedelbart skydd (omedelbar skyddsbedömning).',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '11 kap. 1 a § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    caveat:
      'Inom ROC gör hemkommunen skyddsbedömningen, inte Stockholms socialjour, så överlämningen måste gå snabbt. En vistelsekommun får göra skyddsbedömningen (JO, Söderhamn). ”Unga” definieras inte i socialtjänstlagen, så långt den är kontrollerad; att det avser 18–20 år är ett antagande. Kontrollera med jurist.',
    kind: 'anmalan',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 11 kap. 1 a § gamla SoL.',
      },
    ],
    source: 'brief §3.2, §3.3, §6.3, §12',
  },
  'sol-20-2': {
    citation: '20 kap. 2 § SoL',
    title: 'Förhandsbedömning inom 14 dagar',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Socialnämnden måste inom 14 dagar från att anmälan kom in bedöma om en utredning ska inledas (förhandsbedömning).',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '11 kap. 1 a § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    caveat:
      'Förhandsbedömningen görs av bosättningskommunen. En vistelsekommun får inte göra den (JO, Söderhamn), och inom ROC gör inte Stockholms socialjour den. Om mottagandet hos Stockholms socialjour räknas som att anmälan har kommit in till hemkommunen är inte klarlagt, så lämna över direkt. Kontrollera med jurist.',
    kind: 'anmalan',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 11 kap. 1 a § gamla SoL.',
      },
    ],
    source: 'brief §3.2, §6.3, §8, §12',
  },
  'sol-20-3': {
    citation: '20 kap. 3 § SoL',
    title: 'Utredning inom fyra månader',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Huvudregeln är att en utredning om ett barns behov av skydd eller stöd måste vara klar inom fyra månader.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '11 kap. 2 § SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    kind: 'anmalan',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Regeln fanns tidigare i 11 kap. 2 § gamla SoL.',
      },
    ],
    source: 'brief §3.2',
  },
  'sol-20-6': {
    citation: '20 kap. 6 § SoL',
    title: 'Uppgifter till en barnutredning',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'När socialnämnden har beslutat att inleda en utredning om ett barns behov av skydd eller stöd måste de myndigheter och yrkesverksamma som räknas upp i 19 kap. 1 § lämna alla uppgifter som kan ha betydelse för utredningen. Polisen och Kriminalvården omfattas.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '14 kap. 1 § fjärde stycket SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell. Hänvisningen gäller lydelsen 2002–2012; var regeln stod i gamla SoL därefter är overifierat – kontrollera med jurist',
    },
    status: 'verifierad',
    caveat:
      'Skyldigheten gäller först när en utredning har inletts. Uppgifterna lämnas med stöd av 10 kap. 28 § OSL. Var regeln stod i gamla SoL efter 2012 är inte kontrollerat. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Socialnämnden har inlett en utredning om ett barns behov av skydd eller stöd, och uppgiften kan ha betydelse för den (gäller myndigheter och yrkesverksamma i 19 kap. 1 §, t.ex. polisen och Kriminalvården)',
      to: 'Socialnämnden',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft.',
      },
    ],
    source: 'brief §2.16, §3.2, §13',
  },
  'sol-22-5': {
    citation: '22 kap. 5 § SoL',
    title: 'Skyddat boende med båda vårdnadshavarnas samtycke',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Ett barn kan få skyddat boende enligt socialtjänstlagen när båda vårdnadshavarna samtycker. Då gäller sekretessen om barnets vistelseort i 26 kap. 2 § OSL inte enligt sin ordalydelse.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'delvis-verifierad',
    caveat:
      'Att 26 kap. 2 § OSL inte gäller här, och att sekretessen mot den andra vårdnadshavaren då beror på 12 kap. 3 § OSL (”betydande men”), är en tolkning. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'praktiska situation 9',
  },
  'sol-29-1': {
    citation: '29 kap. 1 § SoL',
    title: 'Bosättningskommunens ansvar',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Det är bosättningskommunen som har ansvaret enligt socialtjänstlagen. En orosanmälan om ett barn ska därför gå till barnets bosättningskommun, som också gör förhandsbedömningen och utredningen.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    former: {
      citation: '2 a kap. SoL (2001:453)',
      sfs: '2001:453',
      note: 'Bygger på en jämförelse av innehållet, inte på en officiell jämförelsetabell.',
    },
    status: 'verifierad',
    kind: 'ansvar',
    history: [
      {
        date: '2025-07-01',
        sfs: '2025:400',
        text: 'Den nya socialtjänstlagen trädde i kraft. Ansvarsfördelningen mellan kommuner fanns tidigare i 2 a kap. gamla SoL.',
      },
    ],
    source: 'brief §3.2, §6.3, §8, §13',
  },
  'sol-29-4': {
    citation: '29 kap. 4 § SoL',
    title: 'Vistelsekommunen i akuta lägen',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Den kommun där personen befinner sig (vistelsekommunen) ansvarar för insatser i akuta situationer. För andra insatser ansvarar den bara om det inte är klart att en annan kommun har ansvaret.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Enligt JO (Söderhamn) får vistelsekommunen göra den omedelbara skyddsbedömningen men inte förhandsbedömningen.',
    kind: 'ansvar',
    source: 'brief §6.3, §13',
  },
  'sol-29-9': {
    citation: '29 kap. 9 § SoL',
    title: 'Påbörjad barnutredning slutförs',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'En kommun som har inlett en utredning om ett barn måste slutföra den, även om ansvaret flyttar till en annan kommun.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    kind: 'ansvar',
    source: 'brief §6.3, §13',
  },
  'sol-29-12': {
    citation: '29 kap. 12 § SoL',
    title: 'Uppgifter när ärende flyttas',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'När ett ärende flyttas till en annan kommun (29 kap. 10–11 §§) måste den kommun som lämnar över ge den nya kommunen de uppgifter som behövs.',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Ett ärende flyttas över till en annan kommun enligt 29 kap. 10–11 §§ – de uppgifter som behövs',
      to: 'Den kommun som tar över ärendet',
      verdict: 'måste',
    },
    source: 'brief §6.2, §13',
  },
  'sol-30-7': {
    citation: '30 kap. 7 § SoL',
    title: 'Beslut som bara utskott får fatta',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Paragrafen räknar upp beslut som socialnämnden bara får delegera till ett utskott. Dit hör beslut att begära hjälp av polisen eller Kriminalvården enligt 43 § LVU (p. 16) och beslut om att hålla barnets vistelseort hemlig enligt 14 § LVU (p. 8).',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat:
      'Hur delegationsförbudet går ihop med att 43 § LVU låter en tjänsteman som nämnden har förordnat begära hjälp är inte klarlagt. Följ er delegationsordning. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'praktiska §1 p.8; situation 4 och 9',
  },
  'sol-30-8': {
    citation: '30 kap. 8 § SoL',
    title: 'Utskottsbeslut om skyddat boende',
    law: 'Socialtjänstlagen',
    sfs: '2025:400',
    summary:
      'Paragrafen räknar upp beslut enligt lag (2024:79) om skyddat boende som socialnämnden bara får delegera till ett utskott. Dit hör beslut att begära polisens hjälp enligt 8 kap. 7 § (p. 7) och beslut om att hålla vistelseorten hemlig enligt 5 kap. 4 § (p. 5).',
    appliesFrom: '2025-07-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:400',
    status: 'verifierad',
    caveat: 'Följ er delegationsordning.',
    kind: 'ansvar',
    source: 'praktiska §1 p.8; situation 4 och 9',
  },

  // ---------------------------------------------------------------------------------------------
  // Brottsbalken (1962:700)
  // ---------------------------------------------------------------------------------------------
  'brb-20-3': {
    citation: '20 kap. 3 § BrB',
    title: 'Brott mot tystnadsplikt',
    law: 'Brottsbalken',
    sfs: '1962:700',
    summary:
      'Om du lämnar ut en uppgift som du har tystnadsplikt om, utan stöd i lag, kan du dömas för brott mot tystnadsplikt. I en akut nödsituation kan nöd (24 kap. 4 § BrB) göra att det inte är straffbart.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1962:700',
    status: 'verifierad',
    caveat: 'Nöd är en sista utväg när ingen regel i OSL passar. Läs kapitlet om nödsituationer.',
    kind: 'straffratt',
    source: 'brief §2.19, §15',
  },
  'brb-23-6': {
    citation: '23 kap. 6 § BrB',
    title: 'Underlåtenhet att avslöja brott',
    law: 'Brottsbalken',
    sfs: '1962:700',
    summary:
      'Paragrafen gäller underlåtenhet att avslöja brott. Kommunala vägledningar nämner den bredvid nöd när ett allvarligt brott är på väg att begås (”å färde”).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1962:700',
    status: 'verifierad',
    caveat:
      'Handboken beskriver inte vilka brott paragrafen gäller eller hur den förhåller sig till socialtjänstsekretessen. Bygg inget beslut på den: läs lagtexten och kontrollera med jurist. Vid akut fara: ring 112.',
    kind: 'straffratt',
    source: 'brief §2.19, §15',
  },
  'brb-24-4': {
    citation: '24 kap. 4 § BrB',
    title: 'Nöd',
    law: 'Brottsbalken',
    sfs: '1962:700',
    summary:
      'En handling i nöd är ett brott bara om den är oförsvarlig. Nöd finns när fara hotar liv, hälsa, egendom eller något annat viktigt intresse som skyddas av lag, så vid akut fara kan du lämna ut det minsta som behövs för att avvärja faran.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1962:700',
    status: 'verifierad',
    caveat:
      'Nöd är en sista utväg när ingen regel i OSL passar. Om ett utlämnande var försvarligt bedöms utifrån faran, skadan för andra och omständigheterna. Vid akut fara för liv eller hälsa: ring 112, lämna bara det som behövs och dokumentera efteråt. Du behöver inte vänta på en jurist i en akut situation. Kontrollera med jurist.',
    kind: 'straffratt',
    breaking: {
      when: 'Akut och konkret fara för liv eller hälsa som ingen regel i OSL täcker – bara det minsta som behövs för att avvärja faran, dokumentera efteråt',
      to: 'Den som kan avvärja faran, t.ex. polisen via 112',
      verdict: 'får',
    },
    source: 'brief §1 p.3, §2.19, §15',
  },

  // ---------------------------------------------------------------------------------------------
  // LVU (1990:52)
  // ---------------------------------------------------------------------------------------------
  'lvu-6': {
    citation: '6 § LVU',
    title: 'Omedelbart omhändertagande',
    law: 'Lagen med särskilda bestämmelser om vård av unga',
    sfs: '1990:52',
    summary:
      'Socialnämnden kan besluta om omedelbart omhändertagande av ett barn när villkoren i paragrafen är uppfyllda. Ett sådant beslut kan genomföras med polisens hjälp (handräckning enligt 43 § LVU).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1990:52',
    status: 'delvis-verifierad',
    caveat:
      'Villkoren för ett omedelbart omhändertagande beskrivs inte här och är inte kontrollerade. Läs lagtexten. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 5',
  },
  'lvu-14': {
    citation: '14 § LVU',
    title: 'Hemlig vistelseort vid LVU',
    law: 'Lagen med särskilda bestämmelser om vård av unga',
    sfs: '1990:52',
    summary:
      'Socialnämnden kan besluta att barnets vistelseort inte ska lämnas ut till föräldrar eller vårdnadshavare (andra stycket p. 2). Beslutet ska omprövas var tredje månad.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1990:52',
    status: 'verifierad',
    caveat:
      'Beslutet får bara delegeras till ett utskott (30 kap. 7 § p. 8 SoL). Se också 26 kap. 2 § OSL.',
    kind: 'sekretess',
    source: 'praktiska situation 9',
  },
  'lvu-43': {
    citation: '43 § LVU',
    title: 'Handräckning av polisen',
    law: 'Lagen med särskilda bestämmelser om vård av unga',
    sfs: '1990:52',
    summary:
      'Polisen måste hjälpa till när nämnden, en ledamot eller tjänsteman som nämnden har förordnat, domstolen eller SiS begär det, t.ex. för att genomföra ett beslut om vård eller omhändertagande. En begäran får bara göras om det kan befaras att åtgärden inte går att genomföra utan polisens särskilda befogenheter, eller om det annars finns ”synnerliga skäl”.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1990:52',
    status: 'verifierad',
    caveat:
      'Tröskeln gäller inte domstolens begäran eller SiS begäran om att söka efter en ung person som har avvikit. Skriv ner varför polisens hjälp behövs och återkalla begäran när den inte längre behövs (JO). Beslutet får bara delegeras till ett utskott (30 kap. 7 § p. 16 SoL). Hur det går ihop med förordnade tjänstemän är inte klarlagt. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 4',
  },
  'lvu-43b': {
    citation: '43 b § LVU',
    title: 'Uppgifter till polisen vid handräckning',
    law: 'Lagen med särskilda bestämmelser om vård av unga',
    sfs: '1990:52',
    summary:
      'Den som begär handräckning måste, trots sekretess, ge polisen eller Kriminalvården de uppgifter om den unge eller en närstående som behövs för att planera och genomföra åtgärden. Lämna bara det som behövs, inte hela utredningen.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1990:52',
    status: 'verifierad',
    caveat:
      'Det är en uppgiftsskyldighet som bryter sekretessen via 10 kap. 28 § OSL, inte ett utlämnande enligt 10 kap. 2 §. Typiskt innehåll: beslutet som ska genomföras, var den unge kan vara, vilka andra som finns på adressen, risk för våld, vapen, självskada eller rymning, hälsobehov och en kontaktperson.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Handräckning har begärts enligt 43 § LVU – de uppgifter om den unge eller en närstående som behövs för att planera och genomföra åtgärden',
      to: 'Polismyndigheten eller Kriminalvården (den som ska genomföra åtgärden)',
      verdict: 'måste',
    },
    source: 'praktiska §1 p.1; situation 4',
  },

  // ---------------------------------------------------------------------------------------------
  // Lag (2024:79) om placering av barn i skyddat boende
  // ---------------------------------------------------------------------------------------------
  'skb-5-4': {
    citation: '5 kap. 4 § lag (2024:79)',
    title: 'Hemlig vistelseort i skyddat boende',
    law: 'Lagen om placering av barn i skyddat boende',
    sfs: '2024:79',
    summary:
      'Socialnämnden kan besluta att barnets vistelseort i skyddat boende ska hållas hemlig för den andra vårdnadshavaren. Beslutet ska omprövas var sjätte månad (5 kap. 6 §) och kan överklagas (9 kap. 1 §).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2024:79',
    status: 'verifierad',
    caveat:
      'Beslutet får bara delegeras till ett utskott (30 kap. 8 § p. 5 SoL). Se också 26 kap. 2 § OSL.',
    kind: 'sekretess',
    source: 'praktiska situation 9',
  },
  'skb-8-7': {
    citation: '8 kap. 7 § lag (2024:79)',
    title: 'Polisens hjälp vid skyddat boende',
    law: 'Lagen om placering av barn i skyddat boende',
    sfs: '2024:79',
    summary:
      'Polisen måste på begäran hjälpa till att genomföra beslut enligt lagen om skyddat boende. Samma tröskel gäller som vid handräckning enligt 43 § LVU.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2024:79',
    status: 'verifierad',
    caveat: 'Beslutet att begära hjälp får bara delegeras till ett utskott (30 kap. 8 § p. 7 SoL).',
    kind: 'forfarande',
    source: 'praktiska situation 4; §1 p.8',
  },
  'skb-8-9': {
    citation: '8 kap. 9 § lag (2024:79)',
    title: 'Uppgifter till polisen vid skyddat boende',
    law: 'Lagen om placering av barn i skyddat boende',
    sfs: '2024:79',
    summary:
      'Den som begär polisens hjälp enligt 8 kap. 7 § måste, trots sekretess, ge polisen de uppgifter som behövs för att planera och genomföra åtgärden.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2024:79',
    status: 'verifierad',
    caveat:
      'Det är en uppgiftsskyldighet som bryter sekretessen via 10 kap. 28 § OSL. Lämna bara det som behövs för åtgärden.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Polisens hjälp har begärts enligt 8 kap. 7 § – de uppgifter som behövs för att planera och genomföra åtgärden',
      to: 'Polismyndigheten',
      verdict: 'måste',
    },
    source: 'praktiska §1 p.1; situation 4',
  },
  'skb-8-10': {
    citation: '8 kap. 10 § lag (2024:79)',
    title: 'Begränsad delgivning',
    law: 'Lagen om placering av barn i skyddat boende',
    sfs: '2024:79',
    summary:
      'Paragrafen hindrar vissa sätt att delge i ärenden om skyddat boende. Tänk på det innan du lämnar en adress för delgivning enligt 10 kap. 26 § OSL.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2024:79',
    status: 'verifierad',
    caveat:
      'Vilka delgivningssätt som inte får användas beskrivs inte här. Läs lagtexten. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 6 och 9',
  },

  // ---------------------------------------------------------------------------------------------
  // Other laws
  // ---------------------------------------------------------------------------------------------
  'pl-6': {
    citation: '6 § polislagen',
    title: 'Polisens samverkan med socialtjänsten',
    law: 'Polislagen',
    sfs: '1984:387',
    summary:
      'Polisen måste samarbeta fortlöpande med socialtjänsten och så snart som möjligt berätta om förhållanden som bör leda till att socialtjänsten gör något. För barn som far illa hänvisar paragrafen till anmälningsplikten i 19 kap. 1 § SoL.',
    appliesFrom: '2026-01-15',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1984:387',
    status: 'verifierad',
    caveat:
      'Det är anmälningsplikten i 19 kap. 1 § SoL tillsammans med 10 kap. 28 § OSL som bryter polisens sekretess. Polisen får inte anmäla rutinmässigt utan måste bedöma varje fall (JO 682-2014).',
    kind: 'ansvar',
    history: [
      {
        date: '2026-01-15',
        sfs: '2025:1491',
        text: 'Paragrafen hänvisar nu till 19 kap. 1 § SoL för anmälan om barn som far illa.',
      },
    ],
    source: 'brief §4, §10 p.5',
  },
  'kl-9-37': {
    citation: '9 kap. 37 § KL',
    title: 'Avtalssamverkan och extern delegering',
    law: 'Kommunallagen',
    sfs: '2017:725',
    summary:
      'En kommun får komma överens med en annan kommun om att den ska utföra en av kommunens uppgifter, helt eller delvis (avtalssamverkan). Kommunerna får också avtala att en anställd i den andra kommunen fattar beslut på den första kommunens vägnar (extern delegering).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2017:725',
    status: 'verifierad',
    caveat:
      'Ansvaret stannar hos den kommun som lämnat över uppgiften. Ett avtal kan aldrig häva sekretess: nämnderna är fortfarande olika myndigheter (8 kap. 1 § OSL), och uppgifter måste flytta med stöd av t.ex. 26 kap. 9 § eller 10 kap. 2 § OSL. Vad förarbetena säger om sekretess vid avtalssamverkan är inte kontrollerat. Kontrollera med jurist.',
    kind: 'ansvar',
    history: [
      {
        date: '2018-07-01',
        sfs: '2018:569',
        text: 'Bestämmelsen om avtalssamverkan och extern delegering infördes.',
      },
    ],
    source: 'brief §6.1, §6.2; roc-agreement.md',
  },
  'fl-4': {
    citation: '4 § FL',
    title: 'Serviceskyldighet',
    law: 'Förvaltningslagen',
    sfs: '2017:900',
    summary:
      'Om någon vänder sig till fel myndighet bör myndigheten hjälpa hen att hitta rätt. I praktiken skickas en handling som kommit fel vidare till rätt myndighet, och avsändaren får veta det.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2017:900',
    status: 'delvis-verifierad',
    caveat:
      'Texten i 4 § i den nya förvaltningslagen är inte kontrollerad; beskrivningen bygger på källor om gamla förvaltningslagen. Skyldigheten att hjälpa andra myndigheter finns i 8 §. En orosanmälan om ett barn får skickas vidare till rätt socialnämnd med stöd av 26 kap. 9 § OSL. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'brief §6.3',
  },
  'fb-6-11': {
    citation: '6 kap. 11 § FB',
    title: 'Vårdnadshavarens bestämmanderätt',
    law: 'Föräldrabalken',
    sfs: '1949:381',
    summary:
      'Vårdnadshavaren har rätt och skyldighet att bestämma i frågor som rör barnet. I de frågorna gäller socialtjänstens sekretess normalt inte mot vårdnadshavaren (12 kap. 3 § OSL).',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1949:381',
    status: 'delvis-verifierad',
    caveat:
      'Paragrafens text är inte kontrollerad. Den beskrivs bara så som 12 kap. 3 § OSL hänvisar till den. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'brief §2.3; praktiska situation 8',
  },
  'lul-11': {
    citation: '11 § LUL',
    title: 'Yttrande till åklagaren',
    law: 'Lagen med särskilda bestämmelser om unga lagöverträdare',
    sfs: '1964:167',
    summary:
      'När någon under 18 misstänks för brott hämtar åklagaren in ett yttrande från socialnämnden innan beslut om åtal. Socialnämnden måste lämna yttrandet till åklagaren, inte till Kriminalvården.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1964:167',
    status: 'delvis-verifierad',
    caveat:
      'Bara en äldre lydelse är kontrollerad, via JO 1711-2004. Den nuvarande texten är inte kontrollerad. En föreslagen reform 2026 om straffbarhetsålder och påföljder för unga kan påverka vem som begär yttranden. Om den har beslutats är inte kontrollerat. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Åklagaren begär yttrande om en person under 18 som misstänks för brott',
      to: 'Åklagaren',
      verdict: 'måste',
    },
    source: 'brief §2.16, §5.1, §10',
  },
  'utl-17-1': {
    citation: '17 kap. 1 § UtlL',
    title: 'Adress vid verkställighet av utvisning',
    law: 'Utlänningslagen',
    sfs: '2005:716',
    summary:
      'När polisen begär det för att verkställa ett utvisningsbeslut måste socialnämnden lämna adress och kontaktuppgifter. Enligt JO finns inget utrymme att väga in barnets bästa.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2005:716',
    status: 'delvis-verifierad',
    caveat:
      'Skyldigheten är bekräftad via JO:s beslut 2017-04-20, men att den i dag står i 17 kap. 1 § är inte kontrollerat. Den gäller bara adress och kontaktuppgifter. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'Polisen begär uppgifterna för att verkställa ett utvisningsbeslut – bara adress och kontaktuppgifter',
      to: 'Polismyndigheten',
      verdict: 'måste',
    },
    source: 'brief §2.16',
  },
  'lag-2025-170': {
    citation: 'lag (2025:170)',
    title: 'Kontaktuppgifter till brottsbekämpande myndigheter',
    law: 'Lagen om skyldighet att lämna uppgifter till de brottsbekämpande myndigheterna',
    sfs: '2025:170',
    summary:
      'Lagen ger myndigheter en skyldighet att lämna uppgifter till de brottsbekämpande myndigheterna. För socialtjänsten gäller den troligen bara kontaktuppgifter som myndigheten begär, men det är bara delvis kontrollerat.',
    appliesFrom: '2025-04-01',
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2025:170',
    status: 'delvis-verifierad',
    caveat:
      'Innehållet är bara delvis kontrollerat. Att socialtjänsten och vården står utanför den allmänna skyldigheten utom för kontaktuppgifter på begäran bygger på lagrådsremissen och regeringens uppgifter. Den slutliga lydelsen och paragrafnumret är inte kontrollerade. Behandla skyldigheten som trolig, inte som säker. Lämna inget annat än kontaktuppgifter med stöd av lagen, och räkna inte med att en hemadress är en kontaktuppgift. Kontrollera med jurist.',
    kind: 'uppgiftsskyldighet',
    breaking: {
      when: 'En brottsbekämpande myndighet begär kontaktuppgifter (för socialtjänsten gäller skyldigheten troligen bara detta; delvis kontrollerat)',
      to: 'De brottsbekämpande myndigheterna, t.ex. Polismyndigheten',
      verdict: 'måste',
    },
    history: [
      {
        date: '2025-04-01',
        sfs: '2025:170',
        text: 'Lagen trädde i kraft (prop. 2024/25:65).',
      },
    ],
    source: 'brief §2.16, §3.4, §10 p.1',
  },
  'lag-1991-2041': {
    citation: '1 § lag (1991:2041)',
    title: 'Särskild personutredning i brottmål',
    law: 'Lagen om särskild personutredning i brottmål',
    sfs: '1991:2041',
    summary:
      'Lagen gäller de yttranden (personutredningar) som Kriminalvården gör inför att domstolen bestämmer påföljd. Enligt 1 § tar yttrandet sikte på åtgärder som kan hindra att personen återfaller i brott.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1991:2041',
    status: 'delvis-verifierad',
    caveat:
      'Om lagen eller förordning (1992:289) ålägger socialtjänsten att lämna uppgifter till Kriminalvården är inte kontrollerat, så utgå från att ingen sådan skyldighet finns. Samtycke är den säkra grunden. 10 kap. 27 § OSL går inte att använda, och om 10 kap. 15 a § går att använda är oprövat. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'brief §2.16, §5.1, §11 p.1',
  },
  'lag-2020-616': {
    citation: 'lag (2020:616)',
    title: 'Verkställighet av ungdomsövervakning',
    law: 'Lag (2020:616)',
    sfs: '2020:616',
    summary:
      'Lagen gäller verkställighet av ungdomsövervakning. Du får lämna uppgifter till Kriminalvården för verkställighetsplanen enligt 26 kap. 9 b § OSL, och Kriminalvården får lämna uppgifter för att genomföra planen enligt 35 kap. 15 a § OSL.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=2020:616',
    status: 'delvis-verifierad',
    caveat:
      'Lagens fullständiga namn och text är inte kontrollerade. Den beskrivs bara genom hänvisningen i 26 kap. 9 b § OSL. En föreslagen reform 2026 om skärpt ungdomsövervakning är inte kontrollerad. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'brief §2.17, §5.1, §10',
  },
  'forf-1998-642': {
    citation: '5 kap. 4 § förordning (1998:642)',
    title: 'Kriminalvården kontrollerar behandlingsplanen',
    law: 'Förordningen om verkställighet av frivårdspåföljder',
    sfs: '1998:642',
    summary:
      'Det är Kriminalvården själv som ”på lämpligt sätt” måste kontrollera att en behandlingsplan följs. Förordningen ger socialtjänsten ingen skyldighet att rapportera till frivården.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1998:642',
    status: 'verifierad',
    caveat:
      'Utan samtycke finns ingen skyldighet för socialtjänsten att berätta om uteblivna besök eller återfall. Den säkra grunden är samtycke i behandlingsplanen. 10 kap. 15 a § OSL kan kanske användas efter en avvägning, men det är oprövat. Om det finns skyldigheter i lagen om verkställighet av frivårdspåföljder, fängelselagen eller 38 kap. BrB är inte kontrollerat. Kontrollera med jurist.',
    kind: 'ansvar',
    source: 'praktiska situation 12',
  },
  'lag-1982-316': {
    citation: 'lag (1982:316)',
    title: 'Förbud mot könsstympning och oskuldsingrepp',
    law: 'Lagen om förbud mot könsstympning av kvinnor och oskuldsingrepp på kvinnor',
    sfs: '1982:316',
    summary:
      'Lagen förbjuder könsstympning och oskuldsingrepp. Misstanke om ett sådant brott mot någon under 18 får du lämna till polis eller åklagare enligt 10 kap. 21 § OSL, oavsett straffskala. För oskuldsingrepp gäller det sedan den 1 december 2025.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1982:316',
    status: 'delvis-verifierad',
    caveat:
      'Lagens namn är kontrollerat i den lydelse som gällde i april 2026. Vilka gärningar lagen omfattar beskrivs inte här. Kontrollera med jurist om du är osäker på om misstanken gäller ett brott enligt lagen.',
    kind: 'straffratt',
    source: 'brief §2.12, §10 p.4, §15',
  },

  // ---------------------------------------------------------------------------------------------
  // Rättegångsbalken (1942:740)
  // ---------------------------------------------------------------------------------------------
  'rb-5-1': {
    citation: '5 kap. 1 § RB',
    title: 'Stängda dörrar i domstol',
    law: 'Rättegångsbalken',
    sfs: '1942:740',
    summary:
      'Domstolen kan hålla förhandlingen bakom stängda dörrar när uppgifter som är hemliga hos domstolen ska läggas fram, om det är av ”synnerlig vikt”. Du kan be domstolen överväga det.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1942:740',
    status: 'verifierad',
    caveat:
      'Läggs uppgiften fram vid en offentlig förhandling upphör sekretessen hos domstolen (43 kap. 5 § OSL).',
    kind: 'forfarande',
    source: 'praktiska situation 3',
  },
  'rb-23-6': {
    citation: '23 kap. 6 § RB',
    title: 'Förhör under förundersökning',
    law: 'Rättegångsbalken',
    sfs: '1942:740',
    summary:
      'Vem som helst kan höras i en förundersökning. Du har ingen skyldighet att svara i ett polisförhör, och sekretessen gäller det du säger där: du får bara svara inom 10 kap. 21–23 §§ eller 15 a § OSL (efter en avvägning), eller med samtycke.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1942:740',
    status: 'delvis-verifierad',
    caveat:
      'Den som kallas kan föreläggas vite att komma (23 kap. 6 a §) och kan hämtas (23 kap. 7 §). Att sekretessen gäller i polisförhör följer av 8 kap. 1 § OSL, men ingen primärkälla som säger det har setts. Stäm gärna av med chef eller jurist före förhöret. Kontrollera med jurist.',
    kind: 'forfarande',
    source: 'praktiska situation 3',
  },
  'rb-23-13': {
    citation: '23 kap. 13 § RB',
    title: 'Vittnesförhör inför rätta',
    law: 'Rättegångsbalken',
    sfs: '1942:740',
    summary:
      'Om du vägrar svara i ett polisförhör men skulle ha vittnesplikt i en rättegång kan undersökningsledaren begära att du hörs som vittne inför domstol redan under förundersökningen. Då gäller vittnesplikten.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1942:740',
    status: 'verifierad',
    kind: 'forfarande',
    source: 'praktiska situation 3',
  },
  'rb-36-5': {
    citation: '36 kap. 5 § RB',
    title: 'Undantag från vittnesplikten',
    law: 'Rättegångsbalken',
    sfs: '1942:740',
    summary:
      'Socialtjänstens vanliga sekretess hindrar inte att du vittnar: kallas du som vittne måste du vittna. Frågeförbud gäller bara vissa yrken, bland dem psykologer, psykoterapeuter och familjerådgivare, som bara får vittna om det de har fått i förtroende om lag tillåter det eller den som skyddas samtycker.',
    appliesFrom: null,
    url: 'https://rkrattsbaser.gov.se/sfst?bet=1942:740',
    status: 'verifierad',
    caveat:
      'Enligt fjärde stycket måste även de uppräknade yrkena vittna i mål om brott som omfattas av 10 kap. 21 och 23 §§ OSL, och i vissa mål (bland annat enligt LVU och lag (2024:79)) där de har uppgiftsskyldighet enligt 20 kap. 6 § SoL. Arbetsgivaren kan varken ge eller vägra tillstånd att vittna. Be domstolen överväga stängda dörrar (5 kap. 1 § RB).',
    kind: 'forfarande',
    source: 'praktiska §1 p.7; situation 3',
  },
} satisfies Record<string, Provision>;

export type LagrumId = keyof typeof lagrum;
