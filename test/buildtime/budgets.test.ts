import { describe, expect, it } from 'vitest';
import { budgetTable, budgets, overruns, ROUTE_TYPES, type Measurements, type PageLoad, type RouteType } from '../../src/buildtime/budgets.ts';

const KB = 1024;

function measurements(total: (type: RouteType) => number, extra: Partial<Measurements> = {}): Measurements {
  const worst = new Map<RouteType, PageLoad>(
    ROUTE_TYPES.map((type) => {
      const bytes = total(type);
      const chunks = [
        { file: 'assets/entry.client-abc.js', gzip: Math.round(bytes * 0.6) },
        { file: `assets/${type}-def.js`, gzip: bytes - Math.round(bytes * 0.6) },
      ];
      return [type, { type, url: `/${type}`, chunks, total: bytes }];
    }),
  );
  return { worst, pagesMeasured: worst.size, precacheBytes: 1000 * KB, precacheFiles: 300, searchIndex: { file: 'assets/sok-index.1.json', gzip: 50 * KB }, ...extra };
}

describe('budgetarna (src/buildtime/budgets.json)', () => {
  it('har en gräns för varje sidtyp, förhandscachen och sökindexet', () => {
    for (const type of ROUTE_TYPES) expect(budgets.forstaBesoketJsGzipKB[type], type).toBeGreaterThan(0);
    expect(budgets.forhandscacheKB).toBeGreaterThan(0);
    expect(budgets.sokindexGzipKB).toBeGreaterThan(0);
  });

  it('inom budget: inga fel', () => {
    expect(overruns(measurements(() => 10 * KB))).toEqual([]);
  });

  it('över budget: felet namnger sidan och dess största filer', () => {
    const over = measurements((type) => (type === 'kapitel' ? (budgets.forstaBesoketJsGzipKB.kapitel + 1) * KB : 10 * KB));
    const problems = overruns(over);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^kapitel \(\/kapitel\): .* > budget \d+ KB\. Största filerna: assets\/entry\.client-abc\.js/);
    expect(problems[0]).toContain('assets/kapitel-def.js');
  });

  it('för stor förhandscache eller sökindex och en sidtyp som inte mättes är också fel', () => {
    const m = measurements(() => 10 * KB, {
      precacheBytes: (budgets.forhandscacheKB + 1) * KB,
      searchIndex: { file: 'assets/sok-index.2.json', gzip: (budgets.sokindexGzipKB + 1) * KB },
    });
    m.worst.delete('sok');
    expect(overruns(m)).toEqual([
      'sok: ingen sida mättes',
      expect.stringMatching(/^Förhandscachen: .* > budget/),
      expect.stringMatching(/^Sökindexet assets\/sok-index\.2\.json: .* > budget/),
    ]);
  });

  it('tabellen har en rad per budget och säger vilka som håller', () => {
    const table = budgetTable(measurements((type) => (type === 'sok' ? 999 * KB : 10 * KB))).split('\n');
    expect(table).toHaveLength(2 + ROUTE_TYPES.length + 2);
    expect(table.find((row) => row.includes(': sok'))).toMatch(/\| NEJ \|$/);
    expect(table.find((row) => row.includes(': kapitel'))).toMatch(/\| ja \|$/);
  });
});
