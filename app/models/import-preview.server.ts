// The moderators' upload at /admin/import: check a file and show what it would do, then import
// exactly that file on confirmation (kept in memory, for this moderator, for 30 minutes).
import { randomBytes } from "node:crypto";
import type { Db } from "../utils/database.server";
import { readBoardFile, UnsupportedFile } from "./board-file.server";
import { describeProblem, importBoard, type ImportCounts } from "./import.server";
import { auditNote } from "./moderation.server";
import { locateProblems } from "./spreadsheet.server";

const TTL_MS = 30 * 60_000;
const previews = new Map<string, { data: unknown; owner: string; fileName: string; expires: number }>();

export type Preview =
  | { ok: true; id: string; fileName: string; scenarios: ImportCounts; capabilities: ImportCounts }
  | { ok: false; fileName: string; problems: string[] };

function sweep(now: number) {
  for (const [id, p] of previews) if (p.expires < now) previews.delete(id);
}

export async function previewImport(db: Db, owner: string, buffer: Buffer, fileName: string): Promise<Preview> {
  let file;
  try {
    file = await readBoardFile(buffer, fileName);
  } catch (error) {
    if (error instanceof UnsupportedFile) return { ok: false, fileName, problems: [error.message] };
    return { ok: false, fileName, problems: [`无法读取文件：${(error as Error).message}`] };
  }
  if (file.problems.length) return { ok: false, fileName, problems: file.problems.map(describeProblem) };
  const result = importBoard(db, file.data, { dryRun: true });
  if (!result.ok) {
    const located = file.rows ? locateProblems(result.problems, file.rows) : result.problems;
    return { ok: false, fileName, problems: located.map(describeProblem) };
  }
  const now = Date.now();
  sweep(now);
  const id = randomBytes(16).toString("hex");
  previews.set(id, { data: file.data, owner, fileName, expires: now + TTL_MS });
  return { ok: true, id, fileName, scenarios: result.scenarios, capabilities: result.capabilities };
}

export type Confirmed =
  | { ok: true; fileName: string; scenarios: ImportCounts; capabilities: ImportCounts }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "problems"; problems: string[] };

/** Imports the previewed file, all or nothing; the board may have changed since, so it is checked again. */
export function confirmImport(db: Db, owner: string, id: string): Confirmed {
  const preview = previews.get(id);
  if (!preview || preview.owner !== owner || preview.expires < Date.now()) return { ok: false, reason: "expired" };
  const result = importBoard(db, preview.data);
  if (!result.ok) return { ok: false, reason: "problems", problems: result.problems.map(describeProblem) };
  previews.delete(id);
  auditNote(
    db,
    owner,
    "import",
    `${preview.fileName}：场景需求 新增 ${result.scenarios.added}、更新 ${result.scenarios.updated}；能力 新增 ${result.capabilities.added}、更新 ${result.capabilities.updated}`,
  );
  return { ok: true, fileName: preview.fileName, scenarios: result.scenarios, capabilities: result.capabilities };
}
