// /stats: the board at a glance — distribution, supply and demand gaps, growth; charts and tables.
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { HeatMap, MonthBars, PairedBars } from "../components/charts";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { interestStats } from "../models/interest.server";
import { boardStats, type GapRow, type Grid } from "../models/stats.server";
import { CATEGORIES, DOMAINS, type Category, type Domain } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";

const SHENZHEN_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", second: "2-digit" });

export async function loader() {
  return { ...(await boardStats()), interests: interestStats() };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.stats.title} · ${t.site.name}` }, { name: "description", content: t.stats.intro }];
};

function GridSection({ id, title, grid, kind }: { id: string; title: string; grid: Grid; kind: "scenario" | "capability" }) {
  const t = useMessages();
  const rows = CATEGORIES.map((c) => ({ key: c, label: t.vocab.category[c] }));
  const columns = DOMAINS.map((d) => ({ key: d, label: t.vocab.domain[d] }));
  return (
    <section aria-labelledby={id} className="stats-section">
      <h2 id={id}>{title}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <HeatMap rows={rows} columns={columns} value={(r, c) => grid[r as Category][c as Domain]} label={t.stats.chartLabel(title)} />
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table className="category-table stats-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stats.segment}</th>
              {DOMAINS.map((d) => (
                <th key={d} scope="col" className="num">
                  {t.vocab.domain[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t.vocab.category[c]}</th>
                {DOMAINS.map((d) => (
                  <td key={d} className="num" data-cell={`${kind}:${c}:${d}`}>
                    {grid[c][d]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GapSection<K extends string>({ id, title, keys, label, rows, name }: { id: string; title: string; keys: readonly K[]; label: (k: K) => string; rows: Record<K, GapRow>; name: string }) {
  const t = useMessages();
  return (
    <section aria-labelledby={id} className="stats-section">
      <h2 id={id}>{title}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <PairedBars
          rows={keys.map((k) => ({ label: label(k), values: [rows[k].scenarios, rows[k].capabilities], inner: [rows[k].unmatchedScenarios, rows[k].unmatchedCapabilities] }))}
          series={[t.stats.scenarios, t.stats.capabilities]}
          label={t.stats.chartLabel(title)}
        />
      </div>
      <table className="category-table stats-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col" className="num">{t.stats.scenarios}</th>
            <th scope="col" className="num">{t.stats.unmatchedScenarios}</th>
            <th scope="col" className="num">{t.stats.capabilities}</th>
            <th scope="col" className="num">{t.stats.unmatchedCapabilities}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{label(k)}</th>
              <td className="num">{rows[k].scenarios}</td>
              <td className="num">{rows[k].unmatchedScenarios}</td>
              <td className="num">{rows[k].capabilities}</td>
              <td className="num">{rows[k].unmatchedCapabilities}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function Stats() {
  const stats = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <article className="stats">
      <header className="page-head">
        <h1>{t.stats.title}</h1>
        <p className="lead">{t.stats.intro}</p>
      </header>
      <GridSection id="grid-scenarios" title={t.stats.gridScenarios} grid={stats.grid.scenarios} kind="scenario" />
      <GridSection id="grid-capabilities" title={t.stats.gridCapabilities} grid={stats.grid.capabilities} kind="capability" />
      <p className="lead">{t.stats.gapsIntro}</p>
      {stats.gapsAsOf ? (
        <p className="field-hint" role="note">
          {t.stats.gapsAsOf(SHENZHEN_TIME.format(new Date(stats.gapsAsOf)))}
        </p>
      ) : null}
      <GapSection id="gaps-category" title={t.stats.gapsByCategory} keys={CATEGORIES} label={(c) => t.vocab.category[c]} rows={stats.byCategory} name={t.stats.segment} />
      <GapSection id="gaps-domain" title={t.stats.gapsByDomain} keys={DOMAINS} label={(d) => t.vocab.domain[d]} rows={stats.byDomain} name={t.stats.domain} />
      <section aria-labelledby="unmatched" className="stats-section">
        <h2 id="unmatched">{t.stats.unmatchedScenariosList}</h2>
        {stats.unmatchedScenarios.length ? (
          <ul>
            {stats.unmatchedScenarios.map((s) => (
              <li key={s.code}>
                <Link to={`/scenarios/${encodeURIComponent(s.code)}`}>{s.title}</Link> <span className="code">{s.code}</span> · {t.vocab.category[s.category]} · {t.vocab.domain[s.domain]}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.stats.none}</p>
        )}
        <h2>{t.stats.unmatchedCapabilitiesList}</h2>
        {stats.unmatchedCapabilities.length ? (
          <ul>
            {stats.unmatchedCapabilities.map((c) => (
              <li key={c.code}>
                <Link to={`/capabilities/${encodeURIComponent(c.code)}`}>{c.title}</Link> <span className="code">{c.code}</span> · {t.vocab.category[c.category]}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.stats.none}</p>
        )}
      </section>
      <section aria-labelledby="interests" className="stats-section">
        <h2 id="interests">{t.stats.interests}</h2>
        <p data-interests-total={stats.interests.total}>{t.stats.interestsIntro(stats.interests.total, stats.interests.listings)}</p>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.stats.interestsByCategory}>
          <PairedBars
            rows={CATEGORIES.map((c) => ({ label: t.vocab.category[c], values: [stats.interests.byCategory[c].scenario, stats.interests.byCategory[c].capability] }))}
            series={[t.stats.scenarios, t.stats.capabilities]}
            label={t.stats.chartLabel(t.stats.interestsByCategory)}
          />
        </div>
        <table className="category-table stats-table">
          <caption className="visually-hidden">{t.stats.interestsByCategory}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stats.segment}</th>
              <th scope="col" className="num">{t.stats.scenarios}</th>
              <th scope="col" className="num">{t.stats.capabilities}</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t.vocab.category[c]}</th>
                <td className="num" data-cell={`interest:scenario:${c}`}>{stats.interests.byCategory[c].scenario}</td>
                <td className="num" data-cell={`interest:capability:${c}`}>{stats.interests.byCategory[c].capability}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {stats.interests.top.length ? (
          <>
            <h3>{t.stats.interestsTop}</h3>
            <table className="category-table stats-table">
              <thead>
                <tr>
                  <th scope="col">{t.stats.listing}</th>
                  <th scope="col">{t.stats.kind}</th>
                  <th scope="col" className="num">{t.stats.interestOrganizations}</th>
                </tr>
              </thead>
              <tbody>
                {stats.interests.top.map((r) => (
                  <tr key={`${r.kind}:${r.code}`}>
                    <th scope="row">
                      <Link to={`/${r.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(r.code)}`}>{r.title}</Link>{" "}
                      <span className="code">{r.code}</span>
                    </th>
                    <td>{r.kind === "scenario" ? t.stats.scenarios : t.stats.capabilities}</td>
                    <td className="num">{r.organizations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>
      <section aria-labelledby="per-month" className="stats-section">
        <h2 id="per-month">{t.stats.perMonth}</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.stats.perMonth}>
          <MonthBars
            months={stats.perMonth.map((m) => ({ label: m.month, values: [m.scenarios, m.capabilities] }))}
            series={[t.stats.scenarios, t.stats.capabilities]}
            label={t.stats.chartLabel(t.stats.perMonth)}
          />
        </div>
        <table className="category-table stats-table">
          <caption className="visually-hidden">{t.stats.perMonth}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stats.month}</th>
              <th scope="col" className="num">{t.stats.scenarios}</th>
              <th scope="col" className="num">{t.stats.capabilities}</th>
            </tr>
          </thead>
          <tbody>
            {stats.perMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td className="num">{m.scenarios}</td>
                <td className="num">{m.capabilities}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
