import { describe, expect, it } from 'vitest';
import { formatDate, swedishIsoDate } from '../../src/components/format.ts';

describe('datum i svensk tid', () => {
  it('räknar 00:30 i Stockholm till samma dag, inte till dagen före i UTC', () => {
    expect(swedishIsoDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(swedishIsoDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('ger samma dag mitt på dagen', () => {
    expect(swedishIsoDate(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-02');
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
