// What every POST passes before it reaches the app: a body-size cap, a same-origin check and a
// per-client rate limit. Each refusal is a small page in the visitor's language (lang cookie).
import { RateLimiterMemory } from "rate-limiter-flexible";

const TEXT = {
  "zh-CN": {
    413: ["提交内容过大", "提交的内容超过了允许的大小。请缩短文字后重试。"],
    403: ["无法接受此提交", "此提交不是从本站页面发出的，已拒绝。请从本站页面重新提交。"],
    429: ["提交过于频繁", (s) => `您提交得太频繁了，请在 ${s} 秒后再试。已填写的内容可用浏览器的“返回”找回。`],
    home: "返回首页",
  },
  en: {
    413: ["Submission too large", "The submission is larger than allowed. Please shorten the text and try again."],
    403: ["Submission refused", "This submission did not come from a page of this board and was refused. Please submit again from the board's page."],
    429: ["Too many submissions", (s) => `You have submitted too often. Please try again in ${s} seconds. Your browser's Back button brings back what you typed.`],
    home: "Home",
  },
};

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function localeOf(req) {
  const cookie = req.headers.cookie ?? "";
  return /(?:^|;\s*)lang=[^;]*en/.test(cookie) && !/(?:^|;\s*)lang=[^;]*zh/.test(cookie) ? "en" : "zh-CN";
}

/** A self-contained page (no scripts; its one style block carries the request's CSP nonce). */
export function refusalPage(req, res, status, seconds) {
  const locale = localeOf(req);
  const t = TEXT[locale];
  const [title, body] = t[status];
  const message = typeof body === "function" ? body(seconds) : body;
  const nonce = res.locals.cspNonce ? ` nonce="${res.locals.cspNonce}"` : "";
  res.status(status).type("html").set("Cache-Control", "no-store");
  res.send(`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${locale === "en" ? "Bao'an New Imaging" : "宝安新质影像"}</title>
<style${nonce}>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1c2430;background:#f3f6f9;margin:0;line-height:1.7}
main{max-width:40rem;margin:4rem auto;background:#fff;border:1px solid #d5dbe3;border-radius:6px;padding:1.5rem 2rem}
.status{color:#a4161a;font-weight:700;font-size:2rem;margin:0}a{color:#0b4a8b}</style></head>
<body><main><p class="status">${status}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p><a href="/">${escapeHtml(t.home)}</a></p>
<p><small>${req.id ? `${locale === "en" ? "Request id" : "请求编号"}: ${escapeHtml(req.id)}` : ""}</small></p></main></body></html>`);
}

/** Same origin: a browser's Origin (or Sec-Fetch-Site) must name this site. Clients that send neither (curl, scripts) cannot carry a visitor's cookies across sites, so they pass. */
export function isSameOrigin(req, siteUrl) {
  const origin = req.get("origin");
  if (origin !== undefined) {
    if (origin === "null") return false;
    let host;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    const allowed = new Set([req.get("host")]);
    if (siteUrl) allowed.add(new URL(siteUrl).host);
    return allowed.has(host);
  }
  const site = req.get("sec-fetch-site");
  return site === undefined || site === "same-origin" || site === "none";
}

/**
 * @param {{ maxBodyBytes: number, maxUploadBytes: number, uploadPaths: string[], points: number, windowSeconds: number, siteUrl?: string }} options
 */
export function postGuards(options) {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  return async function guard(req, res, next) {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const cap = options.uploadPaths.includes(req.path) ? options.maxUploadBytes : options.maxBodyBytes;
    const length = Number(req.get("content-length") ?? 0);
    if (length > cap) {
      res.set("Connection", "close");
      return refusalPage(req, res, 413);
    }
    if (!isSameOrigin(req, options.siteUrl)) return refusalPage(req, res, 403);
    // A moderator clearing a queue posts many times a minute. Every /admin action checks the
    // session before it reads its body, so anyone else is turned away there at no cost; only the
    // sign-in itself, open to all, counts towards the limit.
    if (req.path.startsWith("/admin/") && req.path !== "/admin/login") return next();
    try {
      await limiter.consume(req.ip ?? "unknown");
    } catch (rejection) {
      if (rejection instanceof Error) return next(rejection);
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.set("Retry-After", String(seconds));
      return refusalPage(req, res, 429, seconds);
    }
    next();
  };
}

/**
 * A response sent before its request's body was read to the end — the app's 413 for a chunked
 * body over the cap, or an action that answers early — leaves the rest of that body on the
 * connection. The server reads the next request on a kept-alive connection only after it, so a
 * client reusing the connection would wait for ever. Node throws away a body nobody began to
 * read; this does the same for one that was begun and left (up to `maxBytes` more, then the
 * connection is dropped), so the answer is delivered whole and the connection stays usable.
 * @param {{ maxBytes: number }} options
 */
export function drainLeftBodies(options) {
  return function drain(req, res, next) {
    res.on("finish", () => {
      if (req.complete || req.destroyed) return;
      let left = options.maxBytes;
      req.removeAllListeners("data");
      req.on("data", (chunk) => {
        left -= chunk.length;
        if (left < 0) req.socket.destroy();
      });
      req.resume();
    });
    next();
  };
}
