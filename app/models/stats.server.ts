// The board at a glance: where demand and supply lie, where they fail to meet, and how they grew.
import { publishedState, untilPublishedChanges } from "../utils/db-generation.server";
import { allCapabilities, allScenarios } from "./listing.server";
import { matchesFor } from "./search.server";
import { CATEGORIES, DOMAINS, type Category, type Domain } from "./vocabulary";

const NO_FILTERS = { q: null, category: null, domain: null, status: null, maturity: null };

export type Grid = Record<Category, Record<Domain, number>>;
export type GapRow = { scenarios: number; capabilities: number; unmatchedScenarios: number; unmatchedCapabilities: number };
export type BoardStats = {
  grid: { scenarios: Grid; capabilities: Grid };
  byCategory: Record<Category, GapRow>;
  byDomain: Record<Domain, GapRow>;
  /** Demands no capability fits: the district's 招商 targets. */
  unmatchedScenarios: { code: string; title: string; category: Category; domain: Domain }[];
  /** Capabilities no demand asks for: scenarios to open. */
  unmatchedCapabilities: { code: string; title: string; category: Category; domains: Domain[] }[];
  perMonth: { month: string; scenarios: number; capabilities: number }[];
};

function emptyGrid(): Grid {
  return Object.fromEntries(CATEGORIES.map((c) => [c, Object.fromEntries(DOMAINS.map((d) => [d, 0]))])) as Grid;
}

function emptyRows<K extends string>(keys: readonly K[]): Record<K, GapRow> {
  return Object.fromEntries(keys.map((k) => [k, { scenarios: 0, capabilities: 0, unmatchedScenarios: 0, unmatchedCapabilities: 0 }])) as Record<K, GapRow>;
}

/** The month a listing was published, in Shenzhen. */
function monthOf(iso: string | null): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date(iso)).slice(0, 7);
}

/** Counts by segment, domain and month: plain arithmetic over the published listings. */
const countStats = untilPublishedChanges(() => {
  const scenarios = allScenarios(NO_FILTERS);
  const capabilities = allCapabilities(NO_FILTERS);
  const grid = { scenarios: emptyGrid(), capabilities: emptyGrid() };
  const byCategory = emptyRows(CATEGORIES);
  const byDomain = emptyRows(DOMAINS);
  const months = new Map<string, { scenarios: number; capabilities: number }>();
  const count = (iso: string | null, kind: "scenarios" | "capabilities") => {
    const month = monthOf(iso);
    if (!month) return;
    const m = months.get(month) ?? { scenarios: 0, capabilities: 0 };
    m[kind]++;
    months.set(month, m);
  };
  for (const s of scenarios) {
    grid.scenarios[s.category][s.domain]++;
    byCategory[s.category].scenarios++;
    byDomain[s.domain].scenarios++;
    count(s.publishedAt, "scenarios");
  }
  for (const c of capabilities) {
    byCategory[c.category].capabilities++;
    for (const d of c.domains) {
      grid.capabilities[c.category][d]++;
      byDomain[d].capabilities++;
    }
    count(c.publishedAt, "capabilities");
  }
  const perMonth = [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, ...n }));
  return { scenarios, capabilities, grid, byCategory, byDomain, perMonth };
});

type Gaps = { unmatchedScenarios: Set<string>; unmatchedCapabilities: Set<string> };

/**
 * Which listings nothing fits: a match for every listing, about a millisecond each, so a few
 * seconds of work at 10 000 listings. It runs in the background in short slices with pauses
 * between them (pages keep their speed meanwhile), at most once per GAP_REFRESH_MS; until it has
 * caught up the page shows the last result, for the listings still published.
 */
let gaps: { state: string; at: number; value: Gaps } | null = null;
let gapJob: Promise<void> | null = null;
const GAP_REFRESH_MS = 30_000;
const SLICE_MS = 8;

function refreshGaps(state: string): Promise<void> {
  gapJob ??= findGaps()
    .then((value) => {
      gaps = { state, at: Date.now(), value };
    })
    .catch((error: unknown) => console.error(JSON.stringify({ level: 50, msg: "statistics: gaps failed", stack: (error as Error)?.stack })))
    .finally(() => {
      gapJob = null;
    });
  return gapJob;
}

async function findGaps(): Promise<Gaps> {
  const { scenarios, capabilities } = countStats();
  let slice = performance.now();
  const pause = async () => {
    if (performance.now() - slice < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, SLICE_MS));
    slice = performance.now();
  };
  const unmatchedScenarios = new Set<string>();
  const unmatchedCapabilities = new Set<string>();
  // Unmatched: no listing of the other kind clears the match threshold (the pages' own matching).
  for (const s of scenarios) {
    await pause();
    if (!matchesFor("scenario", s.code, 1)?.length) unmatchedScenarios.add(s.code);
  }
  for (const c of capabilities) {
    await pause();
    if (!matchesFor("capability", c.code, 1)?.length) unmatchedCapabilities.add(c.code);
  }
  return { unmatchedScenarios, unmatchedCapabilities };
}

export type BoardStatsPage = BoardStats & {
  /** When the unmatched listings were last worked out, if that was before the latest change. */
  gapsAsOf: string | null;
};

/** The statistics: counts always current; the unmatched listings as of their last computation. */
export async function boardStats(): Promise<BoardStatsPage> {
  const state = publishedState();
  if (!gaps) await refreshGaps(state);
  else if (gaps.state !== state && !gapJob && Date.now() - gaps.at >= GAP_REFRESH_MS) void refreshGaps(state);
  const counts = countStats();
  const known = gaps?.value ?? { unmatchedScenarios: new Set<string>(), unmatchedCapabilities: new Set<string>() };
  const byCategory = structuredClone(counts.byCategory);
  const byDomain = structuredClone(counts.byDomain);
  const unmatchedScenarios: BoardStats["unmatchedScenarios"] = [];
  for (const s of counts.scenarios) {
    if (!known.unmatchedScenarios.has(s.code)) continue;
    unmatchedScenarios.push({ code: s.code, title: s.title, category: s.category, domain: s.domain });
    byCategory[s.category].unmatchedScenarios++;
    byDomain[s.domain].unmatchedScenarios++;
  }
  const unmatchedCapabilities: BoardStats["unmatchedCapabilities"] = [];
  for (const c of counts.capabilities) {
    if (!known.unmatchedCapabilities.has(c.code)) continue;
    unmatchedCapabilities.push({ code: c.code, title: c.title, category: c.category, domains: c.domains });
    byCategory[c.category].unmatchedCapabilities++;
    for (const d of c.domains) byDomain[d].unmatchedCapabilities++;
  }
  return {
    grid: counts.grid,
    byCategory,
    byDomain,
    unmatchedScenarios,
    unmatchedCapabilities,
    perMonth: counts.perMonth,
    gapsAsOf: gaps && gaps.state !== state ? new Date(gaps.at).toISOString() : null,
  };
}
