/**
 * Precompressed copies of every text file in the site — `x.br` (Brotli, best) and `x.gz` (gzip -9) —
 * made once at build, so a server sends them as they are instead of compressing on every request
 * (`npm start` through sirv; deploy/ shows nginx and Apache). A copy is written only when it is smaller.
 * Runs last, after the service worker is written, so sw.js gets copies too; the service worker's
 * precache lists only the originals (its patterns name the real extensions).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { PostBuildStep } from './pipeline.ts';

/** Files worth compressing: text. Images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|txt|xml)$/;
/** Below this, the headers cost more than compression saves. */
export const MIN_BYTES = 1024;

export function compressedCopies(data: Buffer): { br: Buffer; gz: Buffer } {
  return {
    br: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
    gz: gzipSync(data, { level: 9 }),
  };
}

export const precompress: PostBuildStep = {
  name: 'förkomprimera textfiler (.br och .gz)',
  run: ({ dir, log }) => {
    let files = 0;
    let raw = 0;
    let br = 0;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      const data = readFileSync(file);
      if (data.length < MIN_BYTES) continue;
      const copies = compressedCopies(data);
      if (copies.br.length < data.length) writeFileSync(`${file}.br`, copies.br);
      if (copies.gz.length < data.length) writeFileSync(`${file}.gz`, copies.gz);
      files += 1;
      raw += data.length;
      br += Math.min(copies.br.length, data.length);
    }
    log(`Förkomprimerat: ${files} filer, ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB med Brotli.`);
  },
};
