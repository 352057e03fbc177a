// The response of a feed URL: filters read like the list page's, the feed in the visitor's language.
import { atomFeed } from "../models/feed.server";
import type { Kind } from "../models/vocabulary";
import { badFilter, filtersFrom } from "./export-response.server";
import { getLocale, getRequestMessages } from "./locale.server";
import { publicOrigin } from "./origin.server";

export async function feedResponse(kind: Kind, request: Request): Promise<Response> {
  const parsed = filtersFrom(kind, new URL(request.url));
  if (!parsed.ok) return badFilter(request, parsed.problem);
  const body = atomFeed({
    kind,
    origin: publicOrigin(request),
    filters: parsed.filters,
    t: await getRequestMessages(request),
    lang: await getLocale(request),
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
