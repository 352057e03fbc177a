// Importing a board file (CONTRACT.md "Import file"): validate everything, then write all or nothing.
import { inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { capabilities, scenarios } from "../../db/schema";
import type { Db } from "../utils/database.server";
import {
  capabilityRecordSchema,
  scenarioRecordSchema,
  type CapabilityRecord,
  type ScenarioRecord,
} from "./listing-schema";

export type ListName = "scenarios" | "capabilities";

export type ImportProblem = {
  list: ListName | null;
  /** Position of the record in its list, counted from 0 as in the file. */
  index: number | null;
  code: string | null;
  field: string | null;
  reason: string;
  /** Where a record read from a spreadsheet stood. */
  sheet?: string;
  row?: number;
  column?: string | null;
};

export type ImportCounts = { added: number; updated: number };

export type ImportResult =
  | { ok: true; scenarios: ImportCounts; capabilities: ImportCounts }
  | { ok: false; problems: ImportProblem[] };

export type ImportOptions = {
  /** Mark the listings as demonstration data (the seeded first batch). */
  demo?: boolean;
  /** Validate and count, write nothing. */
  dryRun?: boolean;
};

type Validated = { scenarios: ScenarioRecord[]; capabilities: CapabilityRecord[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validateList<S extends z.ZodTypeAny>(
  list: ListName,
  raw: unknown,
  schema: S,
  problems: ImportProblem[],
): z.infer<S>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ list, index: null, code: null, field: null, reason: `${list} 应为数组` });
    return [];
  }
  const out: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  raw.forEach((record: unknown, index) => {
    const rawCode =
      isPlainObject(record) && (typeof record.code === "string" || typeof record.code === "number")
        ? String(record.code).trim()
        : null;
    if (!isPlainObject(record)) {
      problems.push({ list, index, code: null, field: null, reason: "记录应为对象" });
      return;
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          list,
          index,
          code: rawCode,
          field: issue.path.length ? issue.path.join(".") : null,
          reason: issue.message,
        });
      }
      return;
    }
    const value = parsed.data as z.infer<S> & { code: string };
    const earlier = seen.get(value.code);
    if (earlier !== undefined) {
      problems.push({
        list,
        index,
        code: value.code,
        field: "code",
        reason: `编号与本文件第 ${earlier} 条重复`,
      });
      return;
    }
    seen.set(value.code, index);
    out.push(value);
  });
  return out;
}

/** Checks a parsed import file; returns the clean records or every problem found. */
export function validateImport(
  data: unknown,
): { ok: true; value: Validated } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (!isPlainObject(data)) {
    return {
      ok: false,
      problems: [
        { list: null, index: null, code: null, field: null, reason: "文件内容应为 JSON 对象，含 scenarios 和/或 capabilities 数组" },
      ],
    };
  }
  if (data.scenarios === undefined && data.capabilities === undefined) {
    problems.push({
      list: null,
      index: null,
      code: null,
      field: null,
      reason: "文件中没有 scenarios 或 capabilities 数组",
    });
  }
  const value = {
    scenarios: validateList("scenarios", data.scenarios, scenarioRecordSchema, problems),
    capabilities: validateList("capabilities", data.capabilities, capabilityRecordSchema, problems),
  };
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Validates and imports a whole file in one transaction; upserts by code; all or nothing. */
export function importBoard(db: Db, data: unknown, options: ImportOptions = {}): ImportResult {
  const checked = validateImport(data);
  if (!checked.ok) return checked;
  const { scenarios: scenarioRecords, capabilities: capabilityRecords } = checked.value;
  const demo = options.demo ?? false;

  return db.transaction((tx) => {
    const existingScenarioCodes = new Set(
      scenarioRecords.length
        ? tx
            .select({ code: scenarios.code })
            .from(scenarios)
            .where(inArray(scenarios.code, scenarioRecords.map((r) => r.code)))
            .all()
            .map((r) => r.code)
        : [],
    );
    const existingCapabilityCodes = new Set(
      capabilityRecords.length
        ? tx
            .select({ code: capabilities.code })
            .from(capabilities)
            .where(inArray(capabilities.code, capabilityRecords.map((r) => r.code)))
            .all()
            .map((r) => r.code)
        : [],
    );
    const counts = {
      scenarios: count(scenarioRecords, existingScenarioCodes),
      capabilities: count(capabilityRecords, existingCapabilityCodes),
    };
    if (options.dryRun) return { ok: true as const, ...counts };

    for (const record of scenarioRecords) {
      const values = { ...record, status: "published" as const, demo };
      tx.insert(scenarios)
        .values({ ...values, publishedAt: nowIso })
        .onConflictDoUpdate({
          target: scenarios.code,
          set: {
            ...values,
            updatedAt: nowIso,
            publishedAt: sql`coalesce(${scenarios.publishedAt}, ${nowIso})`,
          },
        })
        .run();
    }
    for (const record of capabilityRecords) {
      const values = { ...record, status: "published" as const, demo };
      tx.insert(capabilities)
        .values({ ...values, publishedAt: nowIso })
        .onConflictDoUpdate({
          target: capabilities.code,
          set: {
            ...values,
            updatedAt: nowIso,
            publishedAt: sql`coalesce(${capabilities.publishedAt}, ${nowIso})`,
          },
        })
        .run();
    }
    return { ok: true as const, ...counts };
    // A write takes the lock first (IMMEDIATE), so it waits for the board's own writes on the busy
    // timeout instead of failing with "database is locked" when its read turns into a write.
  }, { behavior: options.dryRun ? "deferred" : "immediate" });
}

function count(records: { code: string }[], existing: Set<string>): ImportCounts {
  const updated = records.filter((r) => existing.has(r.code)).length;
  return { added: records.length - updated, updated };
}

/** One line per problem, as the command line and the admin page print them. */
export function describeProblem(p: ImportProblem): string {
  if (p.sheet !== undefined) {
    const at = [
      `工作表「${p.sheet}」`,
      p.row !== undefined ? `第 ${p.row} 行` : null,
      p.code ? `编号 ${p.code}` : null,
      p.column ? `列「${p.column}」` : null,
    ]
      .filter(Boolean)
      .join("，");
    return `${at}：${p.reason}`;
  }
  const where = [
    p.list ? `${p.list}[${p.index ?? "?"}]` : "文件",
    p.code ? `编号 ${p.code}` : null,
    p.field ? `字段 ${p.field}` : null,
  ]
    .filter(Boolean)
    .join("，");
  return `${where}：${p.reason}`;
}
