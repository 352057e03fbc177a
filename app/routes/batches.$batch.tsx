// /batches/首批: a batch as the printed list would look — numbered tables of both lists by segment.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
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

/** One list of the batch: a numbered table per segment; the columns that differ come as functions. */
function BatchSection<T extends Scenario | Capability>({
  id,
  heading,
  listings,
  path,
  headers,
  who,
  domains,
  extra,
}: {
  id: string;
  heading: string;
  listings: T[];
  path: "scenarios" | "capabilities";
  headers: [name: string, domains: string, extra: string];
  who: (l: T) => string;
  domains: (l: T) => string;
  extra: (l: T) => ReactNode;
}) {
  const t = useMessages();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} <small>{t.batch.count(listings.length)}</small>
      </h2>
      {grouped(listings).map((g) => (
        <div key={g.category} className="table-wrap" tabIndex={0} role="region" aria-label={t.vocab.category[g.category]}>
          <table className="batch-table">
            <caption>{t.vocab.category[g.category]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.batch.number}</th>
                <th scope="col">{t.listing.code}</th>
                <th scope="col">{headers[0]}</th>
                <th scope="col">{headers[1]}</th>
                <th scope="col">{t.batch.summary}</th>
                <th scope="col">{headers[2]}</th>
                <th scope="col">{t.listing.contact}</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map(({ n, item }) => (
                <tr key={item.code}>
                  <td className="num">{n}</td>
                  <td className="code">
                    <Link to={`/${path}/${encodeURIComponent(item.code)}`}>{item.code}</Link>
                  </td>
                  <td>
                    <strong>{item.title}</strong>
                    <br />
                    {who(item)}
                  </td>
                  <td>{domains(item)}</td>
                  <td className="summary">{item.description}</td>
                  <td>{extra(item)}</td>
                  <td>{contact(item) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
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

      <BatchSection
        id="batch-scenarios"
        heading={t.batch.scenarios}
        listings={scenarios}
        path="scenarios"
        headers={[t.batch.nameAndPublisher, t.listing.domain, t.batch.terms]}
        who={(s) => s.publisher}
        domains={(s) => t.vocab.domain[s.domain]}
        extra={(s) => (
          <>
            {s.budget ?? "—"}
            <br />
            {s.deadline ? (s.expired ? t.listing.deadlineExpired(s.deadline) : s.deadline) : t.listing.noDeadline}
          </>
        )}
      />
      <BatchSection
        id="batch-capabilities"
        heading={t.batch.capabilities}
        listings={capabilities}
        path="capabilities"
        headers={[t.batch.nameAndOrganization, t.listing.domains, t.listing.maturity]}
        who={(c) => c.organization}
        domains={(c) => c.domains.map((d) => t.vocab.domain[d]).join("、")}
        extra={(c) => t.vocab.maturity[c.maturity]}
      />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
