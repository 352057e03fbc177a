// The capability list: filters and pages held in the URL.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ListPage, listMeta } from "../components/list-page";
import { listPageData } from "../utils/list-loader.server";

export function loader({ request }: LoaderFunctionArgs) {
  return listPageData("capability", request);
}

export const meta = listMeta("capability");

export default function Capabilities() {
  const { query, page } = useLoaderData<typeof loader>();
  return <ListPage kind="capability" query={query} page={page} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
