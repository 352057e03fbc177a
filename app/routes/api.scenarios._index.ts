// GET /api/scenarios: the published scenario demands, filtered and paged like /scenarios.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "../utils/api.server";
import { loadList } from "../utils/list-loader.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const result = loadList("scenario", new URL(request.url), await getRequestMessages(request));
  if (!result.ok) return apiError(400, result.message);
  return apiJson(result.page);
}
