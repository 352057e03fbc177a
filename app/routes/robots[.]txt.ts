// robots.txt: everything public may be indexed; the sitemap lists every listing.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "../utils/origin.server";

export function loader({ request }: LoaderFunctionArgs) {
  const body = ["User-agent: *", "Allow: /", "Disallow: /language", "", `Sitemap: ${publicOrigin(request)}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
