// Page links for a list, keeping its filters in the URL.
import { Link } from "@remix-run/react";
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

/** Previous, numbered and next page links; `href` keeps the list's other parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const t = useMessages();
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1 && page <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      {page > 1 ? (
        <Link to={href(Math.min(page - 1, last))} rel="prev">
          {t.pagination.previous}
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">{t.pagination.previous}</span>
      )}
      <ul>
        {pageWindow(Math.min(page, last), last).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
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
      {page < last ? (
        <Link to={href(page + 1)} rel="next">
          {t.pagination.next}
        </Link>
      ) : (
        <span className="disabled" aria-hidden="true">{t.pagination.next}</span>
      )}
    </nav>
  );
}
