// GET /api/capabilities/CODE: one published capability, or 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCapability } from "../models/listing.server";
import { apiError, apiJson } from "../utils/api.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const capability = getCapability(code);
  if (!capability) return apiError(404, (await getRequestMessages(request)).errors.listingNotFound(code));
  return apiJson(capability);
}
