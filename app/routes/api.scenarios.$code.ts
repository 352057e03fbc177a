// GET /api/scenarios/CODE: one published scenario demand, or 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getScenario } from "../models/listing.server";
import { apiError, apiJson } from "../utils/api.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const scenario = getScenario(code);
  if (!scenario) return apiError(404, (await getRequestMessages(request)).errors.listingNotFound(code));
  return apiJson(scenario);
}
