// The write side of the board: submissions with their management links, moderation, the audit log.
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { auditLog, capabilities, scenarios, type AuditRow, type CapabilityRow, type ScenarioRow } from "../../db/schema";
import { todayInShanghai } from "../utils/dates";
import type { Db } from "../utils/database.server";
import { writeSoon } from "../utils/group-commit.server";
import { tokenHash } from "./admin-auth.server";
import { toCapability, toScenario, type Capability, type Scenario } from "./listing.server";
import type { CapabilitySubmission, ScenarioSubmission } from "./submission-schema";
import type { Kind, Status } from "./vocabulary";

type Row<K extends Kind> = K extends "scenario" ? ScenarioRow : CapabilityRow;
export type Values<K extends Kind> = K extends "scenario" ? ScenarioSubmission : CapabilitySubmission;

/** A listing in any status, as the submitter and the moderators see it. */
export type ManagedListing =
  | { kind: "scenario"; listing: Scenario; moderationNote: string | null; createdAt: string }
  | { kind: "capability"; listing: Capability; moderationNote: string | null; createdAt: string };

const PREFIX: Record<Kind, string> = { scenario: "CJ", capability: "NL" };

function table(kind: Kind) {
  return kind === "scenario" ? scenarios : capabilities;
}

function managed(kind: Kind, row: ScenarioRow | CapabilityRow): ManagedListing {
  return kind === "scenario"
    ? { kind, listing: toScenario(row as ScenarioRow), moderationNote: row.moderationNote, createdAt: row.createdAt }
    : { kind, listing: toCapability(row as CapabilityRow), moderationNote: row.moderationNote, createdAt: row.createdAt };
}

/** What the audit log keeps of a listing: its public fields and status, never the token hash. */
function snapshot(row: ScenarioRow | CapabilityRow): Record<string, unknown> {
  const { manageTokenHash: _hash, id: _id, ...rest } = row;
  return rest;
}

function getRow<K extends Kind>(db: Db, kind: K, code: string): Row<K> | undefined {
  const t = table(kind);
  return db.select().from(t).where(eq(t.code, code)).get() as Row<K> | undefined;
}

function audit(
  db: Db,
  entry: { actor: string; action: string; kind: Kind; code: string; before: ScenarioRow | CapabilityRow | null; after: ScenarioRow | CapabilityRow | null; note?: string | null },
) {
  db.insert(auditLog)
    .values({
      actor: entry.actor,
      action: entry.action,
      listingKind: entry.kind,
      listingCode: entry.code,
      before: entry.before ? snapshot(entry.before) : null,
      after: entry.after ? snapshot(entry.after) : null,
      note: entry.note ?? null,
    })
    .run();
}

/**
 * The statements a submission runs, prepared once per database: a submission is the one write
 * that anyone may make, many at once on the day of a 对接会, and building and preparing each
 * statement's SQL again took half of its time.
 */
function submitStatements(db: Db, kind: Kind): SubmitStatements {
  const byKind = prepared.get(db) ?? prepared.set(db, new Map()).get(db)!;
  return byKind.get(kind) ?? byKind.set(kind, prepareSubmit(db, kind)).get(kind)!;
}

function prepareSubmit(db: Db, kind: Kind) {
  const t = table(kind) as typeof scenarios;
  const p = (name: string) => sql.placeholder(name);
  return {
    taken: db.select({ code: t.code }).from(t).where(eq(t.code, p("code"))).prepare(),
    last: db
      .select({ code: t.code })
      .from(t)
      // A range, not LIKE: it walks the code index ("." sorts right after "-").
      .where(and(gte(t.code, p("from")), lt(t.code, p("to"))))
      .orderBy(desc(sql`length(${t.code})`), desc(t.code))
      .limit(1)
      .prepare(),
    insert: db
      .insert(t)
      .values({ ...Object.fromEntries([...fieldsOf(kind), "code", "manageTokenHash"].map((f) => [f, p(f)])), status: "pending" } as never)
      .returning()
      .prepare(),
    audit: db
      .insert(auditLog)
      .values({ actor: "submitter", action: "submit", listingKind: kind, listingCode: p("code"), before: null, after: p("after"), note: null })
      .prepare(),
  };
}

type SubmitStatements = ReturnType<typeof prepareSubmit>;
const prepared = new WeakMap<Db, Map<Kind, SubmitStatements>>();

/**
 * The next code of a submission: CJ-2026-0001, NL-2026-0001… A series of its own, so it can never
 * take a code of the official list (CJ-001…) that a later import brings.
 */
function nextCode(statements: SubmitStatements, kind: Kind, year: string, lastNumber: Map<string, number>): string {
  const prefix = `${PREFIX[kind]}-${year}-`;
  const format = (n: number) => `${prefix}${String(n).padStart(4, "0")}`;
  // The number after the last this process gave out, if no one took it meanwhile (another
  // process writing to the same file): one look-up by code instead of reading the whole series.
  const hint = lastNumber.get(prefix);
  if (hint !== undefined && !statements.taken.get({ code: format(hint + 1) })) {
    lastNumber.set(prefix, hint + 1);
    return format(hint + 1);
  }
  const last = statements.last.get({ from: prefix, to: `${prefix.slice(0, -1)}.` });
  const previous = last ? Number(last.code.slice(prefix.length)) : 0;
  const n = Number.isFinite(previous) ? previous + 1 : 1;
  lastNumber.set(prefix, n);
  return format(n);
}

/**
 * Per database, the last number given out per series (CJ-2026-…) by this process. Only a hint:
 * it is checked inside the write transaction, and forgotten when a submission's transaction fails.
 */
const lastNumbers = new WeakMap<Db, Map<string, number>>();

// What a submitter fills in, per kind; every one is a column of the listing's table.
const SCENARIO_FIELDS = [
  "title",
  "publisher",
  "category",
  "domain",
  "tags",
  "description",
  "location",
  "budget",
  "deadline",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const satisfies readonly (keyof ScenarioSubmission & keyof ScenarioRow)[];
const CAPABILITY_FIELDS = [
  "title",
  "organization",
  "category",
  "domains",
  "tags",
  "description",
  "maturity",
  "cases",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const satisfies readonly (keyof CapabilitySubmission & keyof CapabilityRow)[];

const fieldsOf = (kind: Kind): readonly string[] => (kind === "scenario" ? SCENARIO_FIELDS : CAPABILITY_FIELDS);

/** The submitted fields of a kind, as the columns they are stored in. */
function values<K extends Kind>(kind: K, v: Values<K>): Record<string, unknown> {
  const given = v as Record<string, unknown>;
  return Object.fromEntries(fieldsOf(kind).map((f) => [f, given[f]]));
}

const lastNumberOf = (db: Db) => lastNumbers.get(db) ?? lastNumbers.set(db, new Map()).get(db)!;
/** A new management link's secret. */
const manageToken = () => randomBytes(32).toString("base64url");

/** The insert of a new entry and its audit row, inside a transaction on db; its code. */
function insertSubmission(db: Db, kind: Kind, submission: Values<Kind>, token: string, lastNumber: Map<string, number>): string {
  // The statements were prepared on db, and the transaction runs on the same connection.
  const statements = submitStatements(db, kind);
  const code = nextCode(statements, kind, todayInShanghai().slice(0, 4), lastNumber);
  // A field left out is stored as NULL, as an insert without it would.
  const row = Object.fromEntries(Object.entries(values(kind, submission)).map(([f, v]) => [f, v ?? null]));
  const after = statements.insert.get({ ...row, code, manageTokenHash: tokenHash(token) });
  statements.audit.run({ code, after: snapshot(after) });
  return code;
}

/**
 * Stores a new entry as pending, with a fresh code and the hash of its management token.
 * Submissions arriving together (the forms') are written in one transaction, each
 * in a savepoint of its own (writeSoon), so that one failing leaves the others. Each is answered
 * once that transaction is committed: an acknowledged submission is on disk as before, and the
 * write lock and the log's pages are taken once for all of them.
 */
export function submitListingSoon<K extends Kind>(db: Db, kind: K, submission: Values<K>): Promise<{ code: string; token: string }> {
  const token = manageToken();
  const lastNumber = lastNumberOf(db);
  return writeSoon(
    db,
    () => ({ code: insertSubmission(db, kind, submission, token, lastNumber), token }),
    () => lastNumber.clear(),
  );
}

/** The listing a management link belongs to, in any status. */
export function findByToken(db: Db, token: string): ManagedListing | null {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const hash = tokenHash(token);
  const s = db.select().from(scenarios).where(eq(scenarios.manageTokenHash, hash)).get();
  if (s) return managed("scenario", s);
  const c = db.select().from(capabilities).where(eq(capabilities.manageTokenHash, hash)).get();
  return c ? managed("capability", c) : null;
}

export function getManaged(db: Db, kind: Kind, code: string): ManagedListing | null {
  const row = getRow(db, kind, code);
  return row ? managed(kind, row) : null;
}

export type Outcome = { ok: true } | { ok: false; reason: "notFound" | "notAllowed" };

// Which statuses each action may start from.
const ALLOWED: Record<string, Status[]> = {
  approve: ["pending"],
  reject: ["pending"],
  close: ["published"],
  edit: ["pending", "published"],
  withdraw: ["pending", "published"],
  submitterEdit: ["pending"],
};

function change<K extends Kind>(
  db: Db,
  kind: K,
  code: string,
  action: keyof typeof ALLOWED,
  actor: string,
  set: (before: Row<K>, now: string) => Partial<ScenarioRow & CapabilityRow>,
  note?: string | null,
): Outcome {
  const t = table(kind);
  return db.transaction(
    (tx) => {
      const before = getRow(tx as unknown as Db, kind, code);
      if (!before) return { ok: false, reason: "notFound" } as const;
      if (!ALLOWED[action]!.includes(before.status)) return { ok: false, reason: "notAllowed" } as const;
      const now = new Date().toISOString();
      // updated_at moves on every change: the search index follows the database by it.
      tx.update(t)
        .set({ ...(set(before, now) as object), updatedAt: now })
        .where(eq(t.code, code))
        .run();
      const after = getRow(tx as unknown as Db, kind, code)!;
      audit(tx as unknown as Db, { actor, action: action === "submitterEdit" ? "edit" : action, kind, code, before, after, note });
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

export function approveListing(db: Db, actor: string, kind: Kind, code: string): Outcome {
  return change(db, kind, code, "approve", actor, (_b, now) => ({ status: "published", publishedAt: now, moderationNote: null }));
}

export function rejectListing(db: Db, actor: string, kind: Kind, code: string, reason: string): Outcome {
  return change(db, kind, code, "reject", actor, () => ({ status: "rejected", moderationNote: reason }), reason);
}

export function closeListing(db: Db, actor: string, kind: Kind, code: string, note: string | null): Outcome {
  return change(db, kind, code, "close", actor, () => ({ status: "closed", moderationNote: note }), note);
}

export function editListing<K extends Kind>(db: Db, actor: string, kind: K, code: string, v: Values<K>): Outcome {
  return change(db, kind, code, "edit", actor, () => values(kind, v) as never);
}

/** The submitter's own edit, through the management link, while the entry waits for review. */
export function editByToken<K extends Kind>(db: Db, kind: K, code: string, v: Values<K>): Outcome {
  return change(db, kind, code, "submitterEdit", "submitter", () => values(kind, v) as never);
}

export function withdrawByToken(db: Db, kind: Kind, code: string): Outcome {
  return change(db, kind, code, "withdraw", "submitter", () => ({ status: "closed" }));
}

export type QueueItem = ManagedListing;

/** Pending entries of both kinds, oldest first: the moderators' queue. */
export function moderationQueue(db: Db): QueueItem[] {
  const s = db.select().from(scenarios).where(eq(scenarios.status, "pending")).orderBy(asc(scenarios.createdAt)).all();
  const c = db.select().from(capabilities).where(eq(capabilities.status, "pending")).orderBy(asc(capabilities.createdAt)).all();
  return [...s.map((r) => managed("scenario", r)), ...c.map((r) => managed("capability", r))].sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
}

export type AdminListRow = { kind: Kind; code: string; title: string; owner: string; status: Status; updatedAt: string };

/** Listings of any status for the moderators' overview, newest change first. */
export function adminListings(db: Db, filter: { status?: Status; kind?: Kind; code?: string }, limit = 200): AdminListRow[] {
  const rows: AdminListRow[] = [];
  for (const kind of ["scenario", "capability"] as const) {
    if (filter.kind && filter.kind !== kind) continue;
    const t = table(kind);
    const where = and(
      filter.status ? eq(t.status, filter.status) : undefined,
      filter.code ? sql`instr(lower(${t.code} || ' ' || ${t.title}), lower(${filter.code})) > 0` : undefined,
    );
    const owner = kind === "scenario" ? scenarios.publisher : capabilities.organization;
    const found = db
      .select({ code: t.code, title: t.title, owner, status: t.status, updatedAt: t.updatedAt })
      .from(t)
      .where(where)
      .orderBy(desc(t.updatedAt))
      .limit(limit)
      .all();
    rows.push(...found.map((r) => ({ kind, ...r })));
  }
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
}

export function auditEntries(db: Db, filter: { kind?: Kind; code?: string } = {}, limit = 200): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        filter.kind ? eq(auditLog.listingKind, filter.kind) : undefined,
        filter.code ? eq(auditLog.listingCode, filter.code) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

/** Records an action that is not about one listing's status, such as an import. */
export function auditNote(db: Db, actor: string, action: string, note: string): void {
  db.insert(auditLog).values({ actor, action, note }).run();
}
