/**
 * `virtual:innehallsversion`: the newest content version, its date and the fact base's date, taken
 * from the changelog (content/andringar.ts) at build time. Every page shows them (footer, offline
 * notice); importing the whole changelog for three strings would put all its text in every page's
 * first-load JavaScript, and it grows with each release. The changelog page itself imports the file.
 */
import type { Plugin } from 'vite';
import { andringar, faktaunderlagDatum } from '../../content/andringar.ts';

const VIRTUAL_ID = 'virtual:innehallsversion';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface Innehallsversion {
  version: string;
  datum: string;
  faktaunderlagDatum: string;
}

export function contentVersion(): Innehallsversion {
  const newest = andringar[0];
  if (!newest) throw new Error('content/andringar.ts — ändringsloggen är tom: lägg till en första version.');
  return { version: newest.version, datum: newest.datum, faktaunderlagDatum };
}

export function contentVersionPlugin(): Plugin {
  return {
    name: 'sekretessguiden-innehallsversion',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const innehallsversion = ${JSON.stringify(contentVersion())};\n`;
    },
  };
}
