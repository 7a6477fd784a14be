import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, outcomeFileFor } from '../../src/buildtime/outcome-file-names.ts';
import { outcomeFiles, prerenderPath, publishedFile } from '../../src/buildtime/outcome-pages.ts';

describe('utfallens filnamn', () => {
  it('är vandringssidans mapp, utfall/ och frågan, med eller utan snedstreck efter sidan', () => {
    expect(outcomeFileFor('/guide/polisen/fragor', 'v=2&akut-fara=nej')).toBe('/guide/polisen/fragor/utfall/v=2&akut-fara=nej.html');
    expect(outcomeFileFor('/guide/polisen/fragor/', 'v=2&akut-fara=nej')).toBe('/guide/polisen/fragor/utfall/v=2&akut-fara=nej.html');
  });

  it('ger inget namn för en fråga som inte kan vara ett filnamn eller kan leda ut ur mappen', () => {
    for (const query of ['', '../../etc/passwd', 'v=2&x=%2e%2e', 'v=2&X=1', 'v=2&x=<b>', 'v=2;x=1', 'a'.repeat(MAX_QUERY_LENGTH + 1)]) {
      expect(outcomeFileFor('/guide/polisen/fragor', query), query).toBeNull();
    }
    expect(outcomeFileFor('/guide/../../fragor', 'v=2')).toBeNull();
    expect(outcomeFileFor('/guide/polisen/fragor', 'a'.repeat(MAX_QUERY_LENGTH))).not.toBeNull();
  });

  it('får plats i ett filnamn också som komprimerad kopia', () => {
    expect(`${'a'.repeat(MAX_QUERY_LENGTH)}.html.br`).toHaveLength(255);
  });
});

describe('utfallen som förrenderas', () => {
  const { files, tooLong } = outcomeFiles();

  it('är varje väg genom varje guide, var och en med sin egen fil', () => {
    expect(files.length + tooLong.length).toBeGreaterThan(400);
    expect(new Set(files.map(publishedFile)).size).toBe(files.length);
    // Today every path fits; a longer one would be rendered by the browser instead (and listed here).
    expect(tooLong).toEqual([]);
  });

  it('ber React Router om vandringssidan med frågan som fragment, och flyttar den sedan till sin fil', () => {
    const file = files.find((f) => f.guide === 'polisen')!;
    expect(prerenderPath(file)).toBe(`/guide/polisen/fragor/#${file.query}`);
    expect(publishedFile(file)).toBe(`guide/polisen/fragor/utfall/${file.query}.html`);
    expect(file.query).toMatch(/^v=\d+&/);
  });
});
