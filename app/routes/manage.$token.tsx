// The submitter's private page, reached by the management link: status, edit while pending,
// withdraw, and the 对接意向 the listing has received. No account; the token is the key.
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { StatusRows } from "../components/listing-status";
import { InterestList } from "../components/interest-list";
import { ListingPreview } from "../components/listing-detail";
import { ListingForm } from "../components/listing-form";
import { interestsFor } from "../models/interest.server";
import { editByToken, findByToken, withdrawByToken, type Values } from "../models/moderation.server";
import { formSchemas } from "../models/submission-schema";
import { todayInShanghai } from "../utils/dates";
import { db } from "../utils/db.server";
import { parseForm } from "../utils/form-submission.server";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { getRequestMessages } from "../utils/locale.server";
import { publicOrigin } from "../utils/origin.server";

// The token is in the URL: never cached, never indexed, the link on the page has rel=noreferrer.
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export const headers: HeadersFunction = () => PRIVATE;

async function find(request: Request, token: string) {
  const item = findByToken(db, token);
  if (!item) {
    const t = await getRequestMessages(request);
    throw data({ message: t.manage.notFound }, { status: 404, headers: PRIVATE });
  }
  return item;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const item = await find(request, token);
  const url = new URL(request.url);
  return data(
    {
      item,
      link: `${publicOrigin(request)}/manage/${token}`,
      interests: interestsFor(db, item.kind, item.listing.code),
      notice: (["new", "saved", "withdrawn"] as const).find((k) => url.searchParams.has(k)) ?? null,
    },
    { headers: PRIVATE },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const item = await find(request, token);
  const t = await getRequestMessages(request);
  const intent = new URL(request.url).searchParams.get("intent");
  if (intent === "withdraw") {
    const outcome = withdrawByToken(db, item.kind, item.listing.code);
    if (!outcome.ok) return data({ result: null, notAllowed: true }, { status: 409, headers: PRIVATE });
    return redirect(`/manage/${token}?withdrawn=1`, { status: 303, headers: PRIVATE });
  }
  const schemas = formSchemas(t.form, { today: todayInShanghai() });
  const parsed = await parseForm(request, item.kind === "scenario" ? schemas.scenario : schemas.capability, t, { honeypot: false });
  if (!parsed.ok) return data({ result: parsed.result }, { status: parsed.status, headers: PRIVATE });
  const outcome = editByToken(db, item.kind, item.listing.code, parsed.value as Values<typeof item.kind>);
  if (!outcome.ok) {
    return data({ result: parsed.reject({}).result, notAllowed: true }, { status: 409, headers: PRIVATE });
  }
  return redirect(`/manage/${token}?saved=1`, { status: 303, headers: PRIVATE });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = messagesFromMatches(matches);
  return [
    { title: `${data ? t.manage.title(data.item.listing.code) : t.errors.notFoundTitle} · ${t.site.name}` },
    { name: "robots", content: "noindex" },
  ];
};

export default function Manage() {
  const { item, link, interests, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages();
  const { listing } = item;
  const publicPath = `/${item.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(listing.code)}`;
  return (
    <article className="manage">
      <header className="page-head">
        <h1>{notice === "new" ? t.manage.createdTitle : t.manage.title(listing.code)}</h1>
        {notice === "new" ? <p className="lead">{t.manage.created(listing.code)}</p> : null}
      </header>
      {actionData && "notAllowed" in actionData ? (
        <p className="notice notice-error" role="alert">
          {t.admin.notAllowed}
        </p>
      ) : null}
      {notice === "saved" ? (
        <p className="notice notice-ok" role="status">
          {t.manage.saved}
        </p>
      ) : null}
      {notice === "withdrawn" ? (
        <p className="notice notice-ok" role="status">
          {t.manage.withdrawn}
        </p>
      ) : null}
      <section className="manage-link" aria-labelledby="link-title">
        <h2 id="link-title">{t.manage.linkLabel}</h2>
        <p>{t.manage.linkIntro}</p>
        <p>
          <a href={link} className="manage-url" rel="noreferrer">
            {link}
          </a>
        </p>
      </section>
      <dl className="dl manage-status">
        <div className="dl-row">
          <dt>{t.listing.code}</dt>
          <dd className="code">{listing.code}</dd>
        </div>
        <StatusRows status={listing.status} note={item.moderationNote} />
      </dl>
      {listing.status === "published" ? (
        <p>
          <Link to={publicPath}>{t.manage.viewPublic}</Link>
        </p>
      ) : null}
      <section className="manage-interests" aria-labelledby="interests-title">
        <h2 id="interests-title">{t.manage.interests}</h2>
        <InterestList interests={interests} empty={t.manage.noInterests} />
      </section>
      <section aria-labelledby="preview-title" className="preview">
        <h2 id="preview-title">{t.manage.preview}</h2>
        <ListingPreview item={item} />
      </section>
      {listing.status === "pending" ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">{t.manage.edit}</h2>
          <ListingForm
            kind={item.kind}
            lastResult={actionData?.result}
            defaultValue={listing as unknown as Record<string, unknown>}
            submitLabel={t.submit.save}
            honeypot={false}
          />
        </section>
      ) : listing.status === "published" ? (
        <p className="field-hint">{t.manage.editOnlyPending}</p>
      ) : null}
      {listing.status === "pending" || listing.status === "published" ? (
        <section aria-labelledby="withdraw-title" className="danger-zone">
          <h2 id="withdraw-title">{t.manage.withdraw}</h2>
          <p>{t.manage.withdrawHint}</p>
          <Form method="post" action="?intent=withdraw">
            <button type="submit" className="button button-danger">
              {t.manage.withdrawConfirm}
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
