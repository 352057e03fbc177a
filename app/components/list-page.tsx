// A list page of either kind: heading, filter form (a plain GET form), results and pages.
import type { MetaFunction } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import type { Capability, Page, Scenario } from "../models/listing.server";
import { SCENARIO_STATUSES, listQueryToSearch, type ListQuery } from "../models/list-query";
import { CATEGORIES, DOMAINS, MATURITIES, type Kind } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { CapabilityCard, ScenarioCard } from "./listing-card";
import { Pagination } from "./pagination";

type Props =
  | { kind: "scenario"; query: ListQuery; page: Page<Scenario> }
  | { kind: "capability"; query: ListQuery; page: Page<Capability> };

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
}) {
  const t = useMessages();
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t.list.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list page's title, description and the Atom feed with the page's filters. */
export function listMeta(kind: Kind): MetaFunction<unknown> {
  return ({ matches, data }) => {
    const t = messagesFromMatches(matches);
    const query = (data as { query?: ListQuery } | undefined)?.query;
    const filters = query ? listQueryToSearch({ ...query, page: 1, pageSize: 20 }) : "";
    const title = kind === "scenario" ? t.list.scenariosTitle : t.list.capabilitiesTitle;
    return [
      {
        tagName: "link",
        rel: "alternate",
        type: "application/atom+xml",
        title: t.list.feedTitle(title),
        href: `/feeds/${kind === "scenario" ? "scenarios" : "capabilities"}.atom${filters}`,
      },
      { title: `${title} · ${t.site.name}` },
      { name: "description", content: kind === "scenario" ? t.list.scenariosIntro : t.list.capabilitiesIntro },
    ];
  };
}

export function basePathOf(kind: Kind) {
  return kind === "scenario" ? "/scenarios" : "/capabilities";
}

export function ListPage(props: Props) {
  const t = useMessages();
  const { kind, query, page } = props;
  const basePath = basePathOf(kind);
  const title = kind === "scenario" ? t.list.scenariosTitle : t.list.capabilitiesTitle;
  const intro = kind === "scenario" ? t.list.scenariosIntro : t.list.capabilitiesIntro;
  const from = (page.page - 1) * page.pageSize + 1;
  const to = from + page.items.length - 1;
  const filtered = Boolean(query.q || query.category || query.domain || query.status || query.maturity);
  // Exports and feeds take the same filters, without the paging.
  const filterSearch = listQueryToSearch({ ...query, page: 1, pageSize: 20 });
  // A new filter starts again at page 1; the key re-mounts the form when the URL changes.
  const formKey = [query.q, query.category, query.domain, query.status, query.maturity].join("|");

  return (
    <>
      <header className="page-head">
        <h1>{title}</h1>
        <p className="lead">{intro}</p>
      </header>
      <div className="list-layout">
        <section className="filters" aria-labelledby="filters-title">
          <h2 id="filters-title">{t.list.filters}</h2>
          <Form method="get" action={basePath} key={formKey} className="filter-form">
            <div className="field">
              <label htmlFor="filter-q">{t.list.keyword}</label>
              <input
                id="filter-q"
                name="q"
                type="search"
                defaultValue={query.q ?? ""}
                placeholder={t.list.keywordPlaceholder}
                maxLength={100}
              />
            </div>
            <Select
              name="category"
              label={t.list.category}
              value={query.category}
              options={CATEGORIES.map((c) => ({ value: c, label: t.vocab.category[c] }))}
            />
            <Select
              name="domain"
              label={t.list.domain}
              value={query.domain}
              options={DOMAINS.map((d) => ({ value: d, label: t.vocab.domain[d] }))}
            />
            {kind === "scenario" ? (
              <Select
                name="status"
                label={t.list.status}
                value={query.status}
                options={SCENARIO_STATUSES.map((s) => ({ value: s, label: t.statusFilter[s] }))}
              />
            ) : (
              <Select
                name="maturity"
                label={t.list.maturity}
                value={query.maturity}
                options={MATURITIES.map((m) => ({ value: m, label: t.vocab.maturity[m] }))}
              />
            )}
            {query.pageSize !== 20 ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
            <div className="filter-actions">
              <button type="submit" className="button">
                {t.list.apply}
              </button>
              {filtered ? <Link to={basePath}>{t.list.reset}</Link> : null}
            </div>
          </Form>
          <section className="open-data" aria-labelledby="open-data-title">
            <h2 id="open-data-title">{t.list.openData}</h2>
            <p className="open-data-hint">{t.list.openDataHint}</p>
            <ul>
              <li>
                <a href={`/export/${kind === "scenario" ? "scenarios" : "capabilities"}.csv${filterSearch}`} download>
                  {t.list.downloadCsv}
                </a>
              </li>
              <li>
                <a href={`/export/board.xlsx${filterSearch}`} download>
                  {t.list.downloadXlsx}
                </a>
              </li>
              <li>
                <a href={`/export/board.json${filterSearch}`} download>
                  {t.list.downloadJson}
                </a>
              </li>
              <li>
                <a href={`/feeds/${kind === "scenario" ? "scenarios" : "capabilities"}.atom${filterSearch}`}>{t.list.subscribe}</a>
              </li>
            </ul>
          </section>
        </section>
        <section className="results" aria-labelledby="results-title">
          <h2 id="results-title" className="results-count" aria-live="polite">
            {page.items.length ? t.list.showing(from, to, page.total) : t.list.results(page.total)}
          </h2>
          {page.items.length === 0 ? (
            <div className="empty">
              <p>{page.total > 0 ? t.list.pageBeyond : t.list.empty}</p>
              <p>
                {page.total > 0 ? (
                  <Link to={basePath}>{t.list.firstPage}</Link>
                ) : filtered ? (
                  <>
                    {t.list.emptyHint} <Link to={basePath}>{t.list.reset}</Link>
                  </>
                ) : null}
              </p>
            </div>
          ) : (
            <ol className="cards">
              {props.kind === "scenario"
                ? props.page.items.map((s) => (
                    <li key={s.code}>
                      <ScenarioCard scenario={s} />
                    </li>
                  ))
                : props.page.items.map((c) => (
                    <li key={c.code}>
                      <CapabilityCard capability={c} />
                    </li>
                  ))}
            </ol>
          )}
          <Pagination
            page={query.page}
            pageSize={query.pageSize}
            total={page.total}
            href={(p) => `${basePath}${listQueryToSearch({ ...query, page: p })}`}
          />
        </section>
      </div>
    </>
  );
}
