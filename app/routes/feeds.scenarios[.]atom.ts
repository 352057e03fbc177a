// GET /feeds/scenarios.atom: newly published scenario demands, filterable by category and domain.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { atomFeed } from "../models/feed.server";
import { badFilter, filtersFrom } from "../utils/export-response.server";
import { getLocale, getRequestMessages } from "../utils/locale.server";
import { publicOrigin } from "../utils/origin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = filtersFrom("scenario", new URL(request.url));
  if (!parsed.ok) return badFilter(request, parsed.problem);
  const body = atomFeed({
    kind: "scenario",
    origin: publicOrigin(request),
    filters: parsed.filters,
    t: await getRequestMessages(request),
    lang: await getLocale(request),
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
