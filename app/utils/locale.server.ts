// Reading and writing the visitor's language choice (a cookie; Chinese by default).
import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, getMessages, isLocale, type Locale } from "./i18n";

export const languageCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function getLocale(request: Request): Promise<Locale> {
  const value = await languageCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getRequestMessages(request: Request) {
  return getMessages(await getLocale(request));
}
