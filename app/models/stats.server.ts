// The board at a glance: where demand and supply lie, where they fail to meet, and how they grew.
import { publishedState } from "../utils/db-generation.server";
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

let done: { state: string; value: BoardStats } | null = null;
let running: { state: string; promise: Promise<BoardStats> } | null = null;

/**
 * The statistics, worked out again only when the published listings change. They run a match for
 * every listing — about a second of work for a few thousand — so the work is done in slices that
 * let other requests through, and visitors arriving meanwhile share the one computation.
 */
export function boardStats(): Promise<BoardStats> {
  const state = publishedState();
  if (done?.state === state) return Promise.resolve(done.value);
  if (running?.state === state) return running.promise;
  const promise = computeBoardStats().then(
    (value) => {
      done = { state, value };
      if (running?.promise === promise) running = null;
      return value;
    },
    (error: unknown) => {
      if (running?.promise === promise) running = null;
      throw error;
    },
  );
  running = { state, promise };
  return promise;
}

const SLICE_MS = 10;

async function computeBoardStats(): Promise<BoardStats> {
  let slice = performance.now();
  const yieldNow = async () => {
    if (performance.now() - slice < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    slice = performance.now();
  };
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

  const unmatchedScenarios: BoardStats["unmatchedScenarios"] = [];
  for (const s of scenarios) {
    await yieldNow();
    grid.scenarios[s.category][s.domain]++;
    byCategory[s.category].scenarios++;
    byDomain[s.domain].scenarios++;
    count(s.publishedAt, "scenarios");
    // Unmatched: no capability clears the match threshold (the same matching as the pages').
    if (!matchesFor("scenario", s.code, 1)?.length) {
      unmatchedScenarios.push({ code: s.code, title: s.title, category: s.category, domain: s.domain });
      byCategory[s.category].unmatchedScenarios++;
      byDomain[s.domain].unmatchedScenarios++;
    }
  }
  const unmatchedCapabilities: BoardStats["unmatchedCapabilities"] = [];
  for (const c of capabilities) {
    await yieldNow();
    byCategory[c.category].capabilities++;
    for (const d of c.domains) {
      grid.capabilities[c.category][d]++;
      byDomain[d].capabilities++;
    }
    count(c.publishedAt, "capabilities");
    if (!matchesFor("capability", c.code, 1)?.length) {
      unmatchedCapabilities.push({ code: c.code, title: c.title, category: c.category, domains: c.domains });
      byCategory[c.category].unmatchedCapabilities++;
      for (const d of c.domains) byDomain[d].unmatchedCapabilities++;
    }
  }
  const perMonth = [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, ...n }));
  return { grid, byCategory, byDomain, unmatchedScenarios, unmatchedCapabilities, perMonth };
}
