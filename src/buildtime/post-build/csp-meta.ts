/** Writes each page's Content-Security-Policy, with its inline-script hashes, into the page. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withPolicyMeta } from '../content-security-policy.ts';
import { htmlFiles } from './html-files.ts';
import type { PostBuildStep } from './pipeline.ts';

export const cspMeta: PostBuildStep = {
  name: 'Content-Security-Policy i varje sida',
  run: ({ dir, log }) => {
    const files = htmlFiles(dir);
    for (const file of files) writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8')));
    log(`Content-Security-Policy med skripthashar i ${files.length} sidor.`);
  },
};
