// Posting a new capability: the public form; the entry waits for review.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SubmitPage, submitMeta } from "../components/submit-page";
import { prefilledTitle, submitAction } from "../utils/submit-action.server";

export const meta = submitMeta("capability");

// The title may come filled in from a search that found nothing (?title=…).
export function loader({ request }: LoaderFunctionArgs) {
  return { title: prefilledTitle(request) };
}

export function action({ request }: ActionFunctionArgs) {
  return submitAction("capability", request);
}

export default function NewCapability() {
  const { title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <SubmitPage kind="capability" lastResult={actionData?.result} title={title} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
