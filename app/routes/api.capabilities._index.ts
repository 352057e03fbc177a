// GET /api/capabilities: the published capabilities, filtered and paged like /capabilities.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "../utils/api.server";
import { loadList } from "../utils/list-loader.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const result = loadList("capability", new URL(request.url), await getRequestMessages(request));
  if (!result.ok) return apiError(400, result.message);
  return apiJson(result.page);
}
