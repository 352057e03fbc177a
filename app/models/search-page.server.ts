// What the search page and the match panels show: hits joined to their listings, highlighted.
import { highlight, snippet, type Segment } from "./highlight.server";
import { getListingsByCodes } from "./listing.server";
import { matchesFor, missingWords, searchListings, type FacetCounts, type SearchRequest } from "./search.server";
import type { MatchReason } from "./search-index";
import type { Kind } from "./vocabulary";

export type SearchResultItem = {
  kind: Kind;
  code: string;
  title: Segment[];
  snippet: Segment[];
  who: string;
  category: string;
  domains: string[];
  expired: boolean;
  demo: boolean;
  /** The listing of the other list this one answers (found through matching, not the words). */
  answers: { kind: Kind; code: string; title: string } | null;
};

export type SearchPageData = {
  items: SearchResultItem[];
  total: number;
  facets: FacetCounts;
  /** When nothing at all was found: the query's words that no listing holds in any form. */
  missing: string[];
  /** The query as read, when as typed it found nothing and a slip put right found these. */
  readAs: string | null;
  /** When read so: whether the query as typed found anything (then the page offers it). */
  typedFound: boolean;
};

export function searchPage(input: SearchRequest): SearchPageData {
  const result = searchListings(input);
  const scenarios = new Map(getListingsByCodes("scenario", result.hits.filter((h) => h.kind === "scenario").map((h) => h.code)).map((s) => [s.code, s]));
  const capabilities = new Map(getListingsByCodes("capability", result.hits.filter((h) => h.kind === "capability").map((h) => h.code)).map((c) => [c.code, c]));
  const items: SearchResultItem[] = [];
  for (const h of result.hits) {
    const listing = h.kind === "scenario" ? scenarios.get(h.code) : capabilities.get(h.code);
    if (!listing) continue;
    items.push({
      kind: h.kind,
      code: h.code,
      title: highlight(listing.title, h.matched),
      snippet: snippet(highlight(listing.description, h.matched)),
      who: "publisher" in listing ? listing.publisher : listing.organization,
      category: listing.category,
      domains: "domain" in listing ? [listing.domain] : listing.domains,
      expired: "expired" in listing ? listing.expired : false,
      demo: listing.demo,
      answers: h.answers ?? null,
    });
  }
  // Both kinds' counts, with no category or domain narrowing them: nothing found at all.
  const nothing = !input.category && !input.domain && result.facets.type.scenario + result.facets.type.capability === 0;
  return { items, total: result.total, facets: result.facets, missing: nothing ? missingWords(input.q) : [], readAs: result.readAs, typedFound: result.typedFound };
}

export type MatchItem = { kind: Kind; code: string; title: string; who: string; score: number; reasons: MatchReason[] };

/** The match panel of a listing: the other kind's listings that fit, with who they are. */
export function matchPanel(kind: Kind, code: string, limit = 8): MatchItem[] {
  const hits = matchesFor(kind, code, limit) ?? [];
  const other: Kind = kind === "scenario" ? "capability" : "scenario";
  const listings = new Map(
    getListingsByCodes(other, hits.map((h) => h.code)).map((l) => [l.code, "publisher" in l ? l.publisher : l.organization]),
  );
  return hits.filter((h) => listings.has(h.code)).map((h) => ({ ...h, who: listings.get(h.code)! }));
}
