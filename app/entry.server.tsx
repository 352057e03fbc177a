// Server rendering: the page streamed once it is complete, cleaned of React 18's stray NUL bytes.
//
// React 18.3's streaming renderer can send the unused zero bytes at the end of its 2 KB buffers
// when a multi-byte character does not fit (react#24985, fixed only in React 19): Chinese pages
// came out with NUL bytes inside words. HTML never holds a NUL byte (the board refuses control
// characters in every text it stores), so they are dropped on the way out. A string render is not
// an option: Remix's single fetch hands the loader data to the browser through a Suspense stream.
import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { sqlite } from "./utils/db.server";
import { NonceProvider } from "./utils/nonce-provider";

const ABORT_DELAY = 5_000;

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The id the server gave this request (X-Request-Id), for logs and error pages. */
    requestId?: string;
    /** This response's Content-Security-Policy nonce (server.js), for Remix's inline scripts. */
    cspNonce?: string;
  }
}

/** Errors of loaders and actions go to the log with their stack; the visitor sees an error page. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  console.error(
    JSON.stringify({
      level: 50,
      time: Date.now(),
      requestId: (context as AppLoadContext).requestId,
      url: request.url,
      msg: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    }),
  );
};

/** Called by server.js when it stops (SIGTERM), after the last request: checkpoints and closes the file. */
export function closeDatabase() {
  if (sqlite.open) sqlite.close();
}

function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        // The board defers no data: waiting for the whole page costs nothing and gives bots and
        // browsers the same complete document.
        onAllReady() {
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Render errors (and a render cut off after ABORT_DELAY) go to the log like loader errors.
          console.error(
            JSON.stringify({
              level: 50,
              time: Date.now(),
              requestId: loadContext.requestId,
              url: request.url,
              msg: `render: ${error instanceof Error ? error.message : String(error)}`,
              stack: error instanceof Error ? error.stack : undefined,
            }),
          );
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
