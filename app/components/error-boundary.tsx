// The error page every route shows: 404, bad request, or a server error without its details.
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useMessages } from "../utils/i18n";

export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useMessages();
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
    } else if (error.status === 400) {
      title = t.errors.badRequestTitle;
      detail = message ?? title;
    }
  } else if (typeof document === "undefined") {
    // Logged on the server; the visitor never sees the stack.
    console.error(error);
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{detail}</p>
      <p>
        <Link to="/">{t.errors.goHome}</Link>
      </p>
    </section>
  );
}
