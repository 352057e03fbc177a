// Every listing in any status, for moderators: find one by code or title, filter by status and kind.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { adminListings } from "../models/moderation.server";
import { KINDS, STATUSES, type Kind, type Status } from "../models/vocabulary";
import { adminListingPath } from "../utils/admin-paths";
import { requireAdmin } from "../utils/admin-session.server";
import { db } from "../utils/db.server";
import { useMessages } from "../utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const kind = url.searchParams.get("kind");
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const filter = {
    status: (STATUSES as readonly string[]).includes(status ?? "") ? (status as Status) : undefined,
    kind: (KINDS as readonly string[]).includes(kind ?? "") ? (kind as Kind) : undefined,
    code: q || undefined,
  };
  return { filter: { status: filter.status ?? "", kind: filter.kind ?? "", q }, rows: adminListings(db, filter) };
}

export default function AdminListings() {
  const { filter, rows } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <section aria-labelledby="listings-title">
      <h2 id="listings-title">{t.admin.listings}</h2>
      <Form method="get" className="admin-filter">
        <div className="field">
          <label htmlFor="f-q">{t.list.keyword}</label>
          <input id="f-q" type="search" name="q" defaultValue={filter.q} />
        </div>
        <div className="field">
          <label htmlFor="f-status">{t.admin.filterStatus}</label>
          <select id="f-status" name="status" defaultValue={filter.status}>
            <option value="">{t.list.any}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.manage.statusLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t.admin.kind}</label>
          <select id="f-kind" name="kind" defaultValue={filter.kind}>
            <option value="">{t.list.any}</option>
            <option value="scenario">{t.kinds.scenario}</option>
            <option value="capability">{t.kinds.capability}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t.list.apply}
        </button>
      </Form>
      <div className="table-wrap">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.listing.code}</th>
              <th scope="col">{t.admin.kind}</th>
              <th scope="col">{t.form.labels.title}</th>
              <th scope="col">{t.admin.filterStatus}</th>
              <th scope="col">{t.listing.updatedAt}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.kind}:${r.code}`}>
                <td>
                  <Link to={adminListingPath(r.kind, r.code)}>{r.code}</Link>
                </td>
                <td>{r.kind === "scenario" ? t.kinds.scenario : t.kinds.capability}</td>
                <td>
                  {r.title}
                  <br />
                  <small>{r.owner}</small>
                </td>
                <td>
                  <span className={`status status-${r.status}`}>{t.manage.statusLabel[r.status]}</span>
                </td>
                <td>{r.updatedAt.slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
