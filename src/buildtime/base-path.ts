/**
 * The sub-path the site is served under, e.g. "/sekretessguiden/" on a municipal intranet. Read from
 * BASE_PATH at build time (vite.config.ts, react-router.config.ts, the post-build steps) and by
 * scripts/serve.mjs, all through this one module, so Vite's `base`, React Router's `basename`, the
 * folder layout, the web app manifest, the service worker's scope and the local server agree.
 */

/** Normalises "x", "/x", "x/", " /a/b// " to "/x/" form; "" and "/" give "/". */
export function normaliseBasePath(raw: string): string {
  const trimmed = raw.trim();
  const segments = trimmed.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  for (const segment of segments) {
    // A base path becomes a folder name and a URL prefix: refuse what would escape the folder or
    // need escaping in a URL, with a message the person running the build can act on.
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw new Error(
        `BASE_PATH "${raw}" går inte att använda: varje del av sökvägen får bara innehålla a–z, A–Z, 0–9, ".", "_", "~" och "-".`,
      );
    }
  }
  return `/${segments.join('/')}/`;
}

/** The base path of this build or server, from BASE_PATH (default "/"). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  return normaliseBasePath(env.BASE_PATH ?? '/');
}

/** The base path's segments: "/a/b/" → ["a", "b"], "/" → []. */
export function baseSegments(base: string): string[] {
  return base.split('/').filter(Boolean);
}

/** A site path ("/handbok/x", "handbok/x" or "/") under the base: withBase("/x/", "/om") → "/x/om". */
export function withBase(base: string, path: string): string {
  return base + path.replace(/^\/+/, '');
}
