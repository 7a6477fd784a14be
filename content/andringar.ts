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
