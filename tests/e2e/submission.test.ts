// The board's write side in Chromium, as people use it: a company posts a capability with
// JavaScript off, gets its mistakes back beside the fields with everything it typed, fixes them
// and gets its code and private management link; the moderator signs in and approves it; a
// visitor finds it in the list, in search and in a fitting scenario's matches; another
// organisation registers 对接意向 with JavaScript on; the management link shows it with its
// contact, which the public page never shows. Then the scenario form's client-side checks, and the
// form in English.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInShanghai } from "../../app/utils/dates";
import { formatViolations, launchBrowser, newContext, seriousViolations, waitForHydration } from "../support/browser";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

const ADMIN_EMAIL = "admin@example.cn";
const ADMIN_PASSWORD = "e2e-moderator-Passw0rd";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({
      env: {
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        SESSION_SECRET: "e2e-session-secret-0123456789",
        // Many form posts from one client in a few minutes: the limit is not what is tested here.
        RATE_LIMIT_POSTS: "100000",
      },
    }),
    launchBrowser(),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LONG = 180_000;
/** How long a poll waits for the page to catch up (a busy two-core machine). */
const POLL = { timeout: 15_000 };

// The scenario the new capability is written to fit: an exhibition's panoramic live stream and
// VR visit (影像采集, 商业消费, no deadline, so it stays open whatever the date).
const SCENARIO = "CJ-037";
const scenario = firstBatch.scenarios.find((s) => s.code === SCENARIO)!;

/** A word no listing of the first batch contains, so the new capability is the only one it finds. */
const DISTINCT = "星穹";

const capability = {
  title: `${DISTINCT}展会全景直播与VR云看展`,
  organization: "宝安示例影像科技有限公司",
  category: "影像采集",
  domains: ["商业消费", "文化旅游"],
  maturity: "规模应用",
  tags: "全景直播、VR看展、云看展、全景拍摄",
  description:
    "为大型展会提供全景拍摄和全景直播：多台8K全景相机分点位架设，观众在手机、电脑或VR设备上可自由转动视角，" +
    "按展馆平面图跳转到各展区，并能一键联系参展商，让来不了现场的海外采购商线上云看展。单场可覆盖10万平方米展馆，" +
    "开幕式等重点时段双链路直播保障。",
  cases: "2025年某国际展会全景直播与VR看展（示例）",
  contactName: "李工",
  contactPhone: "13800138000",
};
const TOO_SHORT = "能做全景直播。";
const NOT_A_PHONE = "12345";

const interest = {
  organization: "宝安国际会展服务（示例）公司",
  contactName: "陈经理",
  contactPhone: "13912345678",
  contactEmail: "chen-demo@example.cn",
  message: "我们每年承办多场大型展会，希望在明年春季展会上试用贵司的全景直播与云看展服务，请与我们联系。",
};

/** What the walk learns on its way: the new capability's code and its management link. */
const created: { code?: string; manageUrl?: string; interestSent?: boolean } = {};

const chars = (s: string) => [...s].length;

/** Collects uncaught errors and console errors of a page, for a final "nothing went wrong" check. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** Counts the POST requests a page sends (to tell a client-side check from a round trip). */
function watchPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  return posts;
}

/**
 * The messages beside a control (the `.field-errors` list in its field), whether the control's
 * aria-describedby names that list, and whether it is marked invalid. For a checkbox group the
 * control is its fieldset.
 */
async function errorsBeside(control: Locator) {
  return control.evaluate((el) => {
    const field = el.closest(".field");
    const list = field?.querySelector(":scope > .field-errors") ?? null;
    const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return {
      messages: list ? Array.from(list.querySelectorAll("li"), (li) => li.textContent ?? "") : [],
      linked: Boolean(list?.id) && ids.includes(list!.id),
      invalid: el.getAttribute("aria-invalid") === "true" || Boolean(field?.classList.contains("field-invalid")),
    };
  });
}

/** The accessible description Chromium computes for an element (what a screen reader reads after the name). */
async function accessibleDescription(page: Page, id: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#${id}` });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return String(nodes[0]?.description?.value ?? "");
  } finally {
    await cdp.detach();
  }
}

const axeSource = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve("axe-core")), "axe.min.js"), "utf8");

/**
 * Runs axe-core on the page (JavaScript must be on). axe is put into the page through the DevTools
 * protocol first: the board's Content-Security-Policy rightly refuses the inline script tag that
 * seriousViolations would otherwise add.
 */
async function expectNoSeriousViolations(page: Page, label: string) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await seriousViolations(page);
  // Soft: an accessibility fault is reported, and the walk still goes on to the next step.
  expect.soft(violations, `${label}: ${violations.length} serious/critical axe violation(s):\n${formatViolations(violations)}`).toEqual([]);
}

/** Clicks a submit button and returns the response to the POST it sends (a plain form post, JavaScript off). */
async function submitForm(page: Page, button: Locator) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
    button.click(),
  ]);
  await page.waitForLoadState();
  return response;
}

const capabilityForm = (page: Page) => page.locator("form#capability-form");

/** The capability form's controls, found the way a person finds them: by their labels. */
function capabilityFields(page: Page) {
  const form = capabilityForm(page);
  return {
    form,
    title: form.getByLabel("能力名称"),
    organization: form.getByLabel("企业/机构"),
    category: form.getByLabel("产业环节"),
    domains: form.getByRole("group", { name: /^适用领域/ }),
    domain: (name: string) => form.getByRole("checkbox", { name, exact: true }),
    maturity: form.getByLabel("成熟度"),
    tags: form.getByLabel("关键词"),
    description: form.getByLabel("能力描述"),
    cases: form.getByLabel("典型案例"),
    contactName: form.getByLabel("联系人"),
    contactPhone: form.getByLabel("联系电话"),
    contactEmail: form.getByLabel("电子邮箱"),
    submit: form.getByRole("button", { name: "提交审核", exact: true }),
  };
}

describe("a capability from submission to 对接意向", () => {
  it(
    "without JavaScript: a rejected form answers 400 with each message beside its field and keeps the input; fixed, it gives the code and the management link",
    async () => {
      const context = await newContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        // From the header's 发布 to the capability form.
        await page.goto("/");
        await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "发布", exact: true }).click();
        await page.waitForURL((url) => url.pathname === "/submit");
        await page.getByRole("link", { name: "发布能力", exact: true }).click();
        await page.waitForURL((url) => url.pathname === "/capabilities/new");
        expect(await page.locator("h1").textContent()).toBe("发布能力");

        // Everything filled in, with three mistakes: a description too short, a phone that is not
        // one, and no 适用领域 ticked.
        const f = capabilityFields(page);
        await f.title.fill(capability.title);
        await f.organization.fill(capability.organization);
        await f.category.selectOption({ label: capability.category });
        await f.maturity.selectOption({ label: capability.maturity });
        await f.tags.fill(capability.tags);
        await f.description.fill(TOO_SHORT);
        await f.cases.fill(capability.cases);
        await f.contactName.fill(capability.contactName);
        await f.contactPhone.fill(NOT_A_PHONE);
        const rejected = await submitForm(page, f.submit);
        expect(rejected.status(), "a rejected submission answers 400").toBe(400);
        expect(new URL(page.url()).pathname).toBe("/capabilities/new");

        // Each message beside its field, linked to it by aria-describedby.
        expect(await errorsBeside(f.description)).toEqual({
          messages: [`能力描述至少 20 个字（现在 ${chars(TOO_SHORT)} 个）`],
          linked: true,
          invalid: true,
        });
        expect(await errorsBeside(f.contactPhone)).toEqual({
          messages: ["联系电话应为手机号（如 13800138000）或带区号的座机（如 0755-12345678）"],
          linked: true,
          invalid: true,
        });
        expect(await errorsBeside(f.domains)).toEqual({ messages: ["请至少选择一个适用领域"], linked: true, invalid: true });
        for (const [name, control] of Object.entries({
          title: f.title,
          organization: f.organization,
          category: f.category,
          maturity: f.maturity,
          tags: f.tags,
          contactName: f.contactName,
          contactEmail: f.contactEmail,
        })) {
          expect(await errorsBeside(control), `${name} was right and has no message`).toEqual({ messages: [], linked: false, invalid: false });
        }
        // The summary at the top of the form.
        const problems = f.form.locator(".form-problems");
        expect(await problems.isVisible()).toBe(true);
        expect(await problems.getAttribute("role")).toBe("alert");
        expect((await problems.textContent())?.trim()).toBe("有 3 处需要修改，请查看标出的栏目。");

        // Everything typed is still there.
        expect(await f.title.inputValue()).toBe(capability.title);
        expect(await f.organization.inputValue()).toBe(capability.organization);
        expect(await f.category.inputValue()).toBe(capability.category);
        expect(await f.maturity.inputValue()).toBe(capability.maturity);
        expect(await f.tags.inputValue()).toBe(capability.tags);
        expect(await f.description.inputValue()).toBe(TOO_SHORT);
        expect(await f.cases.inputValue()).toBe(capability.cases);
        expect(await f.contactName.inputValue()).toBe(capability.contactName);
        expect(await f.contactPhone.inputValue()).toBe(NOT_A_PHONE);
        expect(await f.contactEmail.inputValue()).toBe("");

        // Fix the three mistakes and send again.
        await f.description.fill(capability.description);
        for (const d of capability.domains) await f.domain(d).check();
        await f.contactPhone.fill(capability.contactPhone);
        const accepted = await submitForm(page, f.submit);
        expect(accepted.status(), "an accepted submission redirects (303)").toBe(303);
        await page.waitForURL((url) => url.pathname.startsWith("/manage/") && url.searchParams.has("new"));

        // The confirmation: the code, waiting for review, and the private management link.
        expect(await page.locator("h1").textContent()).toBe("已提交，等待审核");
        const code = (await page.locator(".manage-status dd.code").textContent()) ?? "";
        expect(code).toMatch(new RegExp(`^NL-${todayInShanghai().slice(0, 4)}-\\d{4}$`));
        expect(await page.locator(".lead").textContent()).toBe(`您的提交已收到，编号 ${code}。审核通过后将在清单中公开。`);
        expect(await page.locator(".manage-status [data-status]").textContent()).toBe("待审核");
        const link = page.locator("a.manage-url");
        const manageUrl = (await link.getAttribute("href")) ?? "";
        expect(await link.textContent()).toBe(manageUrl);
        const token = new URL(manageUrl).pathname.replace(/^\/manage\//, "");
        expect(manageUrl).toBe(`${server.url}/manage/${token}`);
        expect(token, "the management token is long and random").toMatch(/^[A-Za-z0-9_-]{32,}$/);
        expect(new URL(page.url()).pathname).toBe(`/manage/${token}`);
        // The preview shows what was sent, the fixed values included.
        const preview = page.locator("section.preview");
        expect(await preview.getByRole("heading", { level: 2, name: capability.title }).count()).toBe(1);
        expect(await preview.textContent()).toContain(capability.description);

        created.code = code;
        created.manageUrl = manageUrl;
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "the moderator signs in, finds it in the queue, reviews it as it will be published and approves it",
    async () => {
      const { code } = created;
      expect(code, "the submission step gave a code").toBeTruthy();
      // Not public while pending: not in the API, the list, search or the scenario's matches. (These
      // pages are visited now so that, once approved, a page kept from before would show.)
      expect((await fetch(`${server.url}/api/capabilities/${code}`)).status).toBe(404);
      const visitor = await newContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await visitor.newPage();
        expect((await page.goto(`/capabilities/${code}`))?.status()).toBe(404);
        await page.goto(`/capabilities?q=${encodeURIComponent(DISTINCT)}`);
        expect(await page.locator("section.results .code").allTextContents()).not.toContain(code);
        await page.goto(`/search?q=${encodeURIComponent(DISTINCT)}`);
        expect(await page.locator("section.results .code").allTextContents()).not.toContain(code);
        await page.goto(`/scenarios/${SCENARIO}`);
        expect(await page.locator("section.match-panel li.match-item .code").count()).toBeGreaterThan(0);
        expect(await page.locator("section.match-panel li.match-item .code").allTextContents()).not.toContain(code);
      } finally {
        await visitor.close();
      }

      const context = await newContext(browser, server.url);
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto("/admin");
        await page.waitForURL((url) => url.pathname === "/admin/login");
        expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/admin");
        await waitForHydration(page);
        await page.getByLabel("电子邮箱").fill(ADMIN_EMAIL);
        await page.getByLabel("密码").fill(ADMIN_PASSWORD);
        await page.getByRole("button", { name: "登录", exact: true }).click();
        await page.waitForURL((url) => url.pathname === "/admin");

        // The queue holds the entry, shown as its card will look.
        const item = page.locator("li.queue-item").filter({ has: page.locator(".code", { hasText: code! }) });
        await expect.poll(() => item.count(), { message: `${code} in the queue`, ...POLL }).toBe(1);
        expect(await item.getByRole("link", { name: capability.title, exact: true }).count()).toBe(1);
        await item.getByRole("link", { name: `审核 ${code}`, exact: true }).click();
        await page.waitForURL((url) => url.pathname === `/admin/listings/capability/${code}`);

        // The review page: pending, the preview with the title and the text.
        await expect.poll(() => page.locator(".manage-status [data-status]").getAttribute("data-status"), POLL).toBe("pending");
        const preview = page.locator("section.preview");
        expect(await preview.getByRole("heading", { level: 2, name: capability.title, exact: true }).count()).toBe(1);
        expect(await preview.textContent()).toContain(capability.organization);
        expect(await preview.textContent()).toContain(capability.description);
        await expectNoSeriousViolations(page, `/admin/listings/capability/${code}`);

        await page.getByRole("button", { name: "通过并发布", exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get("done") === "approve");
        const notice = page.getByRole("status");
        await expect.poll(() => notice.textContent(), POLL).toBe(`${code} 已发布。 查看公开页面`);
        expect(await page.locator(".manage-status [data-status]").textContent()).toBe("已发布");
        expect(await page.getByRole("button", { name: "通过并发布" }).count()).toBe(0);
        expect(errors, errors.join("\n")).toEqual([]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "a visitor finds it in the capability list, in search and among the fitting scenario's matches",
    async () => {
      const { code } = created;
      expect(code, "the submission step gave a code").toBeTruthy();
      const context = await newContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const cardCodes = () => page.locator("section.results ol.cards > li .card-meta .code").allTextContents();

        // The list, narrowed by its keyword box.
        await page.goto("/capabilities");
        await page.getByLabel("关键词", { exact: true }).fill(DISTINCT);
        await page.getByRole("button", { name: "筛选", exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get("q") === DISTINCT);
        expect(await cardCodes()).toEqual([code]);
        await page.getByRole("link", { name: capability.title, exact: true }).click();
        await page.waitForURL((url) => url.pathname === `/capabilities/${code}`);
        expect(await page.locator("h1").textContent()).toBe(capability.title);

        // The header's search box.
        const headerSearch = page.getByRole("search", { name: "搜索全站" });
        await headerSearch.getByRole("searchbox").fill(DISTINCT);
        await headerSearch.getByRole("searchbox").press("Enter");
        await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === DISTINCT);
        expect(await cardCodes()).toContain(code);
        const card = page.locator("section.results ol.cards > li").filter({ has: page.locator(".code", { hasText: code! }) });
        expect(await card.locator(".card-title mark").allTextContents()).toContain(DISTINCT);

        // The scenario it was written for lists it among its matches.
        const res = await fetch(`${server.url}/api/scenarios/${SCENARIO}/matches?limit=50`);
        expect(res.status).toBe(200);
        const api = ((await res.json()) as { results: { code: string }[] }).results.map((r) => r.code);
        expect(api, `${SCENARIO}'s matches in the API`).toContain(code);
        await page.goto(`/scenarios/${SCENARIO}`);
        expect(await page.locator("h1").textContent()).toBe(scenario.title);
        const panel = page.locator("section.match-panel");
        const shown = await panel.locator("li.match-item .code").allTextContents();
        expect(shown, `${SCENARIO}'s match panel (the API ranks ${code} number ${api.indexOf(code!) + 1})`).toContain(code);
        const item = panel.locator("li.match-item").filter({ has: page.locator(".code", { hasText: code! }) });
        expect(await item.getByRole("link", { name: capability.title, exact: true }).count()).toBe(1);
        expect(await item.locator(".match-reasons li").allTextContents()).toEqual(
          expect.arrayContaining([`同属产业环节：${scenario.category}`, `应用领域相符：${scenario.domain}`]),
        );
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "with JavaScript: 对接意向 checks a field left empty as soon as the visitor moves on, then is received and counted",
    async () => {
      const { code } = created;
      expect(code, "the submission step gave a code").toBeTruthy();
      const context = await newContext(browser, server.url);
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`/capabilities/${code}`);
        await waitForHydration(page);
        const panel = page.locator("section#interest");
        expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe("表达对接意向");
        expect(await panel.locator(".interest-count").textContent()).toBe("还没有单位表达对接意向。");

        const form = panel.locator("form");
        const organization = form.getByLabel("企业/机构");
        const contactName = form.getByLabel("联系人");
        const posts = watchPosts(page);

        // Leave 联系人 empty and move on: its message appears at once, without a request.
        await organization.fill(interest.organization);
        await contactName.focus();
        await contactName.press("Tab");
        await expect
          .poll(() => errorsBeside(contactName), { message: "联系人's message after leaving it empty", ...POLL })
          .toEqual({ messages: ["请填写联系人"], linked: true, invalid: true });
        expect(await errorsBeside(organization)).toEqual({ messages: [], linked: false, invalid: false });
        expect(posts, "the check needed no round trip").toEqual([]);

        // Typing the name clears it.
        await contactName.fill(interest.contactName);
        await expect.poll(() => errorsBeside(contactName), POLL).toEqual({ messages: [], linked: false, invalid: false });

        await form.getByLabel("联系电话").fill(interest.contactPhone);
        await form.getByLabel("电子邮箱").fill(interest.contactEmail);
        await form.getByLabel("留言").fill(interest.message);
        await form.getByRole("button", { name: "提交对接意向", exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get("interest") === "sent");
        expect(posts.length, "one post sent the form").toBe(1);

        await expect.poll(() => panel.getByRole("status").textContent(), POLL).toBe("已收到您的对接意向，清单发布方和平台将与您联系。");
        expect(await panel.locator(".interest-count").textContent()).toBe("已有 1 家单位表达对接意向");
        created.interestSent = true;
        expect(errors, errors.join("\n")).toEqual([]);

        // The public page shows only the count: nothing of the 对接意向 itself, in its HTML or in the
        // data that comes with it.
        const fresh = await context.newPage();
        await fresh.goto(`/capabilities/${code}`);
        expect(await fresh.locator(".interest-count").textContent()).toBe("已有 1 家单位表达对接意向");
        const html = await fresh.content();
        for (const [name, value] of Object.entries(interest)) {
          expect(html, `the public page shows the interest's ${name}`).not.toContain(value);
        }
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "the management link shows 已发布 and the 对接意向 with the interested party's contact",
    async () => {
      const { code, manageUrl, interestSent } = created;
      expect(manageUrl, "the submission step gave a management link").toBeTruthy();
      expect(interestSent, "the 对接意向 step registered one").toBe(true);
      // JavaScript on: axe-core runs in the page.
      const context = await newContext(browser, server.url);
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        const res = await page.goto(manageUrl!);
        expect(res?.status()).toBe(200);
        await waitForHydration(page);
        expect(await page.locator("h1").textContent()).toBe(`管理 ${code}`);
        const status = page.locator(".manage-status [data-status]");
        expect(await status.getAttribute("data-status")).toBe("published");
        expect(await status.textContent()).toBe("已发布");
        expect(await page.getByRole("link", { name: "查看公开页面" }).getAttribute("href")).toBe(`/capabilities/${code}`);

        const received = page.locator("section.manage-interests li.interest-item");
        expect(await received.count()).toBe(1);
        expect(await received.locator(".interest-org").textContent()).toBe(`${interest.organization} · ${interest.contactName}`);
        expect(await received.locator(".interest-contact").textContent()).toBe(`${interest.contactPhone} · ${interest.contactEmail}`);
        expect(await received.locator(".interest-message").textContent()).toBe(interest.message);
        // Once published the entry can no longer be edited through the link.
        expect(await page.locator("form#capability-form").count()).toBe(0);

        await expectNoSeriousViolations(page, "the management page");
        expect(errors, errors.join("\n")).toEqual([]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});

describe("the form's messages", () => {
  it(
    "name every problem at once: an empty form is also told to give a phone or an email",
    async () => {
      const context = await newContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto("/capabilities/new");
        const f = capabilityFields(page);
        const res = await submitForm(page, f.submit);
        expect(res.status()).toBe(400);
        expect((await errorsBeside(f.title)).messages).toEqual(["请填写能力名称"]);
        expect((await errorsBeside(f.contactName)).messages).toEqual(["请填写联系人"]);
        // Otherwise the person fixes everything shown, sends again, and only then learns this.
        expect((await errorsBeside(f.contactPhone)).messages, "beside 联系电话").toEqual(["联系电话和电子邮箱至少填写一项"]);
        expect((await errorsBeside(f.contactEmail)).messages, "beside 电子邮箱").toEqual(["联系电话和电子邮箱至少填写一项"]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "are each read once by a screen reader, with the field's hint",
    async () => {
      const context = await newContext(browser, server.url, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto("/capabilities/new");
        const f = capabilityFields(page);
        await f.title.fill("星穹");
        await submitForm(page, f.submit);
        const message = "能力名称至少 4 个字（现在 2 个）";
        expect((await errorsBeside(f.title)).messages).toEqual([message]);
        const ids = ((await f.title.getAttribute("aria-describedby")) ?? "").split(/\s+/);
        expect(ids, "aria-describedby names each element once").toEqual([...new Set(ids)]);
        const hint = "4–80 个字，一句话说清能做什么";
        const description = await accessibleDescription(page, "capability-form-title");
        expect(description.split(message).length - 1, `the message read once in “${description}”`).toBe(1);
        expect(description.split(hint).length - 1, `the hint read once in “${description}”`).toBe(1);
        expect(await accessibleDescription(page, "capability-form-organization")).toBe("请填写企业/机构");
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});

describe("accessibility", () => {
  it(
    "axe-core finds no serious or critical violation on the capability form showing a rejection's messages",
    async () => {
      // JavaScript on, since axe-core runs in the page; the form is sent natively, so the page is
      // the server's 400 answer, the one a browser without JavaScript gets.
      const context = await newContext(browser, server.url);
      try {
        const page = await context.newPage();
        await page.goto("/capabilities/new");
        await waitForHydration(page);
        const f = capabilityFields(page);
        await f.title.fill(capability.title);
        await f.organization.fill(capability.organization);
        await f.category.selectOption({ label: capability.category });
        await f.tags.fill(capability.tags);
        await f.description.fill(TOO_SHORT);
        await f.contactName.fill(capability.contactName);
        await f.contactPhone.fill(NOT_A_PHONE);
        const [res] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
          f.form.evaluate((form) => (form as HTMLFormElement).submit()),
        ]);
        expect(res.status()).toBe(400);
        await page.waitForLoadState();
        await waitForHydration(page);
        expect((await errorsBeside(f.description)).messages).toEqual([`能力描述至少 20 个字（现在 ${chars(TOO_SHORT)} 个）`]);
        expect((await errorsBeside(f.maturity)).messages).toEqual(["请选择成熟度"]);
        expect((await errorsBeside(f.domains)).messages).toEqual(["请至少选择一个适用领域"]);
        expect(await f.form.locator(".form-problems").isVisible()).toBe(true);
        await expectNoSeriousViolations(page, "/capabilities/new with a rejection's messages");
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});

describe("the scenario form with JavaScript", () => {
  it(
    "shows a required field's message when the visitor tabs away, and an invalid form does not leave the page but points at the first problem",
    async () => {
      const context = await newContext(browser, server.url);
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto("/scenarios/new");
        await waitForHydration(page);
        const before = page.url();
        const posts = watchPosts(page);
        const form = page.locator("form#scenario-form");
        const title = form.getByLabel("场景名称");
        const publisher = form.getByLabel("发布单位");

        await title.focus();
        await title.press("Tab");
        await expect
          .poll(() => errorsBeside(title), { message: "场景名称's message after tabbing away", ...POLL })
          .toEqual({ messages: ["请填写场景名称"], linked: true, invalid: true });
        expect(await publisher.evaluate((el) => el === document.activeElement), "Tab moved on to 发布单位").toBe(true);

        // A valid title clears its message; the rest left empty.
        await title.fill("社区活动全景直播");
        await expect.poll(() => errorsBeside(title), POLL).toEqual({ messages: [], linked: false, invalid: false });
        await form.getByRole("button", { name: "提交审核", exact: true }).click();

        await expect
          .poll(() => errorsBeside(publisher), { message: "发布单位's message after submitting", ...POLL })
          .toEqual({ messages: ["请填写发布单位"], linked: true, invalid: true });
        expect((await errorsBeside(form.getByLabel("产业环节"))).messages).toEqual(["请选择产业环节"]);
        expect((await errorsBeside(form.getByLabel("应用领域"))).messages).toEqual(["请选择应用领域"]);
        expect((await errorsBeside(form.getByLabel("场景描述"))).messages).toEqual(["请填写场景描述"]);
        expect((await errorsBeside(form.getByLabel("联系人"))).messages).toEqual(["请填写联系人"]);
        expect(await form.locator(".form-problems").isVisible()).toBe(true);
        await expect
          .poll(() => publisher.evaluate((el) => el === document.activeElement), { message: "the first field with a problem has the focus", ...POLL })
          .toBe(true);
        expect(page.url(), "the page did not navigate").toBe(before);
        expect(posts, "nothing was sent").toEqual([]);
        expect(await title.inputValue()).toBe("社区活动全景直播");
        expect(errors, errors.join("\n")).toEqual([]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});

describe("in English", () => {
  const englishLabels = {
    title: "Capability title",
    organization: "Organisation",
    category: "Industry segment",
    maturity: "Maturity",
    tags: "Keywords",
    description: "Capability description",
    contactName: "Contact person",
    contactPhone: "Phone",
    contactEmail: "Email",
  };

  it(
    "the capability form's labels and a rejection's messages are in English",
    async () => {
      const context = await newContext(browser, server.url, { javaScriptEnabled: false, lang: "en" });
      try {
        const page = await context.newPage();
        await page.goto("/capabilities/new");
        expect(await page.locator("html").getAttribute("lang")).toBe("en");
        expect(await page.locator("h1").textContent()).toBe("Post a capability");
        const form = capabilityForm(page);
        const field = (label: string) => form.getByLabel(label);
        for (const [name, label] of Object.entries(englishLabels)) {
          expect(await field(label).getAttribute("name"), `the control labelled ${label}`).toBe(name);
        }
        expect(await form.getByRole("group", { name: /^Application domains/ }).count()).toBe(1);
        expect(await form.getByRole("checkbox", { name: "Culture & Tourism" }).count()).toBe(1);

        await field("Capability title").fill("VR");
        await field("Phone").fill(NOT_A_PHONE);
        const res = await submitForm(page, form.getByRole("button", { name: "Submit for review", exact: true }));
        expect(res.status()).toBe(400);
        expect(await errorsBeside(field("Capability title"))).toEqual({
          messages: ["Capability title needs at least 4 characters (now 2)"],
          linked: true,
          invalid: true,
        });
        expect((await errorsBeside(field("Organisation"))).messages).toEqual(["Please fill in organisation"]);
        expect((await errorsBeside(field("Industry segment"))).messages).toEqual(["Please choose industry segment"]);
        expect((await errorsBeside(form.getByRole("group", { name: /^Application domains/ }))).messages).toEqual([
          "Please choose at least one application domain",
        ]);
        expect((await errorsBeside(field("Capability description"))).messages).toEqual(["Please fill in capability description"]);
        expect((await errorsBeside(field("Phone"))).messages).toEqual([
          "Give a mobile number (e.g. 13800138000) or a landline with its area code (e.g. 0755-12345678)",
        ]);
        expect((await form.locator(".form-problems").textContent())?.trim()).toMatch(/^\d+ fields need correcting; see the marked fields\.$/);
        expect(await field("Capability title").inputValue()).toBe("VR");
        expect(await field("Phone").inputValue()).toBe(NOT_A_PHONE);
        // No Chinese left in the form's messages.
        for (const text of await form.locator(".field-errors li, .form-problems").allTextContents()) {
          expect(text, "an English message").not.toMatch(/\p{Script=Han}/u);
        }
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "the English labels are written with English punctuation, not Chinese full-width brackets",
    async () => {
      const context = await newContext(browser, server.url, { javaScriptEnabled: false, lang: "en" });
      try {
        const page = await context.newPage();
        await page.goto("/capabilities/new");
        const labels = await capabilityForm(page).locator(".field > label, .checkbox-group > legend").allTextContents();
        expect(labels.length).toBeGreaterThan(5);
        for (const label of labels) expect(label, "an English label").not.toMatch(/[（）]/);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});
