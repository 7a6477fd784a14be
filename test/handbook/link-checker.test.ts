import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/buildtime/content-check.ts';

/** A copy of the project with one extra chapter, so the checker runs on real data plus a fixture. */
function withChapter(body: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-lank-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'src/machines'), { recursive: true });
  writeFileSync(
    join(root, 'content/handbok/zz-prov.mdx'),
    `---\ntitle: "Prov"\nsummary: "En sammanfattning som är tillräckligt lång."\norder: 999\nlagrum: []\ngranskad: 2026-11-22\ngranskadAv: "Redaktionen"\nnastaGranskning: 2027-05-22\n---\n\n## Ett avsnitt\n\n${body}\n`,
  );
  return checkContent(root).errors.filter((e) => e.includes('zz-prov'));
}

describe('länkkontrollen', () => {
  it('godtar länkar till kapitel, rubriker, lagrum, ordlistan och egna ankare', () => {
    expect(
      withChapter('[a](/handbok/samtycke) [b](/handbok/grunderna#vad-betyder-omvänt-skaderekvisit) [c](/lagrum/osl-10-21) [d](/ordlista#samtycke) [e](/om) [f](/handbok/zz-prov#ett-avsnitt)'),
    ).toEqual([]);
  });

  it('hittar ett kapitel som inte finns', () => {
    expect(withChapter('[x](/handbok/finns-inte)')).toEqual([expect.stringMatching(/länk \/handbok\/finns-inte: kapitlet finns inte/)]);
  });

  it('hittar en rubrik som inte finns', () => {
    expect(withChapter('[x](/handbok/samtycke#ingen-sadan-rubrik)')).toEqual([expect.stringMatching(/rubriken #ingen-sadan-rubrik finns inte/)]);
  });

  it('hittar ett lagrum, ett begrepp och en sida som inte finns', () => {
    const errors = withChapter('[x](/lagrum/osl-99-1) [y](/ordlista#inget-begrepp) [z](/okand-sida)');
    expect(errors).toHaveLength(3);
  });

  it('hittar en länk till en guide som inte finns', () => {
    expect(withChapter('<GuideLink guide="finns-inte">x</GuideLink> [y](/guide/finns-inte/fragor)').join()).toMatch(/GuideLink.*guiden finns inte.*länk \/guide\/finns-inte\/fragor: guiden finns inte/);
  });
});
