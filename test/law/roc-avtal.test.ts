import { describe, expect, it } from 'vitest';
import { rocEarliestEndAfterNotice, rocPeriodEnd } from '../../src/law/roc-avtal.ts';
import { rocKommuner, rocStatusText } from '../../content/roc/kommuner.ts';

describe('ROC-avtalets avtalstid', () => {
  it('gällde först till och med 31 december 2024', () => {
    expect(rocPeriodEnd('2024-03-07')).toBe('2024-12-31');
    expect(rocPeriodEnd('2024-12-31')).toBe('2024-12-31');
  });

  it('förlängs sedan med tolv månader i taget, ett kalenderår per period', () => {
    expect(rocPeriodEnd('2025-01-01')).toBe('2025-12-31');
    expect(rocPeriodEnd('2026-11-22')).toBe('2026-12-31');
    expect(rocPeriodEnd('2027-06-30')).toBe('2027-12-31');
  });

  it('räknar tre månaders uppsägningstid, även över månadsslut och årsskifte', () => {
    expect(rocEarliestEndAfterNotice('2026-11-22')).toBe('2027-02-22');
    expect(rocEarliestEndAfterNotice('2026-11-30')).toBe('2027-02-28');
    expect(rocEarliestEndAfterNotice('2028-11-30')).toBe('2029-02-28');
    expect(rocEarliestEndAfterNotice('2027-11-30')).toBe('2028-02-29');
  });
});

describe('listan över kommuner i Stockholms län', () => {
  it('har alla 26 kommuner, var och en en gång', () => {
    expect(rocKommuner).toHaveLength(26);
    expect(new Set(rocKommuner.map((k) => k.id)).size).toBe(26);
  });

  it('har källa och kontrolldatum för varje kommun', () => {
    for (const k of rocKommuner) {
      expect(k.kalla.length, k.id).toBeGreaterThan(10);
      expect(k.kontrollerad, k.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('visar aldrig en status som ser aktuell ut utan källans slag och datum (issue 9.10)', () => {
    for (const k of rocKommuner) {
      const text = rocStatusText(k);
      if (k.status === 'okant') expect(text).toBe('Okänt – kontrollera');
      else expect(text, k.id).toMatch(/^(Värdkommun|Ansluten|Ej ansluten) enligt .+, .*\d{4} – kontrollera att det gäller i dag$/);
    }
    expect(rocStatusText(rocKommuner.find((k) => k.id === 'vallentuna')!)).toBe('Ansluten enligt lokaltidning, mars 2024 – kontrollera att det gäller i dag');
  });

  it('uppgraderar aldrig en kommun till ansluten utan en namngiven källa', () => {
    const ansluten = rocKommuner.filter((k) => k.status === 'ansluten').map((k) => k.id);
    expect(ansluten.sort()).toEqual(['vallentuna', 'varmdo']);
    expect(rocKommuner.find((k) => k.id === 'nacka')?.status).toBe('okant');
    expect(rocKommuner.find((k) => k.id === 'stockholm')?.status).toBe('vardkommun');
  });
});
