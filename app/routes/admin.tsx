// The moderators' area: its navigation and sign-out around every /admin page. Each page and action
// below checks the session itself too: a layout's loader does not guard its children's.
import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { requireAdmin } from "../utils/admin-session.server";
import { messagesFromMatches, useMessages } from "../utils/i18n";

export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" });

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  return data({ email: admin.email }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.admin.title} · ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

export default function AdminLayout() {
  const { email } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <div className="admin">
      <div className="admin-bar">
        <h1 className="admin-title">{t.admin.title}</h1>
        <nav aria-label={t.admin.title} className="admin-nav">
          <NavLink to="/admin" end>
            {t.admin.queue}
          </NavLink>
          <NavLink to="/admin/listings">{t.admin.listings}</NavLink>
          <NavLink to="/admin/interests">{t.admin.interests}</NavLink>
          <NavLink to="/admin/audit">{t.admin.audit}</NavLink>
          <NavLink to="/admin/import">{t.admin.import}</NavLink>
        </nav>
        <Form method="post" action="/admin/logout" className="admin-logout">
          <span>{t.admin.signedInAs(email)}</span>{" "}
          <button type="submit" className="button button-secondary">
            {t.admin.logout}
          </button>
        </Form>
      </div>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
