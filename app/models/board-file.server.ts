// Reading a board file of any accepted kind (.json, .xlsx, .csv) into the import format, for the
// command line and the moderators' upload alike.
import path from "node:path";
import type { ImportProblem } from "./import.server";
import { readCsv, readWorkbook, type SpreadsheetBoard } from "./spreadsheet.server";

export type BoardFile = { data: unknown; rows: SpreadsheetBoard["rows"] | null; problems: ImportProblem[] };

export const BOARD_FILE_TYPES = [".json", ".xlsx", ".csv"] as const;

export class UnsupportedFile extends Error {}

export async function readBoardFile(buffer: Buffer, fileName: string): Promise<BoardFile> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === ".xlsx" || ext === ".csv") {
    const board = ext === ".xlsx" ? await readWorkbook(buffer) : readCsv(buffer, path.basename(fileName));
    return { data: board.data, rows: board.rows, problems: board.problems };
  }
  if (ext !== ".json") throw new UnsupportedFile(`不支持的文件类型“${ext || fileName}”（可用：${BOARD_FILE_TYPES.join("、")}）`);
  try {
    return { data: JSON.parse(buffer.toString("utf8").replace(/^\uFEFF/, "")), rows: null, problems: [] };
  } catch (error) {
    throw new Error(`不是有效的 JSON：${(error as Error).message}`);
  }
}
