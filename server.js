// The board's HTTP server: static assets, then every other request to the Remix app.
import { randomUUID } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import pino from "pino";
import { pinoHttp } from "pino-http";

const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
// One JSON line per request (and per error, with its stack) on standard output.
const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

// Importing the build opens, migrates and (when empty) seeds the database, so a broken
// database stops the server here, before it accepts a request.
const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import("./build/server/index.js");

const app = express();
app.disable("x-powered-by");
app.use(
  pinoHttp({
    logger,
    // A request id for every request, sent back in X-Request-Id and shown on error pages, so a
    // visitor's report can be found in the log.
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
  }),
);
app.use(compression());
app.use((_req, res, next) => {
  res.set({
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
  });
  next();
});

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under /assets, so it can be cached for good.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
}
app.use(express.static("build/client", { maxAge: "1h" }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (req) => ({ requestId: String(req.id) }),
  }),
);

const server = app.listen(port, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`Board listening on http://localhost:${actual}`);
});

function shutdown(signal) {
  console.log(`${signal} received: finishing requests in flight, then stopping`);
  server.close(() => process.exit(0));
  // Idle keep-alive sockets would hold close() open; a hard stop after 10 s at the latest.
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
