// Every URL no other route claims: a real 404 page.
import { data, type MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { messagesFromMatches } from "../utils/i18n";

export function loader() {
  throw data(null, { status: 404 });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.errors.notFoundTitle} · ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
