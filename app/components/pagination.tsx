// Page links for a list, keeping its filters in the URL.
import { Link } from "@remix-run/react";
import { listQueryToSearch, type ListQuery } from "../models/list-query";
import { useMessages } from "../utils/i18n";

/** Page numbers to show: first, last, and two either side of the current one. */
export function pageWindow(current: number, last: number): (number | "gap")[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

export function Pagination({ query, total, basePath }: { query: ListQuery; total: number; basePath: string }) {
  const t = useMessages();
  const last = Math.max(1, Math.ceil(total / query.pageSize));
  if (last <= 1 && query.page <= 1) return null;
  const href = (page: number) => `${basePath}${listQueryToSearch({ ...query, page })}`;
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      {query.page > 1 ? (
        <Link to={href(Math.min(query.page - 1, last))} rel="prev">
          {t.pagination.previous}
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">{t.pagination.previous}</span>
      )}
      <ul>
        {pageWindow(Math.min(query.page, last), last).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === query.page ? (
                <span aria-current="page" className="current">
                  <span className="visually-hidden">{t.pagination.page(p)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link to={href(p)} aria-label={t.pagination.page(p)}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {query.page < last ? (
        <Link to={href(query.page + 1)} rel="next">
          {t.pagination.next}
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">{t.pagination.next}</span>
      )}
    </nav>
  );
}
