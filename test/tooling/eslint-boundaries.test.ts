import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The boundary errors ESLint reports for a file with this source at this path. */
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

// Starting ESLint with the TypeScript parser takes seconds on a busy machine; the limit is for that, not a timing check.
describe('importreglerna (eslint.config.js)', { timeout: 60_000 }, () => {
  it('låter en maskin importera xstate och lagrumsregistret', async () => {
    expect(await boundaryErrors('src/machines/ny.ts', "import { setup } from 'xstate';\nimport type { LagrumId } from '../law/registry.ts';\nexport const x: LagrumId[] = [];\nexport default setup;\n")).toEqual([]);
  });

  it('stoppar en maskin som importerar renderaren', async () => {
    expect(await boundaryErrors('src/machines/ny.ts', "import { OutcomePage } from '../guide/outcome-page.tsx';\nexport default OutcomePage;\n")).not.toEqual([]);
  });

  it('stoppar en förmåga som importerar en annan förmåga', async () => {
    expect(await boundaryErrors('src/search/ny.ts', "import { journalText } from '../guide/journal.ts';\nexport default journalText;\n")).not.toEqual([]);
    expect(await boundaryErrors('src/guide/ny.ts', "import { ChapterContent } from '../handbook/chapter-content.tsx';\nexport default ChapterContent;\n")).not.toEqual([]);
  });

  it('låter en förmåga använda motorn och de delade komponenterna', async () => {
    expect(await boundaryErrors('src/trainer/ny.ts', "import { edgesOf } from '../engine/model.ts';\nimport { formatDate } from '../components/format.ts';\nexport default [edgesOf, formatDate];\n")).toEqual([]);
  });

  it('låter routes sätta ihop förmågorna', async () => {
    expect(await boundaryErrors('src/routes/ny.tsx', "import { OutcomePage } from '../guide/outcome-page.tsx';\nimport { ChapterContent } from '../handbook/chapter-content.tsx';\nexport default [OutcomePage, ChapterContent];\n")).toEqual([]);
  });

  it('låter content bara importera typer från src', async () => {
    const [result] = await eslint.lintText("import { provision } from '../src/law/registry.ts';\nexport default provision;\n", { filePath: 'content/ny.ts' });
    expect(result.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-restricted-imports');
  });
});
