/**
 * The site's Content-Security-Policy (issue 12): nothing but this origin, no eval, and no inline
 * script except the ones prerendering writes into each page, allowed by their sha256 hashes.
 *
 * Two forms, enforced together by the browser (every policy must pass):
 * - `pagePolicy(hashes)`: written into each HTML file as <meta http-equiv> at build time, with that
 *   page's script hashes. Hashes differ per page and per build, so only the page itself can carry them.
 * - `HEADER_POLICY`: the same rules without the script rule (which the header cannot know), plus
 *   frame-ancestors, which browsers ignore in a meta tag. deploy/ sends it as a header; a test keeps
 *   the files in deploy/ equal to this string.
 */
import { createHash } from 'node:crypto';

/**
 * Every kind of resource except script elements: this origin only; no plugins, frames, foreign forms
 * or inline event-handler attributes.
 */
const SHARED_DIRECTIVES = [
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export function pagePolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].map((hash) => `'${hash}'`)].join(' ');
  return ["default-src 'self'", `script-src ${scripts}`, ...SHARED_DIRECTIVES].join('; ');
}

export const HEADER_POLICY = [...SHARED_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const META_CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;
const CHARSET = /<meta charSet="utf-8"\s*\/?>/i;

/** The hashes of the page's inline scripts (those without src), exactly as the browser hashes them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.push(sha256(body));
  }
  return hashes;
}

/**
 * Puts the page's policy right after <meta charset>, before every script: a meta policy only governs
 * what comes after it. Running it again (a rebuilt page) replaces the old tag.
 */
export function withPolicyMeta(html: string): string {
  const withoutOld = html.replace(META_CSP, '');
  if (!CHARSET.test(withoutOld)) throw new Error('sidan saknar <meta charset="utf-8">, så policyn kan inte läggas först.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(withoutOld))}"/>`;
  return withoutOld.replace(CHARSET, (charset) => charset + meta);
}
