/**
 * Issue 10 item 7: guide texts speak to the user ("Kontrollera med jurist: …"), never as an editors'
 * diary. The review record in index.mdx (`granskadAv`) is exempt: it names who reviewed against what.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const EDITOR_VOICE = /\b(vi har|vi vet|vi läser|har vi|vårt underlag|i vårt|faktaunderlaget|redaktionen|redaktionens|har inte lästs|vi är inte|känner vi)\b/i;

function guideFiles(dir = 'content/guider'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? guideFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
}

it('guidetexterna talar till läsaren, inte som redaktionens anteckningar', () => {
  const hits = guideFiles().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('granskadAv:') && EDITOR_VOICE.test(line))
      .map((line) => `${file}: ${line.slice(0, 120)}`),
  );
  expect(hits).toEqual([]);
});

/** Chapters may say "vi" as the social workers do ("innan vi har polisanmält"), so only the diary turns are barred there. */
const CHAPTER_DIARY = /(för den här handboken|har inte kontrollerats|vi har inte kunnat|har vi inte kunnat|redaktionen)/i;

it('kapitlen skriver tvivel för läsaren (vad ska kontrolleras, med vem), inte som redaktionens dagbok', () => {
  const dir = 'content/handbok';
  const hits = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('granskadAv:') && CHAPTER_DIARY.test(line))
        .map((line) => `${name}: ${line.slice(0, 120)}`),
    );
  expect(hits).toEqual([]);
});
