/**
 * Vanliga situationer: listan på startsidan. Varje rad leder direkt in i rätt guide med de första
 * svaren ifyllda, så att den som har polisen i telefon slipper klicka sig fram till dem.
 *
 * `svar` är svaren på guidens första frågor (fråga: svar, med id från maskinen), i den ordning guiden
 * ställer dem.
 * Fyll bara i det som situationen själv säger – aldrig ett svar som användaren måste ta ställning
 * till, som om det är akut eller om det verkligen är polisen som ringer.
 * Ett test spelar upp varje rad i guiden: ändras guidens frågor så att en rad inte längre stämmer,
 * stoppar testet och bygget (npm run check:content) med radens text.
 */
export interface VanligSituation {
  /** Situationen med användarens ord. */
  text: string;
  /** Guidens id (src/engine/guide-ids.ts). */
  guide: string;
  svar: Record<string, string>;
}

export const vanligaSituationer: VanligSituation[] = [
  { text: 'Polisen ringer och någon är i akut fara just nu', guide: 'polisen-fragar', svar: { begaran: 'akut' } },
  { text: 'Polisen frågar om en person är aktuell hos er', guide: 'polisen-fragar', svar: { begaran: 'aktuell' } },
  {
    text: 'Polisen frågar om någon bor i familjehem, på HVB eller i skyddat boende',
    guide: 'polisen-fragar',
    svar: { begaran: 'placering' },
  },
  { text: 'Polisen vill ha en adress, ett telefonnummer eller veta var någon finns', guide: 'polisen-fragar', svar: { begaran: 'var-finns' } },
  { text: 'Polisen vill veta vad som har hänt med sin orosanmälan', guide: 'polisen-fragar', svar: { begaran: 'aterkoppling' } },
  { text: 'Polisen har begärt ut en journal eller en utredning', guide: 'polisen-fragar', svar: { begaran: 'handlingar' } },
  { text: 'Du är kallad till polisförhör eller att vittna i domstol', guide: 'polisen-fragar', svar: { begaran: 'forhor' } },
  { text: 'Frivården frågar hur det går för en klient', guide: 'kriminalvarden', svar: { situation: 'lamna' } },
  { text: 'Åklagaren vill ha ett yttrande om en misstänkt under 18 år', guide: 'kriminalvarden', svar: { situation: 'yttrande-under-18' } },
  {
    text: 'Polisen inom ROC ringer socialjouren med en orosanmälan om ett barn',
    guide: 'roc',
    svar: { roll: 'socialjouren', alder: 'ja', anmalare: 'polisen-roc' },
  },
  { text: 'Stockholms stads socialjour lämnar över en ROC-anmälan till er kommun', guide: 'roc', svar: { roll: 'hemkommunen' } },
];
