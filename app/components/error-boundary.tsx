// The error page every route shows: 404, bad request, or a server error without its details.
import { Link, isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useMessages } from "../utils/i18n";

export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useMessages();
  const root = useRouteLoaderData("root") as { requestId?: string | null } | undefined;
  let title = t.errors.serverErrorTitle;
  let detail = t.errors.serverError;
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const message =
      typeof error.data === "object" && error.data && "message" in error.data
        ? String((error.data as { message: unknown }).message)
        : null;
    if (error.status === 404) {
      title = t.errors.notFoundTitle;
      detail = message ?? t.errors.notFound;
    } else if (error.status === 413) {
      title = t.form.guard.tooLargeTitle;
      detail = t.form.guard.tooLarge;
    } else if (error.status === 400) {
      title = t.errors.badRequestTitle;
      detail = message ?? title;
    }
  }
  // Server errors are logged with their stack by handleError (entry.server); the visitor never sees it.
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{detail}</p>
      {status >= 500 && root?.requestId ? (
        <p className="request-id">
          {t.errors.requestId} <code>{root.requestId}</code>
        </p>
      ) : null}
      <p>
        <Link to="/">{t.errors.goHome}</Link>
      </p>
    </section>
  );
}
