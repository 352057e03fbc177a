// The audit log: every moderation action and submitter change, newest first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditTable } from "../components/audit-table";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { auditEntries } from "../models/moderation.server";
import { requireAdmin } from "../utils/admin-session.server";
import { db } from "../utils/db.server";
import { useMessages } from "../utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { entries: auditEntries(db, {}, 500) };
}

export default function Audit() {
  const { entries } = useLoaderData<typeof loader>();
  const t = useMessages();
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t.admin.audit}</h2>
      <AuditTable entries={entries} showListing />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
