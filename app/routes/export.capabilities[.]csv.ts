// GET /export/capabilities.csv: the published capabilities, filtered like /capabilities, for Excel.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { capabilitiesCsv } from "../models/export.server";
import { badFilter, fileResponse, filtersFrom, cachedExport } from "../utils/export-response.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = filtersFrom("capability", new URL(request.url));
  if (!parsed.ok) return badFilter(request, parsed.problem);
  const file = await cachedExport("capabilities.csv", parsed.filters, () => capabilitiesCsv(parsed.filters));
  return fileResponse(request, file, "text/csv; charset=utf-8", "capabilities.csv");
}
