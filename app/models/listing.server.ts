// Reading published listings of both kinds: lists with filters, detail, counts, newest, sitemap.
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { capabilities, scenarios, type CapabilityRow, type ScenarioRow } from "../../db/schema";
import { isPastDeadline, todayInShanghai } from "../utils/dates";
import { db } from "../utils/db.server";
import { untilPublishedChanges } from "../utils/db-generation.server";
import type { ListQuery } from "./list-query";
import type { Category, Domain, Kind, Maturity, Status } from "./vocabulary";

type Common = {
  code: string;
  title: string;
  category: Category;
  tags: string[];
  description: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  batch: string | null;
  status: Status;
  /** Demonstration listing written for the board, not part of the official list. */
  demo: boolean;
  publishedAt: string | null;
  updatedAt: string;
};

export type Scenario = Common & {
  publisher: string;
  domain: Domain;
  location: string | null;
  budget: string | null;
  deadline: string | null;
  /** The deadline has passed (已截止). */
  expired: boolean;
};

export type Capability = Common & {
  organization: string;
  domains: Domain[];
  maturity: Maturity;
  cases: string | null;
};

export type ListingOf<K extends Kind> = K extends "scenario" ? Scenario : Capability;

function common(row: ScenarioRow | CapabilityRow): Common {
  return {
    code: row.code,
    title: row.title,
    category: row.category as Category,
    tags: row.tags,
    description: row.description,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    batch: row.batch,
    status: row.status,
    demo: row.demo,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

export function toScenario(row: ScenarioRow, today = todayInShanghai()): Scenario {
  return {
    ...common(row),
    publisher: row.publisher,
    domain: row.domain as Domain,
    location: row.location,
    budget: row.budget,
    deadline: row.deadline,
    expired: isPastDeadline(row.deadline, today),
  };
}

export function toCapability(row: CapabilityRow): Capability {
  return {
    ...common(row),
    organization: row.organization,
    domains: row.domains as Domain[],
    maturity: row.maturity as Maturity,
    cases: row.cases,
  };
}

/** Case-insensitive substring match over a listing's words (full-text search replaces it). */
function textFilter(q: string, columns: SQL): SQL {
  return sql`instr(lower(${columns}), lower(${q})) > 0`;
}

function scenarioWhere(query: ListFilters, today: string) {
  const t = scenarios;
  const conditions: (SQL | undefined)[] = [eq(t.status, "published")];
  if (query.category) conditions.push(eq(t.category, query.category));
  if (query.domain) conditions.push(eq(t.domain, query.domain));
  if (query.status === "open") conditions.push(sql`(${t.deadline} is null or ${t.deadline} >= ${today})`);
  if (query.status === "expired") conditions.push(sql`${t.deadline} < ${today}`);
  if (query.q)
    conditions.push(
      textFilter(
        query.q,
        sql`${t.code} || ' ' || ${t.title} || ' ' || ${t.publisher} || ' ' || ${t.tags} || ' ' || ${t.description} || ' ' || coalesce(${t.location}, '')`,
      ),
    );
  return and(...conditions);
}

function capabilityWhere(query: ListFilters) {
  const t = capabilities;
  const conditions: (SQL | undefined)[] = [eq(t.status, "published")];
  if (query.category) conditions.push(eq(t.category, query.category));
  if (query.domain)
    conditions.push(sql`exists (select 1 from json_each(${t.domains}) where json_each.value = ${query.domain})`);
  if (query.maturity) conditions.push(eq(t.maturity, query.maturity));
  if (query.q)
    conditions.push(
      textFilter(
        query.q,
        sql`${t.code} || ' ' || ${t.title} || ' ' || ${t.organization} || ' ' || ${t.tags} || ' ' || ${t.description} || ' ' || coalesce(${t.cases}, '')`,
      ),
    );
  return and(...conditions);
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export function listScenarios(query: ListQuery): Page<Scenario> {
  const today = todayInShanghai();
  const where = scenarioWhere(query, today);
  const total = db.select({ n: sql<number>`count(*)` }).from(scenarios).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(scenarios)
    .where(where)
    .orderBy(asc(scenarios.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  return { items: rows.map((r) => toScenario(r, today)), total, page: query.page, pageSize: query.pageSize };
}

export function listCapabilities(query: ListQuery): Page<Capability> {
  const where = capabilityWhere(query);
  const total = db.select({ n: sql<number>`count(*)` }).from(capabilities).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(capabilities)
    .where(where)
    .orderBy(asc(capabilities.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  return { items: rows.map(toCapability), total, page: query.page, pageSize: query.pageSize };
}

export type ListFilters = Omit<ListQuery, "page" | "pageSize">;

/** Every published scenario matching the filters, in code order (exports). */
export function allScenarios(filters: ListFilters): Scenario[] {
  const today = todayInShanghai();
  return db.select().from(scenarios).where(scenarioWhere(filters, today)).orderBy(asc(scenarios.code)).all().map((r) => toScenario(r, today));
}

/** Every published capability matching the filters, in code order (exports). */
export function allCapabilities(filters: ListFilters): Capability[] {
  return db.select().from(capabilities).where(capabilityWhere(filters)).orderBy(asc(capabilities.code)).all().map(toCapability);
}

/** The most recently published scenarios matching the filters (feeds). */
export function recentScenarios(filters: ListFilters, limit: number): Scenario[] {
  const today = todayInShanghai();
  return db
    .select()
    .from(scenarios)
    .where(scenarioWhere(filters, today))
    .orderBy(desc(scenarios.publishedAt), desc(scenarios.code))
    .limit(limit)
    .all()
    .map((r) => toScenario(r, today));
}

/** The most recently published capabilities matching the filters (feeds). */
export function recentCapabilities(filters: ListFilters, limit: number): Capability[] {
  return db
    .select()
    .from(capabilities)
    .where(capabilityWhere(filters))
    .orderBy(desc(capabilities.publishedAt), desc(capabilities.code))
    .limit(limit)
    .all()
    .map(toCapability);
}

export function listListings<K extends Kind>(kind: K, query: ListQuery): Page<ListingOf<K>> {
  return (kind === "scenario" ? listScenarios(query) : listCapabilities(query)) as Page<ListingOf<K>>;
}

export function getScenario(code: string): Scenario | null {
  const row = db
    .select()
    .from(scenarios)
    .where(and(eq(scenarios.code, code), eq(scenarios.status, "published")))
    .get();
  return row ? toScenario(row) : null;
}

export function getCapability(code: string): Capability | null {
  const row = db
    .select()
    .from(capabilities)
    .where(and(eq(capabilities.code, code), eq(capabilities.status, "published")))
    .get();
  return row ? toCapability(row) : null;
}

export function getListing<K extends Kind>(kind: K, code: string): ListingOf<K> | null {
  return (kind === "scenario" ? getScenario(code) : getCapability(code)) as ListingOf<K> | null;
}

export type BoardOverview = {
  scenarios: { total: number; byCategory: Record<string, number> };
  capabilities: { total: number; byCategory: Record<string, number> };
  newestScenarios: Scenario[];
  newestCapabilities: Capability[];
  hasDemo: boolean;
};

function countByCategory(table: typeof scenarios | typeof capabilities) {
  const rows = db
    .select({ category: table.category, n: sql<number>`count(*)` })
    .from(table)
    .where(eq(table.status, "published"))
    .groupBy(table.category)
    .all();
  const byCategory: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    byCategory[r.category] = r.n;
    total += r.n;
  }
  return { total, byCategory };
}

/** The home page's figures, worked out again only when the database has changed. */
export const boardOverview = untilPublishedChanges(() => computeBoardOverview(6));

function computeBoardOverview(newest: number): BoardOverview {
  const today = todayInShanghai();
  return {
    scenarios: countByCategory(scenarios),
    capabilities: countByCategory(capabilities),
    newestScenarios: db
      .select()
      .from(scenarios)
      .where(eq(scenarios.status, "published"))
      .orderBy(desc(scenarios.publishedAt), desc(scenarios.code))
      .limit(newest)
      .all()
      .map((r) => toScenario(r, today)),
    newestCapabilities: db
      .select()
      .from(capabilities)
      .where(eq(capabilities.status, "published"))
      .orderBy(desc(capabilities.publishedAt), desc(capabilities.code))
      .limit(newest)
      .all()
      .map(toCapability),
    hasDemo: hasDemoListings(),
  };
}

/** Whether any published listing is demonstration data: every page then says so. */
export const hasDemoListings = untilPublishedChanges(computeHasDemo);

function computeHasDemo(): boolean {
  const s = db
    .select({ n: sql<number>`1` })
    .from(scenarios)
    .where(and(eq(scenarios.status, "published"), eq(scenarios.demo, true)))
    .limit(1)
    .get();
  if (s) return true;
  const c = db
    .select({ n: sql<number>`1` })
    .from(capabilities)
    .where(and(eq(capabilities.status, "published"), eq(capabilities.demo, true)))
    .limit(1)
    .get();
  return Boolean(c);
}

export function publishedCodes(): { kind: Kind; code: string; updatedAt: string }[] {
  const s = db
    .select({ code: scenarios.code, updatedAt: scenarios.updatedAt })
    .from(scenarios)
    .where(eq(scenarios.status, "published"))
    .orderBy(asc(scenarios.code))
    .all();
  const c = db
    .select({ code: capabilities.code, updatedAt: capabilities.updatedAt })
    .from(capabilities)
    .where(eq(capabilities.status, "published"))
    .orderBy(asc(capabilities.code))
    .all();
  return [
    ...s.map((r) => ({ kind: "scenario" as const, ...r })),
    ...c.map((r) => ({ kind: "capability" as const, ...r })),
  ];
}

/** Published listings by code, in the order asked (codes not published are left out). */
export function getListingsByCodes<K extends Kind>(kind: K, codes: string[]): ListingOf<K>[] {
  if (!codes.length) return [];
  const today = todayInShanghai();
  const found = new Map<string, ListingOf<K>>();
  if (kind === "scenario") {
    for (const r of db
      .select()
      .from(scenarios)
      .where(and(inArray(scenarios.code, codes), eq(scenarios.status, "published")))
      .all())
      found.set(r.code, toScenario(r, today) as ListingOf<K>);
  } else {
    for (const r of db
      .select()
      .from(capabilities)
      .where(and(inArray(capabilities.code, codes), eq(capabilities.status, "published")))
      .all())
      found.set(r.code, toCapability(r) as ListingOf<K>);
  }
  return codes.flatMap((c) => (found.has(c) ? [found.get(c)!] : []));
}

/** The published listings of one batch (首批), in code order. */
export function batchListings(batch: string): { scenarios: Scenario[]; capabilities: Capability[] } {
  const today = todayInShanghai();
  return {
    scenarios: db
      .select()
      .from(scenarios)
      .where(and(eq(scenarios.status, "published"), eq(scenarios.batch, batch)))
      .orderBy(asc(scenarios.code))
      .all()
      .map((r) => toScenario(r, today)),
    capabilities: db
      .select()
      .from(capabilities)
      .where(and(eq(capabilities.status, "published"), eq(capabilities.batch, batch)))
      .orderBy(asc(capabilities.code))
      .all()
      .map(toCapability),
  };
}
