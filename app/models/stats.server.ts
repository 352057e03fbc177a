// The board at a glance: where demand and supply lie, where they fail to meet, and how they grew.
import { untilPublishedChanges } from "../utils/db-generation.server";
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

/** The statistics, worked out again only when the database has changed (they run every match). */
export const boardStats = untilPublishedChanges(computeBoardStats);

function computeBoardStats(): BoardStats {
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
