// sitemap.xml: the home page, both lists and every published listing.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { escapeXml } from "../models/feed.server";
import { publishedCodes } from "../models/listing.server";
import { publicOrigin } from "../utils/origin.server";

export function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const urls = [
    { loc: `${origin}/`, lastmod: null as string | null },
    { loc: `${origin}/scenarios`, lastmod: null },
    { loc: `${origin}/capabilities`, lastmod: null },
    ...publishedCodes().map((l) => ({
      loc: `${origin}/${l.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(l.code)}`,
      lastmod: l.updatedAt.slice(0, 10),
    })),
  ];
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    urls
      .map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}</url>`)
      .join("\n") +
    `\n</urlset>\n`;
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" },
  });
}
