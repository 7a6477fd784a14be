import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { guidePlugin } from '../../src/buildtime/guide-plugin.ts';

/** A copy of the project's content and machines, so a test can break one file. */
function projectCopy() {
  const root = mkdtempSync(join(tmpdir(), 'sg-guide-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('src/machines', join(root, 'src/machines'), { recursive: true });
  cpSync('src/engine/bundles', join(root, 'src/engine/bundles'), { recursive: true });
  return root;
}

/** Runs the plugin's buildStart the way Vite does; returns the build error message, or ''. */
function buildStart(root: string): string {
  const plugin = guidePlugin(root);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  try {
    (plugin.buildStart as (this: typeof context) => void).call(context);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('bygget stoppar en trasig guide', () => {
  it('godtar guiderna som de är', () => {
    expect(buildStart(projectCopy())).toBe('');
  });

  it('stoppar när ett utfall saknar sin textfil', () => {
    const root = projectCopy();
    rmSync(join(root, 'content/guider/roc/utfall-vuxen.mdx'));
    expect(buildStart(root)).toMatch(/content\/guider\/roc\/utfall-vuxen\.mdx — saknas/);
  });

  it('stoppar när en fråga har andra svar än maskinen', () => {
    const root = projectCopy();
    writeFileSync(join(root, 'content/guider/roc/roll.mdx'), '---\nrubrik: "Vem är du?"\nsvar:\n  socialjouren: "Socialjouren"\n---\n');
    expect(buildStart(root)).toMatch(/content\/guider\/roc\/roll\.mdx — svar: ska ha exakt/);
  });

  it('stoppar när en delad utfallstext saknas', () => {
    const root = projectCopy();
    rmSync(join(root, 'content/guide-texter/varning-adress.mdx'));
    expect(buildStart(root)).toMatch(/content\/guide-texter\/varning-adress\.mdx — saknas/);
  });

  it('stoppar när en guide saknas i listan över guider', () => {
    const root = projectCopy();
    cpSync(join(root, 'content/guider/roc'), join(root, 'content/guider/ny-guide'), { recursive: true });
    expect(buildStart(root)).toMatch(/content\/guider\/ny-guide — guiden "ny-guide" saknas i src\/engine\/guide-ids\.ts/);
  });

  it('stoppar på ett övningsfall med fel guide', () => {
    const root = projectCopy();
    writeFileSync(join(root, 'content/ovningsfall/zz-fel.mdx'), '---\ntitel: "Fel"\nguide: "finns-inte"\n---\n');
    expect(buildStart(root)).toMatch(/zz-fel\.mdx — guide/);
  });
});
