import { afterEach, describe, expect, it } from 'vitest';
import { euSummerTime, euSummerTimeOffset, formatDate, swedishDateTime, swedishIsoDate, swedishTime } from '../../src/components/format.ts';

const intl = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** Swedish time as Intl gives it, in swedishTime's shape. */
function intlTime(at: Date) {
  const parts = intl.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}
const HOUR = 3_600_000;
/** Each change of clock in the years and the minutes either side of it, plus every 7th hour in between. */
function moments(from = 2024, to = 2031): Date[] {
  const out: Date[] = [];
  for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 7 * HOUR) out.push(new Date(t));
  for (let year = from; year <= to; year++) {
    for (const change of euSummerTime(year)) {
      for (const delta of [-HOUR, -60_000, 0, 60_000, HOUR]) out.push(new Date(change + delta));
    }
  }
  return out;
}

describe('datum i svensk tid', () => {
  it('räknar 00:30 i Stockholm till samma dag, inte till dagen före i UTC', () => {
    expect(swedishIsoDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(swedishIsoDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('ger samma dag mitt på dagen', () => {
    expect(swedishIsoDate(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-02');
  });
});

describe('svensk tid utan Intl när datorns klocka går i svensk tid', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('har samma förskjutning från UTC som Intl:s Europe/Stockholm 2000–2040, också minuterna kring varje omställning', () => {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
    for (const at of moments(2000, 2040)) {
      const name = offset.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
      expect(`GMT+0${euSummerTimeOffset(at) / 60}:00`, at.toISOString()).toBe(name);
    }
  });

  it.each(['Europe/Stockholm', 'Europe/Berlin', 'UTC', 'Europe/Helsinki', 'America/New_York', 'Asia/Tokyo'])(
    'ger samma tid som Intl när datorn står på %s',
    (zone) => {
      process.env.TZ = zone;
      const winter = new Date('2026-01-15T12:00:00Z');
      // The process really runs in that zone: Stockholm is an hour ahead of UTC in winter.
      expect(-winter.getTimezoneOffset() === 60, zone).toBe(['Europe/Stockholm', 'Europe/Berlin'].includes(zone));
      for (const at of moments()) expect(swedishTime(at), `${zone} ${at.toISOString()}`).toEqual(intlTime(at));
    },
  );

  it('skriver journalens tid med nollor, också vid midnatt', () => {
    process.env.TZ = 'Europe/Stockholm';
    expect(swedishDateTime(new Date('2026-03-01T23:05:00Z'))).toBe('2026-03-02 kl. 00:05');
    expect(swedishDateTime(new Date('2026-10-25T00:59:00Z'))).toBe('2026-10-25 kl. 02:59');
    expect(swedishDateTime(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25 kl. 02:00');
  });
});

describe('datum i löptext', () => {
  it('skriver varje dag i två år som Intl gör på svenska ("1 juli 2025")', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso), iso).toBe(intl.format(new Date(t)));
    }
    expect(formatDate('2025-07-01')).toBe('1 juli 2025');
  });
});
