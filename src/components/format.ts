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

/** A moment as Swedish wall-clock time. */
export interface SwedishTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Minutes Swedish time is ahead of UTC at a moment, by the EU's summer-time rule (directive
 * 2000/84/EC): UTC+2 from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in
 * October, otherwise UTC+1.
 */
export function euSummerTimeOffset(at: Date): number {
  const [start, end] = euSummerTime(at.getUTCFullYear());
  const t = at.getTime();
  return t >= start && t < end ? 120 : 60;
}

/** When EU summer time starts and ends in a year (ms since the epoch): 01:00 UTC on the last Sunday in March and in October. */
export function euSummerTime(year: number): [start: number, end: number] {
  const lastSundayAt0100 = (month: number) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  };
  return [lastSundayAt0100(2), lastSundayAt0100(9)];
}

/**
 * Made on first use, not when the module loads: creating it loads the browser's locale and
 * time-zone data (see swedishTime).
 */
let swedishClockFormat: Intl.DateTimeFormat | undefined;
const swedishClock = () =>
  (swedishClockFormat ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/**
 * Swedish wall-clock time at a moment, whatever the computer's time zone.
 *
 * The first Intl date format a page creates costs about 100 ms on the slow laptops Lighthouse
 * imitates (the browser loads its locale and time-zone data), and an outcome and a chapter each
 * need the date while they render. So when the computer's own clock is at the offset Swedish time
 * has by the EU rule, as on a work laptop in Sweden, its local time is used. Anywhere else, or if
 * the rule were to change so the two disagree, Intl's Europe/Stockholm answers.
 */
export function swedishTime(at: Date = new Date()): SwedishTime {
  if (-at.getTimezoneOffset() === euSummerTimeOffset(at)) {
    return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), hour: at.getHours(), minute: at.getMinutes() };
  }
  const parts = swedishClock().formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');
const isoDay = ({ year, month, day }: SwedishTime) => `${year}-${twoDigits(month)}-${twoDigits(day)}`;

/**
 * The date in Sweden as "2026-12-02". A note written at 00:30 in Stockholm belongs to that day,
 * not to the previous day in UTC.
 */
export function swedishIsoDate(at: Date = new Date()): string {
  return isoDay(swedishTime(at));
}

/** "2026-12-02 kl. 03:14" in Swedish time, whatever the computer's time zone (the record's time). */
export function swedishDateTime(at: Date = new Date()): string {
  const time = swedishTime(at);
  return `${isoDay(time)} kl. ${twoDigits(time.hour)}:${twoDigits(time.minute)}`;
}
