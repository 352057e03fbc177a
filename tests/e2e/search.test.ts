// Searching and matching in Chromium: the header search box and the /search page without JavaScript
// (plain GET forms and links), results that follow the typing with JavaScript, the match panels on
// listing pages, axe-core in both languages, and the search page on a 360 px phone.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoHorizontalScroll,
  formatViolations,
  launchBrowser,
  newContext,
  seriousViolations,
  waitForHydration,
  type Lang,
} from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Hit = { type: string; code: string; title: string };
async function apiSearch(q: string, params: Record<string, string> = {}): Promise<Hit[]> {
  const res = await fetch(`${server.url}/api/search?${new URLSearchParams({ q, ...params })}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Hit[] }).results;
}

const cards = (page: Page) => page.locator("section.results ol.cards > li");
const codesShown = (page: Page) => cards(page).locator(".card-meta .code").allTextContents();
const params = (page: Page) => new URL(page.url()).searchParams;
const countLine = (page: Page) => page.locator("#results-title");
const capabilityTitle = (code: string) => firstBatch.capabilities.find((c) => c.code === code)!.title;
const categoryOf = new Map([...firstBatch.scenarios, ...firstBatch.capabilities].map((l) => [l.code, l.category]));
const scenarioTitle = (code: string) => firstBatch.scenarios.find((s) => s.code === code)!.title;

/** Collects uncaught errors and console errors of a page, for a final "nothing went wrong" check. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

describe("without JavaScript", () => {
  it("searches from the header box, narrows by a category facet, and switches the type tab", async () => {
    const context = await newContext(browser, server.url, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/");
      const headerBox = page.locator("header form.header-search input[name=q]");
      await headerBox.fill("全景相机");
      await headerBox.press("Enter");
      await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "全景相机");

      const expected = await apiSearch("全景相机", { limit: "100" });
      expect(expected.length).toBeGreaterThan(1);
      await expect.poll(() => countLine(page).textContent()).toBe(`“全景相机”共找到 ${expected.length} 项`);
      expect(await codesShown(page)).toEqual(expected.slice(0, 20).map((h) => h.code));
      expect(await page.locator("#search-q").inputValue(), "the page's box holds the query").toBe("全景相机");

      // The matched words are marked, in titles and snippets; NL-001's title has 全景相机 marked.
      expect(await page.locator("section.results mark").count()).toBeGreaterThan(0);
      const nl001 = cards(page).filter({ has: page.locator(".code", { hasText: "NL-001" }) });
      expect(await nl001.locator(".card-title mark").allTextContents()).toContain("全景相机");
      expect(await nl001.locator(".card-text mark").count()).toBeGreaterThan(0);
      for (let i = 0; i < (await cards(page).count()); i++) {
        expect(await cards(page).nth(i).locator("mark").count(), `card ${i} has no marked word`).toBeGreaterThan(0);
      }

      // A category facet: its count, then only that category's listings and category= in the URL.
      const facets = page.locator("section.facets");
      const facet = facets.getByRole("link", { name: /^影像采集 \d+$/ });
      const facetCount = Number(await facet.locator(".count").textContent());
      expect(facetCount).toBeGreaterThan(0);
      expect(facetCount).toBeLessThan(expected.length);
      await facet.click();
      await page.waitForURL((url) => url.searchParams.get("category") === "影像采集");
      expect(params(page).get("q")).toBe("全景相机");
      await expect.poll(() => countLine(page).textContent()).toBe(`“全景相机”共找到 ${facetCount} 项`);
      expect(await cards(page).count()).toBe(facetCount);
      expect(await cards(page).locator(".badge-category").allTextContents()).toEqual(Array(facetCount).fill("影像采集"));
      expect(await facets.getByRole("link", { name: /^影像采集 \d+$/ }).getAttribute("aria-current")).toBe("true");
      const narrowed = expected.filter((h) => categoryOf.get(h.code) === "影像采集").map((h) => h.code);
      expect(await codesShown(page)).toEqual(narrowed);

      // The type tab 能力: capabilities only, the category kept.
      const tabs = page.getByRole("navigation", { name: "类型" });
      const tab = tabs.getByRole("link", { name: /^能力 \d+$/ });
      const tabCount = Number(await tab.locator(".count").textContent());
      await tab.click();
      await page.waitForURL((url) => url.searchParams.get("type") === "capability");
      expect(params(page).get("category")).toBe("影像采集");
      expect(params(page).get("q")).toBe("全景相机");
      expect(await tabs.getByRole("link", { name: /^能力 \d+$/ }).getAttribute("aria-current")).toBe("page");
      await expect.poll(() => countLine(page).textContent()).toBe(`“全景相机”共找到 ${tabCount} 项`);
      expect(await cards(page).count()).toBe(tabCount);
      expect(await cards(page).locator(".badge-kind-capability").count()).toBe(tabCount);
      expect(await cards(page).locator(".badge-kind-scenario").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

/** /search, hydrated, its errors watched, marked so that a reload (which would drop the mark) shows. */
async function openSearch(context: BrowserContext) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto("/search");
  await waitForHydration(page);
  await page.evaluate(() => ((window as any).__e2eSamePage = true));
  return { page, errors };
}

describe("a query typed with a slip", () => {
  it("that finds nothing as typed shows the results of the slip put right, says so, and marks the words", async () => {
    const context = await newContext(browser, server.url, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // 像机 is on the board (摄像机), so 全景像机 is no unknown word; as typed it finds nothing.
      await page.goto(`/search?${new URLSearchParams({ q: "全景像机" })}`);
      const expected = await apiSearch("全景像机", { limit: "100" });
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.map((h) => h.code)).toEqual((await apiSearch("全景相机", { limit: "100" })).map((h) => h.code));
      expect(await countLine(page).textContent()).toBe(`“全景相机”共找到 ${expected.length} 项`);
      expect(await page.locator("p.read-as").textContent()).toBe("没有找到与“全景像机”相关的清单项，以下是“全景相机”的结果。");
      expect(await codesShown(page)).toEqual(expected.slice(0, 20).map((h) => h.code));
      expect(await cards(page).first().locator(".card-title mark").allTextContents()).toContain("全景相机");
      // Found as typed: no such line.
      await page.goto(`/search?${new URLSearchParams({ q: "全景相机" })}`);
      expect(await page.locator("p.read-as").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe("with JavaScript", () => {
  it("updates the results and the URL as the visitor types, without pressing the button", async () => {
    const context = await newContext(browser, server.url);
    try {
      const { page, errors } = await openSearch(context);
      expect(await cards(page).count()).toBe(0);

      const box = page.locator("#search-q");
      await box.pressSequentially("无人机", { delay: 40 });
      await page.waitForURL((url) => url.searchParams.get("q") === "无人机", { timeout: 5_000 });
      const drones = await apiSearch("无人机");
      await expect.poll(() => codesShown(page), { timeout: 5_000 }).toEqual(drones.map((h) => h.code));
      expect(await codesShown(page)).toContain("NL-010");
      expect(await page.locator("section.results mark", { hasText: "无人机" }).count()).toBeGreaterThan(0);

      // Replace the words: the results and the URL follow again.
      await box.fill("内窥镜");
      await page.waitForURL((url) => url.searchParams.get("q") === "内窥镜", { timeout: 5_000 });
      const endoscopes = await apiSearch("内窥镜");
      await expect.poll(() => codesShown(page), { timeout: 5_000 }).toEqual(endoscopes.map((h) => h.code));
      expect((await codesShown(page))[0]).toBe("NL-016");
      expect(await box.inputValue()).toBe("内窥镜");
      expect(await page.evaluate(() => (window as any).__e2eSamePage), "the page reloaded instead of updating").toBe(true);
      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("offers, when nothing is found, to post the need, and opens the form with the words typed as its title", async () => {
    const context = await newContext(browser, server.url);
    try {
      const { page, errors } = await openSearch(context);
      await page.locator("#search-q").pressSequentially("火锅外卖配送", { delay: 40 });
      await page.waitForURL((url) => url.searchParams.get("q") === "火锅外卖配送", { timeout: 5_000 });
      await expect.poll(() => countLine(page).textContent(), { timeout: 5_000 }).toContain("共找到 0 项");
      await page.getByRole("link", { name: "发布为场景需求" }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios/new", { timeout: 5_000 });
      expect(await page.locator("#scenario-form input[name=title]").inputValue()).toBe("火锅外卖配送");
      expect(await page.locator("h1").textContent()).toBe("发布场景需求");
      // Reached without a reload, and the field is the form's own: it can be changed.
      expect(await page.evaluate(() => (window as any).__e2eSamePage)).toBe(true);
      await page.locator("#scenario-form input[name=title]").fill("火锅外卖配送服务");
      expect(await page.locator("#scenario-form input[name=title]").inputValue()).toBe("火锅外卖配送服务");
      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lists NL-041 with its reasons on CJ-029's page; its link opens NL-041, whose panel lists scenario demands", async () => {
    const context = await newContext(browser, server.url);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto("/scenarios/CJ-029");
      await waitForHydration(page);
      const panel = page.locator("section.match-panel");
      expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe("可能匹配的能力");
      const first = panel.locator("li.match-item").first();
      expect(await first.locator(".code").textContent()).toBe("NL-041");
      const reasons = await first.locator(".match-reasons li").allTextContents();
      expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^共同关键词：.*溺水/), "同属产业环节：影像处理与AIGC", "应用领域相符：体育赛事"]));
      expect(await first.locator("meter").getAttribute("aria-label")).toMatch(/^匹配度 \d+%$/);

      await first.getByRole("link", { name: capabilityTitle("NL-041"), exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/capabilities/NL-041");
      await expect.poll(() => page.locator("h1").textContent()).toBe(capabilityTitle("NL-041"));
      await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("可以响应的场景需求");
      const items = panel.locator("li.match-item");
      expect(await items.count()).toBeGreaterThan(0);
      const codes = await items.locator(".code").allTextContents();
      for (const code of codes) expect(code, "a capability's panel lists scenario demands").toMatch(/^CJ-/);
      expect(codes[0]).toBe("CJ-029");
      expect(await items.first().getByRole("link").textContent()).toBe(scenarioTitle("CJ-029"));
      expect(await items.first().locator(".match-reasons li").count()).toBeGreaterThan(0);
      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each<{ lang: Lang; heading: string }>([
  { lang: "zh-CN", heading: "可能匹配的能力" },
  { lang: "en", heading: "Capabilities that may fit" },
])("in $lang", ({ lang, heading }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, server.url, { lang });
  });
  afterAll(() => context?.close());

  it.each(["/search?q=%E5%85%A8%E6%99%AF%E7%9B%B8%E6%9C%BA", "/scenarios/CJ-029", "/capabilities/NL-041"])(
    "axe-core finds no serious or critical violation on %s",
    async (path) => {
      const page = await context.newPage();
      try {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        if (path.startsWith("/search")) expect(await cards(page).count()).toBeGreaterThan(0);
        if (path === "/scenarios/CJ-029") {
          expect(await page.locator("section.match-panel h2").textContent()).toBe(heading);
          expect(await page.locator("section.match-panel li.match-item").count()).toBeGreaterThan(0);
        }
        const violations = await seriousViolations(page);
        expect(violations, `${path} in ${lang}: ${violations.length} serious/critical axe violation(s):\n${formatViolations(violations)}`).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it("does not scroll sideways at 360 px on /search?q=全景相机", async () => {
    const phone = await newContext(browser, server.url, { lang, viewport: { width: 360, height: 740 } });
    try {
      const page = await phone.newPage();
      await page.goto("/search?q=%E5%85%A8%E6%99%AF%E7%9B%B8%E6%9C%BA");
      expect(await cards(page).count()).toBeGreaterThan(0);
      await expectNoHorizontalScroll(page, `/search?q=全景相机 at 360 px in ${lang}`);
    } finally {
      await phone.close();
    }
  });
});
