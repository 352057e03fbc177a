// Posting a new scenario: the public form; the entry waits for review.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SubmitPage, submitMeta } from "../components/submit-page";
import { prefilledTitle, submitAction } from "../utils/submit-action.server";

export const meta = submitMeta("scenario");

// The title may come filled in from a search that found nothing (?title=…).
export function loader({ request }: LoaderFunctionArgs) {
  return { title: prefilledTitle(request) };
}

export function action({ request }: ActionFunctionArgs) {
  return submitAction("scenario", request);
}

export default function NewScenario() {
  const { title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <SubmitPage kind="scenario" lastResult={actionData?.result} title={title} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
