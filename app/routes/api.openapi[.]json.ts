// GET /api/openapi.json: the machine-readable description of the JSON API.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "../models/openapi";
import { apiJson } from "../utils/api.server";
import { publicOrigin } from "../utils/origin.server";

export function loader({ request }: LoaderFunctionArgs) {
  return apiJson(openApiDocument(publicOrigin(request)));
}
