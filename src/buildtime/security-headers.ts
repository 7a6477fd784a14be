/**
 * The HTTP headers the site should be served with (issue 12). scripts/serve.mjs sends them, so every
 * browser test runs under them, and the server examples in deploy/ carry the same values (a test
 * compares them).
 */
import { HEADER_POLICY } from './content-security-policy.ts';

/** Features the site never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // frame-ancestors in the policy says the same to current browsers; this is for older ones.
  'X-Frame-Options': 'DENY',
};

/** Vite's hashed files never change under their name; everything else (HTML, sw.js, manifest) is revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control for a path inside the published folder ("assets/x-abc.js", "sw.js", "om/index.html"). */
export function cacheControl(pathInSite: string): string {
  return /^\/?assets\//.test(pathInSite) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
