// Browser tests' tools: Debian's Chromium through playwright-core, axe-core, and layout checks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { expect } from "vitest";
import { languageCookie } from "./server";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium (Playwright cannot download one here). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export type Lang = "zh-CN" | "en";

/**
 * A fresh context on the test server, in the given language. English is chosen the way the
 * language button does it (a POST to /language), and its cookie put into the context.
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions & { lang?: Lang } = {},
): Promise<BrowserContext> {
  const { lang = "zh-CN", ...contextOptions } = options;
  const context = await browser.newContext({ baseURL, ...contextOptions });
  if (lang !== "zh-CN") {
    const pair = await languageCookie(baseURL, lang);
    const eq = pair.indexOf("=");
    await context.addCookies([{ name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseURL }]);
  }
  return context;
}

/** Waits until Remix has hydrated the page (its router exists and is initialised). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as any).__remixRouter?.state?.initialized));
}

// ---------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url);
let axeSourceCache: string | undefined;
function axeSource(): string {
  axeSourceCache ??= fs.readFileSync(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  return axeSourceCache;
}

export type AxeViolation = {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  summaries: string[];
};

/** Runs axe-core on the whole document; returns the violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the board's Content-Security-Policy refuses inline scripts without its nonce.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return (results.violations as any[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id as string,
        impact: v.impact as string,
        help: v.help as string,
        helpUrl: v.helpUrl as string,
        targets: (v.nodes as any[]).map((n) => (n.target as string[]).join(" ")),
        summaries: (v.nodes as any[]).map((n) => String(n.failureSummary ?? "").replace(/\s+/g, " ").trim()),
      }));
  });
}

/** A readable list of violations, for an assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.targets.map((t, i) => `      at ${t}${v.summaries[i] ? ` — ${v.summaries[i]}` : ""}`).join("\n"),
    )
    .join("\n");
}

// ---------------------------------------------------------------------------------------------
// Layout

/** Asserts that the page cannot scroll sideways; names the elements that stick out if it can. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const m = await page.evaluate(() => {
    const width = window.innerWidth;
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) {
        const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
        offenders.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls} (right edge ${Math.round(r.right)}px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders: offenders.slice(0, 8) };
  });
  expect(
    m.scrollWidth,
    `${label}: scrolls sideways (scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}); sticking out: ${m.offenders.join(", ")}`,
  ).toBeLessThanOrEqual(m.innerWidth);
}

/**
 * Asserts that a control can be used: visible, inside the viewport's width once scrolled to,
 * and not covered by anything else at its centre.
 */
export async function expectUsable(locator: Locator, label: string): Promise<void> {
  await expect.poll(() => locator.isVisible(), { message: `${label} is not visible`, timeout: 5_000 }).toBe(true);
  await locator.scrollIntoViewIfNeeded();
  const m = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      left: r.left,
      right: r.right,
      width: r.width,
      height: r.height,
      innerWidth: window.innerWidth,
      onTop: Boolean(hit && (hit === el || el.contains(hit))),
      hit: hit ? hit.outerHTML.slice(0, 120) : "nothing",
    };
  });
  expect(m.width * m.height, `${label} has no size`).toBeGreaterThan(0);
  expect(m.left, `${label} starts left of the viewport (${m.left}px)`).toBeGreaterThanOrEqual(0);
  expect(m.right, `${label} ends past the viewport width (${m.right}px > ${m.innerWidth}px)`).toBeLessThanOrEqual(m.innerWidth);
  expect(m.onTop, `${label} is covered at its centre by ${m.hit}`).toBe(true);
}

/** Where screenshots go: E2E_SCREENSHOT_DIR, else a fresh directory under the system's temp dir. */
export function screenshotDir(): string {
  const dir = process.env.E2E_SCREENSHOT_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "board-e2e-screenshots-"));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Reads a computed style property of the first element matching a selector ("absent" if none). */
export async function computedStyle(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(
    ([sel, prop]) => {
      const el = document.querySelector(sel!);
      return el ? getComputedStyle(el).getPropertyValue(prop!) : "absent";
    },
    [selector, property],
  );
}
