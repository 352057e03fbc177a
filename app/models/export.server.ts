// Open data out of the board: CSV for Excel, JSON in the import format; published listings only.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CAPABILITY_COLUMNS, LIST_SEPARATOR, SCENARIO_COLUMNS, type Column } from "./columns";
import { allCapabilities, allScenarios, type Capability, type ListFilters, type Scenario } from "./listing.server";

/**
 * A cell Excel would run as a formula (= + - @, or a tab or carriage return first) gets a leading
 * apostrophe, which Excel shows as text and does not display (OWASP's CSV injection advice).
 */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function cellOf(listing: Scenario | Capability, column: Column): string {
  const value = (listing as unknown as Record<string, unknown>)[column.field];
  if (value == null) return "";
  return defuse(Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value));
}

function csv(columns: Column[], rows: (Scenario | Capability)[]): string {
  // UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly; CRLF per RFC 4180.
  return (
    "\uFEFF" +
    stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cellOf(row, c)))], {
      record_delimiter: "windows",
    })
  );
}

export function scenariosCsv(filters: ListFilters): string {
  return csv(SCENARIO_COLUMNS, allScenarios(filters));
}

export function capabilitiesCsv(filters: ListFilters): string {
  return csv(CAPABILITY_COLUMNS, allCapabilities(filters));
}

function record(listing: Scenario | Capability, columns: Column[]) {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const value = (listing as unknown as Record<string, unknown>)[c.field];
    if (value != null) out[c.field] = value;
  }
  return out;
}

/** The whole board (or the filtered part of it) as a file `npm run db:import` reads back. */
export function boardJson(filters: { scenarios: ListFilters; capabilities: ListFilters }) {
  return {
    scenarios: allScenarios(filters.scenarios).map((s) => record(s, SCENARIO_COLUMNS)),
    capabilities: allCapabilities(filters.capabilities).map((c) => record(c, CAPABILITY_COLUMNS)),
  };
}

/** Display width of a text in Excel's character units: Han characters count double. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function sheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: (Scenario | Capability)[]) {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => cellOf(row, c)));
  columns.forEach((c, i) => {
    const longest = Math.max(width(c.header), ...rows.map((r) => width(cellOf(r, c))));
    // Wide enough to read, narrow enough that descriptions wrap instead of running off screen.
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
    if (longest > 60) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
}

/** Both lists as one workbook, a sheet each, with the official Chinese headers. */
export async function boardXlsx(filters: { scenarios: ListFilters; capabilities: ListFilters }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "宝安新质影像";
  sheet(book, "场景需求清单", SCENARIO_COLUMNS, allScenarios(filters.scenarios));
  sheet(book, "能力清单", CAPABILITY_COLUMNS, allCapabilities(filters.capabilities));
  return Buffer.from(await book.xlsx.writeBuffer());
}
