// Reading export and feed filters from a URL, and the responses that carry files.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { etagMatches } from "../../server/etag.js";
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

/** An export made once: its bytes, a tag for them, and (made on first demand) their gzip. */
export type ExportFile = { body: Uint8Array; etag: string; gzip: Uint8Array | null; compressible: boolean };

const exports = publishedMemo<Promise<ExportFile>>(64);

/**
 * An export, made once per file and filters until the published listings change (the day is part
 * of the key: the open/expired filter follows the date). Exports are the heaviest public requests;
 * a crowd downloading the same list costs one render, and one compression.
 */
export function cachedExport(
  file: string,
  filters: unknown,
  make: () => string | Uint8Array | Promise<string | Uint8Array>,
  { compressible = true } = {},
): Promise<ExportFile> {
  return exports(`${file}|${todayInShanghai()}|${JSON.stringify(filters)}`, async () => {
    const made = await make();
    const body = typeof made === "string" ? Buffer.from(made, "utf8") : made;
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
    return { body, etag, gzip: null, compressible };
  });
}

/**
 * A downloadable file, its name given both plainly and in UTF-8 for Chinese names. Compressed
 * once and kept when the client accepts gzip (a CSV shrinks several times); a client that has
 * the same bytes already (If-None-Match) gets a 304.
 */
export function fileResponse(request: Request, file: ExportFile, type: string, filename: string): Response {
  const gzip = file.compressible && file.body.length > 1024 && /\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "");
  const etag = gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "public, max-age=60",
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  if (etagMatches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  if (!gzip) return new Response(file.body as BodyInit, { headers });
  file.gzip ??= gzipSync(file.body);
  return new Response(file.gzip as BodyInit, { headers: { ...headers, "Content-Encoding": "gzip" } });
}
