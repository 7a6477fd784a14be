import { describe, expect, it } from 'vitest';
import { buildReview } from '../../src/buildtime/review-export.ts';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { scanHandbook } from '../../src/buildtime/handbook-source.ts';

describe('granskningsunderlaget (npm run granskning)', () => {
  const html = buildReview(process.cwd(), '2026-12-02');

  it('har alla fyra delarna', () => {
    for (const part of ['1. Punkter att kontrollera med jurist', '3. Lagrumsregistret', '4. Vägböcker']) expect(html).toContain(part);
  });

  it('tar med varje kapitel och varje guides vägbok', () => {
    for (const c of scanHandbook(process.cwd()).chapters) expect(html, c.slug).toContain(c.file);
    for (const id of GUIDE_IDS) expect(html, id).toContain(`Guide-id ${id},`);
  });

  it('har minst en punkt att kontrollera och slutar som ett helt HTML-dokument', () => {
    expect(html.match(/<li><strong>/g)?.length ?? 0).toBeGreaterThan(10);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
