// Printing: the print stylesheet hides navigation and controls but keeps the content and the demo
// notice; Chromium prints a detail page and a list page to A4 PDFs.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computedStyle, launchBrowser, newContext, screenshotDir } from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let out: string;
const written: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  context = await newContext(browser, server.url);
  out = screenshotDir();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  if (written.length) console.log(`printed PDFs:\n  ${written.join("\n  ")}`);
});

const scenario = firstBatch.scenarios.find((s) => s.code === "CJ-001")!;

async function printView(p: string): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(p);
  expect(res?.status(), p).toBe(200);
  await page.emulateMedia({ media: "print" });
  return page;
}

async function expectHidden(page: Page, selectors: string[]) {
  for (const selector of selectors) {
    expect(await computedStyle(page, selector, "display"), `${selector} in print`).toBe("none");
  }
}

/** Pages in a PDF: its /Type /Page objects (not the /Type /Pages tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe("print stylesheet", () => {
  it("a detail page prints its content without the header navigation, language button or links back", async () => {
    const page = await printView(`/scenarios/${scenario.code}`);
    try {
      await expectHidden(page, [".site-header .main-nav", ".site-header .language-switch", ".skip-link", ".breadcrumb", ".site-footer"]);
      // Nothing to navigate or press is left on paper (the accessibility tree drops hidden elements).
      expect(await page.locator("nav").count()).toBe(1);
      expect(await page.getByRole("navigation").count()).toBe(0);
      expect(await page.getByRole("button").count()).toBe(0);
      const title = page.locator("h1");
      expect(await title.isVisible()).toBe(true);
      expect(await title.textContent()).toBe(scenario.title);
      const description = page.locator("section[aria-labelledby='description-title']");
      expect(await description.isVisible()).toBe(true);
      expect(await description.locator("p").first().textContent()).toBe(String(scenario.description).split(/\n+/)[0]);
      expect(await page.locator("section[aria-labelledby='facts-title'] dl").isVisible()).toBe(true);
      // A printed copy must still say it is demonstration data.
      expect(await page.getByRole("note").isVisible()).toBe(true);
      expect(await page.locator(".demo-listing").isVisible()).toBe(true);
      // And on screen the same controls are there.
      await page.emulateMedia({ media: "screen" });
      expect(await computedStyle(page, ".site-header .main-nav", "display")).not.toBe("none");
      expect(await computedStyle(page, ".site-header .language-switch", "display")).not.toBe("none");
    } finally {
      await page.close();
    }
  });

  it("a list page prints its listings without the filters or pagination", async () => {
    const page = await printView("/scenarios");
    try {
      await expectHidden(page, [".main-nav", ".language-switch", ".filters", ".pagination"]);
      expect(await page.locator("form.filter-form").isVisible()).toBe(false);
      expect(await page.locator("h1").isVisible()).toBe(true);
      const cards = page.locator("ol.cards > li");
      expect(await cards.count()).toBe(20);
      expect(await cards.first().isVisible()).toBe(true);
      expect(await cards.last().isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe("PDF", () => {
  it.each([
    { name: "scenario-detail", path: `/scenarios/${scenario.code}` },
    { name: "scenario-list", path: "/scenarios" },
  ])("prints $path to an A4 PDF", async ({ name, path: p }) => {
    const page = await context.newPage();
    try {
      const res = await page.goto(p);
      expect(res?.status()).toBe(200);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfPageCount(pdf), `${p}: pages in the PDF`).toBeGreaterThanOrEqual(1);
      // A4 portrait: 595 × 842 points.
      expect(pdf.toString("latin1")).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+841(\.\d+)?|\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842/);
      const file = path.join(out, `${name}.pdf`);
      fs.writeFileSync(file, pdf);
      written.push(`${file} (${pdfPageCount(pdf)} page(s))`);
    } finally {
      await page.close();
    }
  });
});
