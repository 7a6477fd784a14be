/**
 * Issue 14: prefers-reduced-motion. The site moves nothing today; this keeps it that way unless a
 * movement is written so that people who ask for less motion never see it: every transition,
 * animation and smooth scroll in our stylesheets must sit inside
 * `@media (prefers-reduced-motion: no-preference)`, and no script may scroll smoothly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (ext: RegExp) =>
  readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const MOTION = /(?:^|[;{\s])(transition(?:-[a-z-]+)?|animation(?:-[a-z-]+)?)\s*:|scroll-behavior\s*:\s*smooth/g;
const ALLOWED = /@media[^{]*prefers-reduced-motion\s*:\s*no-preference[^{]*$/;

/** Declarations of motion that are not inside a no-preference block, as "file: declaration". */
function unguardedMotion(css: string, file: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const match of text.matchAll(MOTION)) {
    // Walk back over the enclosing blocks and look at each block's prelude.
    let depth = 0;
    let guarded = false;
    for (let i = match.index - 1; i >= 0 && !guarded; i--) {
      if (text[i] === '}') depth++;
      else if (text[i] === '{') {
        if (depth > 0) depth--;
        else {
          const start = Math.max(text.lastIndexOf('}', i - 1), text.lastIndexOf('{', i - 1), text.lastIndexOf(';', i - 1));
          if (ALLOWED.test(text.slice(start + 1, i).trim())) guarded = true;
        }
      }
    }
    if (!guarded && !/:\s*none\b/.test(text.slice(match.index, text.indexOf(';', match.index)))) {
      found.push(`${file}: ${text.slice(match.index, text.indexOf(';', match.index)).trim()}`);
    }
  }
  return found;
}

describe('rörelse bara för den som inte har bett om mindre', () => {
  it('hittar en övergång utanför ett no-preference-block (testet kan falla)', () => {
    expect(unguardedMotion('.a { color: red; transition: opacity 0.2s; }', 'x.css')).toHaveLength(1);
    expect(unguardedMotion('html { scroll-behavior: smooth; }', 'x.css')).toHaveLength(1);
    expect(
      unguardedMotion('@media (prefers-reduced-motion: no-preference) { .a { transition: opacity 0.2s; } }', 'x.css'),
    ).toEqual([]);
    expect(unguardedMotion('@media (prefers-reduced-motion: reduce) { .a { animation: spin 1s; } }', 'x.css')).toHaveLength(1);
    expect(unguardedMotion('.a { transition: none; }', 'x.css')).toEqual([]);
  });

  it('ingen stilmall i src/ rör sig för den som har bett om mindre rörelse', () => {
    const css = files(/\.css$/);
    expect(css.length).toBeGreaterThan(0);
    expect(css.flatMap((file) => unguardedMotion(readFileSync(file, 'utf8'), file))).toEqual([]);
  });

  it('inget skript scrollar mjukt', () => {
    const smooth = files(/\.tsx?$/).filter((file) => /behavior\s*:\s*['"]smooth['"]/.test(readFileSync(file, 'utf8')));
    expect(smooth).toEqual([]);
  });
});
