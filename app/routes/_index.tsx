// The home page: what the board is, how much it holds by segment, the newest listings.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { CapabilityCard, ScenarioCard } from "../components/listing-card";
import { boardOverview } from "../models/listing.server";
import { CATEGORIES } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";

export function loader(_: LoaderFunctionArgs) {
  return boardOverview();
}

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: t.site.fullName }, { name: "description", content: t.site.description }];
};

export default function Home() {
  const overview = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t.home.title}</h1>
        <p className="lead">{t.home.intro}</p>
        <Form method="get" action="/search" className="hero-search" role="search" aria-label={t.home.searchLabel}>
          <label htmlFor="home-q" className="visually-hidden">
            {t.home.searchLabel}
          </label>
          <input id="home-q" name="q" type="search" placeholder={t.home.searchPlaceholder} maxLength={100} />
          <button type="submit" className="button">
            {t.home.searchButton}
          </button>
        </Form>
        <p>
          <Link to={`/batches/${encodeURIComponent("首批")}`}>{t.home.batchDocument}</Link>
        </p>
        <ul className="stat-tiles">
          <li>
            <Link to="/scenarios" className="stat-tile">
              <strong>{overview.scenarios.total}</strong>
              <span>{t.nav.scenarios}</span>
            </Link>
          </li>
          <li>
            <Link to="/capabilities" className="stat-tile">
              <strong>{overview.capabilities.total}</strong>
              <span>{t.nav.capabilities}</span>
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="by-category" className="home-section">
        <h2 id="by-category">{t.home.byCategory}</h2>
        <div className="table-wrap">
          <table className="category-table">
            <thead>
              <tr>
                <th scope="col">{t.home.categoryHeading}</th>
                <th scope="col" className="num">
                  {t.kinds.scenario}
                </th>
                <th scope="col" className="num">
                  {t.kinds.capability}
                </th>
              </tr>
            </thead>
            <tbody>
              {CATEGORIES.map((c) => (
                <tr key={c}>
                  <th scope="row">{t.vocab.category[c]}</th>
                  <td className="num">
                    <Link to={`/scenarios?category=${encodeURIComponent(c)}`}>
                      {overview.scenarios.byCategory[c] ?? 0}
                    </Link>
                  </td>
                  <td className="num">
                    <Link to={`/capabilities?category=${encodeURIComponent(c)}`}>
                      {overview.capabilities.byCategory[c] ?? 0}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="home-columns">
        <section aria-labelledby="newest-scenarios" className="home-section">
          <h2 id="newest-scenarios">{t.home.newestScenarios}</h2>
          <ol className="cards">
            {overview.newestScenarios.map((s) => (
              <li key={s.code}>
                <ScenarioCard scenario={s} />
              </li>
            ))}
          </ol>
          <p>
            <Link to="/scenarios">{t.home.browseScenarios}</Link>
          </p>
        </section>
        <section aria-labelledby="newest-capabilities" className="home-section">
          <h2 id="newest-capabilities">{t.home.newestCapabilities}</h2>
          <ol className="cards">
            {overview.newestCapabilities.map((c) => (
              <li key={c.code}>
                <CapabilityCard capability={c} />
              </li>
            ))}
          </ol>
          <p>
            <Link to="/capabilities">{t.home.browseCapabilities}</Link>
          </p>
        </section>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
