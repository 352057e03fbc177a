// The board's HTTP server: static assets, then every other request to the Remix app.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import pino from "pino";
import { pinoHttp } from "pino-http";
import { drainLeftBodies, postGuards } from "./server/guards.js";
import { pageCache } from "./server/page-cache.js";

const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
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
// Behind a reverse proxy, TRUST_PROXY (e.g. 1, or "loopback") lets req.ip be the visitor's address.
if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);
// A fresh nonce per response: the only inline scripts allowed are the ones Remix writes with it.
app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": production ? ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`] : ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        // The honeypot's hidden wrapper is the one inline style attribute.
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": production ? ["'self'"] : ["'self'", "ws:"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
      },
    },
    // The board embeds nothing from elsewhere; the defaults that assume HTTPS come from the proxy.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    xFrameOptions: { action: "deny" },
  }),
);
const maxUploadBytes = setting("MAX_UPLOAD_BYTES", 10 * 1024 * 1024);
app.use(drainLeftBodies({ maxBytes: maxUploadBytes }));
// Every POST: body size, same origin, rate limit (RATE_LIMIT_POSTS per RATE_LIMIT_WINDOW_SECONDS).
app.use(
  postGuards({
    maxBodyBytes: setting("MAX_BODY_BYTES", 256 * 1024),
    maxUploadBytes,
    uploadPaths: ["/admin/import"],
    points: setting("RATE_LIMIT_POSTS", 30),
    windowSeconds: setting("RATE_LIMIT_WINDOW_SECONDS", 60),
    siteUrl: process.env.SITE_URL,
  }),
);

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Vite fingerprints everything under /assets, so it can be cached for good.
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
}
// Only addresses that can be files of build/client are looked for there: asking the file system
// about every other request (a stat per page, API call and export) took 9 % of an export's time.
// (Their names are plain ASCII, so the path is compared as it comes, undecoded.)
const clientFiles = new Set(fs.existsSync("build/client") ? fs.readdirSync("build/client") : []);
const serveClient = express.static("build/client", { maxAge: "1h" });
app.use((req, res, next) => (clientFiles.has(req.path.split("/")[1] ?? "") ? serveClient(req, res, next) : next()));

// Rendered public pages until the database changes (production only; PAGE_CACHE=off to measure without).
const pages = pageCache({
  databasePath: process.env.DATABASE_PATH ?? "./data/board.db",
  enabled: production && process.env.PAGE_CACHE !== "off",
});
app.use(pages.middleware);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (req, res) => ({ requestId: String(req.id), cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(port, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  console.log(`Board listening on http://localhost:${actual}`);
});

// Keep idle connections longer than clients and proxies do (undici 4 s, nginx 60 s), so the server
// never closes one just as a client reuses it (a reset request) after a busy moment.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

function shutdown(signal) {
  console.log(`${signal} received: finishing requests in flight, then stopping`);
  server.close(() => {
    pages.close();
    // The app's own database connection (entry.server's closeDatabase), in production builds.
    if (typeof build === "object") build.entry.module.closeDatabase?.();
    process.exit(0);
  });
  // Idle keep-alive sockets would hold close() open; a hard stop after 10 s at the latest.
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
