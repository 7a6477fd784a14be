/**
 * The local settings (content/lokalt.ts): validated with zod when the site is built or tested,
 * and served to pages as `virtual:lokalt`, so nothing unvalidated reaches a page. An error names
 * the field. Also checks that every `{name}` placeholder in guide frontmatter is a setting.
 */
import { z } from 'zod';
import type { Plugin } from 'vite';
import { lokalt as raw } from '../../content/lokalt.ts';
import { LOCAL_FIELDS, placeholdersIn, stringsWithPaths, type LokalFalt, type LokalaInstallningar } from '../components/local-text.ts';

export { LOCAL_FIELDS };

/** A personnummer or samordningsnummer (ÅÅMMDD-NNNN, with or without century and dash). */
const PERSONNUMMER = /\b(\d{2})?\d{6}[-+]?\d{4}\b/;

const contactLine = z
  .string()
  .trim()
  .min(2, 'saknas eller är för kort')
  .max(160, 'är för lång (högst 160 tecken): skriv en kontaktväg, inte en rutin')
  .refine((s) => !PERSONNUMMER.test(s), 'ser ut att innehålla ett personnummer. Här får bara stå kontaktvägar för personal.')
  .refine((s) => !/[{}<>]/.test(s), 'får inte innehålla { } < >');

const fields = {
  kommun: contactLine,
  polisensNummer: contactLine.refine((s) => /\d/.test(s), 'ska innehålla ett telefonnummer'),
  socialjour: contactLine,
  jurist: contactLine,
  delegationsordning: contactLine,
  felrapporter: contactLine,
} satisfies Record<LokalFalt, z.ZodType<string>>;

export const localSettingsSchema = z.object(fields).strict();

const FILE = 'content/lokalt.ts';

/** The validated settings, or the problems ("content/lokalt.ts — polisensNummer: saknas"). */
export function readLocalSettings(data: unknown = raw): { settings?: LokalaInstallningar; errors: string[] } {
  const parsed = localSettingsSchema.safeParse(data);
  if (parsed.success) return { settings: parsed.data, errors: [] };
  return {
    errors: parsed.error.issues.map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(hela filen)';
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'saknas' : issue.message;
      return `${FILE} — ${field}: ${message}`;
    }),
  };
}

/** Unknown placeholders in a content file's frontmatter, each naming file, field and the known names. */
export function placeholderErrors(file: string, frontmatter: unknown): string[] {
  const known = new Set<string>(LOCAL_FIELDS);
  return stringsWithPaths(frontmatter).flatMap(({ path, text }) =>
    placeholdersIn(text)
      .filter((name) => !known.has(name))
      .map((name) => `${file} — ${path}: {${name}} är ingen lokal inställning. Finns: ${LOCAL_FIELDS.map((f) => `{${f}}`).join(', ')}`),
  );
}

const VIRTUAL_ID = 'virtual:lokalt';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** `virtual:lokalt`: the validated settings; an invalid settings file stops the build. */
export function localSettingsPlugin(): Plugin {
  return {
    name: 'sekretessguiden-lokalt',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { settings, errors } = readLocalSettings();
      if (!settings) this.error(`Fel i de lokala inställningarna:\n  ${errors.join('\n  ')}`);
      return `export const lokalt = ${JSON.stringify(settings)};\n`;
    },
  };
}
