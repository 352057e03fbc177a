// Reading export and feed filters from a URL, and the responses that carry files.
import { parseListQuery, type ListQueryProblem } from "../models/list-query";
import type { ListFilters } from "../models/listing.server";
import type { Kind } from "../models/vocabulary";
import { apiError } from "./api.server";
import { todayInShanghai } from "./dates";
import { publishedMemo } from "./db-generation.server";
import { describeQueryProblem } from "./list-loader.server";
import { getRequestMessages } from "./locale.server";

/** The list page's filters (q, category, domain, status or maturity) without its paging. */
export function filtersFrom(kind: Kind, url: URL): { ok: true; filters: ListFilters } | { ok: false; problem: ListQueryProblem } {
  const params = new URLSearchParams(url.searchParams);
  params.delete("page");
  params.delete("pageSize");
  const parsed = parseListQuery(kind, params);
  if (!parsed.ok) return parsed;
  const { page: _page, pageSize: _pageSize, ...filters } = parsed.query;
  return { ok: true, filters };
}

export async function badFilter(request: Request, problem: ListQueryProblem): Promise<Response> {
  return apiError(400, describeQueryProblem(await getRequestMessages(request), problem));
}

/** A downloadable file: its name given both plainly and in UTF-8 for Chinese names. */
export function fileResponse(body: string | Uint8Array, type: string, filename: string): Response {
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
    },
  });
}

const exports = publishedMemo<unknown>(64);

/**
 * An export's body, made once per file and filters until the published listings change (the
 * day is part of the key: the open/expired filter follows the date). Exports are the heaviest
 * public requests; a crowd downloading the same list costs one render.
 */
export function cachedExport<T>(file: string, filters: unknown, make: () => T): T {
  return exports(`${file}|${todayInShanghai()}|${JSON.stringify(filters)}`, make) as T;
}
