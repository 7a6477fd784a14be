/**
 * ASCII folding for search. Swedish å, ä and ö are letters of their own ("får" is not "far"), so the
 * main search keys keep them. Only a separate, lower-weighted key holds the folded words, so that a
 * query typed on a keyboard without å/ä/ö ("orosanmalan", "kriminalvarden") still finds its target.
 */
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'a', ø: 'o' };
const FOLDABLE = /[åäöéèüæø]/g;
const HAS_FOLDABLE = /[åäöéèüæø]/;

/** Lower-case and fold å/ä/ö (and a few other accented letters) to ASCII. */
export function foldAscii(text: string): string {
  return text.toLowerCase().replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** True when folding changes the (lower-cased) text. */
export function hasFoldableLetters(text: string): boolean {
  return HAS_FOLDABLE.test(text.toLowerCase());
}
