// GET /export/board.json: both lists in the import format (npm run db:import reads it back).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { boardJson } from "../models/export.server";
import { badFilter, fileResponse, filtersFrom, cachedExport } from "../utils/export-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const scenarios = filtersFrom("scenario", url);
  if (!scenarios.ok) return badFilter(request, scenarios.problem);
  const capabilities = filtersFrom("capability", url);
  if (!capabilities.ok) return badFilter(request, capabilities.problem);
  const filters = { scenarios: scenarios.filters, capabilities: capabilities.filters };
  const file = await cachedExport("board.json", filters, () => JSON.stringify(boardJson(filters), null, 2));
  return fileResponse(request, file, "application/json; charset=utf-8", "board.json");
}
