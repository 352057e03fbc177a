// Posting a new scenario: the public form; the entry waits for review.
import type { ActionFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SubmitPage, submitMeta } from "../components/submit-page";
import { submitAction } from "../utils/submit-action.server";

export const meta = submitMeta("scenario");

export function action({ request }: ActionFunctionArgs) {
  return submitAction("scenario", request);
}

export default function NewScenario() {
  const actionData = useActionData<typeof action>();
  return <SubmitPage kind="scenario" lastResult={actionData?.result} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
