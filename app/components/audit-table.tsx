// The audit log as a table: who did what to which listing, when, and what changed.
import { Link } from "@remix-run/react";
import type { AuditRow } from "../../db/schema";
import { adminListingPath } from "../utils/admin-paths";
import { useMessages } from "../utils/i18n";

// Bookkeeping columns that change with every action and say nothing to a reader.
const QUIET = new Set(["updatedAt", "createdAt", "publishedAt"]);

function show(value: unknown): string {
  if (value == null || value === "") return "—";
  return Array.isArray(value) ? value.join("、") : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The fields whose values differ between before and after. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  if (!before || !after) return [];
  return Object.keys(after)
    .filter((key) => !QUIET.has(key) && show(before[key]) !== show(after[key]))
    .map((key) => ({ key, before: show(before[key]), after: show(after[key]) }));
}

export function AuditTable({ entries, showListing = false }: { entries: AuditRow[]; showListing?: boolean }) {
  const t = useMessages();
  if (!entries.length) return <p>{t.admin.none}</p>;
  return (
    <div className="table-wrap">
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t.admin.when}</th>
            <th scope="col">{t.admin.actor}</th>
            <th scope="col">{t.admin.action}</th>
            {showListing ? <th scope="col">{t.admin.listing}</th> : null}
            <th scope="col">{t.admin.changes}</th>
            <th scope="col">{t.admin.note}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changes = changedFields(e.before, e.after);
            return (
              <tr key={e.id} data-action={e.action}>
                <td>
                  <time dateTime={e.at}>{e.at.slice(0, 19).replace("T", " ")}</time>
                </td>
                <td>{e.actor === "submitter" ? t.admin.submitter : e.actor}</td>
                <td>{t.admin.actions[e.action] ?? e.action}</td>
                {showListing ? (
                  <td>{e.listingKind && e.listingCode ? <Link to={adminListingPath(e.listingKind, e.listingCode)}>{e.listingCode}</Link> : "—"}</td>
                ) : null}
                <td>
                  {changes.length ? (
                    <ul className="changes">
                      {changes.map((c) => (
                        <li key={c.key}>
                          <code>{c.key}</code>: <del>{c.before}</del> → <ins>{c.after}</ins>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{e.note ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
