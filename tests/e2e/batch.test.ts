// The first batch as a printed document: numbered tables by segment, landscape A4 pages in which no
// table row is split, accessible and usable on a phone.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES } from "../../app/models/vocabulary";
import { expectNoHorizontalScroll, formatViolations, launchBrowser, newContext, seriousViolations } from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
const PATH = `/batches/${encodeURIComponent("首批")}`;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  context = await newContext(browser, server.url);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("the batch document", () => {
  it("numbers every listing of each list once, grouped by segment in the contract's order", async () => {
    const page = await context.newPage();
    expect((await page.goto(PATH))?.status()).toBe(200);
    for (const [index, list] of [firstBatch.scenarios, firstBatch.capabilities].entries()) {
      const section = page.locator("section").nth(index);
      const numbers = await section.locator("tbody tr td.num").allTextContents();
      expect(numbers).toEqual(list.map((_, i) => String(i + 1)));
      const codes = await section.locator("tbody tr td.code").allTextContents();
      expect([...codes].sort()).toEqual(list.map((l) => l.code).sort());
      const captions = await section.locator("caption").allTextContents();
      expect(captions).toEqual(CATEGORIES.filter((c) => list.some((l) => l.category === c)));
    }
    await page.close();
  });

  it("prints on landscape A4 pages with the header row repeated and no row split across pages", async () => {
    const page = await context.newPage();
    await page.goto(PATH);
    await page.emulateMedia({ media: "print" });
    const styles = await page.evaluate(() => ({
      row: getComputedStyle(document.querySelector(".batch-table tbody tr")!).breakInside,
      head: getComputedStyle(document.querySelector(".batch-table thead")!).display,
      header: getComputedStyle(document.querySelector(".site-header")!).display,
    }));
    expect(styles).toEqual({ row: "avoid", head: "table-header-group", header: "none" });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    const boxes = [...pdf.matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const box of boxes) expect(box).toEqual([842, 595]);
    await page.close();
  });

  it("has no serious accessibility violation, and scrolls its tables, not the page, on a phone", async () => {
    const phone = await newContext(browser, server.url, { viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto(PATH);
    const violations = await seriousViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await expectNoHorizontalScroll(page, "batch document at 360 px");
    await phone.close();
  });
});

describe("the statistics page", () => {
  it("draws its charts without JavaScript, accessibly, and fits a phone", async () => {
    const noScript = await newContext(browser, server.url, { javaScriptEnabled: false });
    const plain = await noScript.newPage();
    expect((await plain.goto("/stats"))?.status()).toBe(200);
    expect(await plain.locator("svg.chart").count()).toBeGreaterThanOrEqual(5);
    await noScript.close();
    // axe runs as a script in the page: this part needs JavaScript.
    const phone = await newContext(browser, server.url, { viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto("/stats");
    const violations = await seriousViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await expectNoHorizontalScroll(page, "/stats at 360 px");
    await phone.close();
  });
});
