// If-None-Match against an ETag, compared weakly (RFC 9110 §13.1.2): shared by the app's file
// responses and the page cache, which answers for them, so that both agree.

/**
 * @param {string | null | undefined} ifNoneMatch the request's If-None-Match header
 * @param {string} etag the response's ETag
 */
export function etagMatches(ifNoneMatch, etag) {
  const known = String(ifNoneMatch ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
  return known.includes(etag.replace(/^W\//, "")) || known.includes("*");
}
