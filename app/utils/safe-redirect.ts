// Redirect targets taken from a form or a URL: only a path on this site, never an open redirect.
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback;
  const base = "http://board.invalid";
  try {
    const url = new URL(to, base);
    return url.origin === base ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
