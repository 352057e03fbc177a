// One scenario demand, with every public field.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { InterestPanel } from "../components/interest-panel";
import { MatchPanel } from "../components/match-panel";
import { ScenarioDetail } from "../components/listing-detail";
import { getScenario } from "../models/listing.server";
import { interestCount } from "../models/interest.server";
import { matchPanel } from "../models/search-page.server";
import { db } from "../utils/db.server";
import { messagesFromMatches } from "../utils/i18n";
import { interestAction } from "../utils/interest-action.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const scenario = getScenario(code);
  if (!scenario) {
    const t = await getRequestMessages(request);
    throw data({ message: t.errors.listingNotFound(code) }, { status: 404 });
  }
  return {
    scenario,
    matches: matchPanel("scenario", code),
    interests: interestCount(db, "scenario", code),
    interestSent: new URL(request.url).searchParams.get("interest") === "sent",
  };
}

export function action({ request, params }: ActionFunctionArgs) {
  return interestAction("scenario", params.code ?? "", request);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFromMatches(matches);
  if (!data) return [{ title: `${t.errors.notFoundTitle} · ${t.site.name}` }];
  const { scenario } = data;
  return [
    { title: `${scenario.title} · ${t.kinds.scenario} ${scenario.code} · ${t.site.name}` },
    { name: "description", content: t.meta.scenarioDescription(scenario.publisher, scenario.title) },
  ];
};

export default function ScenarioPage() {
  const { scenario, matches, interests, interestSent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <ScenarioDetail scenario={scenario} />
      <MatchPanel kind="scenario" matches={matches} />
      <InterestPanel count={interests} sent={interestSent} lastResult={actionData?.result} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
