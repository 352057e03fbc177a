// Reading a list's filters and page from a URL: shared by the list pages and the JSON API.
import {
  CATEGORIES,
  DOMAINS,
  MATURITIES,
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

/** Reads URL parameters, keeping the first problem met: the shared rules of lists, search and the API. */
export class ParamReader {
  problem: ListQueryProblem | null = null;
  constructor(private params: URLSearchParams) {}

  private fail(problem: ListQueryProblem) {
    this.problem ??= problem;
    return null;
  }

  /** One value or none; empty counts as none; a repeated parameter is a problem. */
  single(name: string): string | null {
    const values = this.params.getAll(name).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length > 1) return this.fail({ param: name, kind: "repeated" });
    return values[0] ?? null;
  }

  text(name: string, max: number): string | null {
    const raw = this.single(name);
    if (raw !== null && [...raw].length > max) return this.fail({ param: name, kind: "tooLong", max });
    return raw?.normalize("NFC") ?? null;
  }

  positiveInt(name: string, fallback: number, max?: number): number {
    const raw = this.single(name);
    if (raw === null) return fallback;
    if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) return this.fail({ param: name, kind: "notPositiveInteger", value: raw }) ?? fallback;
    const n = Number(raw);
    if (max !== undefined && n > max) return this.fail({ param: name, kind: "tooLarge", value: raw, max }) ?? fallback;
    return n;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | null {
    const raw = this.single(name);
    if (raw === null) return null;
    const value = raw.normalize("NFC");
    return (allowed as readonly string[]).includes(value)
      ? (value as T)
      : this.fail({ param: name, kind: "notAllowed", value: raw, allowed });
  }
}

export function parseListQuery(kind: Kind, params: URLSearchParams): ListQueryResult {
  const read = new ParamReader(params);
  const query: ListQuery = {
    q: read.text("q", MAX_QUERY_LENGTH),
    category: read.oneOf("category", CATEGORIES),
    domain: read.oneOf("domain", DOMAINS),
    status: kind === "scenario" ? read.oneOf("status", SCENARIO_STATUSES) : null,
    maturity: kind === "capability" ? read.oneOf("maturity", MATURITIES) : null,
    page: read.positiveInt("page", 1),
    pageSize: read.positiveInt("pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
  return read.problem ? { ok: false, problem: read.problem } : { ok: true, query };
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
