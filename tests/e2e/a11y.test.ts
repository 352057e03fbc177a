// Accessibility in Chromium: axe-core on every page kind in both languages (no serious or critical
// violation), the skip link by keyboard, and ids / labelled regions that name the right thing.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS } from "../../app/models/vocabulary";
import { formatViolations, launchBrowser, newContext, seriousViolations, type Lang } from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
/** A category × domain pair with no scenario, confirmed through the API. */
let empty: { category: string; domain: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const candidates = [
    { category: "智能终端", domain: "医疗健康" },
    ...CATEGORIES.flatMap((category) => DOMAINS.map((domain) => ({ category, domain }))).filter(
      (p) => !firstBatch.scenarios.some((s) => s.category === p.category && s.domain === p.domain),
    ),
  ];
  for (const c of candidates) {
    const res = await fetch(`${server.url}/api/scenarios?${new URLSearchParams(c)}`);
    if (res.ok && ((await res.json()) as { total: number }).total === 0) {
      empty = c;
      break;
    }
  }
  if (!empty) throw new Error("no empty category × domain combination to test the empty list with");
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const scenario = firstBatch.scenarios.find((s) => s.code === "CJ-020")!; // expired: the most badges and notices
const capability = firstBatch.capabilities.find((c) => c.cases)!; // has 典型案例: two description sections

const pages = () => [
  { name: "home", path: "/", status: 200 },
  { name: "scenario list", path: "/scenarios", status: 200 },
  { name: "capability list", path: "/capabilities", status: 200 },
  { name: `scenario detail ${scenario.code}`, path: `/scenarios/${scenario.code}`, status: 200 },
  { name: `capability detail ${capability.code}`, path: `/capabilities/${capability.code}`, status: 200 },
  { name: "404", path: "/no-such-page", status: 404 },
  { name: "empty filtered list", path: `/scenarios?${new URLSearchParams(empty)}`, status: 200, empty: true },
];
const PAGE_NAMES = ["home", "scenario list", "capability list", "scenario detail", "capability detail", "404", "empty filtered list"];

describe.each<{ lang: Lang; emptyText: string }>([
  { lang: "zh-CN", emptyText: "没有符合条件的清单项。" },
  { lang: "en", emptyText: "No listings match these filters." },
])("axe-core in $lang", ({ lang, emptyText }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, server.url, { lang });
  });
  afterAll(() => context?.close());

  it.each(PAGE_NAMES)("%s has no serious or critical violation", async (name) => {
    const p = pages().find((x) => x.name.startsWith(name))!;
    const page = await context.newPage();
    try {
      const res = await page.goto(p.path);
      expect(res?.status(), p.path).toBe(p.status);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      if (p.empty) expect(await page.locator(".empty").textContent()).toContain(emptyText);
      const violations = await seriousViolations(page);
      expect(violations, `${p.path} in ${lang}: ${violations.length} serious/critical axe violation(s):\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("keyboard", () => {
  it("reaches the skip link first, sees it, and lands in the main content with it", async () => {
    const context = await newContext(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto("/scenarios");
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { text: el.textContent, href: el.getAttribute("href"), top: r.top, bottom: r.bottom, left: r.left };
      });
      expect(focused.text).toBe("跳到正文");
      expect(focused.href).toBe("#main");
      expect(focused.top, "the focused skip link is on screen").toBeGreaterThanOrEqual(0);
      expect(focused.left).toBeGreaterThanOrEqual(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      // The next Tab goes on from the main content: the keyword field of the filters.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-q");
    } finally {
      await context.close();
    }
  });
});

describe("ids and labelled regions", () => {
  it.each(PAGE_NAMES)("%s: ids are unique and each labelled region is named by its own heading", async (name) => {
    const p = pages().find((x) => x.name.startsWith(name))!;
    const context = await newContext(browser, server.url);
    try {
      const page = await context.newPage();
      await page.goto(p.path);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const seen = new Map<string, number>();
        for (const el of Array.from(document.querySelectorAll("[id]"))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        for (const [id, n] of seen) if (n > 1) out.push(`id "${id}" is used ${n} times`);
        for (const el of Array.from(document.querySelectorAll("[aria-labelledby]"))) {
          for (const ref of el.getAttribute("aria-labelledby")!.split(/\s+/)) {
            const target = document.getElementById(ref);
            if (!target) out.push(`aria-labelledby="${ref}" on <${el.tagName.toLowerCase()}> points to nothing`);
            else if (!el.contains(target))
              out.push(
                `<${el.tagName.toLowerCase()} aria-labelledby="${ref}"> (its heading: "${el.querySelector("h1,h2,h3")?.textContent}") is named by "${target.textContent}", a heading outside it`,
              );
          }
        }
        return out;
      });
      expect(problems, `${p.path}:\n  ${problems.join("\n  ")}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
