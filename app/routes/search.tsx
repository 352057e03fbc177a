// /search: both lists searched at once, with type tabs, facets, highlighting and pages.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Highlighted } from "../components/highlighted";
import { Pagination } from "../components/pagination";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, ParamReader } from "../models/list-query";
import { searchPage } from "../models/search-page.server";
import { CATEGORIES, DOMAINS, type Category, type Domain } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { describeQueryProblem } from "../utils/list-loader.server";
import { getRequestMessages } from "../utils/locale.server";

const TYPES = ["all", "scenario", "capability"] as const;
type SearchState = {
  q: string | null;
  type: (typeof TYPES)[number];
  category: Category | null;
  domain: Domain | null;
  page: number;
  pageSize: number;
  /** The query as typed only, not read with a slip put right. */
  typed: boolean;
};

const EXAMPLES = ["全景相机", "数字人", "无人机巡查", "景区夜游沉浸式体验", "8K直播", "AIGC"];

export async function loader({ request }: LoaderFunctionArgs) {
  const read = new ParamReader(new URL(request.url).searchParams);
  const state: SearchState = {
    q: read.text("q", MAX_QUERY_LENGTH),
    type: read.oneOf("type", TYPES) ?? "all",
    category: read.oneOf("category", CATEGORIES),
    domain: read.oneOf("domain", DOMAINS),
    page: read.positiveInt("page", 1),
    pageSize: read.positiveInt("pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    typed: read.oneOf("typed", ["1"] as const) === "1",
  };
  if (read.problem) {
    throw data({ message: describeQueryProblem(await getRequestMessages(request), read.problem) }, { status: 400 });
  }
  return { state, result: state.q ? searchPage({ ...state, q: state.q }) : null };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFromMatches(matches);
  const q = data?.state.q;
  return [
    { title: q ? `${q} · ${t.search.title} · ${t.site.name}` : `${t.search.title} · ${t.site.name}` },
    { name: "description", content: t.search.intro },
    { name: "robots", content: "noindex" },
  ];
};

function searchHref(state: SearchState, change: Partial<SearchState>) {
  const next = { ...state, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.type !== "all") params.set("type", next.type);
  if (next.category) params.set("category", next.category);
  if (next.domain) params.set("domain", next.domain);
  if (next.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(next.pageSize));
  if (next.page > 1) params.set("page", String(next.page));
  if (next.typed) params.set("typed", "1");
  return `/search?${params}`;
}

export default function Search() {
  const { state, result } = useLoaderData<typeof loader>();
  const t = useMessages();
  const submit = useSubmit();
  const navigation = useNavigation();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const updating = navigation.state === "loading" && navigation.location?.pathname === "/search";

  // With JavaScript the results follow the typing (debounced) and the URL follows the results.
  function onInput(form: HTMLFormElement) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 300);
  }

  const typeTabs = TYPES.map((type) => ({
    type,
    label: type === "all" ? t.search.all : t.kinds[type],
    count: result ? (type === "all" ? result.facets.type.scenario + result.facets.type.capability : result.facets.type[type]) : null,
  }));

  return (
    <>
      <header className="page-head">
        <h1>{t.search.heading}</h1>
        <p className="lead">{t.search.intro}</p>
      </header>
      <Form method="get" action="/search" role="search" aria-label={t.search.label} className="search-form" onChange={(e) => onInput(e.currentTarget)}>
        <label htmlFor="search-q">{t.search.label}</label>
        <div className="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={state.q ?? ""}
            placeholder={t.search.placeholder}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
          />
          {state.type !== "all" ? <input type="hidden" name="type" value={state.type} /> : null}
          {state.category ? <input type="hidden" name="category" value={state.category} /> : null}
          {state.domain ? <input type="hidden" name="domain" value={state.domain} /> : null}
          <button type="submit" className="button">
            {t.search.button}
          </button>
        </div>
      </Form>
      <p className="search-status" aria-live="polite">
        {updating ? t.search.updating : ""}
      </p>

      {!state.q || !result ? (
        <p className="examples">
          {t.search.examples}{" "}
          {EXAMPLES.map((q, i) => (
            <span key={q}>
              {i > 0 ? " · " : null}
              <Link to={searchHref(state, { q })}>{q}</Link>
            </span>
          ))}
        </p>
      ) : (
        <>
          <nav className="type-tabs" aria-label={t.search.type}>
            {typeTabs.map((tab) => (
              <Link
                key={tab.type}
                to={searchHref(state, { type: tab.type })}
                aria-current={state.type === tab.type ? "page" : undefined}
              >
                {tab.label} <span className="count">{tab.count}</span>
              </Link>
            ))}
          </nav>
          <div className="list-layout">
            <section className="filters facets" aria-labelledby="facets-title">
              <h2 id="facets-title">{t.list.filters}</h2>
              <h3>{t.search.facetCategory}</h3>
              <ul>
                <li>
                  <Link to={searchHref(state, { category: null })} aria-current={!state.category ? "true" : undefined}>
                    {t.search.anyCategory}
                  </Link>
                </li>
                {CATEGORIES.filter((c) => result.facets.category[c] || state.category === c).map((c) => (
                  <li key={c}>
                    <Link to={searchHref(state, { category: c })} aria-current={state.category === c ? "true" : undefined}>
                      {t.vocab.category[c]} <span className="count">{result.facets.category[c] ?? 0}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              <h3>{t.search.facetDomain}</h3>
              <ul>
                <li>
                  <Link to={searchHref(state, { domain: null })} aria-current={!state.domain ? "true" : undefined}>
                    {t.search.anyDomain}
                  </Link>
                </li>
                {DOMAINS.filter((d) => result.facets.domain[d] || state.domain === d).map((d) => (
                  <li key={d}>
                    <Link to={searchHref(state, { domain: d })} aria-current={state.domain === d ? "true" : undefined}>
                      {t.vocab.domain[d]} <span className="count">{result.facets.domain[d] ?? 0}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <section className="results" aria-labelledby="results-title">
              <h2 id="results-title" className="results-count">
                {t.search.results(result.total, result.readAs ?? state.q)}
              </h2>
              {result.readAs ? (
                <p className="read-as">
                  {result.typedFound ? t.search.readAsInstead(state.q, result.readAs) : t.search.readAs(state.q, result.readAs)}
                  {result.typedFound ? (
                    <>
                      {" "}
                      <Link to={searchHref(state, { typed: true })}>{t.search.searchAsTyped(state.q)}</Link>
                    </>
                  ) : null}
                </p>
              ) : null}
              {result.items.length === 0 ? (
                <div className="empty">
                  <p>{t.search.empty(state.q)}</p>
                  {result.missing.length ? <p className="missing-words">{t.search.missing(result.missing)}</p> : null}
                  <p>{t.search.emptyHints}</p>
                  <p>
                    <Link to="/scenarios">{t.home.browseScenarios}</Link> · <Link to="/capabilities">{t.home.browseCapabilities}</Link>
                  </p>
                  {/* Nothing on the board at all (not a filter's doing): the need or offer can be posted. */}
                  {!state.category && !state.domain ? (
                    <p className="post-prompt">
                      {t.search.postPrompt}{" "}
                      <Link to={`/scenarios/new?${new URLSearchParams({ title: state.q })}`}>{t.search.postScenario}</Link> ·{" "}
                      <Link to={`/capabilities/new?${new URLSearchParams({ title: state.q })}`}>{t.search.postCapability}</Link>
                    </p>
                  ) : null}
                </div>
              ) : (
                <ol className="cards">
                  {result.items.map((item) => (
                    <li key={`${item.kind}:${item.code}`}>
                      <article className="card" aria-labelledby={`r-${item.kind}-${item.code}`}>
                        <p className="card-meta">
                          <span className={`badge badge-kind-${item.kind}`}>{t.kinds[item.kind]}</span>
                          <span className="code">{item.code}</span>
                          <span className="badge badge-category">{t.vocab.category[item.category as Category]}</span>
                          {item.expired ? <span className="badge badge-expired">{t.listing.expired}</span> : null}
                          {item.demo ? <span className="badge badge-demo">{t.site.demoBadge}</span> : null}
                        </p>
                        <h3 className="card-title" id={`r-${item.kind}-${item.code}`}>
                          <Link to={`/${item.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(item.code)}`}>
                            <Highlighted segments={item.title} />
                          </Link>
                        </h3>
                        <p className="card-who">{item.who}</p>
                        {item.answers ? (
                          <p className="card-answers">
                            {item.kind === "capability" ? t.search.answersScenario : t.search.answersCapability}{" "}
                            <Link to={`/${item.answers.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(item.answers.code)}`}>
                              {item.answers.title}
                            </Link>
                          </p>
                        ) : null}
                        <p className="card-text">
                          <Highlighted segments={item.snippet} />
                        </p>
                        <p className="card-foot">
                          <span>
                            {t.listing.domains}：{item.domains.map((d) => t.vocab.domain[d as Domain] ?? d).join(" · ")}
                          </span>
                        </p>
                      </article>
                    </li>
                  ))}
                </ol>
              )}
              <Pagination
                page={state.page}
                pageSize={state.pageSize}
                total={result.total}
                href={(page) => searchHref(state, { page })}
              />
            </section>
          </div>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
