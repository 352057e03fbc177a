// Every page kind on a 360 px phone and a 1280 px desktop, in both languages: nothing scrolls
// sideways, the header and the forms can be used. Screenshots at 360 px go to a temp directory.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoHorizontalScroll, expectUsable, launchBrowser, newContext, screenshotDir, type Lang } from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
let shots: string;
const taken: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  shots = screenshotDir();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (taken.length) console.log(`layout screenshots (360 px), ${taken.length} files in ${shots}:\n  ${taken.join("\n  ")}`);
});

// The listings with the most text: a long description, contact details, a capability with cases.
const scenario = [...firstBatch.scenarios].sort((a, b) => String(b.description).length - String(a.description).length)[0]!;
const capability = [...firstBatch.capabilities]
  .filter((c) => c.cases)
  .sort((a, b) => String(b.description).length - String(a.description).length)[0]!;

const PAGES = [
  { name: "home", path: "/", status: 200, kind: "home" },
  { name: "scenarios", path: "/scenarios", status: 200, kind: "list" },
  { name: "capabilities", path: "/capabilities", status: 200, kind: "list" },
  { name: "scenario-detail", path: `/scenarios/${scenario.code}`, status: 200, kind: "detail" },
  { name: "capability-detail", path: `/capabilities/${capability.code}`, status: 200, kind: "detail" },
  { name: "not-found", path: "/no-such-page", status: 404, kind: "error" },
] as const;

const VIEWPORTS = [
  { label: "360×740", viewport: { width: 360, height: 740 }, screenshot: true },
  { label: "1280×900", viewport: { width: 1280, height: 900 }, screenshot: false },
];

const LANGS: { lang: Lang; nav: string[]; button: string; apply: string }[] = [
  { lang: "zh-CN", nav: ["场景需求", "能力清单", "统计", "发布"], button: "English", apply: "筛选" },
  { lang: "en", nav: ["Scenario demands", "Capabilities", "Statistics", "Post"], button: "中文", apply: "Apply filters" },
];

async function expectHeaderUsable(page: Page, l: (typeof LANGS)[number], label: string) {
  const header = page.locator("header.site-header");
  await expectUsable(header.locator("a.brand"), `${label}: the brand link`);
  for (const name of l.nav) {
    await expectUsable(header.getByRole("link", { name, exact: true }), `${label}: the nav link ${name}`);
  }
  await expectUsable(header.getByRole("button", { name: l.button }), `${label}: the language button`);
}

describe.each(VIEWPORTS)("at $label", ({ label: size, viewport, screenshot }) => {
  describe.each(LANGS)("in $lang", (l) => {
    it.each(PAGES)("$name ($path)", async (p) => {
      const label = `${p.path} at ${size} in ${l.lang}`;
      const context = await newContext(browser, server.url, { viewport, lang: l.lang });
      try {
        const page = await context.newPage();
        const res = await page.goto(p.path);
        expect(res?.status(), label).toBe(p.status);
        await page.waitForSelector(`html[lang="${l.lang}"]`, { state: "attached" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        if (p.kind === "error") {
          expect(await page.locator(".error-status").textContent()).toBe("404");
        }

        await expectNoHorizontalScroll(page, label);
        await expectHeaderUsable(page, l, label);

        if (p.kind === "list") {
          const form = page.locator("form.filter-form");
          for (const control of await form.locator("input:not([type=hidden]), select").all()) {
            await expectUsable(control, `${label}: the filter field #${await control.getAttribute("id")}`);
          }
          await expectUsable(form.getByRole("button", { name: l.apply, exact: true }), `${label}: the filter submit button`);
          await expectUsable(page.getByRole("navigation", { name: l.lang === "en" ? "Pagination" : "分页" }).getByRole("link").last(), `${label}: the next-page link`);
        }
        if (p.kind === "home") {
          await expectUsable(page.locator("form.hero-search button[type=submit]"), `${label}: the home search button`);
        }
        // Scrolling to the controls must not have made anything stick out either.
        await expectNoHorizontalScroll(page, label);

        if (screenshot) {
          await page.evaluate(() => window.scrollTo(0, 0));
          const file = path.join(shots, `${p.name}-${l.lang}-${viewport.width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          taken.push(file);
        }
      } finally {
        await context.close();
      }
    });
  });
});
