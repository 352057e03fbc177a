// Where "发布" leads: choose between posting a scenario demand and a capability.
import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { messagesFromMatches, useMessages } from "../utils/i18n";

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.submit.postCta} · ${t.site.name}` }];
};

export default function Submit() {
  const t = useMessages();
  return (
    <article>
      <header className="page-head">
        <h1>{t.submit.postCta}</h1>
      </header>
      <ul className="choice-list">
        <li className="choice">
          <h2>
            <Link to="/scenarios/new">{t.submit.newScenario}</Link>
          </h2>
          <p>{t.submit.scenarioIntro}</p>
        </li>
        <li className="choice">
          <h2>
            <Link to="/capabilities/new">{t.submit.newCapability}</Link>
          </h2>
          <p>{t.submit.capabilityIntro}</p>
        </li>
      </ul>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
