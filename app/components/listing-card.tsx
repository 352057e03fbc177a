// One listing in a list: title, code, who, segment and domains, a short excerpt.
import { Link } from "@remix-run/react";
import type { Capability, Scenario } from "../models/listing.server";
import { useMessages } from "../utils/i18n";

function excerpt(text: string, max = 90) {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}

export function ScenarioCard({ scenario, linkTo }: { scenario: Scenario; linkTo?: string }) {
  const t = useMessages();
  return (
    <article className="card" aria-labelledby={`s-${scenario.code}`}>
      <p className="card-meta">
        <span className="code">{scenario.code}</span>
        <span className="badge badge-category">{t.vocab.category[scenario.category]}</span>
        <span className="badge badge-domain">{t.vocab.domain[scenario.domain]}</span>
        {scenario.expired ? <span className="badge badge-expired">{t.listing.expired}</span> : null}
        {scenario.demo ? <span className="badge badge-demo">{t.site.demoBadge}</span> : null}
      </p>
      <h3 className="card-title" id={`s-${scenario.code}`}>
        <Link to={linkTo ?? `/scenarios/${encodeURIComponent(scenario.code)}`}>{scenario.title}</Link>
      </h3>
      <p className="card-who">{scenario.publisher}</p>
      <p className="card-text">{excerpt(scenario.description)}</p>
      <p className="card-foot">
        {scenario.deadline ? (
          <span>
            {t.listing.deadline}：{scenario.expired ? t.listing.deadlineExpired(scenario.deadline) : scenario.deadline}
          </span>
        ) : (
          <span>{t.listing.noDeadline}</span>
        )}
        {scenario.budget ? (
          <span>
            {t.listing.budget}：{scenario.budget}
          </span>
        ) : null}
      </p>
    </article>
  );
}

export function CapabilityCard({ capability, linkTo }: { capability: Capability; linkTo?: string }) {
  const t = useMessages();
  return (
    <article className="card" aria-labelledby={`c-${capability.code}`}>
      <p className="card-meta">
        <span className="code">{capability.code}</span>
        <span className="badge badge-category">{t.vocab.category[capability.category]}</span>
        <span className="badge badge-maturity">{t.vocab.maturity[capability.maturity]}</span>
        {capability.demo ? <span className="badge badge-demo">{t.site.demoBadge}</span> : null}
      </p>
      <h3 className="card-title" id={`c-${capability.code}`}>
        <Link to={linkTo ?? `/capabilities/${encodeURIComponent(capability.code)}`}>{capability.title}</Link>
      </h3>
      <p className="card-who">{capability.organization}</p>
      <p className="card-text">{excerpt(capability.description)}</p>
      <p className="card-foot">
        <span>
          {t.listing.domains}：{capability.domains.map((d) => t.vocab.domain[d]).join(" · ")}
        </span>
      </p>
    </article>
  );
}
