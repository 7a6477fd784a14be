import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFrontmatterFile } from '../../src/buildtime/frontmatter-file.ts';

const schema = z.object({ rubrik: z.string(), svar: z.record(z.string(), z.string()) }).strict();

function read(source: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-fm-'));
  const path = join(root, 'fraga.mdx');
  writeFileSync(path, source);
  const errors: string[] = [];
  return { result: readFrontmatterFile(root, path, schema, errors), errors };
}

const unix = '---\nrubrik: "Har personen samtyckt?"\nsvar:\n  ja: "Ja"\n  nej: "Nej"\n---\n\nHjälptext.\n';

describe('frontmatter i guide- och övningsfallsfiler', () => {
  it('läser en fil med Windows-radslut (CRLF) som en med Unix-radslut', () => {
    const { result, errors } = read(unix.replace(/\n/g, '\r\n'));
    expect(errors).toEqual([]);
    expect(result?.rubrik).toBe('Har personen samtyckt?');
    expect(result?.svar).toEqual({ ja: 'Ja', nej: 'Nej' });
    expect(result?.body).toBe('Hjälptext.');
  });

  it('läser en fil som börjar med en byte-order mark', () => {
    expect(read(`\uFEFF${unix}`).errors).toEqual([]);
  });

  it('säger vad som är fel när första raden inte är ---', () => {
    expect(read('rubrik: "x"\n').errors).toEqual([expect.stringMatching(/fraga\.mdx — frontmatter: saknas .*första raden är "rubrik: "x""/)]);
  });

  it('säger att slutet saknas när den avslutande --- fattas', () => {
    expect(read('---\nrubrik: "x"\n').errors).toEqual([expect.stringMatching(/saknar sitt slut/)]);
  });

  it('säger att filen är tom', () => {
    expect(read('').errors).toEqual([expect.stringMatching(/filen är tom/)]);
  });
});
