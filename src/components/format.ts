/**
 * A Swedish date formatter made on first use, not when the module loads: creating one loads the
 * browser's locale and time-zone data, about 40 ms on a fast computer and four times that on the
 * slow laptops Lighthouse imitates, which would otherwise block every page's start-up.
 */
export function swedishDateFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat('sv-SE', options));
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * "2026-11-22" → "22 november 2026" (content style: dates in prose as "1 juli 2025"). Every page's
 * footer shows such a date while it hydrates, so this is a table of month names rather than Intl
 * (see swedishDateFormat); a test checks it against Intl's Swedish format for every day.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Page title in the browser tab: "Samtycke – Sekretessguiden". */
/** What the whole site is, for pages without a summary of their own. */
export const SITE_DESCRIPTION =
  'Sekretesshandbok för socialtjänsten: när du får eller måste lämna uppgifter till polisen eller Kriminalvården.';

/**
 * A page's title and description (search engines and link previews on the intranet show the
 * description; every page has one). A child route's meta replaces its parent's, so each route gives both.
 */
export function pageTitle(title?: string, description: string = SITE_DESCRIPTION): ({ title: string } | { name: string; content: string })[] {
  return [{ title: title ? `${title} – Sekretessguiden` : 'Sekretessguiden' }, { name: 'description', content: description || SITE_DESCRIPTION }];
}

/** "förvaltningens jurist" → "Förvaltningens jurist": a local setting written for mid-sentence, used at the start. */
export function firstUpper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const swedishDay = swedishDateFormat({ timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The date in Sweden as "2026-12-02". A note written at 00:30 in Stockholm belongs to that day,
 * not to the previous day in UTC.
 */
export function swedishIsoDate(at: Date = new Date()): string {
  return swedishDay().format(at);
}
