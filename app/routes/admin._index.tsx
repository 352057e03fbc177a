// The moderation queue: every pending entry, oldest first, as its card will look once published.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { CapabilityCard, ScenarioCard } from "../components/listing-card";
import { moderationQueue } from "../models/moderation.server";
import { adminListingPath } from "../utils/admin-paths";
import { requireAdmin } from "../utils/admin-session.server";
import { db } from "../utils/db.server";
import { useMessages } from "../utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { queue: moderationQueue(db) };
}

export default function Queue() {
  const { queue } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">
        {t.admin.queue} <span className="count">{queue.length}</span>
      </h2>
      {queue.length === 0 ? (
        <p className="empty">{t.admin.queueEmpty}</p>
      ) : (
        <ol className="cards queue">
          {queue.map((item) => (
            <li key={`${item.kind}:${item.listing.code}`} className="queue-item">
              <p className="queue-meta">
                <span className={`badge badge-kind-${item.kind}`}>{item.kind === "scenario" ? t.kinds.scenario : t.kinds.capability}</span>{" "}
                {t.admin.submittedAt} <time dateTime={item.createdAt}>{item.createdAt.slice(0, 16).replace("T", " ")}</time>
              </p>
              {item.kind === "scenario" ? (
                <ScenarioCard scenario={item.listing} linkTo={adminListingPath(item.kind, item.listing.code)} />
              ) : (
                <CapabilityCard capability={item.listing} linkTo={adminListingPath(item.kind, item.listing.code)} />
              )}
              <p>
                <Link className="button" to={adminListingPath(item.kind, item.listing.code)}>
                  {t.admin.open} {item.listing.code}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
