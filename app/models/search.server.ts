// The board's one search index: built from the published listings at start, kept in step with the database.
import { eq, gte, sql } from "drizzle-orm";
import { capabilities, scenarios } from "../../db/schema";
import thesaurusData from "../../db/seed/thesaurus.json";
import { db } from "../utils/db.server";
import { dbGeneration } from "../utils/db-generation.server";
import { SearchIndex, capabilityDoc, scenarioDoc, type MatchHit, type SearchHit, type SearchResults } from "./search-index";
import { Thesaurus } from "./thesaurus";
import type { Kind } from "./vocabulary";

type State = { index: SearchIndex; since: string; generation: string };

/** Re-reads every listing changed since `since` (inclusive: two writes may share a millisecond). */
function apply(state: State, since: string) {
  const s = db.select().from(scenarios).where(gte(scenarios.updatedAt, since)).all();
  const c = db.select().from(capabilities).where(gte(capabilities.updatedAt, since)).all();
  for (const row of s) {
    if (row.status === "published") state.index.upsert(scenarioDoc(row));
    else state.index.remove("scenario", row.code);
    if (row.updatedAt > state.since) state.since = row.updatedAt;
  }
  for (const row of c) {
    if (row.status === "published") state.index.upsert(capabilityDoc(row));
    else state.index.remove("capability", row.code);
    if (row.updatedAt > state.since) state.since = row.updatedAt;
  }
}

function publishedCount(): number {
  const count = (table: typeof scenarios | typeof capabilities) =>
    db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.status, "published")).get()?.n ?? 0;
  return count(scenarios) + count(capabilities);
}

function build(): State {
  const state: State = {
    index: new SearchIndex(Thesaurus.from(thesaurusData)),
    since: "",
    generation: dbGeneration(),
  };
  const s = db.select().from(scenarios).where(eq(scenarios.status, "published")).all();
  const c = db.select().from(capabilities).where(eq(capabilities.status, "published")).all();
  state.index.load([...s.map(scenarioDoc), ...c.map(capabilityDoc)]);
  // Catching up starts after the newest change of any listing, published or not.
  state.since = [
    db.select({ at: sql<string | null>`max(${scenarios.updatedAt})` }).from(scenarios).get()?.at ?? "",
    db.select({ at: sql<string | null>`max(${capabilities.updatedAt})` }).from(capabilities).get()?.at ?? "",
  ].reduce((a, b) => (a > b ? a : b));
  return state;
}

// Survives the dev server's module reloads, like the database client.
const store = globalThis as unknown as { __boardSearch?: State };
store.__boardSearch ??= build();

/**
 * The index, first brought up to date with any write since the last call — by this process
 * (total_changes) or another one such as `npm run db:import` (data_version).
 */
export function searchIndex(): SearchIndex {
  const state = store.__boardSearch!;
  const generation = dbGeneration();
  if (generation !== state.generation) {
    apply(state, state.since);
    // The board never deletes listings, but a hand-edited database might: then the counts
    // disagree and the index is built again from the database.
    const published = publishedCount();
    if (published !== state.index.size) store.__boardSearch = build();
    const current = store.__boardSearch!;
    current.generation = generation;
    return current.index;
  }
  return state.index;
}

export type SearchType = "all" | Kind;

/** A search as the search page asks it: the words, the type tab, the facets chosen, the page. */
export type SearchRequest = {
  q: string;
  type: SearchType;
  category: string | null;
  domain: string | null;
  page: number;
  pageSize: number;
  /** The query as typed only (see SearchFilters.asTyped). */
  typed?: boolean;
};

export type FacetCounts = { type: Record<Kind, number>; category: Record<string, number>; domain: Record<string, number> };

export type SearchPage = {
  hits: SearchHit[];
  total: number;
  facets: FacetCounts;
  /** Normalised query terms the listings matched, for highlighting. */
  terms: string[];
  /** The query as read when it found nothing as typed and a slip put right found these (全景像机 → 全景相机). */
  readAs: string | null;
  /** When read so: whether the query as typed found anything (a few weak hits). */
  typedFound: boolean;
};

/** The words of a query no published listing holds in any form. */
export function missingWords(q: string): string[] {
  return searchIndex().missingWords(q);
}

/**
 * One page of search results. Facet counts are over every hit of the query before the facet's own
 * filter is applied, so each count says how many results choosing that value would give.
 */
export function searchListings(input: SearchRequest): SearchPage {
  const asTyped = input.typed === true;
  const results = searchIndex().search(input.q, { asTyped });
  const facets = facetsOf(results, input);
  const filtered = searchIndex().search(input.q, {
    kind: input.type === "all" ? null : input.type,
    category: input.category,
    domain: input.domain,
    asTyped,
  });
  const start = (input.page - 1) * input.pageSize;
  const terms = new Set<string>();
  const page = filtered.slice(start, start + input.pageSize);
  for (const h of page) for (const t of h.matched) terms.add(t);
  return { hits: page, total: filtered.total, facets, terms: [...terms], readAs: results.readingOf, typedFound: results.typedFound };
}

/**
 * Facet counts are kept with the results they count (which live until the index changes), per
 * filter: the next page and a click on a facet count nothing again. A broad query has thousands.
 */
const facetMemo = new WeakMap<SearchResults, Map<string, FacetCounts>>();

function facetsOf(results: SearchResults, input: SearchRequest): FacetCounts {
  const byFilter = facetMemo.get(results) ?? facetMemo.set(results, new Map()).get(results)!;
  const key = `${input.type}|${input.category ?? ""}|${input.domain ?? ""}`;
  const known = byFilter.get(key);
  if (known) return known;
  const facets: FacetCounts = { type: { scenario: 0, capability: 0 }, category: {}, domain: {} };
  // Counting needs no ranking: the listings in the order found.
  for (let entry = 0; entry < results.total; entry++) {
    const l = results.listing(entry);
    const ofType = input.type === "all" || l.kind === input.type;
    const inCategory = !input.category || l.category === input.category;
    const inDomain = !input.domain || l.domains.includes(input.domain);
    if (inCategory && inDomain) facets.type[l.kind]++;
    if (!ofType) continue;
    if (inDomain) facets.category[l.category] = (facets.category[l.category] ?? 0) + 1;
    if (inCategory) for (const d of l.domains) facets.domain[d] = (facets.domain[d] ?? 0) + 1;
  }
  byFilter.set(key, facets);
  return facets;
}

/** Search for the API: best first, the contract's shape. */
export function searchForApi(q: string, type: SearchType, limit: number) {
  return searchIndex()
    .search(q, { kind: type === "all" ? null : type })
    .slice(0, limit)
    .map((h) => ({
      type: h.kind,
      code: h.code,
      title: h.title,
      score: Math.round(h.score * 1000) / 1000,
    }));
}

export function matchesFor(kind: Kind, code: string, limit: number): MatchHit[] | null {
  return searchIndex().match(kind, code, limit);
}
