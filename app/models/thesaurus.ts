// The domain thesaurus (data in db/seed/thesaurus.json): which terms stand for one another.
import { normalize } from "./analysis";

/** A Latin term: one word (vr, 8k, c++) or several (machine vision, e-commerce live). */
const LATIN = /^[a-z0-9.+]+(?:[ -][a-z0-9.+]+)*$/;
/**
 * Where a term stands in a text: a Latin one as whole words (not vr in vrt), its words typed apart
 * by any spaces or hyphens (machine  vision).
 */
function termPattern(term: string, flags: string): RegExp {
  if (!LATIN.test(term)) return new RegExp(term.replace(/[.+]/g, "\\$&"), flags);
  const words = term.split(/[ -]/).map((w) => w.replace(/[.+]/g, "\\$&"));
  return new RegExp(`(?<![a-z0-9])${words.join("[\\s_-]+")}(?![a-z0-9])`, flags);
}

export class Thesaurus {
  private groups: string[][];
  /**
   * Every term of every group, made once; a Latin term with its search pattern (whole words), as a
   * Han term is found by indexOf.
   */
  private patterns: { term: string; key: string; pattern: RegExp | null; alternatives: string[]; group: number }[];

  /** Words of any request or offer (建设, 服务, 外包…): beside words that name something, meeting them counts for nothing. */
  readonly generic: Set<string>;

  /** Each word part (立体) and the parts of the same length that may stand for it inside a compound (三维). */
  private swapsOf = new Map<string, string[]>();
  /** The lengths of the parts, longest first. */
  private partLengths: number[];

  /** The thesaurus as db/seed/thesaurus.json holds it. */
  static from(data: { groups: string[][]; generic?: string[]; morphemes?: string[][] }): Thesaurus {
    return new Thesaurus(data.groups, data.generic ?? [], data.morphemes ?? []);
  }

  constructor(groups: string[][], generic: string[] = [], morphemes: string[][] = []) {
    for (const group of morphemes) {
      const parts = group.map((t) => normalize(t));
      for (const part of parts) this.swapsOf.set(part, [...(this.swapsOf.get(part) ?? []), ...parts.filter((p) => p !== part)]);
    }
    this.partLengths = [...new Set([...this.swapsOf.keys()].map((p) => p.length))].sort((a, b) => b - a);
    this.generic = new Set(generic.map((t) => normalize(t)));
    this.groups = groups.map((g) => g.map((t) => normalize(t)));
    this.patterns = this.groups.flatMap((group, g) =>
      group.map((term) => {
        const latin = LATIN.test(term);
        return {
          term,
          /** What the text must hold for the term to be there at all: its first word. */
          key: latin ? term.split(/[ -]/)[0]! : term,
          pattern: latin ? termPattern(term, "g") : null,
          alternatives: group.filter((t) => t !== term),
          group: g,
        };
      }),
    );
  }

  /** Latin terms of several words as patterns (see termPattern), made when first looked for. */
  private wholeLatin = new Map<string, RegExp>();

  /**
   * The patterns by where their term starts, as positions in `patterns`: a Han (or mixed) term by
   * its first two characters (a text holds the term only if it holds them side by side), a
   * one-character term by that character, a Latin term by its first letter.
   */
  private byStart2: Map<string, number[]> | null = null;

  /**
   * The patterns whose terms may be in the text, in the thesaurus's order: only terms whose first
   * two characters stand side by side in the text can be (nineteen thousand terms, a text of a few
   * characters; by the first character alone a query of fifteen had thousands of candidates).
   */
  private candidates(text: string): number[] {
    if (!this.byStart2) {
      const index = new Map<string, number[]>();
      this.patterns.forEach(({ term, pattern }, i) => {
        const chars = [...term];
        const key = pattern || chars.length < 2 ? chars[0]! : chars[0]! + chars[1]!;
        (index.get(key) ?? index.set(key, []).get(key)!).push(i);
      });
      this.byStart2 = index;
    }
    const chars = [...text];
    const keys = new Set<string>(chars);
    for (let i = 1; i < chars.length; i++) keys.add(chars[i - 1]! + chars[i]!);
    const candidates: number[] = [];
    for (const key of keys) for (const i of this.byStart2.get(key) ?? []) candidates.push(i);
    return candidates.sort((a, b) => a - b);
  }

  private termSet: Set<string> | null = null;

  /** Whether the (normalised) text is itself a term of some group (证件照, not 证件). */
  names(text: string): boolean {
    this.termSet ??= new Set(this.patterns.map((p) => p.term));
    return this.termSet.has(text);
  }

  /** Where the (normalised) text mentions a term of a group, and the group's other terms. */
  mentions(text: string): { start: number; end: number; alternatives: string[] }[] {
    const out: { start: number; end: number; alternatives: string[] }[] = [];
    for (const i of this.candidates(text)) {
      const { term, key, pattern, alternatives } = this.patterns[i]!;
      if (!pattern) {
        // A Han term where it stands, left to right and not overlapping.
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push({ start: at, end: at + term.length, alternatives });
        continue;
      }
      if (!text.includes(key)) continue;
      for (const m of text.matchAll(pattern)) out.push({ start: m.index!, end: m.index! + m[0].length, alternatives });
    }
    return out;
  }

  /** The other terms of every group the (normalised) text mentions, in the thesaurus's order. */
  expansions(text: string): string[] {
    const latinWords = new Set(text.match(/[a-z0-9]+(?:[.+][a-z0-9]+)*/g) ?? []);
    const mentions = (term: string) => {
      if (!LATIN.test(term)) return text.includes(term);
      if (!/[ -]/.test(term)) return latinWords.has(term);
      if (!latinWords.has(term.split(/[ -]/)[0]!)) return false;
      let whole = this.wholeLatin.get(term);
      if (!whole) this.wholeLatin.set(term, (whole = termPattern(term, "")));
      return whole.test(text);
    };
    // Only the groups of terms that may be in the text are looked at (not every group's terms).
    const groups = new Set<number>();
    for (const i of this.candidates(text)) {
      const { term, group } = this.patterns[i]!;
      if (!groups.has(group) && mentions(term)) groups.add(group);
    }
    const out = new Set<string>();
    for (const g of [...groups].sort((a, b) => a - b)) for (const term of this.groups[g]!) if (!mentions(term)) out.add(term);
    return [...out];
  }

  /**
   * The (normalised, Han) text with one part between `from` and `to` said another way of the same
   * length (立体扫描 → 三维扫描; 电影包房 → 电影包厢), and where the part swapped stands.
   */
  swaps(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
    const out: { text: string; start: number; end: number }[] = [];
    if (!this.swapsOf.size) return out;
    for (let i = from; i < to; i++)
      for (const length of this.partLengths) {
        if (i + length > to) continue;
        const others = this.swapsOf.get(text.slice(i, i + length));
        if (others) for (const other of others) out.push({ text: text.slice(0, i) + other + text.slice(i + length), start: i, end: i + length });
      }
    return out;
  }

  /** The groups by the first two characters of their Han terms (made when first asked). */
  private byStart: Map<string, number[]> | null = null;

  /**
   * The one group with terms that begin with the (Han, normalised) word and go on by a word of two
   * characters or more (肺部 → 肺部结节 of the lung-nodule group), or null if no group or several
   * do. The word qualifies those terms: a need about it is likely about them. A word and one
   * character more is often another word (交易 → 交易会, a trade fair; 出租 → 出租屋), and a term that
   * ends with the word (器材租赁 for 租赁) is a kind of it: neither tells what a query is about.
   */
  groupStartingWith(word: string): string[] | null {
    if (!this.byStart) {
      this.byStart = new Map();
      this.groups.forEach((group, g) => {
        for (const term of group) {
          const start = [...term].slice(0, 2).join("");
          if (LATIN.test(term) || [...term].length < 3) continue;
          const list = this.byStart!.get(start) ?? this.byStart!.set(start, []).get(start)!;
          if (list.at(-1) !== g) list.push(g);
        }
      });
    }
    if ([...word].length < 2) return null;
    const found = (this.byStart.get([...word].slice(0, 2).join("")) ?? []).filter((g) => this.groups[g]!.some((t) => t.length >= word.length + 2 && t.startsWith(word)));
    return found.length === 1 ? this.groups[found[0]!]! : null;
  }
}
