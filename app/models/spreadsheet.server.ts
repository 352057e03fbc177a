// Reading the official list as a clerk saves it (.xlsx or .csv, Chinese headers) into import records.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { CAPABILITY_COLUMNS, SCENARIO_COLUMNS, type Column } from "./columns";
import type { ImportProblem, ListName } from "./import.server";

export type SheetRow = { sheet: string; row: number; columns: Record<string, string> };
export type SpreadsheetBoard = {
  data: { scenarios: Record<string, unknown>[]; capabilities: Record<string, unknown>[] };
  /** Where each record came from, by list and index: for error messages a clerk can act on. */
  rows: { scenarios: SheetRow[]; capabilities: SheetRow[] };
  problems: ImportProblem[];
};

// Headers as clerks write them: the official Chinese ones, their usual variants, and the
// contract's English field names.
const ALIASES: Record<ListName, Record<string, string[]>> = {
  scenarios: { title: ["需求名称", "场景需求名称"], publisher: ["需求单位", "发布单位名称"], domain: ["领域"], location: ["地点"], deadline: ["截止时间"] },
  capabilities: { organization: ["企业/机构", "企业", "机构名称", "单位名称"], domains: ["应用领域", "领域"], title: ["产品名称", "能力名称（产品/服务）"] },
};

function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s*＊:：]/g, "")
    .toLowerCase();
}

function headerMap(list: ListName): Map<string, Column> {
  const columns = list === "scenarios" ? SCENARIO_COLUMNS : CAPABILITY_COLUMNS;
  const map = new Map<string, Column>();
  for (const c of columns) {
    map.set(normalizeHeader(c.header), c);
    map.set(normalizeHeader(c.field), c);
    for (const alias of ALIASES[list][c.field] ?? []) map.set(normalizeHeader(alias), c);
  }
  return map;
}
const HEADERS: Record<ListName, Map<string, Column>> = { scenarios: headerMap("scenarios"), capabilities: headerMap("capabilities") };
// Headers only one of the lists has: they tell which list a sheet holds.
const DISTINCT: Record<ListName, Set<string>> = {
  scenarios: new Set(["publisher", "domain", "location", "budget", "deadline"]),
  capabilities: new Set(["organization", "domains", "maturity", "cases"]),
};

/** Finds the header row among the first rows (a title and blank rows may stand above it). */
function findHeader(rows: string[][]): { index: number; list: ListName; fields: (Column | null)[] } | null {
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const cells = rows[i]!.map(normalizeHeader);
    let best: { list: ListName; known: number; distinct: number } | null = null;
    for (const list of ["scenarios", "capabilities"] as const) {
      const fields = cells.map((c) => HEADERS[list].get(c)?.field);
      const known = fields.filter(Boolean).length;
      const distinct = fields.filter((f) => f && DISTINCT[list].has(f)).length;
      if (known >= 3 && distinct > 0 && (!best || distinct > best.distinct)) best = { list, known, distinct };
    }
    if (best) return { index: i, list: best.list, fields: cells.map((c) => HEADERS[best.list].get(c) ?? null) };
  }
  return null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel dates (a date cell or a serial number) and text dates (2027/3/31, 2027年3月31日) as YYYY-MM-DD. */
export function readDate(value: string): string {
  const text = value.normalize("NFKC").trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    return new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : text;
}

// Fields where full-width characters are a typing accident (ＣＪ－００１, １３８…): folded to ASCII.
const FOLDED = new Set(["code", "contactPhone", "contactEmail", "budget", "deadline", "maturity", "category", "domain", "domains"]);

function toRecord(fields: (Column | null)[], cells: string[]): { record: Record<string, unknown>; columns: Record<string, string> } {
  const record: Record<string, unknown> = {};
  const columns: Record<string, string> = {};
  fields.forEach((column, i) => {
    if (!column) return;
    // An apostrophe before = + - @ is the board's own defusing of formula-like cells (exports).
    let value = (cells[i] ?? "").trim().replace(/^'(?=[=+\-@\t\r])/, "");
    columns[column.field] = column.header;
    if (FOLDED.has(column.field)) value = value.normalize("NFKC");
    if (column.field === "deadline" && value) value = readDate(value);
    if (value !== "" || record[column.field] === undefined) record[column.field] = value === "" ? undefined : value;
  });
  return { record, columns };
}

/** Turns the rows of one sheet (or CSV file) into records of the list its headers name. */
function readRows(sheet: string, rows: string[][], rowNumber: (i: number) => number, out: SpreadsheetBoard) {
  const header = findHeader(rows);
  if (!header) {
    if (rows.some((r) => r.some((c) => c.trim()))) {
      out.problems.push({
        list: null,
        index: null,
        code: null,
        field: null,
        sheet,
        reason: "找不到表头：前 15 行中没有一行含有清单的列名（如 编号、场景名称、发布单位 或 编号、能力名称、企业名称）",
      });
    }
    return;
  }
  for (let i = header.index + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (!cells.some((c) => c.trim())) continue;
    const { record, columns } = toRecord(header.fields, cells);
    out.data[header.list].push(record);
    out.rows[header.list].push({ sheet, row: rowNumber(i), columns });
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value);
}

function emptyBoard(): SpreadsheetBoard {
  return { data: { scenarios: [], capabilities: [] }, rows: { scenarios: [], capabilities: [] }, problems: [] };
}

export async function readWorkbook(buffer: Buffer): Promise<SpreadsheetBoard> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const out = emptyBoard();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    const numbers: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      rows.push(Array.from(cells, (c) => c ?? ""));
      numbers.push(number);
    });
    readRows(sheet.name, rows, (i) => numbers[i]!, out);
  });
  return out;
}

/** A CSV file: UTF-8 with or without a byte-order mark, or GB18030 as Chinese Excel saves it. */
export function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(buffer);
  }
}

export function readCsv(buffer: Buffer, name: string): SpreadsheetBoard {
  const rows = parse(decodeCsv(buffer), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const out = emptyBoard();
  readRows(name, rows, (i) => i + 1, out);
  return out;
}

/** Problems of the importer, told in the spreadsheet's terms: sheet, row, column. */
export function locateProblems(problems: ImportProblem[], rows: SpreadsheetBoard["rows"]): ImportProblem[] {
  return problems.map((p) => {
    if (p.list === null || p.index === null) return p;
    const at = rows[p.list][p.index];
    if (!at) return p;
    const field = p.field?.split(".")[0] ?? null;
    return { ...p, sheet: at.sheet, row: at.row, column: field ? (at.columns[field] ?? field) : null };
  });
}
