// One capability, with every public field.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { InterestPanel } from "../components/interest-panel";
import { MatchPanel } from "../components/match-panel";
import { CapabilityDetail } from "../components/listing-detail";
import { getCapability } from "../models/listing.server";
import { interestCount } from "../models/interest.server";
import { matchPanel } from "../models/search-page.server";
import { db } from "../utils/db.server";
import { messagesFromMatches } from "../utils/i18n";
import { interestAction } from "../utils/interest-action.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const capability = getCapability(code);
  if (!capability) {
    const t = await getRequestMessages(request);
    throw data({ message: t.errors.listingNotFound(code) }, { status: 404 });
  }
  return {
    capability,
    matches: matchPanel("capability", code),
    interests: interestCount(db, "capability", code),
    interestSent: new URL(request.url).searchParams.get("interest") === "sent",
  };
}

export function action({ request, params }: ActionFunctionArgs) {
  return interestAction("capability", params.code ?? "", request);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFromMatches(matches);
  if (!data) return [{ title: `${t.errors.notFoundTitle} · ${t.site.name}` }];
  const { capability } = data;
  return [
    { title: `${capability.title} · ${t.kinds.capability} ${capability.code} · ${t.site.name}` },
    { name: "description", content: t.meta.capabilityDescription(capability.organization, capability.title) },
  ];
};

export default function CapabilityPage() {
  const { capability, matches, interests, interestSent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <CapabilityDetail capability={capability} />
      <MatchPanel kind="capability" matches={matches} />
      <InterestPanel count={interests} sent={interestSent} lastResult={actionData?.result} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
