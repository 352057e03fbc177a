// The board over HTTP: a real production server on a real, freshly seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS, MATURITIES } from "../../app/models/vocabulary";
import { todayInShanghai } from "../../app/utils/dates";
import { firstBatch, codesOnPage } from "../support/seed";
import { languageCookie, startServer, type TestServer } from "../support/server";

let server: TestServer;
let enCookie: string;

beforeAll(async () => {
  server = await startServer();
  enCookie = await languageCookie(server.url, "en");
});
afterAll(() => server?.stop());

async function get(path: string, cookie?: string) {
  const res = await fetch(server.url + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  return { status: res.status, headers: res.headers, body: await res.text() };
}
async function api(path: string) {
  const res = await fetch(server.url + path);
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

const sortCodes = (codes: string[]) => [...codes].sort();

describe("pages", () => {
  it("serves the home page in Chinese with the counts of the whole first batch and the demo notice", async () => {
    const { status, body } = await get("/");
    expect(status).toBe(200);
    expect(body).toContain('<html lang="zh-CN">');
    expect(body).toContain("示例数据，正式清单发布后导入替换");
    expect(body).toContain(`<strong>${firstBatch.scenarios.length}</strong>`);
    expect(body).toContain(`<strong>${firstBatch.capabilities.length}</strong>`);
    expect(body).toMatch(/<title>宝安新质影像/);
    expect(body).toMatch(/<meta name="description" content="[^"]+"/);
  });

  it("answers 200 for every seeded listing's page in both languages", async () => {
    const pages = [
      ...firstBatch.scenarios.map((s) => ({ path: `/scenarios/${encodeURIComponent(s.code)}`, title: s.title })),
      ...firstBatch.capabilities.map((c) => ({ path: `/capabilities/${encodeURIComponent(c.code)}`, title: c.title })),
    ];
    for (const page of pages) {
      const zh = await get(page.path);
      expect(zh.status, page.path).toBe(200);
      expect(zh.body.includes("\0"), `${page.path} holds a NUL byte`).toBe(false);
      expect(zh.body).toContain(page.title.replace(/&/g, "&amp;"));
      expect(zh.body).toContain('<html lang="zh-CN">');
      expect(zh.body).toContain("示例数据，正式清单发布后导入替换");
      const en = await get(page.path, enCookie);
      expect(en.status, page.path).toBe(200);
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain("Demonstration data");
      expect(en.body).toContain("Segment");
    }
  });

  it("labels vocabulary values in English on English pages while the data stays Chinese", async () => {
    const c = firstBatch.capabilities[0]!;
    const { body } = await get(`/capabilities/${encodeURIComponent(c.code)}`, enCookie);
    const english = { 影像采集: "Capture", 影像处理与AIGC: "Processing &amp; AIGC", 显示与传播: "Display &amp; Distribution", 智能终端: "Smart Devices", 虚拟制作与XR: "Virtual Production &amp; XR", 内容创作与服务: "Content &amp; Services" } as Record<string, string>;
    expect(body).toContain(english[c.category]);
    const data = await api(`/api/capabilities/${encodeURIComponent(c.code)}`);
    expect(data.json.category).toBe(c.category);
  });

  it("says 已截止 plainly on a scenario whose deadline has passed, and not on open ones", async () => {
    const today = todayInShanghai();
    const expired = firstBatch.scenarios.filter((s) => s.deadline && s.deadline < today);
    const open = firstBatch.scenarios.filter((s) => !s.deadline || s.deadline >= today);
    expect(expired.length).toBeGreaterThan(0);
    for (const s of expired) {
      const { body } = await get(`/scenarios/${encodeURIComponent(s.code)}`);
      expect(body, s.code).toContain("已截止");
    }
    const { body } = await get(`/scenarios/${encodeURIComponent(open[0]!.code)}`);
    expect(body).not.toContain("已截止");
    expect(body).toContain("征集中");
  });

  it("gives a real 404 page for unknown codes and URLs, in the visitor's language", async () => {
    const missing = await get("/scenarios/NO-SUCH-CODE");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("没有编号为 NO-SUCH-CODE 的已发布清单项");
    const missingEn = await get("/capabilities/NO-SUCH-CODE", enCookie);
    expect(missingEn.status).toBe(404);
    expect(missingEn.body).toContain("There is no published listing with the code NO-SUCH-CODE");
    const nowhere = await get("/no/such/page");
    expect(nowhere.status).toBe(404);
    expect(nowhere.body).toContain("页面不存在");
  });

  it("answers a bad filter on a list page with 400 and says which parameter is wrong", async () => {
    const bad = await get("/scenarios?category=%E5%BD%B1%E5%83%8F");
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("参数 category 的值“影像”无效");
    const badEn = await get("/capabilities?page=0", enCookie);
    expect(badEn.status).toBe(400);
    expect(badEn.body).toContain("The parameter page must be a positive whole number");
  });

  it("serves the built client files (the favicon, the fingerprinted assets a page links), and a 404 page for a missing one", async () => {
    const favicon = await get("/favicon.svg");
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toContain("image/svg+xml");
    const home = await get("/");
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(home.body)?.[1];
    expect(asset).toBeTruthy();
    const css = await get(asset!);
    expect(css.status).toBe(200);
    expect(css.headers.get("cache-control")).toContain("immutable");
    expect((await get("/favicon-missing.svg")).status).toBe(404);
    expect((await get("/assets/missing.js")).status).toBe(404);
  });

  it("publishes robots.txt and a sitemap of every published listing", async () => {
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.body).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    const sitemap = await get("/sitemap.xml");
    expect(sitemap.headers.get("content-type")).toContain("application/xml");
    for (const s of firstBatch.scenarios) expect(sitemap.body).toContain(`/scenarios/${encodeURIComponent(s.code)}</loc>`);
    for (const c of firstBatch.capabilities) expect(sitemap.body).toContain(`/capabilities/${encodeURIComponent(c.code)}</loc>`);
  });
});

describe("health", () => {
  it("answers 200 with the number of listings searchable when the database and index are ready", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      database: "ok",
      search: "ok",
      listings: firstBatch.scenarios.length + firstBatch.capabilities.length,
    });
  });
});

describe("request log", () => {
  it("writes one JSON line per request with its id, URL, status and time, and returns the id", async () => {
    const res = await fetch(`${server.url}/scenarios?category=${encodeURIComponent("智能终端")}`, { headers: { "X-Request-Id": "test-request-42" } });
    expect(res.headers.get("x-request-id")).toBe("test-request-42");
    await new Promise((r) => setTimeout(r, 100));
    const line = server
      .output()
      .split("\n")
      .find((l) => l.includes('"test-request-42"'));
    expect(line, "a log line for the request").toBeTruthy();
    const entry = JSON.parse(line!);
    expect(entry).toMatchObject({ req: { id: "test-request-42", method: "GET" }, res: { statusCode: 200 } });
    expect(entry.req.url).toContain("/scenarios?category=");
    expect(typeof entry.responseTime).toBe("number");
    const generated = await fetch(`${server.url}/robots.txt`);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("language switch", () => {
  it("sets a cookie and returns to the same page; refuses to redirect off-site", async () => {
    const res = await fetch(`${server.url}/language`, {
      method: "POST",
      body: new URLSearchParams({ lang: "en", redirectTo: "/scenarios?category=智能终端" }),
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get("location")!)).toBe("/scenarios?category=智能终端");
    expect(res.headers.get("set-cookie")).toMatch(/^lang=.*HttpOnly.*SameSite=Lax/i);
    const evil = await fetch(`${server.url}/language`, {
      method: "POST",
      body: new URLSearchParams({ lang: "en", redirectTo: "//evil.example.com/" }),
      redirect: "manual",
    });
    expect(evil.headers.get("location")).toBe("/");
    for (const sneaky of ["/\\evil.example.com", "https://evil.example.com/", "javascript:alert(1)"]) {
      const r = await fetch(`${server.url}/language`, {
        method: "POST",
        body: new URLSearchParams({ lang: "en", redirectTo: sneaky }),
        redirect: "manual",
      });
      expect(r.headers.get("location"), sneaky).toBe("/");
    }
  });
});

describe("filters: the page and the API show the same listings, and only matching ones", () => {
  const scenarioFilters = [
    ...CATEGORIES.map((category) => ({ category })),
    ...DOMAINS.map((domain) => ({ domain })),
    ...CATEGORIES.flatMap((category) => DOMAINS.map((domain) => ({ category, domain }))),
    { status: "open" },
    { status: "expired" },
    ...DOMAINS.map((domain) => ({ domain, status: "open" })),
  ];
  const capabilityFilters = [
    ...CATEGORIES.map((category) => ({ category })),
    ...DOMAINS.map((domain) => ({ domain })),
    ...CATEGORIES.flatMap((category) => DOMAINS.map((domain) => ({ category, domain }))),
    ...MATURITIES.map((maturity) => ({ maturity })),
  ];

  it("scenarios", async () => {
    const today = todayInShanghai();
    for (const filter of scenarioFilters) {
      const search = new URLSearchParams({ ...filter, pageSize: "100" }).toString();
      const expected = firstBatch.scenarios
        .filter(
          (s) =>
            (!("category" in filter) || s.category === filter.category) &&
            (!("domain" in filter) || s.domain === filter.domain) &&
            (!("status" in filter) ||
              (filter.status === "open" ? !s.deadline || s.deadline >= today : !!s.deadline && s.deadline < today)),
        )
        .map((s) => s.code)
        .sort();
      const { json } = await api(`/api/scenarios?${search}`);
      expect(json.items.map((i: { code: string }) => i.code), search).toEqual(expected);
      expect(json.total).toBe(expected.length);
      const page = await get(`/scenarios?${search}`);
      expect(page.status).toBe(200);
      expect(codesOnPage(page.body), search).toEqual(expected);
    }
  });

  it("capabilities", async () => {
    for (const filter of capabilityFilters) {
      const search = new URLSearchParams({ ...filter, pageSize: "100" }).toString();
      const expected = firstBatch.capabilities
        .filter(
          (c) =>
            (!("category" in filter) || c.category === filter.category) &&
            (!("domain" in filter) || c.domains.includes(filter.domain!)) &&
            (!("maturity" in filter) || c.maturity === filter.maturity),
        )
        .map((c) => c.code)
        .sort();
      const { json } = await api(`/api/capabilities?${search}`);
      expect(json.items.map((i: { code: string }) => i.code), search).toEqual(expected);
      const page = await get(`/capabilities?${search}`);
      expect(codesOnPage(page.body), search).toEqual(expected);
    }
  });

  it("pages through a list in code order, the same on the page and in the API", async () => {
    const all = sortCodes(firstBatch.scenarios.map((s) => s.code));
    const seen: string[] = [];
    for (let p = 1; p <= Math.ceil(all.length / 7); p++) {
      const { json } = await api(`/api/scenarios?pageSize=7&page=${p}`);
      expect(json).toMatchObject({ total: all.length, page: p, pageSize: 7 });
      const page = await get(`/scenarios?pageSize=7&page=${p}`);
      expect(codesOnPage(page.body)).toEqual(json.items.map((i: { code: string }) => i.code));
      seen.push(...json.items.map((i: { code: string }) => i.code));
    }
    expect(seen).toEqual(all);
    const beyond = await api(`/api/scenarios?page=999`);
    expect(beyond.json).toMatchObject({ items: [], total: all.length, page: 999 });
  });

  it("uses the default page size of 20 in both", async () => {
    const { json } = await api("/api/capabilities");
    expect(json.pageSize).toBe(20);
    expect(json.items).toHaveLength(Math.min(20, firstBatch.capabilities.length));
    const page = await get("/capabilities");
    expect(codesOnPage(page.body)).toEqual(json.items.map((i: { code: string }) => i.code));
  });
});

describe("JSON API", () => {
  it("returns a listing with its public fields", async () => {
    const s = firstBatch.scenarios[0]!;
    const { status, json, headers } = await api(`/api/scenarios/${encodeURIComponent(s.code)}`);
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBe("*");
    for (const field of ["code", "title", "publisher", "category", "domain", "tags", "description", "batch", "status"]) {
      expect(json, field).toHaveProperty(field);
    }
    expect(json).toMatchObject({ code: s.code, title: s.title, status: "published", batch: "首批", demo: true });
    const c = firstBatch.capabilities[0]!;
    const cap = await api(`/api/capabilities/${encodeURIComponent(c.code)}`);
    expect(cap.json).toMatchObject({ code: c.code, organization: c.organization, domains: c.domains, maturity: c.maturity });
  });

  it("answers 404 with an error for unknown codes and unknown API paths", async () => {
    const missing = await api("/api/capabilities/NOPE");
    expect(missing.status).toBe(404);
    expect(missing.json.error).toContain("NOPE");
    const unknown = await api("/api/nothing-here");
    expect(unknown.status).toBe(404);
    expect(typeof unknown.json.error).toBe("string");
  });

  it("answers bad parameters with 400 and a specific error, never 500", async () => {
    const cases: [string, RegExp][] = [
      ["/api/scenarios?category=bogus", /category.*bogus/],
      ["/api/scenarios?domain=%E5%A4%AA%E7%A9%BA", /domain.*太空/],
      ["/api/capabilities?maturity=x", /maturity/],
      ["/api/scenarios?status=closed", /status/],
      ["/api/scenarios?page=0", /page/],
      ["/api/scenarios?page=-3", /page/],
      ["/api/scenarios?pageSize=101", /pageSize.*100/],
      ["/api/scenarios?pageSize=abc", /pageSize/],
      ["/api/capabilities?category=%E5%BD%B1%E5%83%8F%E9%87%87%E9%9B%86&category=x", /category/],
      [`/api/scenarios?q=${"长".repeat(101)}`, /q/],
    ];
    for (const [path, pattern] of cases) {
      const { status, json } = await api(path);
      expect(status, path).toBe(400);
      expect(json.error, path).toMatch(pattern);
    }
  });
});
