import { describe, expect, it } from 'vitest';
import { swedishIsoDate } from '../../src/components/format.ts';

describe('datum i svensk tid', () => {
  it('räknar 00:30 i Stockholm till samma dag, inte till dagen före i UTC', () => {
    expect(swedishIsoDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(swedishIsoDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('ger samma dag mitt på dagen', () => {
    expect(swedishIsoDate(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-02');
  });
});
