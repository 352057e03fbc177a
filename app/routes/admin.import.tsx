// Moderators upload the official list file: checked and previewed first, imported on confirmation.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { confirmImport, previewImport } from "../models/import-preview.server";
import { requireAdmin } from "../utils/admin-session.server";
import { db } from "../utils/db.server";
import { env } from "../utils/env.server";
import { readForm } from "../utils/form-body.server";
import { useMessages } from "../utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const counts = done?.split(",").map(Number);
  return { done: counts && counts.length === 4 && counts.every(Number.isInteger) ? counts : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const body = await readForm(request, env.MAX_UPLOAD_BYTES);
  const form = body.formData;
  if (form.get("intent") === "confirm") {
    const result = confirmImport(db, admin.email, String(form.get("id") ?? ""));
    if (result.ok) {
      const c = [result.scenarios.added, result.scenarios.updated, result.capabilities.added, result.capabilities.updated];
      return redirect(`/admin/import?done=${c.join(",")}`, 303);
    }
    return data(
      { preview: null, expired: result.reason === "expired", problems: result.reason === "problems" ? result.problems : null, fileMissing: false },
      { status: result.reason === "expired" ? 410 : 400 },
    );
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return data({ preview: null, expired: false, problems: null, fileMissing: true }, { status: 400 });
  }
  const preview = await previewImport(db, admin.email, Buffer.from(await file.arrayBuffer()), file.name);
  return data({ preview, expired: false, problems: null, fileMissing: false }, { status: preview.ok ? 200 : 400 });
}

export default function AdminImport() {
  const { done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages();
  const i = t.adminImport;
  const preview = actionData?.preview;
  const problems = preview && !preview.ok ? preview.problems : actionData?.problems;
  return (
    <section aria-labelledby="import-title" className="admin-import">
      <h2 id="import-title">{i.title}</h2>
      <p>{i.intro}</p>
      {done ? (
        <p className="notice notice-ok" role="status">
          {i.done(done[0]!, done[1]!, done[2]!, done[3]!)}
        </p>
      ) : null}
      {actionData?.expired ? <p className="notice notice-error">{i.expired}</p> : null}
      <Form method="post" encType="multipart/form-data" className="upload-form">
        <div className={`field${actionData?.fileMissing ? " field-invalid" : ""}`}>
          <label htmlFor="import-file">{i.file}</label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".xlsx,.csv,.json"
            required
            aria-invalid={actionData?.fileMissing || undefined}
            aria-describedby={actionData?.fileMissing ? "import-file-error" : undefined}
          />
          {actionData?.fileMissing ? (
            <ul id="import-file-error" className="field-errors">
              <li>{i.fileMissing}</li>
            </ul>
          ) : null}
        </div>
        <button type="submit" name="intent" value="preview" className="button">
          {i.preview}
        </button>
      </Form>
      {problems?.length ? (
        <div className="form-problems import-problems" role="alert">
          <p>{i.problems(problems.length)}</p>
          <ol>
            {problems.map((p, n) => (
              <li key={n}>{p}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {preview?.ok ? (
        <section className="import-preview" aria-labelledby="preview-title">
          <h3 id="preview-title">{i.previewTitle(preview.fileName)}</h3>
          <p>{i.wouldImport(preview.scenarios.added, preview.scenarios.updated, preview.capabilities.added, preview.capabilities.updated)}</p>
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="id" value={preview.id} />
            <button type="submit" name="intent" value="confirm" className="button">
              {i.confirm}
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
