// The detail page of one listing, either kind: every public field, labelled in the page's language.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Capability, Scenario } from "../models/listing.server";
import { formatDay, useMessages } from "../utils/i18n";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Tags({ tags }: { tags: string[] }) {
  const t = useMessages();
  if (!tags.length) return <>{t.listing.notGiven}</>;
  return (
    <ul className="tags">
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}

function Contact({ listing }: { listing: Scenario | Capability }) {
  const t = useMessages();
  const { contactName, contactPhone, contactEmail } = listing;
  return (
    <section className="detail-section" aria-labelledby="contact-title">
      <h2 id="contact-title">{t.listing.contact}</h2>
      {contactName || contactPhone || contactEmail ? (
        <dl className="dl">
          {contactName ? <Row label={t.listing.contactName}>{contactName}</Row> : null}
          {contactPhone ? (
            <Row label={t.listing.contactPhone}>
              <a href={`tel:${contactPhone.replace(/[^0-9+]/g, "")}`}>{contactPhone}</a>
            </Row>
          ) : null}
          {contactEmail ? (
            <Row label={t.listing.contactEmail}>
              <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
            </Row>
          ) : null}
        </dl>
      ) : (
        <p>{t.listing.noContact}</p>
      )}
    </section>
  );
}

function Description({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {text.split(/\n+/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </section>
  );
}

export function ScenarioDetail({ scenario, embedded = false }: { scenario: Scenario; embedded?: boolean }) {
  const t = useMessages();
  const Title = embedded ? "h2" : "h1";
  return (
    <article className={embedded ? "detail detail-embedded" : "detail"}>
      <p className="breadcrumb" hidden={embedded}>
        <Link to="/scenarios">{t.listing.backToScenarios}</Link>
      </p>
      <header className="detail-head">
        <p className="card-meta">
          <span className="code">
            {t.listing.code} {scenario.code}
          </span>
          <span className="badge badge-category">{t.vocab.category[scenario.category]}</span>
          <span className="badge badge-domain">{t.vocab.domain[scenario.domain]}</span>
          {scenario.expired ? (
            <span className="badge badge-expired">{t.listing.expired}</span>
          ) : (
            <span className="badge badge-open">{t.listing.open}</span>
          )}
        </p>
        <Title>{scenario.title}</Title>
        <p className="detail-who">{scenario.publisher}</p>
      </header>
      {scenario.demo ? <p className="demo-listing">{t.listing.demoListing}</p> : null}
      {scenario.expired ? (
        <p className="expired-notice" role="status">
          {t.listing.expired}：{scenario.deadline}
        </p>
      ) : null}
      <Description id="description-title" title={t.listing.scenarioDescription} text={scenario.description} />
      <section className="detail-section" aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t.kinds.scenario}
        </h2>
        <dl className="dl">
          <Row label={t.listing.publisher}>{scenario.publisher}</Row>
          <Row label={t.listing.category}>{t.vocab.category[scenario.category]}</Row>
          <Row label={t.listing.domain}>{t.vocab.domain[scenario.domain]}</Row>
          <Row label={t.listing.location}>{scenario.location ?? t.listing.notGiven}</Row>
          <Row label={t.listing.budget}>{scenario.budget ?? t.listing.notGiven}</Row>
          <Row label={t.listing.deadline}>
            {scenario.deadline
              ? scenario.expired
                ? t.listing.deadlineExpired(scenario.deadline)
                : scenario.deadline
              : t.listing.noDeadline}
          </Row>
          <Row label={t.listing.tags}>
            <Tags tags={scenario.tags} />
          </Row>
          <Row label={t.listing.batch}>{scenario.batch ?? t.listing.notGiven}</Row>
          <Row label={t.listing.publishedAt}>{formatDay(scenario.publishedAt)}</Row>
        </dl>
      </section>
      <Contact listing={scenario} />
    </article>
  );
}

export function CapabilityDetail({ capability, embedded = false }: { capability: Capability; embedded?: boolean }) {
  const t = useMessages();
  const Title = embedded ? "h2" : "h1";
  return (
    <article className={embedded ? "detail detail-embedded" : "detail"}>
      <p className="breadcrumb" hidden={embedded}>
        <Link to="/capabilities">{t.listing.backToCapabilities}</Link>
      </p>
      <header className="detail-head">
        <p className="card-meta">
          <span className="code">
            {t.listing.code} {capability.code}
          </span>
          <span className="badge badge-category">{t.vocab.category[capability.category]}</span>
          <span className="badge badge-maturity">{t.vocab.maturity[capability.maturity]}</span>
        </p>
        <Title>{capability.title}</Title>
        <p className="detail-who">{capability.organization}</p>
      </header>
      {capability.demo ? <p className="demo-listing">{t.listing.demoListing}</p> : null}
      <Description id="description-title" title={t.listing.capabilityDescription} text={capability.description} />
      {capability.cases ? <Description id="cases-title" title={t.listing.cases} text={capability.cases} /> : null}
      <section className="detail-section" aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t.kinds.capability}
        </h2>
        <dl className="dl">
          <Row label={t.listing.organization}>{capability.organization}</Row>
          <Row label={t.listing.category}>{t.vocab.category[capability.category]}</Row>
          <Row label={t.listing.domains}>{capability.domains.map((d) => t.vocab.domain[d]).join(" · ")}</Row>
          <Row label={t.listing.maturity}>{t.vocab.maturity[capability.maturity]}</Row>
          <Row label={t.listing.tags}>
            <Tags tags={capability.tags} />
          </Row>
          <Row label={t.listing.batch}>{capability.batch ?? t.listing.notGiven}</Row>
          <Row label={t.listing.publishedAt}>{formatDay(capability.publishedAt)}</Row>
        </dl>
      </section>
      <Contact listing={capability} />
    </article>
  );
}

/** A listing in any status shown as it is, or would be, published (management link, moderation). */
export function ListingPreview({ item }: { item: { kind: "scenario"; listing: Scenario } | { kind: "capability"; listing: Capability } }) {
  return item.kind === "scenario" ? <ScenarioDetail scenario={item.listing} embedded /> : <CapabilityDetail capability={item.listing} embedded />;
}
