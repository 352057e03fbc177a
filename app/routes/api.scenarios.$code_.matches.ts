// GET /api/scenarios/CODE/matches: capabilities that fit the scenario, best first, with reasons.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { matchesResponse } from "../utils/matches-api.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return matchesResponse("scenario", params.code ?? "", request);
}
