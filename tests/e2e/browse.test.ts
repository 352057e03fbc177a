// A visitor browsing the board in Chromium: home, the scenario list, filters, pages, a listing,
// an expired listing. The same walk with JavaScript on (Remix's client-side navigation) and off
// (plain links and a plain GET form).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES } from "../../app/models/vocabulary";
import { todayInShanghai } from "../../app/utils/dates";
import { launchBrowser, newContext, waitForHydration } from "../support/browser";
import { firstBatch, type SeedScenario } from "../support/seed";
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

const scenarios = [...firstBatch.scenarios].sort((a, b) => (a.code < b.code ? -1 : 1));
const today = todayInShanghai();
const expired = scenarios.filter((s) => s.deadline && s.deadline < today);

/** The category × domain pair with the most scenarios (at least two, so "every card" means something). */
const pair = (() => {
  const counts = new Map<string, SeedScenario[]>();
  for (const s of scenarios) counts.set(`${s.category}|${s.domain}`, [...(counts.get(`${s.category}|${s.domain}`) ?? []), s]);
  const [key, items] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  const [category, domain] = key.split("|") as [string, string];
  return { category, domain, codes: items.map((s) => s.code) };
})();

const countLine = (page: Page) => page.locator("#results-title");
const cards = (page: Page) => page.locator("section.results ol.cards > li");
const codesShown = (page: Page) => cards(page).locator(".card-meta .code").allTextContents();
const search = (page: Page) => new URL(page.url()).searchParams;

async function expectCountLine(page: Page, text: string) {
  await expect.poll(() => countLine(page).textContent(), { message: "the results count line" }).toBe(text);
}

describe.each([
  { js: true, mode: "with JavaScript" },
  { js: false, mode: "without JavaScript" },
])("a visitor $mode", ({ js }) => {
  it("sees the demo notice and the counts on the home page", async () => {
    const context = await newContext(browser, server.url, { javaScriptEnabled: js });
    try {
      const page = await context.newPage();
      const res = await page.goto("/");
      expect(res?.status()).toBe(200);
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
      const notice = page.getByRole("note");
      expect(await notice.isVisible()).toBe(true);
      expect((await notice.textContent())?.trim()).toBe("示例数据，正式清单发布后导入替换");

      const tiles = page.locator(".stat-tile");
      expect(await tiles.locator("strong").allTextContents()).toEqual([
        String(firstBatch.scenarios.length),
        String(firstBatch.capabilities.length),
      ]);
      expect(await tiles.locator("span").allTextContents()).toEqual(["场景需求", "能力清单"]);

      // The table by 产业环节 agrees with the batch, row by row.
      const rows = page.locator(".category-table tbody tr");
      expect(await rows.count()).toBe(CATEGORIES.length);
      for (const [i, category] of CATEGORIES.entries()) {
        const row = rows.nth(i);
        expect(await row.locator("th").textContent()).toBe(category);
        const cells = await row.locator("td").allTextContents();
        expect(cells, category).toEqual([
          String(firstBatch.scenarios.filter((s) => s.category === category).length),
          String(firstBatch.capabilities.filter((c) => c.category === category).length),
        ]);
      }
    } finally {
      await context.close();
    }
  });

  it("filters the scenario list, clears the filters, pages, opens a listing and an expired one", async () => {
    const context = await newContext(browser, server.url, { javaScriptEnabled: js });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
      });
      await page.goto("/");
      if (js) {
        await waitForHydration(page);
        // Survives client-side navigation only: shows that the form and links did not reload the page.
        await page.evaluate(() => ((window as any).__e2eSamePage = true));
      }
      const samePage = async () => js && (await page.evaluate(() => (window as any).__e2eSamePage === true));

      // The main navigation leads to the scenario list.
      const nav = page.getByRole("navigation", { name: "主导航" });
      await nav.getByRole("link", { name: "场景需求", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios");
      await expect.poll(() => page.locator("h1").textContent()).toBe("场景需求清单");
      expect(await nav.getByRole("link", { name: "场景需求", exact: true }).getAttribute("aria-current")).toBe("page");
      await expectCountLine(page, `第 1–20 项，共 ${scenarios.length} 项`);

      // Filter by one 产业环节 and one 应用领域.
      await page.getByLabel("产业环节", { exact: true }).selectOption({ label: pair.category });
      await page.getByLabel("应用领域", { exact: true }).selectOption({ label: pair.domain });
      await page.getByRole("button", { name: "筛选", exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("category") === pair.category);
      expect(search(page).get("category")).toBe(pair.category);
      expect(search(page).get("domain")).toBe(pair.domain);
      await expectCountLine(page, `第 1–${pair.codes.length} 项，共 ${pair.codes.length} 项`);
      expect(await codesShown(page)).toEqual(pair.codes);
      for (const badge of await cards(page).locator(".badge-category").allTextContents()) expect(badge).toBe(pair.category);
      for (const badge of await cards(page).locator(".badge-domain").allTextContents()) expect(badge).toBe(pair.domain);
      expect(await cards(page).locator(".badge-category").count()).toBe(pair.codes.length);
      expect(await cards(page).locator(".badge-domain").count()).toBe(pair.codes.length);
      // The form shows the filters in force, and one page needs no pagination.
      expect(await page.locator("#filter-category").inputValue()).toBe(pair.category);
      expect(await page.locator("#filter-domain").inputValue()).toBe(pair.domain);
      expect(await page.getByRole("navigation", { name: "分页" }).count()).toBe(0);
      if (js) expect(await samePage(), "the filter form navigated without reloading the page").toBe(true);

      // Clear the filters: everything again, and the selects back to 全部.
      await page.getByRole("link", { name: "清除筛选" }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios" && url.search === "");
      await expectCountLine(page, `第 1–20 项，共 ${scenarios.length} 项`);
      expect(await codesShown(page)).toEqual(scenarios.slice(0, 20).map((s) => s.code));
      await expect.poll(() => page.locator("#filter-category").inputValue()).toBe("");
      expect(await page.locator("#filter-domain").inputValue()).toBe("");
      expect(await page.getByRole("link", { name: "清除筛选" }).count()).toBe(0);

      // Page 2 through the pagination, then back to page 1, then the browser's Back button.
      const pagination = page.getByRole("navigation", { name: "分页" });
      await pagination.getByRole("link", { name: "第 2 页" }).click();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      await expectCountLine(page, `第 21–${scenarios.length} 项，共 ${scenarios.length} 项`);
      expect(await codesShown(page)).toEqual(scenarios.slice(20, 40).map((s) => s.code));
      expect(await pagination.locator('[aria-current="page"]').textContent()).toBe("第 2 页2");
      expect(await pagination.getByRole("link", { name: "下一页" }).count()).toBe(0);
      await pagination.getByRole("link", { name: "上一页" }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios" && !url.searchParams.has("page"));
      await expectCountLine(page, `第 1–20 项，共 ${scenarios.length} 项`);
      expect(await codesShown(page)).toEqual(scenarios.slice(0, 20).map((s) => s.code));
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get("page") === "2");
      await expectCountLine(page, `第 21–${scenarios.length} 项，共 ${scenarios.length} 项`);
      await page.goForward();
      await page.waitForURL((url) => !url.searchParams.has("page"));
      await expectCountLine(page, `第 1–20 项，共 ${scenarios.length} 项`);
      if (js) expect(await samePage(), "pagination navigated without reloading the page").toBe(true);

      // Open the first listing by its title: every field, labelled.
      const first = scenarios[0]!;
      await cards(page).first().getByRole("link", { name: first.title, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/scenarios/${first.code}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe(first.title);
      const facts = page.locator("section[aria-labelledby='facts-title'] .dl-row");
      expect(await facts.locator("dt").allTextContents()).toEqual([
        "发布单位",
        "产业环节",
        "应用领域",
        "实施地点",
        "预算",
        "截止日期",
        "关键词",
        "批次",
        "发布时间",
      ]);
      const value = (label: string) => facts.filter({ has: page.locator("dt", { hasText: label }) }).locator("dd").textContent();
      expect(await value("发布单位")).toBe(first.publisher);
      expect(await value("产业环节")).toBe(first.category);
      expect(await value("应用领域")).toBe(first.domain);
      expect(await value("实施地点")).toBe(first.location ?? "未填写");
      expect(await value("预算")).toBe(first.budget ?? "未填写");
      expect(await value("截止日期")).toBe(first.deadline ?? "长期有效");
      expect(await value("批次")).toBe(first.batch);
      expect(await value("发布时间")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await facts.locator(".tags li").allTextContents()).toEqual(first.tags);
      expect(await page.getByRole("heading", { name: "场景描述" }).isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: "联系方式" }).isVisible()).toBe(true);
      const contact = page.locator("section[aria-labelledby='contact-title'] dt");
      expect(await contact.allTextContents()).toEqual(
        [first.contactName && "联系人", first.contactPhone && "联系电话", first.contactEmail && "电子邮箱"].filter(Boolean),
      );
      expect(await page.locator(".badge-open").textContent()).toBe("征集中");
      expect(await page.locator(".expired-notice").count()).toBe(0);

      // Back to the list; the 状态 filter 已截止 lists exactly the expired ones; open CJ-020.
      await page.getByRole("link", { name: "返回场景需求清单" }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios");
      await page.getByLabel("状态", { exact: true }).selectOption({ label: "已截止" });
      await page.getByRole("button", { name: "筛选", exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("status") === "expired");
      await expectCountLine(page, `第 1–${expired.length} 项，共 ${expired.length} 项`);
      expect(await codesShown(page)).toEqual(expired.map((s) => s.code));
      expect(await cards(page).locator(".badge-expired").allTextContents()).toEqual(expired.map(() => "已截止"));

      const cj020 = scenarios.find((s) => s.code === "CJ-020")!;
      expect(expired.map((s) => s.code)).toContain("CJ-020");
      await page.getByRole("link", { name: cj020.title, exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/scenarios/CJ-020");
      await expect.poll(() => page.locator("h1").textContent()).toBe(cj020.title);
      expect(await page.locator(".detail-head .badge-expired").textContent()).toBe("已截止");
      const notice = page.getByRole("status");
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toBe(`已截止：${cj020.deadline}`);
      expect(await value("截止日期")).toBe(`${cj020.deadline}（已截止）`);
      expect(await page.locator(".badge-open").count()).toBe(0);
      if (js) expect(await samePage(), "the whole walk happened in one page load").toBe(true);

      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a capability listing", () => {
  it("opens from the capability list and shows every field, labelled", async () => {
    const context = await newContext(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto("/capabilities");
      await waitForHydration(page);
      const cap = [...firstBatch.capabilities].sort((a, b) => (a.code < b.code ? -1 : 1))[0]!;
      await page.getByRole("link", { name: cap.title, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/capabilities/${cap.code}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe(cap.title);
      const facts = page.locator("section[aria-labelledby='facts-title'] .dl-row");
      expect(await facts.locator("dt").allTextContents()).toEqual(["企业/机构", "产业环节", "适用领域", "成熟度", "关键词", "批次", "发布时间"]);
      expect(await facts.nth(0).locator("dd").textContent()).toBe(cap.organization);
      expect(await facts.nth(2).locator("dd").textContent()).toBe(cap.domains.join(" · "));
      expect(await facts.nth(3).locator("dd").textContent()).toBe(cap.maturity);
      expect(await page.getByRole("heading", { name: "能力描述" }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
