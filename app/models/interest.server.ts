// 对接意向: registering interest in a published listing, the public count, the private details.
import { and, desc, eq, sql } from "drizzle-orm";
import { capabilities, interests, scenarios, type InterestRow } from "../../db/schema";
import type { Db } from "../utils/database.server";
import { untilDbChanges } from "../utils/db-generation.server";
import { writeSoon } from "../utils/group-commit.server";
import { db as appDb } from "../utils/db.server";
import type { InterestSubmission } from "./submission-schema";
import { CATEGORIES, isCategory, type Category, type Kind } from "./vocabulary";

function isPublished(db: Db, kind: Kind, code: string): boolean {
  const t = kind === "scenario" ? scenarios : capabilities;
  return Boolean(db.select({ code: t.code }).from(t).where(and(eq(t.code, code), eq(t.status, "published"))).get());
}

/** The other listing the interested party names must be a published listing of either kind. */
export function publishedCodeExists(db: Db, code: string): boolean {
  return isPublished(db, "scenario", code) || isPublished(db, "capability", code);
}

export type AddInterest = { ok: true } | { ok: false; reason: "notFound" | "ownCode" };

/** Registers interest, written with the other forms' writes of this turn (writeSoon). */
export function addInterestSoon(db: Db, kind: Kind, code: string, v: InterestSubmission): Promise<AddInterest> {
  return writeSoon(db, () => insertInterest(db, kind, code, v));
}

/** The checks and the insert, inside a transaction on db. */
function insertInterest(db: Db, kind: Kind, code: string, v: InterestSubmission): AddInterest {
  if (!isPublished(db, kind, code)) return { ok: false, reason: "notFound" };
  if (v.ownCode && !publishedCodeExists(db, v.ownCode)) return { ok: false, reason: "ownCode" };
  db.insert(interests)
    .values({
      listingKind: kind,
      listingCode: code,
      organization: v.organization,
      contactName: v.contactName,
      contactPhone: v.contactPhone,
      contactEmail: v.contactEmail,
      message: v.message,
      ownCode: v.ownCode,
    })
    .run();
  return { ok: true };
}

/** How many organisations have registered interest (the same organisation twice counts once). */
export function interestCount(db: Db, kind: Kind, code: string): number {
  return (
    db
      .select({ n: sql<number>`count(distinct lower(${interests.organization}))` })
      .from(interests)
      .where(and(eq(interests.listingKind, kind), eq(interests.listingCode, code)))
      .get()?.n ?? 0
  );
}

export function interestsFor(db: Db, kind: Kind, code: string): InterestRow[] {
  return db
    .select()
    .from(interests)
    .where(and(eq(interests.listingKind, kind), eq(interests.listingCode, code)))
    .orderBy(desc(interests.id))
    .all();
}

export function recentInterests(db: Db, limit = 200): InterestRow[] {
  return db.select().from(interests).orderBy(desc(interests.id)).limit(limit).all();
}

export type InterestStats = {
  total: number;
  listings: number;
  byKind: Record<Kind, number>;
  /** Organisations interested, per 产业环节 of the listing, for each kind. */
  byCategory: Record<Category, Record<Kind, number>>;
  top: { kind: Kind; code: string; title: string; organizations: number }[];
};

function computeInterestStats(db: Db): InterestStats {
  const rows = db
    .select({
      kind: interests.listingKind,
      code: interests.listingCode,
      n: sql<number>`count(*)`,
      organizations: sql<number>`count(distinct lower(${interests.organization}))`,
      title: sql<string | null>`coalesce(
        (select title from scenarios s where ${interests.listingKind} = 'scenario' and s.code = ${interests.listingCode} and s.status = 'published'),
        (select title from capabilities c where ${interests.listingKind} = 'capability' and c.code = ${interests.listingCode} and c.status = 'published'))`,
      category: sql<string | null>`coalesce(
        (select category from scenarios s where ${interests.listingKind} = 'scenario' and s.code = ${interests.listingCode}),
        (select category from capabilities c where ${interests.listingKind} = 'capability' and c.code = ${interests.listingCode}))`,
    })
    .from(interests)
    .groupBy(interests.listingKind, interests.listingCode)
    .all()
    // Interest in a listing that is no longer published is not public any more either.
    .filter((r) => r.title !== null);
  const byKind: Record<Kind, number> = { scenario: 0, capability: 0 };
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { scenario: 0, capability: 0 }])) as Record<Category, Record<Kind, number>>;
  for (const r of rows) {
    byKind[r.kind] += r.n;
    if (r.category && isCategory(r.category)) byCategory[r.category][r.kind] += r.organizations;
  }
  return {
    total: byKind.scenario + byKind.capability,
    listings: rows.length,
    byKind,
    byCategory,
    top: rows
      .sort((a, b) => b.organizations - a.organizations || a.code.localeCompare(b.code))
      .slice(0, 10)
      .map((r) => ({ kind: r.kind, code: r.code, title: r.title!, organizations: r.organizations })),
  };
}

/** The public figures for /stats, remembered until the database changes. */
export const interestStats = untilDbChanges(() => computeInterestStats(appDb));
