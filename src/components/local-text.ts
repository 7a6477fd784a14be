/**
 * Placeholders for the local settings (content/lokalt.ts) in guide frontmatter: a text such as
 * "Ring tillbaka via {polisensNummer}." gets the municipality's own number. Pure functions, shared
 * by the renderer (which fills them) and the build (which checks that every name is a setting).
 */

/** The settings every municipality sets in content/lokalt.ts (validated by src/buildtime/local-settings.ts). */
export const LOCAL_FIELDS = ['kommun', 'polisensNummer', 'socialjour', 'jurist', 'delegationsordning', 'felrapporter'] as const;
export type LokalFalt = (typeof LOCAL_FIELDS)[number];
export type LokalaInstallningar = Record<LokalFalt, string>;

/** `{name}`: letters only, so ordinary braces in prose (rare) are never mistaken for one. */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The setting names a text refers to, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** The text with every known placeholder replaced; an unknown one stays visible (the build stops on it first). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}

/** Fills every string inside plain data (frontmatter objects and arrays); other values pass unchanged. */
export function fillPlaceholdersDeep<T>(data: T, values: Readonly<Record<string, string>>): T {
  if (typeof data === 'string') return fillPlaceholders(data, values) as T;
  if (Array.isArray(data)) return data.map((d) => fillPlaceholdersDeep(d, values)) as T;
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fillPlaceholdersDeep(v, values)])) as T;
  }
  return data;
}

/** Every string in plain data with its path ("gorSaHarNu.2"), for messages that name the field. */
export function stringsWithPaths(data: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof data === 'string') return [{ path: path.join('.'), text: data }];
  if (Array.isArray(data)) return data.flatMap((d, i) => stringsWithPaths(d, [...path, String(i)]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => stringsWithPaths(v, [...path, k]));
  return [];
}
