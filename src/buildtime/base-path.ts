/**
 * The sub-path the site is served under. Read once from BASE_PATH at build time and normalised to
 * "/x/" form so Vite's `base` and React Router's `basename` always agree.
 */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env.BASE_PATH ?? '/').trim();
  if (raw === '' || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}
