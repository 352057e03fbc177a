// Reviewing one listing: shown as it is (or will be) published, with approve, reject with a
// reason, edit, close; its 对接意向 and its history from the audit log.
import type { SubmissionResult } from "@conform-to/react";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuditTable } from "../components/audit-table";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { StatusRows } from "../components/listing-status";
import { FormProblems, TextArea } from "../components/form-fields";
import { InterestList } from "../components/interest-list";
import { ListingPreview } from "../components/listing-detail";
import { ListingForm, useFormSchemas } from "../components/listing-form";
import { interestsFor } from "../models/interest.server";
import {
  approveListing,
  auditEntries,
  closeListing,
  editListing,
  getManaged,
  rejectListing,
  type Outcome,
  type Values,
} from "../models/moderation.server";
import { formSchemas } from "../models/submission-schema";
import { KINDS, type Kind } from "../models/vocabulary";
import { adminListingPath } from "../utils/admin-paths";
import { requireAdmin } from "../utils/admin-session.server";
import { todayInShanghai } from "../utils/dates";
import { db } from "../utils/db.server";
import { readForm } from "../utils/form-body.server";
import { parseForm } from "../utils/form-submission.server";
import { useMessages } from "../utils/i18n";
import { getRequestMessages } from "../utils/locale.server";

const INTENTS = ["approve", "reject", "close", "edit"] as const;
type Intent = (typeof INTENTS)[number];

async function target(request: Request, params: { kind?: string; code?: string }) {
  const t = await getRequestMessages(request);
  const kind = params.kind as Kind;
  const code = params.code ?? "";
  const item = (KINDS as readonly string[]).includes(kind) ? getManaged(db, kind, code) : null;
  if (!item) throw data({ message: t.errors.listingNotFound(code) }, { status: 404 });
  return { t, kind, code, item };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { kind, code, item } = await target(request, params);
  const done = new URL(request.url).searchParams.get("done");
  return {
    item,
    interests: interestsFor(db, kind, code),
    history: auditEntries(db, { kind, code }),
    done: (INTENTS as readonly string[]).includes(done ?? "") ? (done as Intent) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const { t, kind, code } = await target(request, params);
  const intent = new URL(request.url).searchParams.get("intent") as Intent | null;
  const schemas = formSchemas(t.form, { mode: "moderate", today: todayInShanghai() });
  let outcome: Outcome;
  if (intent === "approve") {
    await readForm(request);
    outcome = approveListing(db, admin.email, kind, code);
  } else if (intent === "reject") {
    const parsed = await parseForm(request, schemas.reason, t, { honeypot: false });
    if (!parsed.ok) return data({ intent, result: parsed.result }, { status: parsed.status });
    outcome = rejectListing(db, admin.email, kind, code, parsed.value.reason);
  } else if (intent === "close") {
    const parsed = await parseForm(request, schemas.closeNote, t, { honeypot: false });
    if (!parsed.ok) return data({ intent, result: parsed.result }, { status: parsed.status });
    outcome = closeListing(db, admin.email, kind, code, parsed.value.reason);
  } else if (intent === "edit") {
    const parsed = await parseForm(request, kind === "scenario" ? schemas.scenario : schemas.capability, t, { honeypot: false });
    if (!parsed.ok) return data({ intent, result: parsed.result }, { status: parsed.status });
    outcome = editListing(db, admin.email, kind, code, parsed.value as Values<typeof kind>);
  } else {
    throw data({ message: t.admin.notAllowed }, { status: 400 });
  }
  if (!outcome.ok) return data({ intent, result: null as SubmissionResult<string[]> | null, notAllowed: true }, { status: 409 });
  return redirect(`${adminListingPath(kind, code)}?done=${intent}`, 303);
}

function ReasonForm({ intent, label, submit, required, lastResult }: { intent: "reject" | "close"; label: string; submit: string; required: boolean; lastResult?: SubmissionResult<string[]> | null }) {
  const schemas = useFormSchemas("moderate");
  const schema = intent === "reject" ? schemas.reason : schemas.closeNote;
  const [form, fields] = useForm({
    id: `${intent}-form`,
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <Form method="post" action={`?intent=${intent}`} {...getFormProps(form)} className="reason-form">
      <FormProblems form={form as never} />
      <TextArea field={fields.reason} label={label} required={required} rows={3} />
      <button type="submit" className="button button-danger">
        {submit}
      </button>
    </Form>
  );
}

export default function ReviewListing() {
  const { item, interests, history, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages();
  const { listing } = item;
  const status = listing.status;
  const resultFor = (intent: Intent) => (actionData && actionData.intent === intent ? actionData.result : null);
  const publicPath = `/${item.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(listing.code)}`;
  const notices: Record<Intent, string> = {
    approve: t.admin.approved(listing.code),
    reject: t.admin.rejected(listing.code),
    close: t.admin.closed(listing.code),
    edit: t.admin.saved(listing.code),
  };
  return (
    <article className="review">
      <p className="breadcrumb">
        <Link to="/admin">{t.admin.queue}</Link> · <Link to="/admin/listings">{t.admin.listings}</Link>
      </p>
      {done ? (
        <p className="notice notice-ok" role="status">
          {notices[done]} {status === "published" ? <Link to={publicPath}>{t.manage.viewPublic}</Link> : null}
        </p>
      ) : null}
      {actionData && "notAllowed" in actionData ? <p className="notice notice-error">{t.admin.notAllowed}</p> : null}
      <dl className="dl manage-status">
        <StatusRows status={status} note={item.moderationNote} />
      </dl>
      {status === "pending" ? (
        <section className="review-actions" aria-label={t.admin.open}>
          <Form method="post" action="?intent=approve">
            <button type="submit" className="button">
              {t.admin.approve}
            </button>
          </Form>
          <ReasonForm intent="reject" label={t.admin.rejectReason} submit={t.admin.reject} required lastResult={resultFor("reject")} />
        </section>
      ) : null}
      {status === "published" ? (
        <section className="review-actions" aria-label={t.admin.close}>
          <ReasonForm intent="close" label={t.admin.closeReason} submit={t.admin.close} required={false} lastResult={resultFor("close")} />
        </section>
      ) : null}
      <section aria-labelledby="preview-title" className="preview">
        <h2 id="preview-title">{t.manage.preview}</h2>
        <ListingPreview item={item} />
      </section>
      <section aria-labelledby="interests-title">
        <h2 id="interests-title">{t.admin.interests}</h2>
        <InterestList interests={interests} empty={t.manage.noInterests} />
      </section>
      {status === "pending" || status === "published" ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">{t.manage.edit}</h2>
          <ListingForm
            kind={item.kind}
            mode="moderate"
            action="?intent=edit"
            lastResult={resultFor("edit")}
            defaultValue={listing as unknown as Record<string, unknown>}
            submitLabel={t.admin.edit}
            honeypot={false}
          />
        </section>
      ) : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t.admin.audit}</h2>
        <AuditTable entries={history} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
