// The public origin of the board, for absolute links (sitemap, feeds).
import { env } from "./env.server";

export function publicOrigin(request: Request): string {
  return env.SITE_URL ? env.SITE_URL.replace(/\/+$/, "") : new URL(request.url).origin;
}
