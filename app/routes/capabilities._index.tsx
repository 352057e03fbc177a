// The capability list: filters and pages held in the URL.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ListPage } from "../components/list-page";
import { listQueryToSearch } from "../models/list-query";
import { messagesFromMatches } from "../utils/i18n";
import { loadList } from "../utils/list-loader.server";
import { getRequestMessages } from "../utils/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const result = loadList("capability", new URL(request.url), await getRequestMessages(request));
  if (!result.ok) throw data({ message: result.message }, { status: 400 });
  return { query: result.query, page: result.page };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = messagesFromMatches(matches);
  const filters = data ? listQueryToSearch({ ...data.query, page: 1, pageSize: 20 }) : "";
  return [
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: t.list.feedTitle(t.list.capabilitiesTitle),
      href: `/feeds/capabilities.atom${filters}`,
    },
    { title: `${t.list.capabilitiesTitle} · ${t.site.name}` },
    { name: "description", content: t.list.capabilitiesIntro },
  ];
};

export default function Capabilities() {
  const { query, page } = useLoaderData<typeof loader>();
  return <ListPage kind="capability" query={query} page={page} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
