// GET /api/search?q=&type=all|scenario|capability&limit=20: published listings of both kinds, best first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { MAX_QUERY_LENGTH, ParamReader } from "../models/list-query";
import { searchForApi } from "../models/search.server";
import { apiError, apiJson } from "../utils/api.server";
import { describeQueryProblem } from "../utils/list-loader.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const read = new ParamReader(new URL(request.url).searchParams);
  const q = read.text("q", MAX_QUERY_LENGTH);
  const type = read.oneOf("type", ["all", "scenario", "capability"] as const) ?? "all";
  const limit = read.positiveInt("limit", 20, 100);
  const t = await getRequestMessages(request);
  if (read.problem) return apiError(400, describeQueryProblem(t, read.problem));
  if (!q) return apiError(400, t.errors.param.missing("q"));
  return apiJson({ query: q, results: searchForApi(q, type, limit) });
}
