/**
 * Every word of the search index, read from the Fuse index records when search starts. It answers
 * three questions the engine asks before Fuse runs:
 * - does a query word occur at all (as typed, or with å/ä/ö folded away)?
 * - if not, which existing words is it closest to (typo correction, by Fuse's fuzzy matcher)?
 * - which documents hold a word at all (so Fuse only ranks those: see engine.ts)?
 */
import Fuse, { type FuseIndexObjectRecord } from 'fuse.js';
import { foldAscii } from './fold.ts';

/** Typo correction: how far a word may be from an indexed word (Fuse threshold, 0 = exact). */
export const CORRECTION_THRESHOLD = 0.34;
/** A word in more than this share of all documents is common (see `candidates`). */
export const COMMON_SHARE = 0.2;
/** Fuse ranks at most this many documents per query (a page shows far fewer). */
export const MAX_CANDIDATES = 120;

export class Vocabulary {
  /** Every distinct word, space-separated with a space at both ends, so indexOf finds word starts. */
  private readonly joined: string;
  private readonly foldedJoined: string;
  private readonly starts: number[] = [];
  private readonly tokens: string[] = [];
  /** For each field, for each word: the records (positions in the record list) that hold it there. */
  private readonly postings: number[][][];
  private readonly recordCount: number;
  /** For each word: a bit per field it occurs in (bit i = field i of `fields`). */
  private readonly fieldMask: number[] = [];
  private readonly buckets = new Map<string, string[]>();
  private readonly matchers = new Map<string, Fuse<string>>();
  private readonly seen = new Map<string, number[]>();

  constructor(
    records: readonly FuseIndexObjectRecord[],
    private readonly fields: readonly string[],
  ) {
    const byToken = new Map<string, number>();
    this.recordCount = records.length;
    this.postings = fields.map(() => []);
    records.forEach((record, position) => {
      fields.forEach((_, f) => {
        const entry = record.$[f] as { v?: string } | undefined;
        for (const token of (entry?.v ?? '').split(' ')) {
          if (!token) continue;
          let t = byToken.get(token);
          if (t === undefined) {
            t = this.tokens.push(token) - 1;
            byToken.set(token, t);
            this.fieldMask.push(0);
          }
          const list = (this.postings[f][t] ??= []);
          if (list[list.length - 1] !== position) list.push(position);
          this.fieldMask[t] |= 1 << f;
        }
      });
    });
    let offset = 1;
    for (const token of this.tokens) {
      this.starts.push(offset);
      offset += token.length + 1;
    }
    this.joined = ` ${this.tokens.join(' ')} `;
    // Folding keeps every letter's position (å → a), so an offset in one string is the same word in the other.
    this.foldedJoined = foldAscii(this.joined);
  }

  /**
   * The real spellings of a word typed without å/ä/ö, found where the folded text has it:
   * "kriminalvard" → "kriminalvård", "vardnadshavar" → "vårdnadshavar". Empty when the word
   * exists as typed.
   */
  unfold(needle: string, fields: readonly string[]): string[] {
    const want = this.mask(fields);
    const probe = needle.trimEnd();
    const out = new Set<string>();
    for (let at = this.foldedJoined.indexOf(probe); at >= 0 && out.size < 3; at = this.foldedJoined.indexOf(probe, at + 1)) {
      const t = this.tokenAt(probe.startsWith(' ') ? at + 1 : at);
      if ((this.fieldMask[t] & want) === 0) continue;
      const real = this.joined.slice(at, at + probe.length);
      if (real !== probe) out.add(real);
    }
    return [...out];
  }

  private mask(fields: readonly string[]): number {
    return fields.reduce((m, f) => m | (1 << this.fields.indexOf(f)), 0);
  }

  /**
   * Words that contain the needle, in the given fields. A needle that starts with a space must
   * start the word; only the first word of a phrase is looked at.
   */
  private matching(needle: string, fields: readonly string[]): number[] {
    const want = this.mask(fields);
    return this.occurrences(needle).filter((t) => (this.fieldMask[t] & want) !== 0);
  }

  /** Every word containing the needle, remembered: typing repeats the same words keystroke after keystroke. */
  private occurrences(needle: string): number[] {
    const known = this.seen.get(needle);
    if (known) return known;
    const wordStart = needle.startsWith(' ');
    const text = needle.trim().split(' ')[0];
    const found: number[] = [];
    const probe = wordStart ? ` ${text}` : text;
    for (let at = text ? this.joined.indexOf(probe) : -1; at >= 0; at = this.joined.indexOf(probe, at + 1)) {
      const t = this.tokenAt(wordStart ? at + 1 : at);
      if (found[found.length - 1] !== t) found.push(t);
    }
    if (this.seen.size > 2000) this.seen.clear();
    this.seen.set(needle, found);
    return found;
  }

  /** The word whose text covers this offset of `joined` (binary search over word starts). */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The needle occurs in one of these fields. */
  has(needle: string, fields: readonly string[]): boolean {
    return this.matching(needle, fields).length > 0;
  }

  /**
   * Positions of the records worth ranking: those that hold at least one of the needles. For a
   * common needle, found in more than `COMMON_SHARE` of all records ("polisen", "får", "sekretess"),
   * only records with it in a heading field count: a body that merely mentions a common word says
   * little, it would rank low anyway, and ranking every record costs milliseconds.
   */
  candidates(needles: readonly string[], head: { fields: readonly string[]; title: string }): number[] {
    const n = this.recordCount;
    const count = new Uint8Array(n);
    const rough = new Uint16Array(n);
    const all = new Uint8Array(n);
    const inHead = new Uint8Array(n);
    const inTitle = new Uint8Array(n);
    for (const needle of needles) {
      const found = this.mark(needle, this.fields, all);
      this.mark(needle, head.fields, inHead);
      this.mark(needle, [head.title], inTitle);
      const use = found <= n * COMMON_SHARE ? all : inHead;
      for (let r = 0; r < n; r++) {
        count[r] += use[r];
        rough[r] += all[r] + inHead[r] + 2 * inTitle[r];
      }
    }
    // When some record holds three or more of the words, one that holds a single word will not
    // reach the first page: leave it out. Of the rest, Fuse ranks the MAX_CANDIDATES that hold the
    // most words, a word in a heading counting double and in the title four times (Fuse's key
    // weights say much the same).
    const best = count.reduce((m, c) => Math.max(m, c), 0);
    const least = best >= 3 ? 2 : 1;
    const kept: number[] = [];
    for (let r = 0; r < n; r++) if (count[r] >= Math.max(1, least)) kept.push(r);
    return kept
      .sort((a, b) => rough[b] - rough[a] || a - b)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a - b);
  }

  /** Sets `into[r]` to 1 for every record that holds the needle in one of the fields, 0 otherwise; returns how many. */
  private mark(needle: string, fields: readonly string[], into: Uint8Array): number {
    into.fill(0);
    const tokens = this.occurrences(needle);
    let found = 0;
    for (const f of fields) {
      const byToken = this.postings[this.fields.indexOf(f)];
      for (const t of tokens) {
        for (const r of byToken[t] ?? []) {
          found += 1 - into[r];
          into[r] = 1;
        }
      }
    }
    return found;
  }

  /** The words in these fields that contain the needle (for highlighting the real spelling). */
  wordsMatching(needle: string, fields: readonly string[], max = 4): string[] {
    return this.matching(needle, fields)
      .slice(0, max)
      .map((t) => this.tokens[t]);
  }

  /**
   * The closest existing words, by Fuse's Bitap score, among words in these fields that start
   * with the same two letters (a typo is rarely in the first two, and comparing with every word
   * would cost milliseconds). Returned as whole words, best first.
   */
  correct(term: string, fields: readonly string[]): string[] {
    const key = foldAscii(term).slice(0, 2);
    let matcher = this.matchers.get(key);
    if (!matcher) {
      const want = this.mask(fields);
      if (!this.buckets.size) {
        this.tokens.forEach((token, t) => {
          if ((this.fieldMask[t] & want) === 0) return;
          const k = foldAscii(token).slice(0, 2);
          this.buckets.set(k, [...(this.buckets.get(k) ?? []), token]);
        });
      }
      matcher = new Fuse(this.buckets.get(key) ?? [], {
        threshold: CORRECTION_THRESHOLD,
        ignoreDiacritics: true,
        includeScore: true,
        // Align the word with the candidate's start: "samtyke" is "samtycke", not "…samtycket".
        location: 0,
        distance: 8,
      });
      this.matchers.set(key, matcher);
    }
    const found = matcher.search(term, { limit: 8 });
    if (!found.length) return [];
    const best = found[0].score ?? 1;
    return found
      .filter((r) => (r.score ?? 1) <= best + 0.02)
      .map((r) => r.item)
      .sort((a, b) => Math.abs(a.length - term.length) - Math.abs(b.length - term.length))
      .slice(0, 2);
  }
}
