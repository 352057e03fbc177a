// The language button in a real browser: same URL afterwards, the page in English, the choice kept
// in a cookie for the next page, and back to Chinese. With JavaScript on and off.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, waitForHydration } from "../support/browser";
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

const category = "影像采集";
const domain = "文化旅游";
const matching = firstBatch.scenarios.filter((s) => s.category === category && s.domain === domain);

/** The path and the decoded query, so two URLs compare whatever their percent-encoding. */
function where(url: string) {
  const u = new URL(url);
  return { path: u.pathname, query: [...u.searchParams.entries()] };
}

async function waitForLang(page: Page, lang: string) {
  await page.waitForSelector(`html[lang="${lang}"]`, { state: "attached" });
}

describe.each([
  { js: true, mode: "with JavaScript" },
  { js: false, mode: "without JavaScript" },
])("the language button $mode", ({ js }) => {
  it("switches a filtered list to English on the same URL, keeps it on the next page, and switches back", async () => {
    expect(matching.length).toBeGreaterThan(1);
    const context = await newContext(browser, server.url, { javaScriptEnabled: js });
    try {
      const page = await context.newPage();
      if (js) {
        // Arrive at the filtered list by client-side navigation, so the button must follow the live URL.
        await page.goto("/scenarios");
        await waitForHydration(page);
        await page.getByLabel("产业环节", { exact: true }).selectOption(category);
        await page.getByLabel("应用领域", { exact: true }).selectOption(domain);
        await page.getByRole("button", { name: "筛选", exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get("domain") === domain);
        await expect.poll(() => page.locator(".cards > li").count()).toBe(matching.length);
      } else {
        await page.goto(`/scenarios?category=${encodeURIComponent(category)}&domain=${encodeURIComponent(domain)}`);
      }
      const before = where(page.url());
      expect(before.query).toEqual(expect.arrayContaining([["category", category], ["domain", domain]]));
      await waitForLang(page, "zh-CN");

      const button = page.locator(".language-switch button");
      expect(await button.textContent()).toBe("English");
      expect(await button.getAttribute("lang")).toBe("en");
      await button.click();
      await waitForLang(page, "en");

      // Same URL, filters still in Chinese in it.
      expect(where(page.url())).toEqual(before);
      expect(new URL(page.url()).searchParams.get("category")).toBe(category);
      const cookies = await context.cookies(server.url);
      expect(cookies.map((c) => c.name)).toContain("lang");

      // The page in English.
      expect(await page.title()).toBe("Scenario demand list · Bao'an New Imaging");
      expect(await page.locator("h1").textContent()).toBe("Scenario demand list");
      expect(((await page.getByRole("note").textContent()) ?? "").trim()).toBe(
        "Demonstration data, to be replaced when the official list is imported",
      );
      const nav = page.getByRole("navigation", { name: "Main navigation" });
      expect(await nav.getByRole("link").allTextContents()).toEqual(["Scenario demands", "Capabilities", "Statistics", "Post"]);
      expect(await page.locator(".filter-form label").allTextContents()).toEqual([
        "Keyword",
        "Segment",
        "Application domain",
        "Status",
      ]);
      expect(await page.getByRole("button", { name: "Apply filters" }).isVisible()).toBe(true);
      expect(await page.getByRole("link", { name: "Clear filters" }).isVisible()).toBe(true);
      expect(await page.locator("#results-title").textContent()).toBe(`Listings 1–${matching.length} of ${matching.length}`);

      // The selects keep the Chinese values and show English labels; so do the badges.
      const categorySelect = page.getByLabel("Segment", { exact: true });
      expect(await categorySelect.inputValue()).toBe(category);
      expect(await categorySelect.locator("option:checked").textContent()).toBe("Capture");
      const domainSelect = page.getByLabel("Application domain", { exact: true });
      expect(await domainSelect.inputValue()).toBe(domain);
      expect(await domainSelect.locator("option:checked").textContent()).toBe("Culture & Tourism");
      expect(await page.locator(".cards .badge-category").allTextContents()).toEqual(matching.map(() => "Capture"));
      expect(await page.locator(".cards .badge-domain").allTextContents()).toEqual(matching.map(() => "Culture & Tourism"));
      expect(await page.locator(".cards .badge-demo").first().textContent()).toBe("Demo");
      expect(await page.locator("main").textContent()).not.toMatch(/场景需求清单|产业环节|应用领域|第 \d/);

      // The next page stays English (the cookie), then back to 中文 on that page's URL.
      await nav.getByRole("link", { name: "Capabilities", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/capabilities");
      await expect.poll(() => page.locator("h1").textContent()).toBe("Capability list");
      await waitForLang(page, "en");
      expect(await page.locator(".filter-form label").allTextContents()).toEqual([
        "Keyword",
        "Segment",
        "Application domain",
        "Maturity",
      ]);
      const back = page.locator(".language-switch button");
      expect(await back.textContent()).toBe("中文");
      expect(await back.getAttribute("lang")).toBe("zh-CN");
      await back.click();
      await waitForLang(page, "zh-CN");
      expect(where(page.url())).toEqual({ path: "/capabilities", query: [] });
      expect(await page.locator("h1").textContent()).toBe("能力清单");
      expect(await page.locator(".language-switch button").textContent()).toBe("English");
      expect(await page.locator(".filter-form label").allTextContents()).toEqual(["关键词", "产业环节", "应用领域", "成熟度"]);

      // And Chinese stays on the next page.
      await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "场景需求", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios");
      await expect.poll(() => page.locator("h1").textContent()).toBe("场景需求清单");
      await waitForLang(page, "zh-CN");
    } finally {
      await context.close();
    }
  });
});
