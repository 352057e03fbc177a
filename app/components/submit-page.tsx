// The page with a new listing's form, either kind.
import type { SubmissionResult } from "@conform-to/react";
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import type { Kind } from "../models/vocabulary";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { ListingForm } from "./listing-form";

export function submitMeta(kind: Kind): MetaFunction {
  return ({ matches }) => {
    const t = messagesFromMatches(matches);
    const title = kind === "scenario" ? t.submit.scenarioTitle : t.submit.capabilityTitle;
    return [
      { title: `${title} · ${t.site.name}` },
      { name: "description", content: kind === "scenario" ? t.submit.scenarioIntro : t.submit.capabilityIntro },
    ];
  };
}

export function SubmitPage({ kind, lastResult, title }: { kind: Kind; lastResult?: SubmissionResult<string[]> | null; title?: string }) {
  const t = useMessages();
  return (
    <article className="submit-page">
      <nav className="breadcrumb" aria-label={t.nav.label}>
        <Link to={kind === "scenario" ? "/scenarios" : "/capabilities"}>
          {kind === "scenario" ? t.list.scenariosTitle : t.list.capabilitiesTitle}
        </Link>
      </nav>
      <header className="page-head">
        <h1>{kind === "scenario" ? t.submit.scenarioTitle : t.submit.capabilityTitle}</h1>
        <p className="lead">{kind === "scenario" ? t.submit.scenarioIntro : t.submit.capabilityIntro}</p>
      </header>
      <ListingForm kind={kind} lastResult={lastResult} submitLabel={t.submit.submit} defaultValue={title ? { title } : undefined} />
    </article>
  );
}
