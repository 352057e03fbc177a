// Server rendering: the whole page rendered to a string, then sent.
//
// Not streamed: React 18.3's streaming renderer can send the unused zero bytes at the end of its
// 2 KB buffers when a multi-byte character does not fit (react#24985, fixed only in React 19),
// which put NUL bytes into Chinese pages. The board defers no data, so streaming gains nothing.
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const html = renderToString(<RemixServer context={remixContext} url={request.url} />);
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}
