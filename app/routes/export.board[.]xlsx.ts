// GET /export/board.xlsx: both lists as an Excel workbook (a sheet each, Chinese headers, header row frozen).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { boardXlsx } from "../models/export.server";
import { badFilter, fileResponse, filtersFrom, cachedExport } from "../utils/export-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const scenarios = filtersFrom("scenario", url);
  if (!scenarios.ok) return badFilter(request, scenarios.problem);
  const capabilities = filtersFrom("capability", url);
  if (!capabilities.ok) return badFilter(request, capabilities.problem);
  const filters = { scenarios: scenarios.filters, capabilities: capabilities.filters };
  // A workbook is a zip already: it is not compressed again.
  const file = await cachedExport("board.xlsx", filters, () => boardXlsx(filters), { compressible: false });
  return fileResponse(request, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "board.xlsx");
}
