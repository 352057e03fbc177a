// GET /feeds/capabilities.atom: newly published capabilities, filterable by category and domain.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "../utils/feed-response.server";

export function loader({ request }: LoaderFunctionArgs) {
  return feedResponse("capability", request);
}
