const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-22" → "22 november 2026" (content style: dates in prose as "1 juli 2025"). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
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

const swedishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The date in Sweden as "2026-12-02". A note written at 00:30 in Stockholm belongs to that day,
 * not to the previous day in UTC.
 */
export function swedishIsoDate(at: Date = new Date()): string {
  return swedishDay.format(at);
}
