// GET /api/{scenarios,capabilities}/CODE/matches?limit=10: the listings of the other kind that fit.
import { ParamReader } from "../models/list-query";
import { matchesFor } from "../models/search.server";
import type { Kind } from "../models/vocabulary";
import { apiError, apiJson } from "./api.server";
import { describeQueryProblem } from "./list-loader.server";
import { getRequestMessages } from "./locale.server";
import { reasonText } from "./match-reasons";

export async function matchesResponse(kind: Kind, code: string, request: Request): Promise<Response> {
  const t = await getRequestMessages(request);
  const read = new ParamReader(new URL(request.url).searchParams);
  const limit = read.positiveInt("limit", 10, 50);
  if (read.problem) return apiError(400, describeQueryProblem(t, read.problem));
  const hits = matchesFor(kind, code, limit);
  if (!hits) return apiError(404, t.errors.listingNotFound(code));
  return apiJson({
    code,
    results: hits.map((h) => ({
      type: h.kind,
      code: h.code,
      title: h.title,
      score: h.score,
      reasons: h.reasons.map((r) => reasonText(t, r)),
    })),
  });
}
