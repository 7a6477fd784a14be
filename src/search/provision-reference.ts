/**
 * Provision references as people type them: "10:21", "10 kap 21", "10 kap. 21 §", "OSL 10:21",
 * "26 kap 1 § OSL", "19:1 SoL", "6 § LVU", "14 kap 1 § gamla SoL". A reference is parsed exactly,
 * never fuzzily: "10:21" must open 10 kap. 21 § OSL, not whatever text happens to contain "10" and
 * "21".
 *
 * Two steps: `parseProvisionReference` reads the numbers and the law word out of a query;
 * `resolveProvisionReference` looks them up in a table built from the provision registry
 * (current citations and former references), so a renumbered provision is found under both.
 */

export interface ProvisionReference {
  /** Chapter ("10"), absent for laws without chapters ("6 § LVU"). */
  chapter?: string;
  /** Section with its letter, without spaces: "21", "15a". */
  section: string;
  /** The law word as typed and lower-cased, when one was typed next to the numbers: "osl", "sol". */
  law?: string;
  /** The user asked for the old wording: "gamla SoL", "tidigare", "SoL (2001:453)". */
  old: boolean;
  /** The query without the reference, the law word and old-markers: words still worth searching. */
  rest: string;
}

const SECTION = String.raw`(\d{1,3})(?:\s?([a-h])(?![\p{L}\d]))?`;
/** "10 kap 21", "10 kap. 21 §", "10 kapitlet 21 §", "10:21", "10:15a", "10 : 15 a". */
const WITH_CHAPTER = new RegExp(
  String.raw`(?<![\d:])(\d{1,3})(?:\s*kap(?:itlet|itel|\.)?\s*|\s*:\s*)${SECTION}(?:\s*§+)?(?![\d:])`,
  'iu',
);
/** "6 § LVU", "43 b §" (a section sign is required without a chapter). */
const SECTION_ONLY = new RegExp(String.raw`(?<![\d:])${SECTION}\s*§+`, 'iu');
/** "LVU 43 b", "LVU 6" (a law word directly before the number, no section sign). */
const LAW_THEN_SECTION = new RegExp(String.raw`([\p{L}-]+)\s+${SECTION}(?![\d:§])`, 'iu');
const WORD_AFTER = /^\s*(?:§+\s*)?(?:(?:i|enligt)\s+)?(?:(gamla|nya|tidigare)\s+)?([\p{L}-]+)/iu;
const WORD_BEFORE = /(?:(gamla|nya|tidigare)\s+)?([\p{L}-]+)\s*$/iu;
const OLD_MARKER = /\b(?:gamla|tidigare|förra)\b|\(?\s*2001:453\s*\)?/giu;

interface Place {
  start: number;
  end: number;
  chapter?: string;
  section: string;
  /** A law word found by the pattern itself ("LVU 43 b"), with where it starts. */
  law?: { word: string; start: number };
}

const sectionOf = (digits: string, letter: string | undefined) => digits + (letter ?? '').toLowerCase();

/** Where the numbers are: "10 kap. 21 §" / "10:21", else "43 b § …", else "LVU 43 b". */
function findPlace(text: string, laws: ReadonlySet<string>): Place | undefined {
  const c = WITH_CHAPTER.exec(text);
  if (c) return { start: c.index, end: c.index + c[0].length, chapter: c[1], section: sectionOf(c[2], c[3]) };
  const s = SECTION_ONLY.exec(text);
  if (s) return { start: s.index, end: s.index + s[0].length, section: sectionOf(s[1], s[2]) };
  const l = LAW_THEN_SECTION.exec(text);
  if (l && laws.has(l[1].toLowerCase())) {
    return { start: l.index + l[1].length, end: l.index + l[0].length, section: sectionOf(l[2], l[3]), law: { word: l[1], start: l.index } };
  }
  return undefined;
}

/**
 * Reads a provision reference out of a query, or returns undefined when there is none.
 * `laws` holds the lower-cased law words the registry knows ("osl", "sol", "socialtjänstlagen", …);
 * a word next to the numbers that is not a law ("barn 10:21") is left in `rest`.
 */
export function parseProvisionReference(query: string, laws: ReadonlySet<string>): ProvisionReference | undefined {
  const old = new RegExp(OLD_MARKER.source, 'iu').test(query);
  const text = query.replace(OLD_MARKER, ' ');
  const place = findPlace(text, laws);
  if (!place) return undefined;
  let law = place.law?.word.toLowerCase();
  let from = place.law?.start ?? place.start;
  let to = place.end;
  if (!law) {
    const after = WORD_AFTER.exec(text.slice(place.end));
    const before = WORD_BEFORE.exec(text.slice(0, place.start));
    if (after && laws.has(after[2].toLowerCase())) {
      law = after[2].toLowerCase();
      to = place.end + after[0].length;
    } else if (before && laws.has(before[2].toLowerCase())) {
      law = before[2].toLowerCase();
      from = before.index;
    }
  }
  // Without a chapter, only a law word makes "21 §" a reference; alone it is too vague to act on.
  if (!place.chapter && !law) return undefined;
  const rest = `${text.slice(0, from)} ${text.slice(to)}`.replace(/\s+/g, ' ').trim();
  return { chapter: place.chapter, section: place.section, law, old, rest };
}

/** What the registry says about one provision, enough to find it by any reference. */
export interface ReferenceEntry {
  id: string;
  /** "10 kap. 21 § OSL". */
  citation: string;
  /** Full name of the law: "Offentlighets- och sekretesslagen". */
  law: string;
  /** The former citation, e.g. "14 kap. 1 § SoL (2001:453)". */
  former?: string;
  /** ISO date the provision got its current number (when it moved). */
  movedOn?: string;
}

export interface ReferenceTable {
  laws: ReadonlySet<string>;
  /** Law word → the canonical law key (the citation's own word, lower-cased). */
  lawKey: ReadonlyMap<string, string>;
  current: ReadonlyMap<string, string[]>;
  former: ReadonlyMap<string, { id: string; exact: boolean }[]>;
  entries: ReadonlyMap<string, ReferenceEntry>;
}

export interface ResolvedReference {
  id: string;
  /** Set when the reference was a former one: the old citation the user typed. */
  movedFrom?: string;
}

const lawWordOf = (citation: string) =>
  /§\s+(.+?)\s*(?:\(\d{4}:\d+\))?$/u.exec(citation)?.[1].toLowerCase() ?? /^(.+?)\s*\(?\d{4}:\d+\)?$/u.exec(citation)?.[1].toLowerCase();
const GENERIC_LAW_WORDS = new Set(['lag', 'förordning', 'lagen']);
const placeKey = (chapter: string | undefined, section: string) => `${chapter ?? ''}|${section}`;

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the lookup table from the registry. Law words are the citation's own ("OSL", "SoL",
 * "polislagen") plus the last word of the full name when it is a "…lagen"/"…balken" word people
 * type ("socialtjänstlagen", "sekretesslagen"), each also ASCII-folded.
 */
export function buildReferenceTable(entries: ReferenceEntry[], fold: (s: string) => string): ReferenceTable {
  const lawKey = new Map<string, string>();
  for (const e of entries) {
    const key = lawWordOf(e.citation);
    // "lag (2024:79)" and "förordning (…)" have no word of their own that people type.
    if (!key || /\s/.test(key) || GENERIC_LAW_WORDS.has(key)) continue;
    const words = [key, fold(key)];
    const last = e.law.toLowerCase().split(/\s+/).pop() ?? '';
    if (/(lagen|balken)$/.test(last) && last !== 'lagen') words.push(last, fold(last));
    for (const w of words) if (!lawKey.has(w)) lawKey.set(w, key);
  }
  const laws = new Set(lawKey.keys());
  const current = new Map<string, string[]>();
  const former = new Map<string, { id: string; exact: boolean }[]>();
  for (const e of entries) {
    const ref = parseProvisionReference(e.citation, laws);
    if (ref?.law) {
      const law = lawKey.get(ref.law)!;
      push(current, `${law}|${placeKey(ref.chapter, ref.section)}`, e.id);
      push(current, `*|${placeKey(ref.chapter, ref.section)}`, e.id);
    }
    const old = e.former ? parseProvisionReference(e.former.replace(/\s+(första|andra|tredje|fjärde|femte)\s+stycket/u, ''), laws) : undefined;
    if (old?.law && e.former) {
      // "14 kap. 1 § tredje stycket" is part of 14 kap. 1 §: listed after the provision that took over the whole paragraph.
      const value = { id: e.id, exact: !/stycket/u.test(e.former) };
      push(former, `${lawKey.get(old.law)!}|${placeKey(old.chapter, old.section)}`, value);
      push(former, `*|${placeKey(old.chapter, old.section)}`, value);
    }
  }
  for (const list of former.values()) list.sort((a, b) => Number(b.exact) - Number(a.exact));
  return { laws, lawKey, current, former, entries: new Map(entries.map((e) => [e.id, e])) };
}

/**
 * The provisions a reference points to, best first: the current provision with that number, or,
 * when the user typed an old reference (or no current provision has the number), the provisions
 * it moved to.
 */
export function resolveProvisionReference(ref: ProvisionReference, table: ReferenceTable): ResolvedReference[] {
  const law = (ref.law && table.lawKey.get(ref.law)) || '*';
  const key = `${law}|${placeKey(ref.chapter, ref.section)}`;
  const current = ref.old ? [] : (table.current.get(key) ?? []);
  if (current.length) return current.map((id) => ({ id }));
  return (table.former.get(key) ?? []).map(({ id }) => ({ id, movedFrom: table.entries.get(id)?.former }));
}
