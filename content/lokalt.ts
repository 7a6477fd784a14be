/**
 * Lokala inställningar: det enda som skiljer en kommuns Sekretessguide från en annans.
 * Texterna i guiderna och handboken hänvisar hit i stället för att skriva in en kommuns rutin.
 * Hur en kommun gör sin egen version står i docs/lokala-installningar.md.
 *
 * Skriv bara kontaktvägar för personal: en funktion, en växel eller en sida på intranätet.
 * Aldrig uppgifter om klienter. Bygget stoppar med fältets namn om något fält saknas eller är fel
 * (schemat finns i src/buildtime/local-settings.ts).
 *
 * Varje text ska gå att läsa in i en mening, efter till exempel "ring tillbaka via …" eller
 * "fråga …". Skriv därför med liten bokstav där det inte är ett namn.
 */
export const lokalt = {
  /** Kommunens namn, som det står i sidfoten och i journalunderlaget. */
  kommun: 'Kommunerna i Stockholms län',
  /** Numret du ringer tillbaka till för att kontrollera att det verkligen är polisen som frågar. */
  polisensNummer: '114 14, Polisens växel',
  /** Den egna socialjouren: hur personalen når den utanför kontorstid. */
  socialjour: 'socialjouren enligt er lokala rutin',
  /** Vem du frågar när guiden säger "kontrollera med jurist" – dagtid och på jourtid. */
  jurist: 'förvaltningens jurist (på jourtid: chefen i beredskap)',
  /** Var delegationsordningen finns, så att du ser vem som får fatta beslutet. */
  delegationsordning: 'nämndens delegationsordning på intranätet',
  /** Vem som tar emot rapporter om fel i Sekretessguiden. */
  felrapporter: 'den som förvaltar Sekretessguiden i er förvaltning',
};
