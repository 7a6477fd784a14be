/**
 * The one tokenizer for search, used both when the index is built and when a query is read, so a
 * word is cut the same way on both sides.
 */

/**
 * Swedish function words that carry no topic. Dropped from queries ("vad gör jag när polisen
 * ringer" → polisen, ringer) and from the indexed word lists. "får", "måste" and "inte" are not
 * here on purpose: they are the verdict words of the whole handbook.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'och i att det som en ett på är av för med till den de dem har hade inte om han hon hen men var ' +
    'jag sig från vi ni så kan man när även eller under efter hur vad du dig din ditt dina ska skall ' +
    'då där här vem vilka vilken vilket inom mot utan också bara än alla andra annan annat detta dessa ' +
    'denna sin sitt sina vid mellan genom mig min mitt mina oss vår vårt våra er ert era deras hans ' +
    'hennes dess nu sedan redan bli blir blev vara varit vill ju nog någon något några gör göra ut in upp ha'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Words shorter than this match at a word's start only; longer ones anywhere (compounds). */
export const SUBSTRING_FROM_LENGTH = 5;

/** Lower-cased words of a text, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The words of a query worth searching for: no stop words, no single letters. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).filter((w) => w.length > 1 && !STOPWORDS.has(w)))];
}

/**
 * A body text as the index keeps it: each topic word's stem once, in order of first use. Searching
 * is per word and by stem, so order, repetition and inflection add size but no precision; the
 * excerpt shown under a hit is stored separately.
 */
export function indexWords(text: string): string {
  const kept = words(text).filter((w) => (w.length > 2 || /^\d\d$/.test(w)) && !STOPWORDS.has(w));
  return [...new Set(kept.map(stem))].join(' ');
}

/** The opening of a text, cut at a word boundary, for the hit's excerpt. */
export function openingOf(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, cut > max / 2 ? cut : max)} …`;
}

/**
 * Endings cut from a query word so that one form finds the others: "barnet" → "barn",
 * "kommuner" → "kommun", "hittat" → "hitt". A light version of the Snowball Swedish stemmer's first
 * step, longest ending first; the stem keeps at least four letters.
 */
const ENDINGS = [
  'heterna', 'hetens', 'anden', 'heten', 'heter', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns',
  'ade', 'are', 'ern', 'ens', 'het', 'ast', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'na', 'et', 'a', 'e',
];

export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  for (const e of ENDINGS) if (word.endsWith(e) && word.length - e.length >= 4) return word.slice(0, -e.length);
  return word;
}
