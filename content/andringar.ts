/**
 * Changelog of the content (newest first). The newest entry's version is the content version shown
 * in the footer, on /om and in every guide's journal text. Add an entry for every content release.
 */
export interface Andring {
  /** Content version, "ÅÅÅÅ.MM.N". */
  version: string;
  /** ISO date of the release. */
  datum: string;
  rubrik: string;
  punkter: string[];
}

export const andringar: Andring[] = [
  {
    version: '2026.12.1',
    datum: '2026-12-02',
    rubrik: 'Rättelser i guiderna, svaret först och sökning utan nät',
    punkter: [
      'Varje utfall där personen är eller kan vara under 18 år säger nu att en uppgift till polisen aldrig ersätter din egen orosanmälan till barnets bosättningskommun.',
      'Planerade brott mot barn (försök, förberedelse och stämpling) leder till regeln om brott mot barn. Guiden frågar om brottet är fullbordat eller på försöksstadiet och använder rätt straffgräns, med en daterad tabell över lägsta straff.',
      'Journalunderlaget anger bara den grund du faktiskt använde, och skiljer avgörande lagrum från relaterade.',
      'Kriminalvårdsguiden och ROC-guiden har nya versioner: ROC-guiden frågar efter barnets ålder först, och ett återkallat samtycke känns igen i alla vägar. Gamla länkar som betyder samma sak fungerar fortfarande.',
      'Utfallen visar svaret först: vad du får lämna, vad du gör nu och vad du dokumenterar, före motiveringen. Beslutsunderlaget är fält att fylla i.',
      'Kommunens egna kontaktvägar (polisens nummer, jurist, delegationsordning) hämtas från en inställningsfil i stället för att stå i texten.',
      'Sökning i hela handboken som fungerar utan nät, ett utbildarläge för att visa fall i helskärm, och beslutskartor för varje guide.',
      'Faktaunderlaget har fortfarande status 22 november 2026. Innehållet är inte granskat av jurist.',
    ],
  },
  {
    version: '2026.11.1',
    datum: '2026-11-22',
    rubrik: 'Första versionen av Sekretessguiden',
    punkter: [
      'Handboken skriven från grunden efter Socialtjänstlag (2025:400) och ändringarna i offentlighets- och sekretesslagen 2025–2026.',
      'Ett register över alla lagrum som handboken hänvisar till, med tidigare paragrafnummer där bestämmelser har flyttat.',
      'Fyra beslutsguider: Får jag lämna uppgifter till polisen?, Polisen ber om uppgifter, Får jag lämna uppgifter till Kriminalvården? och Orosanmälan via ROC.',
      'Ordlista med förklaringar, 29 övningsfall för utbildning och en tabell över gamla och nya paragrafnummer.',
      'Faktaunderlaget har status 22 november 2026. Innehållet är inte granskat av jurist.',
    ],
  },
];

/** The date of the fact base all content was checked against (shared/legal/brief.md). */
export const faktaunderlagDatum = '2026-11-22';
