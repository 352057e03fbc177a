// GET /export/scenarios.csv: the published scenario demands, filtered like /scenarios, for Excel.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { scenariosCsv } from "../models/export.server";
import { badFilter, fileResponse, filtersFrom, cachedExport } from "../utils/export-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = filtersFrom("scenario", new URL(request.url));
  if (!parsed.ok) return badFilter(request, parsed.problem);
  const file = await cachedExport("scenarios.csv", parsed.filters, () => scenariosCsv(parsed.filters));
  return fileResponse(request, file, "text/csv; charset=utf-8", "scenarios.csv");
}
