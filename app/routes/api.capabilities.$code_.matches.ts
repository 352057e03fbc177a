// GET /api/capabilities/CODE/matches: scenario demands the capability could answer, best first, with reasons.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { matchesResponse } from "../utils/matches-api.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return matchesResponse("capability", params.code ?? "", request);
}
