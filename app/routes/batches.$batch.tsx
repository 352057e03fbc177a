// /batches/首批: a batch as the printed list would look — numbered tables of both lists by segment.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { batchListings, type Capability, type Scenario } from "../models/listing.server";
import { CATEGORIES, type Category } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const batch = params.batch ?? "";
  const listings = batchListings(batch);
  if (!listings.scenarios.length && !listings.capabilities.length) {
    throw data({ message: (await getRequestMessages(request)).batch.notFound(batch) }, { status: 404 });
  }
  return { batch, ...listings };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFromMatches(matches);
  if (!data) return [{ title: `${t.errors.notFoundTitle} · ${t.site.name}` }];
  return [{ title: `${t.batch.title(data.batch)} · ${t.site.name}` }, { name: "description", content: t.batch.description(data.batch) }];
};

/** Listings grouped by segment in the contract's order, numbered through the whole list. */
function grouped<T extends { category: Category }>(items: T[]) {
  let n = 0;
  return CATEGORIES.map((category) => ({
    category,
    rows: items.filter((i) => i.category === category).map((item) => ({ n: ++n, item })),
  })).filter((g) => g.rows.length);
}

function contact(l: Scenario | Capability) {
  return [l.contactName, l.contactPhone, l.contactEmail].filter(Boolean).join(" ");
}

export default function Batch() {
  const { batch, scenarios, capabilities } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <article className="batch-doc">
      <header className="batch-head">
        <h1>{t.batch.title(batch)}</h1>
        {scenarios.some((l) => l.demo) || capabilities.some((l) => l.demo) ? (
          <p className="demo-listing">{t.site.demoNotice}</p>
        ) : null}
        <p className="no-print">{t.batch.print}</p>
      </header>

      <section aria-labelledby="batch-scenarios">
        <h2 id="batch-scenarios">
          {t.batch.scenarios} <small>{t.batch.count(scenarios.length)}</small>
        </h2>
        {grouped(scenarios).map((g) => (
          <div key={g.category} className="table-wrap" tabIndex={0} role="region" aria-label={t.vocab.category[g.category]}>
          <table className="batch-table">
            <caption>{t.vocab.category[g.category]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.batch.number}</th>
                <th scope="col">{t.listing.code}</th>
                <th scope="col">{t.batch.nameAndPublisher}</th>
                <th scope="col">{t.listing.domain}</th>
                <th scope="col">{t.batch.summary}</th>
                <th scope="col">{t.batch.terms}</th>
                <th scope="col">{t.listing.contact}</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map(({ n, item: s }) => (
                <tr key={s.code}>
                  <td className="num">{n}</td>
                  <td className="code">
                    <Link to={`/scenarios/${encodeURIComponent(s.code)}`}>{s.code}</Link>
                  </td>
                  <td>
                    <strong>{s.title}</strong>
                    <br />
                    {s.publisher}
                  </td>
                  <td>{t.vocab.domain[s.domain]}</td>
                  <td className="summary">{s.description}</td>
                  <td>
                    {s.budget ?? "—"}
                    <br />
                    {s.deadline ? (s.expired ? t.listing.deadlineExpired(s.deadline) : s.deadline) : t.listing.noDeadline}
                  </td>
                  <td>{contact(s) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ))}
      </section>

      <section aria-labelledby="batch-capabilities">
        <h2 id="batch-capabilities">
          {t.batch.capabilities} <small>{t.batch.count(capabilities.length)}</small>
        </h2>
        {grouped(capabilities).map((g) => (
          <div key={g.category} className="table-wrap" tabIndex={0} role="region" aria-label={t.vocab.category[g.category]}>
          <table className="batch-table">
            <caption>{t.vocab.category[g.category]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.batch.number}</th>
                <th scope="col">{t.listing.code}</th>
                <th scope="col">{t.batch.nameAndOrganization}</th>
                <th scope="col">{t.listing.domains}</th>
                <th scope="col">{t.batch.summary}</th>
                <th scope="col">{t.listing.maturity}</th>
                <th scope="col">{t.listing.contact}</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map(({ n, item: c }) => (
                <tr key={c.code}>
                  <td className="num">{n}</td>
                  <td className="code">
                    <Link to={`/capabilities/${encodeURIComponent(c.code)}`}>{c.code}</Link>
                  </td>
                  <td>
                    <strong>{c.title}</strong>
                    <br />
                    {c.organization}
                  </td>
                  <td>{c.domains.map((d) => t.vocab.domain[d]).join("、")}</td>
                  <td className="summary">{c.description}</td>
                  <td>{t.vocab.maturity[c.maturity]}</td>
                  <td>{contact(c) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ))}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
