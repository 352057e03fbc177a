// Open data out of the board: CSV for Excel, JSON in the import format; published listings only.
import { stringify } from "csv-stringify/sync";
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
