// The search index over listings of both kinds (MiniSearch), its query planning, score floor and matching.
import MiniSearch, { type SearchResult } from "minisearch";
import {
  CROSS_WORD_WEIGHT,
  KIND_WEIGHT,
  addQueryTerms,
  indexTerms,
  normalize,
  queryUnits,
  termKind,
  type QueryTerm,
  type QueryUnit,
} from "./analysis";
import { Thesaurus } from "./thesaurus";
import type { Kind } from "./vocabulary";

export type SearchDoc = {
  kind: Kind;
  code: string;
  title: string;
  tags: string[];
  /** Description and the other words of the listing: publisher or organisation, location, cases. */
  body: string;
  category: string;
  /** A scenario's one domain, a capability's domains. */
  domains: string[];
};

type ListingFields = { code: string; title: string; tags: string[]; description: string; category: string };

/** A scenario (a database row or an import record) as the index sees it. */
export function scenarioDoc(s: ListingFields & { publisher: string; domain: string; location?: string | null }): SearchDoc {
  return {
    kind: "scenario",
    code: s.code,
    title: s.title,
    tags: s.tags,
    body: [s.description, s.publisher, s.location ?? ""].join("\n"),
    category: s.category,
    domains: [s.domain],
  };
}

/** A capability as the index sees it. */
export function capabilityDoc(c: ListingFields & { organization: string; domains: string[]; cases?: string | null }): SearchDoc {
  return {
    kind: "capability",
    code: c.code,
    title: c.title,
    tags: c.tags,
    body: [c.description, c.organization, c.cases ?? ""].join("\n"),
    category: c.category,
    domains: c.domains,
  };
}

type IndexedDoc = { id: string; kind: Kind; code: string; title: string; tags: string; body: string; category: string; domains: string[] };

export type SearchHit = {
  kind: Kind;
  code: string;
  title: string;
  category: string;
  domains: string[];
  score: number;
  /** The query's terms this listing contains, for highlighting. */
  matched: string[];
};

export type SearchFilters = { kind?: Kind | null; category?: string | null; domain?: string | null };

export type MatchReason =
  | { type: "terms"; terms: string[] }
  | { type: "category"; category: string }
  | { type: "domain"; domain: string };

export type MatchHit = { kind: Kind; code: string; title: string; score: number; reasons: MatchReason[] };

const FIELD_BOOST = { title: 3, tags: 2, body: 1 };
/** Thesaurus terms count for this much of the words typed: recall without outranking. */
const EXPANSION_WEIGHT = 0.5;
/** A single character found in more than this share of listings tells nothing. */
const COMMON_SINGLE_SHARE = 0.05;
/**
 * Relevance floor: the share of the query's best possible weight a hit must hold. A short query
 * (宠物美容) must be met nearly whole; a long need in plain words only in its key parts.
 */
function minCoverage(words: number) {
  return words <= 1 ? 0.5 : words === 2 ? 0.55 : words === 3 ? 0.4 : words === 4 ? 0.3 : 0.15;
}

type PlannedUnit = QueryUnit & { alternatives: string[][] };
export type QueryPlan = { units: PlannedUnit[]; terms: QueryTerm[] };
/** Terms of a listing used to find its matches. */
const MATCH_TERMS = 14;

export const docId = (kind: Kind, code: string) => `${kind === "scenario" ? "s" : "c"}:${code}`;

export class SearchIndex {
  private mini: MiniSearch<IndexedDoc>;
  private docs = new Map<string, IndexedDoc>();
  /** Document frequency of every term, across all fields. */
  private df = new Map<string, number>();

  constructor(private thesaurus: Thesaurus = new Thesaurus([])) {
    this.mini = new MiniSearch<IndexedDoc>({
      idField: "id",
      fields: ["title", "tags", "body"],
      storeFields: ["kind", "code", "title", "category", "domains"],
      tokenize: indexTerms,
      processTerm: (term) => term,
    });
  }

  get size() {
    return this.docs.size;
  }

  has(kind: Kind, code: string) {
    return this.docs.has(docId(kind, code));
  }

  private termsOf(doc: IndexedDoc): Set<string> {
    return new Set([...indexTerms(doc.title), ...indexTerms(doc.tags), ...indexTerms(doc.body)]);
  }

  /** Adds a listing, or replaces the one with the same kind and code. */
  upsert(input: SearchDoc) {
    const doc: IndexedDoc = {
      id: docId(input.kind, input.code),
      kind: input.kind,
      code: input.code,
      title: input.title,
      tags: input.tags.join(" "),
      body: input.body,
      category: input.category,
      domains: input.domains,
    };
    this.remove(input.kind, input.code);
    this.mini.add(doc);
    this.docs.set(doc.id, doc);
    for (const t of this.termsOf(doc)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  remove(kind: Kind, code: string) {
    const id = docId(kind, code);
    const doc = this.docs.get(id);
    if (!doc) return;
    this.mini.discard(id);
    this.docs.delete(id);
    for (const t of this.termsOf(doc)) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
  }

  private idf(term: string) {
    const n = this.docs.size || 1;
    return Math.log(1 + n / ((this.df.get(term) ?? 0) + 1));
  }

  /** The terms a query is searched with: its own, then the thesaurus's at a lower weight. */
  plan(query: string): QueryPlan {
    const text = normalize(query);
    const knows = (bigram: string) => this.df.has(bigram);
    const units: PlannedUnit[] = queryUnits(text, knows).map((u) => ({ ...u, alternatives: [] }));
    const retrieval = new Map<string, QueryTerm>();
    const add = (term: string, weight: number, expansion: boolean) => {
      const kind = termKind(term);
      const w = weight * KIND_WEIGHT[kind];
      const prev = retrieval.get(term);
      if (!prev || prev.weight < w) retrieval.set(term, { term, weight: w, kind, expansion: (prev?.expansion ?? true) && expansion });
    };
    units.forEach((u, i) => {
      for (const t of u.terms) add(t, 1, false);
      // Pinyin only stands in for a bigram the listings do not have: a likely typo (窥竟 → 窥镜).
      u.pinyin.forEach((key, k) => {
        if (!knows(u.terms[k]!)) add(key, 1, false);
      });
      // The pair across two adjacent words rewards listings that hold the phrase as typed.
      const next = units[i + 1];
      if (next && u.end === next.start && termKind(next.text[0]!) !== "latin" && termKind(u.text.at(-1)!) !== "latin") {
        add(u.text.at(-1)! + next.text[0]!, CROSS_WORD_WEIGHT, false);
      }
    });
    for (const mention of this.thesaurus.mentions(text)) {
      const alternatives = mention.alternatives.map((alt) => queryUnits(alt, knows).flatMap((u) => u.terms));
      for (const u of units) if (u.start < mention.end && mention.start < u.end) u.alternatives.push(...alternatives);
      for (const terms of alternatives) for (const t of terms) add(t, EXPANSION_WEIGHT, true);
    }
    return { units, terms: [...retrieval.values()] };
  }

  private run(terms: QueryTerm[], filter: (r: SearchResult) => boolean): SearchResult[] {
    const limit = this.docs.size * COMMON_SINGLE_SHARE;
    const usable = terms.filter((t) => this.df.has(t.term) && !(t.kind === "single" && this.df.get(t.term)! > limit));
    if (!usable.length) return [];
    const weight = new Map(usable.map((t) => [t.term, t.weight]));
    return this.mini.search(usable.map((t) => t.term).join(" "), {
      tokenize: (s) => s.split(" "),
      processTerm: (t) => t,
      boostTerm: (t) => weight.get(t) ?? 0,
      boost: FIELD_BOOST,
      combineWith: "OR",
      filter,
    });
  }

  /**
   * How much of the query a listing meets, 0–1: each word of the query counts by its rarity, and
   * counts as met by the share of its bigrams the listing holds (squared: half a word is a weak
   * match), by homophones of them (typos) at 0.75, or by a thesaurus term for it at 0.8.
   */
  private coverage(units: PlannedUnit[], matched: Set<string>): number {
    let total = 0;
    let met = 0;
    const share = (terms: string[], has: (t: string, i: number) => boolean) => {
      let all = 0;
      let got = 0;
      terms.forEach((t, i) => {
        const w = this.idf(t);
        all += w;
        if (has(t, i)) got += w;
      });
      return all ? got / all : 0;
    };
    for (const u of units) {
      const weight = u.terms.reduce((s, t) => s + this.idf(t), 0) * (u.terms[0] && termKind(u.terms[0]) === "single" ? 0.3 : 1);
      let m = share(u.terms, (t) => matched.has(t));
      if (m < 1 && u.pinyin.length) m = Math.max(m, 0.75 * share(u.terms, (t, i) => matched.has(t) || matched.has(u.pinyin[i]!)));
      for (const alt of u.alternatives) if (m < 0.8) m = Math.max(m, 0.8 * share(alt, (t) => matched.has(t)));
      total += weight;
      met += weight * m * m;
    }
    return total ? met / total : 0;
  }

  /** Published listings matching the query, best first, above the relevance floor. */
  search(query: string, filters: SearchFilters = {}): { terms: QueryTerm[]; hits: SearchHit[] } {
    const { units, terms } = this.plan(query);
    const results = this.run(terms, (r) => {
      if (filters.kind && r.kind !== filters.kind) return false;
      if (filters.category && r.category !== filters.category) return false;
      if (filters.domain && !(r.domains as string[]).includes(filters.domain)) return false;
      return true;
    });
    if (!results.length) return { terms, hits: [] };
    const floor = minCoverage(units.length);
    const top = results[0]!.score;
    const hits: SearchHit[] = [];
    for (const r of results) {
      const c = this.coverage(units, new Set(r.queryTerms));
      if (c < floor) continue;
      hits.push({
        kind: r.kind,
        code: r.code,
        title: r.title,
        category: r.category,
        domains: r.domains,
        // Coverage decides; the text score (field weights, term frequency) orders near-equals.
        score: c * (0.6 + 0.4 * (r.score / top)),
        matched: r.queryTerms,
      });
    }
    return { terms, hits: hits.sort((a, b) => b.score - a.score) };
  }

  /** The most telling terms of a listing: field-weighted, rare before common, with synonyms. */
  private listingTerms(doc: IndexedDoc): QueryTerm[] {
    const sum = new Map<string, QueryTerm>();
    const fields: [string, number][] = [
      [doc.title, FIELD_BOOST.title],
      [doc.tags, FIELD_BOOST.tags],
      [doc.body, FIELD_BOOST.body],
    ];
    for (const [text, boost] of fields) {
      const terms = new Map<string, QueryTerm>();
      addQueryTerms(terms, normalize(text), boost, false);
      for (const t of terms.values()) {
        if (t.kind === "pinyin" || t.kind === "single") continue;
        const prev = sum.get(t.term);
        sum.set(t.term, prev ? { ...prev, weight: prev.weight + t.weight } : t);
      }
    }
    const ranked = [...sum.values()]
      // A term no other listing has cannot find a match (place names, the listing's own jargon).
      .filter((t) => (this.df.get(t.term) ?? 0) >= 2)
      .map((t) => ({ ...t, weight: t.weight * this.idf(t.term) }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MATCH_TERMS);
    const top = ranked[0]?.weight ?? 1;
    const out = new Map<string, QueryTerm>(ranked.map((t) => [t.term, { ...t, weight: t.weight / top }]));
    for (const phrase of this.thesaurus.expansions(normalize(`${doc.title} ${doc.tags}`))) {
      addQueryTerms(out, phrase, EXPANSION_WEIGHT * 0.6, true);
    }
    return [...out.values()].filter((t) => t.kind !== "single" && t.kind !== "pinyin");
  }

  /** Listings of the other kind that fit this one, best first, each with its reasons. */
  match(kind: Kind, code: string, limit = 10): MatchHit[] | null {
    const source = this.docs.get(docId(kind, code));
    if (!source) return null;
    const other: Kind = kind === "scenario" ? "capability" : "scenario";
    const terms = this.listingTerms(source);
    const results = this.run(terms, (r) => r.kind === other);
    if (!results.length) return [];
    const top = results[0]!.score;
    const hits: MatchHit[] = [];
    for (const r of results) {
      // BM25 scores fall off steeply after the best hit; the square root keeps good seconds visible.
      const text = Math.sqrt(r.score / top);
      const sameCategory = r.category === source.category;
      const domains = r.domains as string[];
      const sharedDomain = source.domains.find((d) => domains.includes(d)) ?? null;
      const score = 0.6 * text + 0.15 * (sameCategory ? 1 : 0) + 0.25 * (sharedDomain ? 1 : 0);
      if (text < 0.15 || score < 0.3) continue;
      const reasons: MatchReason[] = [];
      const shared = sharedTerms(source, this.docs.get(r.id as string)!, r.queryTerms);
      if (shared.length) reasons.push({ type: "terms", terms: shared });
      if (sameCategory) reasons.push({ type: "category", category: source.category });
      if (sharedDomain) reasons.push({ type: "domain", domain: sharedDomain });
      hits.push({ kind: other, code: r.code, title: r.title, score: Math.round(score * 100) / 100, reasons });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/**
 * The words two listings share, for a match's reasons: runs of matched bigrams grown into the
 * longest stretch both texts contain (全景 + 景相 + 相机 → 全景相机), tags first.
 */
export function sharedTerms(a: IndexedDoc, b: IndexedDoc, matched: string[]): string[] {
  const textA = normalize(`${a.tags} ${a.title} ${a.body}`);
  const textB = normalize(`${b.tags} ${b.title} ${b.body}`);
  const bigrams = new Set(matched.filter((t) => [...t].length === 2 && /\p{Script=Han}/u.test(t)));
  const latin = matched.filter((t) => !/\p{Script=Han}/u.test(t) && !t.startsWith("~") && textA.includes(t) && textB.includes(t));
  const words: string[] = [];
  const chars = [...textA];
  let i = 0;
  while (i < chars.length - 1) {
    if (!bigrams.has(chars[i]! + chars[i + 1]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j + 1 < chars.length && /\p{Script=Han}/u.test(chars[j + 1]!) && textB.includes(chars.slice(i, j + 2).join(""))) j++;
    const word = chars.slice(i, j + 1).join("");
    if (textB.includes(word) && !words.some((w) => w.includes(word))) words.push(word);
    i = j + 1;
  }
  return [...latin.map((l) => l.toUpperCase()), ...words].slice(0, 5);
}

