// Switching the page language: a form post that sets the cookie and returns to the same page.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "../utils/i18n";
import { readForm } from "../utils/form-body.server";
import { languageCookie } from "../utils/locale.server";
import { safeRedirect } from "../utils/safe-redirect";

export async function action({ request }: ActionFunctionArgs) {
  const form = (await readForm(request)).formData;
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"));
  if (!isLocale(lang)) return redirect(to, 303);
  return redirect(to, { status: 303, headers: { "Set-Cookie": await languageCookie.serialize(lang) } });
}

export function loader() {
  return redirect("/");
}
