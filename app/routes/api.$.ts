// Any other /api/ URL: a JSON 404, since API clients do not read HTML pages.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError } from "../utils/api.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return apiError(404, (await getRequestMessages(request)).errors.notFound);
}
