// Reading a list's filters and page from a URL: shared by the list pages and the JSON API.
import {
  CATEGORIES,
  DOMAINS,
  MATURITIES,
  isCategory,
  isDomain,
  isMaturity,
  type Category,
  type Domain,
  type Kind,
  type Maturity,
} from "./vocabulary";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 100;

/** Public status filter on scenarios: still taking answers, or past its deadline. */
export const SCENARIO_STATUSES = ["open", "expired"] as const;
export type ScenarioStatusFilter = (typeof SCENARIO_STATUSES)[number];

export type ListQuery = {
  q: string | null;
  category: Category | null;
  domain: Domain | null;
  /** Scenarios only. */
  status: ScenarioStatusFilter | null;
  /** Capabilities only. */
  maturity: Maturity | null;
  page: number;
  pageSize: number;
};

export type ListQueryProblem =
  | { param: string; kind: "repeated" }
  | { param: string; kind: "tooLong"; max: number }
  | { param: string; kind: "notAllowed"; value: string; allowed: readonly string[] }
  | { param: string; kind: "notPositiveInteger"; value: string }
  | { param: string; kind: "tooLarge"; value: string; max: number };

export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; problem: ListQueryProblem };

export function parseListQuery(kind: Kind, params: URLSearchParams): ListQueryResult {
  function single(name: string): string | null | ListQueryProblem {
    const values = params.getAll(name).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length > 1) return { param: name, kind: "repeated" };
    return values[0] ?? null;
  }
  function isProblem(v: unknown): v is ListQueryProblem {
    return typeof v === "object" && v !== null;
  }
  function positiveInt(name: string, fallback: number, max?: number): number | ListQueryProblem {
    const raw = single(name);
    if (isProblem(raw)) return raw;
    if (raw === null) return fallback;
    if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) return { param: name, kind: "notPositiveInteger", value: raw };
    const n = Number(raw);
    if (max !== undefined && n > max) return { param: name, kind: "tooLarge", value: raw, max };
    return n;
  }
  function oneOf<T extends string>(
    name: string,
    allowed: readonly T[],
    guard: (v: string) => v is T,
  ): T | null | ListQueryProblem {
    const raw = single(name);
    if (raw === null || isProblem(raw)) return raw;
    const value = raw.normalize("NFC");
    return guard(value) ? value : { param: name, kind: "notAllowed", value: raw, allowed };
  }

  const q = single("q");
  if (isProblem(q)) return { ok: false, problem: q };
  if (q !== null && [...q].length > MAX_QUERY_LENGTH)
    return { ok: false, problem: { param: "q", kind: "tooLong", max: MAX_QUERY_LENGTH } };

  const category = oneOf("category", CATEGORIES, isCategory);
  if (isProblem(category)) return { ok: false, problem: category };
  const domain = oneOf("domain", DOMAINS, isDomain);
  if (isProblem(domain)) return { ok: false, problem: domain };

  let status: ScenarioStatusFilter | null = null;
  let maturity: Maturity | null = null;
  if (kind === "scenario") {
    const s = oneOf("status", SCENARIO_STATUSES, (v): v is ScenarioStatusFilter =>
      (SCENARIO_STATUSES as readonly string[]).includes(v),
    );
    if (isProblem(s)) return { ok: false, problem: s };
    status = s;
  } else {
    const m = oneOf("maturity", MATURITIES, isMaturity);
    if (isProblem(m)) return { ok: false, problem: m };
    maturity = m;
  }

  const page = positiveInt("page", 1);
  if (isProblem(page)) return { ok: false, problem: page };
  const pageSize = positiveInt("pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (isProblem(pageSize)) return { ok: false, problem: pageSize };

  return {
    ok: true,
    query: { q: q?.normalize("NFC") ?? null, category, domain, status, maturity, page, pageSize },
  };
}

/** The URL search string for a query, leaving out defaults, so shared links stay short. */
export function listQueryToSearch(query: Partial<ListQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.category) params.set("category", query.category);
  if (query.domain) params.set("domain", query.domain);
  if (query.status) params.set("status", query.status);
  if (query.maturity) params.set("maturity", query.maturity);
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
