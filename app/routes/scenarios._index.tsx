// The scenario demand list: filters and pages held in the URL.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ListPage, listMeta } from "../components/list-page";
import { listPageData } from "../utils/list-loader.server";

export function loader({ request }: LoaderFunctionArgs) {
  return listPageData("scenario", request);
}

export const meta = listMeta("scenario");

export default function Scenarios() {
  const { query, page } = useLoaderData<typeof loader>();
  return <ListPage kind="scenario" query={query} page={page} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
