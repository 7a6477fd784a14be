import type { LagrumId } from './lagrum';

/**
 * Vardagsord och juridiska ord som betyder samma sak för den som söker. Sökningen letar efter alla
 * ord i gruppen när någon skriver ett av dem, och ett lagrum i gruppen visas bland de första
 * träffarna. Skriver någon lagrummets paragraf visas också avsnitten om orden.
 *
 * Redaktörer ändrar listan fritt. Skriv orden så som en socialsekreterare skriver dem, med å, ä och ö
 * (sökningen hittar ändå ord som skrivs utan). Ett ord får bara stå i en grupp. Lagrum anges med id
 * ur content/lagrum.ts; ett okänt id stoppar bygget.
 */
export interface Synonymgrupp {
  /** Ord och uttryck med samma betydelse. Det första är det som handboken själv använder. */
  ord: string[];
  /** Lagrum som orden syftar på. */
  lagrum?: LagrumId[];
}

export const synonymer: Synonymgrupp[] = [
  { ord: ['orosanmälan', 'anmälan om oro för barn', 'anmäla oro', 'orosanmäla'], lagrum: ['sol-19-1'] },
  { ord: ['frivården', 'frivård', 'Kriminalvården'] },
  { ord: ['polisanmälan', 'anmälan om brott', 'polisanmäla', 'anmäla brott'] },
  { ord: ['generalklausulen', 'generalklausul'], lagrum: ['osl-10-27'] },
  { ord: ['nödrätt', 'nödregeln', 'nödsituation'], lagrum: ['brb-24-4'] },
  { ord: ['den generella regeln', 'generella sekretessbrytande regeln', 'nya generella regeln'], lagrum: ['osl-10-15a'] },
  { ord: ['aktuell', 'känd hos socialtjänsten', 'klient hos oss'] },
  { ord: ['skyddade personuppgifter', 'skyddad adress', 'skyddad folkbokföring', 'skyddad identitet'] },
  { ord: ['hvb', 'hem för vård eller boende', 'behandlingshem'] },
  { ord: ['socialjouren', 'socialjour', 'jouren'] },
  { ord: ['journal', 'personakt', 'journalanteckning'] },
  { ord: ['vittne', 'vittnesmål', 'vittna', 'vittnesplikt'] },
  { ord: ['förundersökning', 'polisutredning', 'brottsutredning'] },
  { ord: ['vårdnadshavare', 'föräldrar', 'förälder'] },
  { ord: ['lvu', 'tvångsvård av barn'] },
  { ord: ['handräckning', 'polishjälp'] },
  { ord: ['sspf', 'skola socialtjänst polis fritid'] },
  { ord: ['samtycke', 'medgivande', 'tillåtelse'] },
  { ord: ['tystnadsplikt', 'tysthetsplikt'] },
];
