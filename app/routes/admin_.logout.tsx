// Signing out: a POST ends the session (a GET never changes anything).
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { logout } from "../utils/admin-session.server";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/admin/login", { status: 303, headers: { "Set-Cookie": await logout(request) } });
}

export function loader() {
  return redirect("/admin");
}
