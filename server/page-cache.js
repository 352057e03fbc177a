// Rendered public pages and export files, kept until what they show changes: a repeat visit skips Remix entirely.
//
// A page is remembered by language, address and day (the 已截止 badges change at midnight in
// Shenzhen). Any commit to the database — by this server, an import or a backup restore — moves
// SQLite's data_version, seen here through a connection of our own; then the published listings
// and the 对接意向 count are compared, and if they changed every entry is dropped.
// Each response still gets a fresh CSP nonce: the stored page has its render's nonce swapped for it.
// ETag/304 lets a browser keep its copy while nothing has changed.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { etagMatches } from "./etag.js";
import { PUBLISHED_STATE_SQL } from "./public-state.js";

// Only pages anyone may see; never the private ones (admin, management links) or data endpoints.
const SKIP = /^\/(admin|manage|api|export|feeds|healthz|language|assets)(\/|$)|\.data$|\.(xml|txt|json|atom|csv|xlsx)$/;
// The exports are files made from the published listings alone (not the language, the host or the
// visitor), already compressed by the app when the client takes gzip: kept as sent, per encoding.
const FILES = /^\/export\/[\w.-]+$/;

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });

function headersOf(res, names) {
  const headers = {};
  for (const name of names) {
    const value = res.getHeader(name);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

function localeOf(req) {
  const m = /(?:^|;\s*)lang=([^;]*)/.exec(req.headers.cookie ?? "");
  return m ? decodeURIComponent(m[1]) : "";
}

/**
 * @param {{ databasePath: string, maxBytes?: number, enabled?: boolean }} options
 */
export function pageCache({ databasePath, maxBytes = 64 * 1024 * 1024, enabled = true }) {
  const noop = (_req, _res, next) => next();
  if (!enabled) return { middleware: noop, close: () => {} };
  const watcher = new Database(databasePath, { readonly: true, fileMustExist: true });
  const dataVersion = watcher.prepare("pragma data_version").pluck();
  // Public pages show published listings and the number of 对接意向: a pending submission or a
  // moderator's sign-in changes the database but not them.
  const publicState = watcher.prepare(`${PUBLISHED_STATE_SQL} || ':' || (select count(*) from interests)`).pluck();
  let version = dataVersion.get();
  let state = publicState.get();
  const cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 200 });

  function current() {
    const now = dataVersion.get();
    if (now === version) return;
    version = now;
    const next = publicState.get();
    if (next !== state) {
      state = next;
      cache.clear();
    }
  }

  function middleware(req, res, next) {
    if (req.method !== "GET") return next();
    if (FILES.test(req.path)) return file(req, res, next);
    if (SKIP.test(req.path) || req.headers.cookie?.includes("board_admin=")) return next();
    current();
    const key = `${localeOf(req)}|${dayFormat.format(new Date())}|${req.originalUrl}`;
    const hit = cache.get(key);
    const nonce = res.locals.cspNonce;
    if (hit) {
      res.set(hit.headers);
      res.set("ETag", hit.etag);
      res.set("X-Page-Cache", "hit");
      if (req.headers["if-none-match"] === hit.etag) {
        // The browser's copy carries its own nonce and policy: a new policy would not match it.
        res.removeHeader("Content-Security-Policy");
        return res.status(304).end();
      }
      const body = nonce ? Buffer.from(hit.body.toString("utf8").replaceAll(hit.nonce, nonce)) : hit.body;
      return res.status(200).end(body);
    }
    // A miss: let Remix render, keep a copy of what it sends.
    capture(res, (whole) => {
      if (!String(res.getHeader("Content-Type") ?? "").startsWith("text/html")) return;
      const body = whole();
      const etag = `W/"${createHash("sha1").update(body.toString("utf8").replaceAll(nonce ?? "\u0000", "")).digest("base64url").slice(0, 27)}"`;
      cache.set(key, { body, headers: headersOf(res, ["Content-Type", "Cache-Control", "Vary", "Link"]), etag, nonce });
    });
    res.set("X-Page-Cache", "miss");
    // Browsers may keep a page but ask again each time; the ETag then makes the answer a 304.
    res.set("Cache-Control", "no-cache");
    next();
  }

  // An export: the same bytes and headers the app sent (its own ETag and Content-Encoding), so a
  // crowd downloading a list skips Remix; If-None-Match is answered here as the app would.
  function file(req, res, next) {
    current();
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const key = `file|${gzip ? "gzip" : ""}|${dayFormat.format(new Date())}|${req.originalUrl}`;
    const hit = cache.get(key);
    if (hit) {
      res.set(hit.headers);
      res.set("X-Page-Cache", "hit");
      if (etagMatches(req.headers["if-none-match"], hit.headers.ETag)) return res.status(304).end();
      return res.status(200).end(hit.body);
    }
    capture(res, (whole) => {
      if (!res.getHeader("ETag")) return;
      const names = ["Content-Type", "Content-Disposition", "Content-Encoding", "Access-Control-Allow-Origin", "Cache-Control", "ETag", "Vary"];
      cache.set(key, { body: whole(), headers: headersOf(res, names) });
    });
    res.set("X-Page-Cache", "miss");
    next();
  }

  /**
   * Passes what the app sends on as it comes, and at the end offers the whole body to `keep` —
   * only for a 200 without a cookie, and while the public listings are what they were when the
   * request began.
   */
  function capture(res, keep) {
    const chunks = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const seen = state;
    res.write = (chunk, ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      current();
      if (res.statusCode === 200 && !res.getHeader("Set-Cookie") && seen === state) keep(() => Buffer.concat(chunks));
      return end(chunk, ...rest);
    };
  }

  return { middleware, close: () => watcher.close(), stats: () => ({ entries: cache.size, bytes: cache.calculatedSize }) };
}
