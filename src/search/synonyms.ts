/**
 * Plain words ↔ legal words, from the editors' table in content/synonymer.ts. A query that holds
 * one phrase of a group is also searched for the group's other phrases, and the group's provisions
 * count as hits; a provision reference brings the group's words along the other way.
 */
import { synonymer, type Synonymgrupp } from '../../content/synonymer.ts';
import { foldAscii } from './fold.ts';
import { words } from './text.ts';

export interface Expansion {
  /** The other phrases of every group the query names. */
  phrases: string[];
  /** Provisions the query names through a synonym, by registry id. */
  lagrum: string[];
}

/** Folded, space-padded phrase so "nöd" never matches inside "nödvändig" and "nod" finds "nöd". */
const padded = (text: string) => ` ${words(foldAscii(text)).join(' ')} `;

export function expandSynonyms(query: string, groups: Synonymgrupp[] = synonymer): Expansion {
  const q = padded(query);
  const phrases = new Set<string>();
  const lagrum = new Set<string>();
  for (const g of groups) {
    const hit = g.ord.find((o) => q.includes(padded(o)));
    if (!hit) continue;
    for (const o of g.ord) if (!q.includes(padded(o))) phrases.add(o);
    for (const id of g.lagrum ?? []) lagrum.add(id);
  }
  return { phrases: [...phrases], lagrum: [...lagrum] };
}

/** The words of every group that names this provision (for a query that is a provision reference). */
export function wordsForProvision(id: string, groups: Synonymgrupp[] = synonymer): string[] {
  return groups.filter((g) => (g.lagrum as readonly string[] | undefined)?.includes(id)).flatMap((g) => g.ord);
}
