// JSON responses of the public API: open to every origin, errors as { "error": "…" }.
const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
};

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

export function apiError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { ...API_HEADERS, "Cache-Control": "no-store" } });
}
