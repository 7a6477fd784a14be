/**
 * The 26 municipalities of Stockholm county and what public sources say about whether each is a
 * party to "Samverkansavtal – En ingång till socialtjänsten i Stockholms län" (the ROC agreement).
 *
 * Rule: never upgrade "okant" without a source. Every entry names its source and the date the
 * source was checked. Facts: shared/legal/roc-agreement.md ("Not known"), searched 2026-11-22.
 */
export type RocStatus =
  | 'vardkommun' // Stockholms stad: hosts the entry point, not a cooperating party
  | 'ansluten' // a public source says the municipality has entered the agreement
  | 'ej-ansluten' // a public source says it has not (or has given notice)
  | 'okant'; // no public source seen: check with Stockholms stads socialjour or the municipality

interface RocKommunBas {
  id: string;
  namn: string;
  /** Where the status comes from; "Ingen källa hittad" for okant. */
  kalla: string;
  /** ISO date the source was checked. */
  kontrollerad: string;
  anmarkning?: string;
}

/**
 * A status from a source is shown with that source's kind and date ("Ansluten enligt lokaltidning,
 * mars 2024"), never as a bare, current-looking "Ansluten" (issue 9 point 10).
 */
export type RocKommun =
  | (RocKommunBas & { status: 'okant' })
  | (RocKommunBas & {
      status: Exclude<RocStatus, 'okant'>;
      /** What kind of source, in a few words: "beslut", "lokaltidning", "kommunens nyhet". */
      kalltyp: string;
      /** When the source is from, as the source gives it: "mars 2024", "omkring december 2023". */
      kallaDatum: string;
    });

const CHECKED = '2026-11-22';
const NO_SOURCE = 'Ingen offentlig källa hittad.';
const COOPERATION_NOTE =
  'Haninge och Nynäshamn (juni 2024) skriver att alla 26 kommuner deltar i ROC-samverkan. Det är inte samma sak som att vara part i avtalet.';

const okant = (id: string, namn: string, anmarkning?: string): RocKommun => ({
  id,
  namn,
  status: 'okant',
  kalla: NO_SOURCE,
  kontrollerad: CHECKED,
  anmarkning,
});

export const rocKommuner: RocKommun[] = [
  okant('botkyrka', 'Botkyrka'),
  okant('danderyd', 'Danderyd'),
  okant('ekero', 'Ekerö'),
  okant('haninge', 'Haninge', COOPERATION_NOTE),
  okant('huddinge', 'Huddinge'),
  okant('jarfalla', 'Järfälla'),
  okant('lidingo', 'Lidingö'),
  okant(
    'nacka',
    'Nacka',
    'Socialförvaltningen föreslog 2 februari 2024 att nämnden skulle gå med i avtalet (tjänsteskrivelse SOCN-2024-00067). Något beslut är inte granskat.',
  ),
  okant('norrtalje', 'Norrtälje'),
  okant('nykvarn', 'Nykvarn'),
  okant('nynashamn', 'Nynäshamn', COOPERATION_NOTE),
  okant('salem', 'Salem'),
  okant('sigtuna', 'Sigtuna'),
  okant('sollentuna', 'Sollentuna'),
  okant('solna', 'Solna'),
  {
    id: 'stockholm',
    namn: 'Stockholm',
    status: 'vardkommun',
    kalltyp: 'socialnämndens beslut',
    kallaDatum: 'december 2023',
    kalla: 'Stockholms stads socialnämnd beslutade i december 2023 att ingå avtalen (nyhet 20 december 2023). Protokollet är inte granskat.',
    kontrollerad: CHECKED,
    anmarkning: 'Stockholms stads socialjour är den gemensamma ingången. Bor barnet i Stockholm är det stadens eget ärende.',
  },
  okant('sundbyberg', 'Sundbyberg'),
  okant('sodertalje', 'Södertälje'),
  okant('tyreso', 'Tyresö'),
  okant('taby', 'Täby'),
  okant('upplands-bro', 'Upplands-Bro'),
  okant('upplands-vasby', 'Upplands Väsby'),
  {
    id: 'vallentuna',
    namn: 'Vallentuna',
    status: 'ansluten',
    kalltyp: 'lokaltidning',
    kallaDatum: 'mars 2024',
    kalla: 'Socialchefen citerad i Vallentuna Nya 7 mars 2024: kommunen "har ingått" avtalet.',
    kontrollerad: CHECKED,
    anmarkning: 'Beslutet är inte granskat. Samma artikel säger att "nästan alla" kommuner hade skrivit på.',
  },
  okant('vaxholm', 'Vaxholm'),
  {
    id: 'varmdo',
    namn: 'Värmdö',
    status: 'ansluten',
    kalltyp: 'kommunens nyhet',
    kallaDatum: 'omkring december 2023',
    kalla: 'Kommunens egen nyhet (omkring december 2023) som presenterar avtalet som gällande för Värmdö.',
    kontrollerad: CHECKED,
    anmarkning: 'Datum och beslutande organ är inte granskade.',
  },
  okant('osteraker', 'Österåker'),
];

export const ROC_STATUS_LABEL: Record<RocStatus, string> = {
  vardkommun: 'Värdkommun',
  ansluten: 'Ansluten',
  'ej-ansluten': 'Ej ansluten',
  okant: 'Okänt – kontrollera',
};

/** The status as the table shows it: with the kind and date of its source, never bare. */
export function rocStatusText(k: RocKommun): string {
  if (k.status === 'okant') return ROC_STATUS_LABEL.okant;
  return `${ROC_STATUS_LABEL[k.status]} enligt ${k.kalltyp}, ${k.kallaDatum} – kontrollera att det gäller i dag`;
}
