// GET /feeds/scenarios.atom: newly published scenario demands, filterable by category and domain.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "../utils/feed-response.server";

export function loader({ request }: LoaderFunctionArgs) {
  return feedResponse("scenario", request);
}
