/**
 * The maintained, dated table of lowest penalties that OSL 10 kap. 23 § needs (brief §2.14: at least
 * six months for a completed crime, at least one year for attempt, preparation or conspiracy).
 *
 * Rules for editors:
 * - Every row names the crime and its grade, the provision, the lowest penalty, the date the figure
 *   was checked, the text it was read in, and whether it is verified. A test fails on a row without a
 *   date or a source.
 * - Figures come only from shared/legal/brief.md §15 (Brottsbalken as of April 2026). Never add a
 *   figure from memory. A reform promulgated after April 2026 is not in this table: check the text in
 *   force before relying on a row, and then change `kontrollerad` and `kalla` here.
 * - `lagsta` is the lowest penalty in months of imprisonment; null means the scale has no special
 *   minimum (fängelse is possible, but the scale starts at the general minimum).
 */
import type { LagrumId } from '../src/law/registry.ts';

/** The provision: a registry id where the registry has one, else the citation as Swedes write it. */
export type Bestammelse = { id: LagrumId } | { citat: string };

export interface Straffskala {
  /** Stable key. */
  id: string;
  brott: string;
  grad: 'normalgraden' | 'grovt' | 'ingen gradindelning';
  bestammelse: Bestammelse;
  /** Lowest penalty in months of imprisonment; null: no special minimum. */
  lagsta: number | null;
  /** ISO date the figure was checked against `kalla`. */
  kontrollerad: string;
  /** The text the figure was read in. */
  kalla: string;
  /** true: read in the statute text and confirmed; false: read once, confirm before relying on it. */
  verifierad: boolean;
  anmarkning?: string;
}

/** Brief §15: the consolidated text that was read, and when. */
const BRB_APRIL_2026 = 'Brottsbalken (1962:700) i konsoliderad lydelse t.o.m. SFS 2026:253, publicerad 29 april 2026';
const KONTROLLERAD = '2026-12-02';

/** The month the figures describe, as the app shows it ("enligt brottsbalken i april 2026"). */
export const STRAFFSKALOR_LYDELSE = 'april 2026';

/** Shown beside every view of the table (brief §2.14 caution, §15). */
export const STRAFFSKALOR_FORBEHALL =
  'Siffrorna gäller brottsbalken som den såg ut i april 2026. En reform som har föreslagits från 3 juli 2026 skulle höja lägsta straffet för grov stöld och omkring 50 andra brott från sex månader till ett år. Om den har beslutats syns inte här. Under 2026 har också reglerna om försök, förberedelse och stämpling i 23 kap. brottsbalken ändrats, delvis från 1 juli 2026. Det kan ändra vilka försök och förberedelser som är straffbara. Kontrollera straffskalan, och att gärningen är straffbar, i den lagtext som gäller i dag innan du stöder dig på en rad.';

const row = (r: Omit<Straffskala, 'kontrollerad' | 'kalla'>): Straffskala => ({ ...r, kontrollerad: KONTROLLERAD, kalla: BRB_APRIL_2026 });
const delvis = 'Läst en gång i en konsoliderad text. Kontrollera mot lagtexten som gäller i dag.';

export const straffskalor: Straffskala[] = [
  // Below the six-month threshold: no special minimum (brief §15).
  row({ id: 'misshandel', brott: 'Misshandel', grad: 'normalgraden', bestammelse: { citat: '3 kap. 5 § BrB' }, lagsta: null, verifierad: true }),
  row({ id: 'olaga-hot', brott: 'Olaga hot', grad: 'normalgraden', bestammelse: { citat: '4 kap. 5 § BrB' }, lagsta: null, verifierad: true }),
  row({ id: 'stold', brott: 'Stöld', grad: 'normalgraden', bestammelse: { citat: '8 kap. 1 § BrB' }, lagsta: null, verifierad: true }),
  // At six months (brief §15).
  row({ id: 'grov-stold', brott: 'Grov stöld', grad: 'grovt', bestammelse: { citat: '8 kap. 4 § BrB' }, lagsta: 6, verifierad: true, anmarkning: 'Den föreslagna reformen från 3 juli 2026 skulle höja lägsta straffet till ett år.' }),
  row({ id: 'grovt-angrepp-mot-tjansteman', brott: 'Grovt angrepp mot tjänsteman', grad: 'grovt', bestammelse: { citat: '17 kap. 2 § BrB' }, lagsta: 6, verifierad: true, anmarkning: 'Lydelse enligt lag (2025:579).' }),
  // One year or more: PARTLY VERIFIED, read once (brief §15).
  row({ id: 'grov-fridskrankning', brott: 'Grov fridskränkning och grov kvinnofridskränkning', grad: 'grovt', bestammelse: { citat: '4 kap. 4 a § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'grovt-olaga-hot', brott: 'Grovt olaga hot', grad: 'grovt', bestammelse: { citat: '4 kap. 5 § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'grovt-olaga-tvang', brott: 'Grovt olaga tvång', grad: 'grovt', bestammelse: { citat: '4 kap. 4 § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'olaga-frihetsberovande', brott: 'Olaga frihetsberövande', grad: 'normalgraden', bestammelse: { citat: '4 kap. 2 § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'hedersfortryck', brott: 'Hedersförtryck', grad: 'ingen gradindelning', bestammelse: { citat: '4 kap. 4 e § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'inbrottsstold', brott: 'Inbrottsstöld', grad: 'ingen gradindelning', bestammelse: { citat: '8 kap. 4 a § BrB' }, lagsta: 12, verifierad: false, anmarkning: delvis }),
  row({ id: 'grov-misshandel', brott: 'Grov misshandel', grad: 'grovt', bestammelse: { citat: '3 kap. 6 § BrB' }, lagsta: 18, verifierad: false, anmarkning: delvis }),
  row({ id: 'ran', brott: 'Rån', grad: 'normalgraden', bestammelse: { citat: '8 kap. 5 § BrB' }, lagsta: 18, verifierad: false, anmarkning: 'En andra offentlig källa anger samma siffra. Kontrollera mot lagtexten som gäller i dag.' }),
  row({ id: 'grovt-vald-mot-tjansteman', brott: 'Grovt våld eller hot mot tjänsteman', grad: 'grovt', bestammelse: { citat: '17 kap. 1 § BrB' }, lagsta: 18, verifierad: false, anmarkning: delvis }),
  row({ id: 'manniskohandel', brott: 'Människohandel', grad: 'normalgraden', bestammelse: { citat: '4 kap. 1 a § BrB' }, lagsta: 24, verifierad: false, anmarkning: delvis }),
  row({ id: 'grovt-ran', brott: 'Grovt rån', grad: 'grovt', bestammelse: { citat: '8 kap. 6 § BrB' }, lagsta: 60, verifierad: false, anmarkning: delvis }),
];

/** The 10:23 thresholds in months (brief §2.14). */
export const TROSKEL_MANADER = { '6-manader': 6, '1-ar': 12 } as const;

/** "Fängelse i 6 månader", "Fängelse i 1 år och 6 månader", or the no-minimum text. */
export function lagstaStraffText(manader: number | null): string {
  if (manader === null) return 'Inget särskilt minimum';
  const ar = Math.floor(manader / 12);
  const man = manader % 12;
  const delar = [ar ? `${ar} år` : '', man ? `${man} månader` : ''].filter(Boolean);
  return `Fängelse i ${delar.join(' och ')}`;
}

/** Does the lowest penalty reach a 10:23 threshold? A scale with no special minimum never does. */
export function narGransen(s: Straffskala, grans: keyof typeof TROSKEL_MANADER): boolean {
  return s.lagsta !== null && s.lagsta >= TROSKEL_MANADER[grans];
}
