// One capability, with every public field.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MatchPanel } from "../components/match-panel";
import { CapabilityDetail } from "../components/listing-detail";
import { getCapability } from "../models/listing.server";
import { matchPanel } from "../models/search-page.server";
import { messagesFromMatches } from "../utils/i18n";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const capability = getCapability(code);
  if (!capability) {
    const t = await getRequestMessages(request);
    throw data({ message: t.errors.listingNotFound(code) }, { status: 404 });
  }
  return { capability, matches: matchPanel("capability", code) };
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
  const { capability, matches } = useLoaderData<typeof loader>();
  return (
    <>
      <CapabilityDetail capability={capability} />
      <MatchPanel kind="capability" matches={matches} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
