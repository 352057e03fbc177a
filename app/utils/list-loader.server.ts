// What a list page and its JSON twin both do with a request: parse the filters, fetch the page.
import { data } from "@remix-run/node";
import { listListings, type ListingOf, type Page } from "../models/listing.server";
import { parseListQuery, type ListQuery, type ListQueryProblem } from "../models/list-query";
import type { Kind } from "../models/vocabulary";
import type { Messages } from "../locales/zh-CN";
import { getRequestMessages } from "./locale.server";

export function describeQueryProblem(t: Messages, p: ListQueryProblem): string {
  switch (p.kind) {
    case "repeated":
      return t.errors.param.repeated(p.param);
    case "tooLong":
      return t.errors.param.tooLong(p.param, p.max);
    case "notAllowed":
      return t.errors.param.notAllowed(p.param, p.value, p.allowed);
    case "notPositiveInteger":
      return t.errors.param.notPositiveInteger(p.param, p.value);
    case "tooLarge":
      return t.errors.param.tooLarge(p.param, p.value, p.max);
  }
}

export type ListLoad<K extends Kind> =
  | { ok: true; query: ListQuery; page: Page<ListingOf<K>> }
  | { ok: false; message: string };

export function loadList<K extends Kind>(kind: K, url: URL, t: Messages): ListLoad<K> {
  const parsed = parseListQuery(kind, url.searchParams);
  if (!parsed.ok) return { ok: false, message: describeQueryProblem(t, parsed.problem) };
  return { ok: true, query: parsed.query, page: listListings(kind, parsed.query) };
}

/** The loader of a list page: its filters and page, or a 400 page naming the bad parameter. */
export async function listPageData<K extends Kind>(kind: K, request: Request) {
  const result = loadList(kind, new URL(request.url), await getRequestMessages(request));
  if (!result.ok) throw data({ message: result.message }, { status: 400 });
  return { query: result.query, page: result.page };
}
