// Every 对接意向 received, newest first, with the private contact details.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { InterestList } from "../components/interest-list";
import { recentInterests } from "../models/interest.server";
import { requireAdmin } from "../utils/admin-session.server";
import { db } from "../utils/db.server";
import { useMessages } from "../utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { interests: recentInterests(db, 500) };
}

export default function Interests() {
  const { interests } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <section aria-labelledby="interests-title">
      <h2 id="interests-title">{t.admin.interests}</h2>
      <InterestList interests={interests} empty={t.interest.none} showListing />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
