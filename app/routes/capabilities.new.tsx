// Posting a new capability: the public form; the entry waits for review.
import type { ActionFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SubmitPage, submitMeta } from "../components/submit-page";
import { submitAction } from "../utils/submit-action.server";

export const meta = submitMeta("capability");

export function action({ request }: ActionFunctionArgs) {
  return submitAction("capability", request);
}

export default function NewCapability() {
  const actionData = useActionData<typeof action>();
  return <SubmitPage kind="capability" lastResult={actionData?.result} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
