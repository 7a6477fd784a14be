/**
 * Which parts of a title or excerpt to mark. The search matches word beginnings (short words) and
 * word parts (longer words and stems), so the same rule decides what is highlighted. Pure: the UI
 * renders the parts as React text, so nothing in a query can become markup.
 */
import { SUBSTRING_FROM_LENGTH } from './text.ts';

export interface Part {
  text: string;
  mark: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function highlightParts(text: string, terms: readonly string[]): Part[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term.length < 2) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (term.length < SUBSTRING_FROM_LENGTH && isLetter(lower[at - 1])) continue;
      // Mark to the end of the word: "samtyck" marks all of "samtycket".
      let end = at + term.length;
      while (isLetter(lower[end])) end++;
      for (let i = at; i < end; i++) marked[i] = true;
    }
  }
  const parts: Part[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else parts.push({ text: text[i], mark: marked[i] });
  }
  return parts;
}
