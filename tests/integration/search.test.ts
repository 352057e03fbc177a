// Search and cross-matching over HTTP: /api/search, the matches API, the /search page and the match
// panels, against a real production server on a freshly seeded SQLite file — including changes made
// to that file from outside the server (another connection, the import command) while it runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import thesaurus from "../../db/seed/thesaurus.json";
import { en } from "../../app/locales/en";
import { CATEGORIES, DOMAINS } from "../../app/models/vocabulary";
import { firstBatch } from "../support/seed";
import {
  facetLinks,
  insertCapability,
  marks,
  matchPanelItems,
  paginationLinks,
  resultCards,
  runImport,
  setStatus,
  statedTotal,
  textOf,
  typeTabs,
  writeDb,
  type ApiHit,
  type MatchHitJson,
} from "../support/search";
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
  const raw = await res.text();
  return { status: res.status, headers: res.headers, raw, body: raw };
}
async function api(path: string, cookie?: string) {
  const res = await fetch(server.url + path, { headers: cookie ? { Cookie: cookie } : {} });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} answered ${res.status} with non-JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, json };
}

const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();
async function search(q: string, params: Record<string, string> = {}): Promise<ApiHit[]> {
  const path = `/api/search?${qs({ q, ...params })}`;
  const { status, json } = await api(path);
  expect(status, path).toBe(200);
  return json.results;
}
const codes = (hits: { code: string }[]) => hits.map((h) => h.code);
const top3 = async (q: string) => codes((await search(q)).slice(0, 3));
const searchPath = (params: Record<string, string>) => `/search?${qs(params)}`;

type SeedListing = Record<string, unknown> & { code: string; title: string; category: string; tags: string[] };
const seedScenarios = new Map(firstBatch.scenarios.map((s) => [s.code, s as unknown as SeedListing]));
const seedCapabilities = new Map(firstBatch.capabilities.map((c) => [c.code, c as unknown as SeedListing]));
const seedOf = (kind: string, code: string) => (kind === "scenario" ? seedScenarios : seedCapabilities).get(code);
const fold = (s: string) => s.normalize("NFKC").toLowerCase();
/** All the words of a seeded listing, as a search would read them. */
function seedText(l: SeedListing): string {
  const fields = [l.title, l.tags.join(" "), l.description, l.publisher, l.organization, l.location, l.cases];
  return fold(fields.filter((f) => typeof f === "string").join("\n"));
}
const allSeedText = [...seedScenarios.values(), ...seedCapabilities.values()].map(seedText);
const domainsOf = (kind: string, l: SeedListing) => (kind === "scenario" ? [l.domain as string] : (l.domains as string[]));

/** Checks the contract's result shape and order, and that each hit is a live published listing of the right type. */
async function expectPublishedHits(q: string, hits: ApiHit[], type: "all" | "scenario" | "capability" = "all") {
  for (const [i, h] of hits.entries()) {
    expect(Object.keys(h).sort(), `${q}: result ${i}`).toEqual(["code", "score", "title", "type"]);
    expect(["scenario", "capability"], q).toContain(h.type);
    if (type !== "all") expect(h.type, `${q} type=${type}`).toBe(type);
    expect(typeof h.score).toBe("number");
    expect(h.score, `${q}: ${h.code}`).toBeGreaterThan(0);
    if (i > 0) expect(h.score, `${q}: scores must not increase (${hits[i - 1]!.code} → ${h.code})`).toBeLessThanOrEqual(hits[i - 1]!.score);
    const detail = await api(`/api/${h.type === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(h.code)}`);
    expect(detail.status, `${q}: ${h.type} ${h.code} has no API detail`).toBe(200);
    expect(detail.json).toMatchObject({ code: h.code, title: h.title, status: "published" });
  }
  expect(new Set(hits.map((h) => `${h.type}:${h.code}`)).size, `${q}: a listing appears twice`).toBe(hits.length);
}

// ---------------------------------------------------------------------------------------------

describe("GET /api/search", () => {
  it("answers { query, results } best first, each result a published listing with an API detail", async () => {
    for (const q of ["全景相机", "直播", "AI", "无人机巡查", "景区夜游沉浸式体验"]) {
      const { status, headers, json } = await api(`/api/search?${qs({ q })}`);
      expect(status, q).toBe(200);
      expect(headers.get("content-type")).toContain("application/json");
      expect(Object.keys(json).sort()).toEqual(["query", "results"]);
      expect(json.query).toBe(q);
      expect(json.results.length, q).toBeGreaterThan(0);
      expect(json.results.length, `${q}: default limit is 20`).toBeLessThanOrEqual(20);
      await expectPublishedHits(q, json.results);
    }
  });

  it("type=scenario / type=capability restrict the results to that kind, and to the same listings as type=all", async () => {
    for (const q of ["全景相机", "直播", "AI", "无人机"]) {
      const all = await search(q, { limit: "100" });
      expect(all.length, q).toBeLessThan(100);
      for (const type of ["scenario", "capability"] as const) {
        const only = await search(q, { type, limit: "100" });
        await expectPublishedHits(q, only, type);
        expect(codes(only).sort(), `${q} type=${type}`).toEqual(codes(all.filter((h) => h.type === type)).sort());
      }
      const explicitAll = await search(q, { type: "all", limit: "100" });
      expect(codes(explicitAll)).toEqual(codes(all));
    }
  });

  it("limit cuts the same ranking: 1, 3 and 100 give its first 1, 3 and all", async () => {
    const q = "直播";
    const full = await search(q, { limit: "100" });
    expect(full.length).toBeGreaterThan(3);
    expect(codes(await search(q, { limit: "1" }))).toEqual(codes(full.slice(0, 1)));
    expect(codes(await search(q, { limit: "3" }))).toEqual(codes(full.slice(0, 3)));
    expect(codes(await search(q))).toEqual(codes(full.slice(0, 20)));
    const scenariosOnly = await search(q, { type: "scenario", limit: "2" });
    expect(scenariosOnly.length).toBeLessThanOrEqual(2);
  });

  it("answers bad parameters with 400 and { error }, never 500", async () => {
    const long = "长".repeat(101);
    const cases: [string, RegExp][] = [
      ["/api/search", /q/],
      ["/api/search?q=", /q/],
      ["/api/search?q=%20%20%20", /q/],
      ["/api/search?type=scenario", /q/],
      [`/api/search?${qs({ q: long })}`, /q.*100/],
      ["/api/search?q=VR&limit=0", /limit/],
      ["/api/search?q=VR&limit=101", /limit.*100/],
      ["/api/search?q=VR&limit=abc", /limit/],
      ["/api/search?q=VR&limit=-5", /limit/],
      ["/api/search?q=VR&limit=2.5", /limit/],
      ["/api/search?q=VR&type=bogus", /type.*bogus/],
      ["/api/search?q=VR&type=Scenario", /type/],
      ["/api/search?q=VR&q=AR", /q/],
    ];
    for (const [path, pattern] of cases) {
      const { status, json, headers } = await api(path);
      expect(status, path).toBe(400);
      expect(headers.get("content-type"), path).toContain("application/json");
      expect(typeof json.error, path).toBe("string");
      expect(json.error, path).toMatch(pattern);
    }
    // 100 characters is allowed.
    expect((await api(`/api/search?${qs({ q: "长".repeat(100) })}`)).status).toBe(200);
    expect((await api(`/api/search?${qs({ q: "VR", limit: "100" })}`)).status).toBe(200);
  });

  it("never answers 500, whatever the text", async () => {
    const odd = ["\u0000", "\u200b", "😀", ".", "+", "c++", "a.+b", "5.1", "[", "\\", "~kuijing", "~", "__proto__", "constructor",
      "的的的的", "我想要", "　", "ℌﬁİ", "()*?{}|^$", "%", "'; drop table capabilities; --", "<b>全景</b>", "全景".repeat(50)];
    for (const q of odd) {
      const res = await fetch(`${server.url}/api/search?${qs({ q })}`);
      expect([200, 400], JSON.stringify(q)).toContain(res.status);
      const json = await res.json();
      if (res.status === 200) expect(Array.isArray(json.results), JSON.stringify(q)).toBe(true);
      const page = await get(searchPath({ q }));
      expect([200, 400], `/search ${JSON.stringify(q)}`).toContain(page.status);
    }
  });
});

describe("Chinese-aware search through the API", () => {
  it("needs no spaces: a need typed as one run of characters finds its listings", async () => {
    expect(await top3("景区夜游沉浸式体验")).toContain("CJ-001");
    const drones = await top3("无人机巡查");
    expect(drones).toContain("CJ-020");
    expect(drones).toContain("NL-010");
    expect(await top3("泳池防溺水")).toContain("NL-041");
  });

  it("finds a word inside a longer one: 全景 finds the listing about 全景相机", async () => {
    expect(seedText(seedCapabilities.get("NL-001")!)).toContain("全景相机");
    expect(await top3("全景")).toContain("NL-001");
    expect(await top3("内窥")).toContain("NL-016");
  });

  it("reads full-width letters and digits as half-width: ＶＲ = VR, ８Ｋ = 8K", async () => {
    expect(await search("ＶＲ")).toEqual(await search("VR"));
    expect(await search("８Ｋ")).toEqual(await search("8K"));
    expect(await top3("８Ｋ")).toContain("NL-025");
    expect((await search("ＶＲ"))[0]!.title).toMatch(/VR/);
  });

  it("ignores case in Latin words: aigc = AIGC = Aigc", async () => {
    const upper = await search("AIGC");
    expect(await search("aigc")).toEqual(upper);
    expect(await search("Aigc")).toEqual(upper);
    expect(await search("ａｉｇｃ")).toEqual(upper);
    expect(await top3("aigc")).toContain("NL-035");
  });

  it("mixes Latin and Chinese in one run: 8K全景直播", async () => {
    // NL-008 is the one listing that offers 8K and 全景直播.
    expect(await top3("8K全景直播")).toContain("NL-008");
  });

  it("reads traditional characters as simplified: 無人機 = 无人机, 內窺鏡 = 内窥镜", async () => {
    expect(await search("無人機")).toEqual(await search("无人机"));
    expect(await top3("無人機")).toContain("NL-010");
    expect(await search("內窺鏡")).toEqual(await search("内窥镜"));
    expect(await top3("內窺鏡")).toContain("NL-016");
  });

  it("forgives a homophone typo: 内窥竟 finds the 内窥镜 listing NL-016", async () => {
    expect(allSeedText.some((t) => t.includes("窥竟"))).toBe(false);
    expect(await top3("内窥竟")).toContain("NL-016");
  });

  it("uses the thesaurus: a word no listing contains finds the listing that has its synonym", async () => {
    const groups = thesaurus.groups as string[][];
    for (const [q, code, synonym] of [
      ["溺亡", "NL-041", "溺水"],
      ["腔镜", "NL-016", "内窥镜"],
    ] as const) {
      // The premise: the two words are one thesaurus group, no listing holds the query's text, the listing holds the synonym.
      expect(groups.some((g) => g.includes(q) && g.some((w) => w.includes(synonym) || synonym.includes(w))), q).toBe(true);
      expect(allSeedText.some((t) => t.includes(q)), `${q} must appear in no listing`).toBe(false);
      expect(seedText(seedOf(code.startsWith("NL") ? "capability" : "scenario", code)!)).toContain(synonym);
      expect(await top3(q), `${q} → ${code}`).toContain(code);
    }
  });

  it("returns nothing for a query nothing on the board answers", async () => {
    for (const q of ["火锅外卖配送", "宠物美容", "二手房贷款利率"]) {
      const { status, json } = await api(`/api/search?${qs({ q })}`);
      expect(status, q).toBe(200);
      expect(json, q).toEqual({ query: q, results: [] });
    }
  });

  it("ignores punctuation and extra spaces: “  全景 , 相机 ” gives the same top result as 全景相机", async () => {
    const plain = await search("全景相机");
    expect(plain.length).toBeGreaterThan(0);
    expect(codes(plain.slice(0, 3))).toContain("NL-001");
    const variants = ["  全景 , 相机 ", "全景，相机！", "全景 相机", "【全景相机】", "  全景相机  "];
    const tops: Record<string, string | undefined> = {};
    for (const q of variants) tops[q] = (await search(q))[0]?.code;
    // All variants at once, so that the message shows which ones differ.
    expect(tops, `top result of each variant; 全景相机 gives ${plain[0]!.code}`).toEqual(Object.fromEntries(variants.map((q) => [q, plain[0]!.code])));
  });
});

// ---------------------------------------------------------------------------------------------

const zhReason = /^(共同关键词：(.+)|同属产业环节：(.+)|应用领域相符：(.+))$/;
const enReason = /^(Shared key terms: (.+)|Same segment: (.+)|Matching application domain: (.+))$/;
const enCategory = (c: string) => en.vocab.category[c as keyof typeof en.vocab.category];
const enDomain = (d: string) => en.vocab.domain[d as keyof typeof en.vocab.domain];

describe("GET /api/{scenarios,capabilities}/CODE/matches", () => {
  it("gives every listing's matches: the other kind only, never itself, scores in (0,1] best first, reasons that are true", async () => {
    const listings = [
      ...firstBatch.scenarios.map((s) => ({ kind: "scenario" as const, code: s.code })),
      ...firstBatch.capabilities.map((c) => ({ kind: "capability" as const, code: c.code })),
    ];
    let nonEmpty = 0;
    for (const { kind, code } of listings) {
      const path = `/api/${kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(code)}/matches`;
      const { status, json, headers } = await api(path);
      expect(status, path).toBe(200);
      expect(headers.get("content-type")).toContain("application/json");
      expect(Object.keys(json).sort(), path).toEqual(["code", "results"]);
      expect(json.code).toBe(code);
      const results = json.results as MatchHitJson[];
      expect(results.length, `${path}: default limit 10`).toBeLessThanOrEqual(10);
      if (results.length) nonEmpty++;
      const other = kind === "scenario" ? "capability" : "scenario";
      const source = seedOf(kind, code)!;
      for (const [i, r] of results.entries()) {
        const where = `${path} → ${r.code}`;
        expect(Object.keys(r).sort(), where).toEqual(["code", "reasons", "score", "title", "type"]);
        expect(r.type, where).toBe(other);
        expect(r.code, where).not.toBe(code);
        const target = seedOf(other, r.code);
        expect(target, `${where}: not a listing of the other kind`).toBeDefined();
        expect(r.title, where).toBe(target!.title);
        expect(r.score, where).toBeGreaterThan(0);
        expect(r.score, where).toBeLessThanOrEqual(1);
        if (i > 0) expect(r.score, `${where}: not best first`).toBeLessThanOrEqual(results[i - 1]!.score);
        expect(Array.isArray(r.reasons) && r.reasons.length > 0, `${where}: no reasons`).toBe(true);
        for (const reason of r.reasons) {
          const m = zhReason.exec(reason);
          expect(m, `${where}: reason “${reason}” is not one of the board's sentences`).not.toBeNull();
          if (m![2]) {
            for (const term of m![2].split("、")) {
              expect(term.trim().length, `${where}: empty term in “${reason}”`).toBeGreaterThan(0);
              expect(seedText(source), `${where}: “${term}” is not in ${code}`).toContain(fold(term));
              expect(seedText(target!), `${where}: “${term}” is not in ${r.code}`).toContain(fold(term));
            }
          }
          if (m![3]) {
            expect(m![3], where).toBe(source.category);
            expect(target!.category, where).toBe(source.category);
          }
          if (m![4]) {
            expect(domainsOf(kind, source), where).toContain(m![4]);
            expect(domainsOf(other, target!), where).toContain(m![4]);
          }
        }
      }
      expect(new Set(codes(results)).size, `${path}: a listing twice`).toBe(results.length);
    }
    // Most listings of the first batch have something that fits.
    expect(nonEmpty).toBeGreaterThan(listings.length / 2);
  });

  it("puts NL-041 first for CJ-029 (泳池防溺水), and CJ-029 first for NL-041", async () => {
    const scenario = await api("/api/scenarios/CJ-029/matches");
    expect(scenario.json.results[0]).toMatchObject({ type: "capability", code: "NL-041", title: "泳池防溺水AI视觉预警系统" });
    expect(scenario.json.results[0].reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^共同关键词：.*溺水/), "同属产业环节：影像处理与AIGC", "应用领域相符：体育赛事"]),
    );
    const capability = await api("/api/capabilities/NL-041/matches");
    expect(capability.json.results[0]).toMatchObject({ type: "scenario", code: "CJ-029" });
  });

  it("writes the reasons in English for a visitor who chose English", async () => {
    for (const path of ["/api/scenarios/CJ-029/matches", "/api/capabilities/NL-001/matches", "/api/scenarios/CJ-002/matches"]) {
      const zh = await api(path);
      const english = await api(path, enCookie);
      expect(codes(english.json.results), path).toEqual(codes(zh.json.results));
      for (const r of english.json.results as MatchHitJson[]) {
        for (const reason of r.reasons) {
          const m = enReason.exec(reason);
          expect(m, `${path} → ${r.code}: “${reason}” is not an English reason`).not.toBeNull();
          expect(reason, path).not.toMatch(/共同关键词|同属产业环节|应用领域相符/);
          if (m![3]) expect(Object.values(en.vocab.category), reason).toContain(m![3]);
          if (m![4]) expect(Object.values(en.vocab.domain), reason).toContain(m![4]);
        }
      }
    }
    const cj029 = await api("/api/scenarios/CJ-029/matches", enCookie);
    expect(cj029.json.results[0].reasons).toEqual(
      expect.arrayContaining([`Same segment: ${enCategory("影像处理与AIGC")}`, `Matching application domain: ${enDomain("体育赛事")}`]),
    );
  });

  it("limit cuts the same ranking; bad limits get 400; unknown codes 404, all as JSON", async () => {
    const full = await api("/api/capabilities/NL-001/matches");
    expect(full.json.results.length).toBeGreaterThan(2);
    const two = await api("/api/capabilities/NL-001/matches?limit=2");
    expect(two.json.results).toEqual(full.json.results.slice(0, 2));
    for (const limit of ["0", "-1", "abc", "1.5", "1000000"]) {
      const path = `/api/scenarios/CJ-029/matches?limit=${limit}`;
      const { status, json } = await api(path);
      expect(status, path).toBe(400);
      expect(json.error, path).toMatch(/limit/);
    }
    const repeated = await api("/api/scenarios/CJ-029/matches?limit=1&limit=2");
    expect(repeated.status).toBe(400);
    for (const path of ["/api/scenarios/NO-SUCH/matches", "/api/capabilities/NO-SUCH/matches", "/api/scenarios/NL-041/matches", "/api/capabilities/CJ-029/matches"]) {
      const { status, json } = await api(path);
      expect(status, path).toBe(404);
      expect(typeof json.error, path).toBe("string");
    }
  });

  it("shows the same matches and reasons in the listing page's panel as the API, in both languages", async () => {
    for (const [kind, code] of [["scenarios", "CJ-029"], ["capabilities", "NL-001"], ["scenarios", "CJ-020"]] as const) {
      for (const cookie of [undefined, enCookie]) {
        const page = await get(`/${kind}/${code}`, cookie);
        expect(page.status).toBe(200);
        const panel = matchPanelItems(page.body);
        const { json } = await api(`/api/${kind}/${code}/matches?limit=${Math.max(panel.length, 1)}`, cookie);
        expect(panel.length, `${code}: the panel shows nothing`).toBeGreaterThan(0);
        expect(panel.map((p) => p.code), code).toEqual(codes(json.results));
        expect(panel.map((p) => p.reasons), code).toEqual(json.results.map((r: MatchHitJson) => r.reasons));
        expect(panel.map((p) => p.title), code).toEqual(json.results.map((r: MatchHitJson) => r.title));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("the /search page", () => {
  it("answers 200 HTML with the results, the matched words in <mark> in titles and snippets", async () => {
    const { status, headers, body } = await get(searchPath({ q: "全景相机" }));
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/html");
    const cards = resultCards(body);
    expect(cards.length).toBeGreaterThan(0);
    expect(statedTotal(body)).toBeGreaterThanOrEqual(cards.length);
    const nl001 = cards.find((c) => c.code === "NL-001");
    expect(nl001, "NL-001 among the results").toBeDefined();
    expect(nl001!.titleHtml).toContain("<mark>全景相机</mark>");
    expect(nl001!.href).toBe("/capabilities/NL-001");
    expect(marks(nl001!.snippetHtml)).toContain("全景相机");
    for (const card of cards) {
      // A card either shows the query's words, or says which hit it answers (found by matching).
      if (card.answers) {
        expect(cards.map((c) => c.href), `${card.code} answers a listing on the page`).toContain(card.answers);
      } else {
        expect(marks(card.titleHtml + card.snippetHtml).length, `${card.code}: nothing marked`).toBeGreaterThan(0);
      }
    }
    // Every card's title, with its marks removed, is the listing's title.
    for (const card of cards) expect(card.title, card.code).toBe(seedOf(card.kind, card.code)!.title);
  });

  it("marks what the query meant: simplified words for a traditional query, the right word for a typo, VR for ＶＲ", async () => {
    const cases: [string, string, string][] = [
      ["無人機", "NL-010", "无人机"],
      ["内窥竟", "NL-016", "内窥镜"],
      ["ＶＲ", "NL-047", "VR"],
      ["aigc", "NL-035", "AIGC"],
    ];
    for (const [q, code, word] of cases) {
      const { body } = await get(searchPath({ q }));
      const card = resultCards(body).find((c) => c.code === code);
      expect(card, `${q}: ${code} on the page`).toBeDefined();
      const marked = marks(card!.titleHtml);
      expect(marked.some((m) => m.includes(word)), `${q}: ${code}'s title marks ${JSON.stringify(marked)}, not ${word}`).toBe(true);
    }
  });

  it("sends clean text: no NUL characters in the HTML", async () => {
    const found: string[] = [];
    for (const path of [searchPath({ q: "全景相机" }), searchPath({ q: "直播", pageSize: "50" }), "/search?q=AI", "/scenarios/CJ-029"]) {
      const { raw } = await get(path);
      const at = raw.indexOf("\u0000");
      if (at >= 0) found.push(`${decodeURIComponent(path)}: NUL at character ${at} of ${raw.length}: ${JSON.stringify(raw.slice(Math.max(0, at - 20), at + 20))}`);
    }
    expect(found, found.join("\n")).toEqual([]);
  });

  it("has type tabs whose counts equal the API's totals and lead to pages with that many results", async () => {
    for (const q of ["全景相机", "直播", "无人机", "AI"]) {
      const { body } = await get(searchPath({ q }));
      const tabs = typeTabs(body);
      expect(tabs.map((t) => t.label), q).toEqual(["全部", "场景需求", "能力"]);
      expect(tabs.filter((t) => t.current).map((t) => t.label)).toEqual(["全部"]);
      const apiAll = await search(q, { limit: "100" });
      const apiScenarios = await search(q, { type: "scenario", limit: "100" });
      const apiCapabilities = await search(q, { type: "capability", limit: "100" });
      expect(apiAll.length, `${q}: too many results for this test`).toBeLessThan(100);
      expect(tabs.map((t) => t.count), q).toEqual([apiAll.length, apiScenarios.length, apiCapabilities.length]);
      expect(statedTotal(body), q).toBe(apiAll.length);
      for (const tab of tabs) {
        const page = await get(tab.href);
        expect(page.status, tab.href).toBe(200);
        expect(statedTotal(page.body), `${q} ${tab.label}: ${tab.href}`).toBe(tab.count);
        const shown = resultCards(page.body);
        if (tab.label !== "全部") for (const c of shown) expect(c.kind, `${tab.href}: ${c.code}`).toBe(tab.label === "场景需求" ? "scenario" : "capability");
        expect(typeTabs(page.body).find((t) => t.current)?.label, tab.href).toBe(tab.label);
      }
    }
  });

  it("has category and domain facets whose counts equal the results their links give", async () => {
    const starts: Record<string, string>[] = [
      { q: "全景相机" },
      { q: "直播" },
      { q: "AI" },
      { q: "直播", type: "capability" },
      { q: "AI", domain: "教育培训" },
      { q: "无人机", category: "影像采集" },
    ];
    for (const start of starts) {
      const { body } = await get(searchPath(start));
      const total = statedTotal(body);
      const facets = facetLinks(body);
      expect(facets.category.length + facets.domain.length, JSON.stringify(start)).toBeGreaterThan(0);
      for (const link of facets.category) expect(CATEGORIES as readonly string[], link.label).toContain(link.label);
      for (const link of facets.domain) expect(DOMAINS as readonly string[], link.label).toContain(link.label);
      // Each listing has one category: without a category chosen, the category counts add up to the total.
      if (!("category" in start)) {
        expect(facets.category.reduce((s, l) => s + l.count, 0), `${JSON.stringify(start)}: category counts vs total`).toBe(total);
      }
      for (const [facet, links] of [["category", facets.category], ["domain", facets.domain]] as const) {
        for (const link of links) {
          const url = new URL(link.href, server.url);
          expect(url.pathname).toBe("/search");
          expect(url.searchParams.get(facet), link.href).toBe(link.label);
          for (const [k, v] of Object.entries(start)) if (k !== facet) expect(url.searchParams.get(k), `${link.href} keeps ${k}`).toBe(v);
          const page = await get(`${url.pathname}${url.search}&pageSize=100`);
          expect(page.status, link.href).toBe(200);
          expect(statedTotal(page.body), `${JSON.stringify(start)} → ${facet} ${link.label} (${link.href})`).toBe(link.count);
          const cards = resultCards(page.body);
          expect(cards.length, link.href).toBe(link.count);
          for (const card of cards) {
            const listing = seedOf(card.kind, card.code)!;
            if (facet === "category") expect(listing.category, `${link.href}: ${card.code}`).toBe(link.label);
            else expect(domainsOf(card.kind, listing), `${link.href}: ${card.code}`).toContain(link.label);
          }
        }
      }
    }
  });

  it("pages through the results 5 at a time, consistent with the total and the API's order", async () => {
    const q = "直播";
    const apiAll = await search(q, { limit: "100" });
    const first = await get(searchPath({ q, pageSize: "5" }));
    const total = statedTotal(first.body);
    expect(total).toBe(apiAll.length);
    expect(total, "needs more than two pages to mean something").toBeGreaterThan(10);
    const last = Math.ceil(total / 5);
    const links = paginationLinks(first.body);
    expect([...links.keys()], "page 1 links to page 2 and the last page").toEqual(expect.arrayContaining([2, last]));
    const seen: string[] = [];
    for (let p = 1; p <= last; p++) {
      const href = p === 1 ? searchPath({ q, pageSize: "5" }) : links.get(p) ?? searchPath({ q, pageSize: "5", page: String(p) });
      const url = new URL(href, server.url);
      expect(url.searchParams.get("pageSize"), href).toBe("5");
      expect(url.searchParams.get("q"), href).toBe(q);
      const page = await get(`${url.pathname}${url.search}`);
      expect(page.status, href).toBe(200);
      expect(statedTotal(page.body), href).toBe(total);
      const shown = resultCards(page.body).map((c) => c.code);
      expect(shown.length, href).toBe(p < last ? 5 : total - 5 * (last - 1));
      seen.push(...shown);
    }
    expect(new Set(seen).size, "a listing on two pages").toBe(seen.length);
    expect(seen).toEqual(codes(apiAll));
    // Past the last page: still a page, with no cards.
    const beyond = await get(searchPath({ q, pageSize: "5", page: String(last + 1) }));
    expect(beyond.status).toBe(200);
    expect(resultCards(beyond.body)).toEqual([]);
  });

  it("says so plainly when nothing answers, in Chinese and in English", async () => {
    const zh = await get(searchPath({ q: "火锅外卖配送" }));
    expect(zh.status).toBe(200);
    expect(resultCards(zh.body)).toEqual([]);
    expect(statedTotal(zh.body)).toBe(0);
    expect(textOf(zh.body)).toContain("没有找到与“火锅外卖配送”相关的清单项。");
    // Which of its words no listing holds in any form (配送 is one, in every set of tests so far).
    expect(textOf(zh.body)).toContain("清单上还没有出现这些词：火锅、外卖、配送。");
    expect(zh.body).not.toContain('class="pagination"');
    const english = await get(searchPath({ q: "宠物美容" }), enCookie);
    expect(english.status).toBe(200);
    expect(textOf(english.body)).toContain("Nothing on the board matches \"宠物美容\".");
    expect(textOf(english.body)).toContain("No listing mentions “美容”."); // 宠物 is on the board
    // Only the words the board lacks are named, not those it holds (汽车, 全景) nor generic ones.
    const sunroof = await get(searchPath({ q: "汽车全景天窗漏水维修" }));
    expect(statedTotal(sunroof.body)).toBe(0);
    expect(textOf(sunroof.body)).toContain("清单上还没有出现这些词：天窗、漏水。");
    // Behind a facet, nothing is named: the words may well be on the board.
    const filtered = await get(searchPath({ q: "内窥镜", domain: "体育赛事" }));
    expect(statedTotal(filtered.body)).toBe(0);
    expect(textOf(filtered.body)).not.toContain("清单上还没有出现这些词");
    expect(statedTotal(english.body)).toBe(0);
  });

  it("offers to post what was not found, with the form's title filled in from the query", async () => {
    const zh = await get(searchPath({ q: "火锅外卖配送" }));
    const links = [...zh.body.matchAll(/<a [^>]*?href="(\/(?:scenarios|capabilities)\/new\?[^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [
      m[1]!.replace(/&amp;/g, "&"),
      m[2],
    ]);
    expect(links).toEqual([
      [`/scenarios/new?${qs({ title: "火锅外卖配送" })}`, "发布为场景需求"],
      [`/capabilities/new?${qs({ title: "火锅外卖配送" })}`, "发布为能力"],
    ]);
    for (const [path] of links) {
      const form = await get(path!);
      expect(form.status).toBe(200);
      expect(form.body).toMatch(/<input[^>]*name="title"[^>]*value="火锅外卖配送"/);
    }
    // Spaces folded, cut at the form's 80 characters; no title, an empty field as before.
    const long = await get(`/scenarios/new?${qs({ title: `  全景  ${"长".repeat(100)}` })}`);
    expect(long.body).toMatch(new RegExp(`<input[^>]*name="title"[^>]*value="全景 ${"长".repeat(77)}"`));
    const plain = await get("/capabilities/new");
    expect(plain.body).not.toMatch(/<input[^>]*name="title"[^>]*value="[^"]/);
    // With results, or empty only because of a filter, nothing is offered.
    expect((await get(searchPath({ q: "全景相机" }))).body).not.toContain("/scenarios/new?");
    const filtered = await get(searchPath({ q: "内窥镜", domain: "体育赛事" }));
    expect(statedTotal(filtered.body)).toBe(0);
    expect(filtered.body).not.toContain("/scenarios/new?");
  });

  it("answers a bad parameter with a 400 page that names it", async () => {
    const cases: [string, string][] = [
      [searchPath({ q: "VR", type: "bogus" }), "type"],
      [searchPath({ q: "VR", category: "影像" }), "category"],
      [searchPath({ q: "VR", domain: "太空" }), "domain"],
      [searchPath({ q: "VR", page: "0" }), "page"],
      [searchPath({ q: "VR", pageSize: "101" }), "pageSize"],
      [searchPath({ q: "长".repeat(101) }), "q"],
    ];
    for (const [path, param] of cases) {
      const { status, body, headers } = await get(path);
      expect(status, path).toBe(400);
      expect(headers.get("content-type"), path).toContain("text/html");
      expect(textOf(body), path).toContain(`参数 ${param}`);
    }
  });

  it("shows a query with HTML in it as text, escaped, in the page and in its title", async () => {
    for (const q of ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "全景<script>alert(1)</script>"]) {
      for (const cookie of [undefined, enCookie]) {
        const { status, body } = await get(searchPath({ q }), cookie);
        expect(status, q).toBe(200);
        expect(body, q).not.toContain("<script>alert(1)");
        expect(body, q).not.toContain("<img src=x");
        expect(body, q).not.toMatch(/<img[^>]*onerror/i);
        const title = /<title>(.*?)<\/title>/s.exec(body)?.[1] ?? "";
        expect(title, q).not.toContain("<");
        expect(textOf(title).startsWith(q), `title “${textOf(title)}”`).toBe(true);
        const heading = /<h2 id="results-title"[^>]*>(.*?)<\/h2>/s.exec(body)?.[1] ?? "";
        expect(textOf(heading), q).toContain(q);
      }
    }
  });

  it("lists the same listings in the same order as /api/search", async () => {
    for (const q of ["全景相机", "直播", "无人机巡查", "AIGC", "内窥竟", "8K全景直播", "数字人", "景区夜游沉浸式体验", "AI"]) {
      const hits = await search(q, { limit: "20" });
      const { body } = await get(searchPath({ q }));
      expect(resultCards(body).map((c) => `${c.kind}:${c.code}`), q).toEqual(hits.map((h) => `${h.type}:${h.code}`));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// These change the database: they run last and put back what they close.

describe("the index follows the database while the server runs", () => {
  async function inSearch(q: string, code: string) {
    return codes(await search(q, { limit: "100" })).includes(code);
  }
  async function onSearchPage(q: string, code: string) {
    const { body } = await get(searchPath({ q, pageSize: "100" }));
    return resultCards(body).some((c) => c.code === code);
  }
  async function matchCodes(path: string) {
    const { status, json } = await api(path);
    expect(status, path).toBe(200);
    return codes(json.results);
  }

  it("drops a closed capability at once from search, matches and the /search page, and brings it back when re-published", async () => {
    expect(await inSearch("防溺水", "NL-041")).toBe(true);
    expect((await matchCodes("/api/scenarios/CJ-029/matches"))[0]).toBe("NL-041");
    expect(await onSearchPage("防溺水", "NL-041")).toBe(true);

    setStatus(server.dbPath, "capability", "NL-041", "closed");
    try {
      expect(await inSearch("防溺水", "NL-041"), "closed NL-041 still in /api/search").toBe(false);
      expect(await inSearch("泳池防溺水AI视觉预警系统", "NL-041")).toBe(false);
      expect(await matchCodes("/api/scenarios/CJ-029/matches"), "closed NL-041 still matched to CJ-029").not.toContain("NL-041");
      expect(await onSearchPage("防溺水", "NL-041"), "closed NL-041 still on /search").toBe(false);
      expect((await api("/api/capabilities/NL-041/matches")).status).toBe(404);
      const panel = matchPanelItems((await get("/scenarios/CJ-029")).body);
      expect(panel.map((p) => p.code)).not.toContain("NL-041");
      // Its neighbours are unaffected.
      expect(await inSearch("防溺水", "CJ-029")).toBe(true);
    } finally {
      setStatus(server.dbPath, "capability", "NL-041", "published");
    }
    expect(await inSearch("防溺水", "NL-041"), "re-published NL-041 missing from /api/search").toBe(true);
    expect((await matchCodes("/api/scenarios/CJ-029/matches"))[0]).toBe("NL-041");
    expect(await onSearchPage("防溺水", "NL-041")).toBe(true);
    expect((await api("/api/capabilities/NL-041/matches")).status).toBe(200);
  });

  it("drops a closed scenario the same way", async () => {
    setStatus(server.dbPath, "scenario", "CJ-029", "closed");
    try {
      expect(await inSearch("防溺水", "CJ-029")).toBe(false);
      expect(await matchCodes("/api/capabilities/NL-041/matches")).not.toContain("CJ-029");
      // Other scenarios may still come as answers of the capability that matched (NL-041), never CJ-029.
      expect((await search("防溺水", { type: "scenario" })).map((r: { code: string }) => r.code)).not.toContain("CJ-029");
    } finally {
      setStatus(server.dbPath, "scenario", "CJ-029", "published");
    }
    expect(await inSearch("防溺水", "CJ-029")).toBe(true);
    expect((await matchCodes("/api/capabilities/NL-041/matches"))[0]).toBe("CJ-029");
  });

  it("never shows a pending listing, however well it matches — until it is published", async () => {
    const nl041 = seedCapabilities.get("NL-041")!;
    const code = "NL-T901";
    insertCapability(server.dbPath, {
      code,
      title: "泳池防溺水AI视觉预警系统（待审核）",
      category: nl041.category,
      tags: nl041.tags,
      description: `${nl041.description as string} 公共游泳场馆防溺水智能预警，10秒内提醒救生员。`,
      organization: "待审核测试公司",
      domains: nl041.domains as string[],
      maturity: "量产",
      status: "pending",
    });
    const visible = async () => ({
      search: await inSearch("防溺水", code),
      byTitle: await inSearch("泳池防溺水AI视觉预警系统（待审核）", code),
      page: await onSearchPage("防溺水", code),
      matches: (await matchCodes("/api/scenarios/CJ-029/matches")).includes(code),
      detail: (await api(`/api/capabilities/${code}`)).status,
      ownMatches: (await api(`/api/capabilities/${code}/matches`)).status,
    });
    expect(await visible(), "a pending listing is public").toEqual({ search: false, byTitle: false, page: false, matches: false, detail: 404, ownMatches: 404 });
    // A second look, after another request has brought the index up to date again.
    expect(await visible()).toEqual({ search: false, byTitle: false, page: false, matches: false, detail: 404, ownMatches: 404 });

    // The same row published is found everywhere: the checks above can see it.
    setStatus(server.dbPath, "capability", code, "published");
    expect(await visible(), "a published listing is missing").toEqual({ search: true, byTitle: true, page: true, matches: true, detail: 200, ownMatches: 200 });

    setStatus(server.dbPath, "capability", code, "rejected");
    expect(await visible(), "a rejected listing is public").toEqual({ search: false, byTitle: false, page: false, matches: false, detail: 404, ownMatches: 404 });
  });

  it("finds a listing imported by `npm run db:import` into the running server's database on the next request", async () => {
    const before = await search("珊瑚礁");
    expect(allSeedText.some((t) => t.includes("珊瑚礁"))).toBe(false);
    expect(before).toEqual([]);

    const record = {
      code: "T-NL-950",
      title: "珊瑚礁水下延时观测相机",
      organization: "测试海洋影像有限公司",
      category: "影像采集",
      domains: ["文化旅游", "公共文化"],
      tags: ["珊瑚礁", "水下延时", "海洋观测"],
      description: "在近岸珊瑚礁布设水下延时观测相机，长期记录珊瑚礁白化与鱼群变化，数据可用于科普展示。",
      maturity: "样机",
    };
    const scenario = {
      code: "T-CJ-950",
      title: "海洋馆珊瑚礁科普直播",
      publisher: "测试海洋馆",
      category: "显示与传播",
      domain: "公共文化",
      tags: ["珊瑚礁", "科普直播"],
      description: "希望把珊瑚礁展缸的实时画面做成科普直播，配讲解字幕。",
    };
    const imported = await runImport(server.dbPath, { capabilities: [record], scenarios: [scenario] }, server.dir);
    expect(imported.code, imported.stderr).toBe(0);

    const after = await search("珊瑚礁");
    expect(codes(after), "imported listings are not found without a restart").toEqual(expect.arrayContaining(["T-NL-950", "T-CJ-950"]));
    expect(after.find((h) => h.code === "T-NL-950")).toMatchObject({ type: "capability", title: record.title });
    expect(await onSearchPage("珊瑚礁", "T-NL-950")).toBe(true);
    expect((await api("/api/capabilities/T-NL-950/matches")).status).toBe(200);
    expect(await matchCodes("/api/scenarios/T-CJ-950/matches")).toContain("T-NL-950");

    // Imported again under a new title with new words: found by the new, not by the old.
    const renamed = {
      ...record,
      title: "红树林候鸟迁徙高清观测",
      tags: ["红树林", "候鸟", "生态观测"],
      description: "在湿地红树林布设高清观测相机，长期记录候鸟迁徙与栖息变化，数据可用于科普展示。",
    };
    const again = await runImport(server.dbPath, { capabilities: [renamed] }, server.dir);
    expect(again.code, again.stderr).toBe(0);
    const byNew = await search("红树林候鸟");
    expect(byNew[0], "the updated listing is not found by its new title").toMatchObject({ code: "T-NL-950", title: renamed.title });
    // By its old words it is no hit, only an answer to the coral-reef scenario it may serve (both
    // 科普展示, 公共文化), and the page says so.
    const coral = resultCards((await get(searchPath({ q: "珊瑚礁", type: "capability" }))).body).find((c) => c.code === "T-NL-950");
    expect(coral?.answers, "the updated listing is still found by its old words").toBe("/scenarios/T-CJ-950");
    expect(marks(coral!.titleHtml + coral!.snippetHtml)).toEqual([]);
    expect(codes(await search("水下延时", { type: "capability" }))).not.toContain("T-NL-950");
    const page = await get(searchPath({ q: "红树林候鸟" }));
    const card = resultCards(page.body).find((c) => c.code === "T-NL-950");
    expect(card?.title).toBe(renamed.title);
    expect(marks(card!.titleHtml).some((m) => m.includes("红树林候鸟"))).toBe(true);
  });

  it("forgets a listing deleted from the database", async () => {
    expect(codes(await search("防水运动相机")).slice(0, 3)).toContain("NL-042");
    writeDb(server.dbPath, [{ sql: "DELETE FROM capabilities WHERE code = ?", params: ["NL-042"] }]);
    expect((await api("/api/capabilities/NL-042")).status).toBe(404);
    const hits = await search("防水运动相机", { limit: "100" });
    expect(codes(hits), "a deleted listing is still in /api/search").not.toContain("NL-042");
    expect((await api("/api/capabilities/NL-042/matches")).status, "a deleted listing still has matches").toBe(404);
    for (const s of firstBatch.scenarios.filter((x) => x.domain === "体育赛事")) {
      expect(await matchCodes(`/api/scenarios/${s.code}/matches?limit=50`), `${s.code} still matched to deleted NL-042`).not.toContain("NL-042");
    }
    const page = await get(searchPath({ q: "防水运动相机", pageSize: "100" }));
    expect(statedTotal(page.body), "the /search page counts a listing it cannot show").toBe(resultCards(page.body).length);
  });

  it("ranks an imported (official) listing above a demonstration one that fits as well, in search and in matches", async () => {
    const demo = await api("/api/capabilities/NL-022");
    expect(demo.json.demo).toBe(true);
    const before = await search("小间距LED显示屏");
    expect(before[0]!.code).toBe("NL-022");
    const official = {
      code: "T-NL-960",
      title: "小间距LED显示屏与户外大屏",
      organization: "测试显示科技有限公司",
      category: "显示与传播",
      domains: ["商业消费", "体育赛事", "城市治理", "公共文化"],
      tags: ["LED显示屏", "小间距", "户外大屏"],
      description: "提供室内外小间距LED显示屏的设计、生产与安装，包括户外高亮屏、体育场馆围栏屏与指挥中心大屏，提供播控系统与维保。",
      maturity: "量产",
    };
    const imported = await runImport(server.dbPath, { capabilities: [official] }, server.dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await api("/api/capabilities/T-NL-960")).json.demo).toBe(false);
    const after = await search("小间距LED显示屏");
    expect(codes(after).slice(0, 2)).toEqual(["T-NL-960", "NL-022"]);
    expect(after[1]!.score).toBeLessThan(after[0]!.score);
    // A scenario that both fit: the official capability first in its match panel too.
    const scenario = firstBatch.scenarios.find((s) => s.title.includes("LED"))!;
    const matches = await matchCodes(`/api/scenarios/${scenario.code}/matches?limit=50`);
    expect(matches).toContain("NL-022");
    expect(matches.indexOf("T-NL-960")).toBeGreaterThanOrEqual(0);
    expect(matches.indexOf("T-NL-960")).toBeLessThan(matches.indexOf("NL-022"));
  });
});
