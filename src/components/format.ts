const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-22" → "22 november 2026" (content style: dates in prose as "1 juli 2025"). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** Page title in the browser tab: "Samtycke – Sekretessguiden". */
export function pageTitle(title?: string): { title: string }[] {
  return [{ title: title ? `${title} – Sekretessguiden` : 'Sekretessguiden' }];
}

/** "förvaltningens jurist" → "Förvaltningens jurist": a local setting written for mid-sentence, used at the start. */
export function firstUpper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
