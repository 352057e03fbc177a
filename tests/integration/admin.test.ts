// The moderators' side over HTTP: every admin page and action refused without a valid session,
// sign-in (wrong password, lock), sign-out, the whole moderation path with its audit log, and the
// upload of the official list at /admin/import — against the production server on its own SQLite file.
import { createCookie } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN,
  HONEYPOT,
  SESSION_SECRET,
  auditRows,
  boardEnv,
  codeOnManagePage,
  fieldErrors,
  fieldValue,
  fingerprint,
  formProblems,
  get,
  listingRow,
  login,
  post,
  statusOnPage,
  textOf,
  tokenFrom,
  validCapability,
  validScenario,
  withDb,
  type Fields,
} from "../support/forms";
import { startServer, type TestServer } from "../support/server";

type Kind = "scenario" | "capability";
const PATH: Record<Kind, string> = { scenario: "/scenarios", capability: "/capabilities" };

let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startServer({ env: boardEnv() });
  cookie = await login(server.url);
}, 120_000);
afterAll(() => server?.stop());

const url = () => server.url;

async function submit(kind: Kind, fields: Fields): Promise<{ code: string; token: string }> {
  const res = await post(url(), `${PATH[kind]}/new`, fields);
  expect(res.status, res.body.slice(0, 300)).toBe(303);
  const token = tokenFrom(res.location);
  const page = await get(url(), `/manage/${token}`);
  return { code: codeOnManagePage(page.body)!, token };
}

/** A local address with its query written one way (a comma may come back as %2C). */
function normalised(path: string): string {
  const u = new URL(path, "http://board.invalid");
  return `${u.pathname}?${new URLSearchParams(u.search).toString()}`;
}

const review = (kind: Kind, code: string) => `/admin/listings/${kind}/${encodeURIComponent(code)}`;

function act(kind: Kind, code: string, intent: string, fields: Fields = {}, session = cookie) {
  return post(url(), `${review(kind, code)}?intent=${intent}`, fields, { cookie: session });
}

function importForm(intent: "preview" | "confirm", file?: { name: string; content: string }, id?: string): FormData {
  const form = new FormData();
  form.append("intent", intent);
  if (file) form.append("file", new Blob([file.content], { type: "application/json" }), file.name);
  if (id !== undefined) form.append("id", id);
  return form;
}

function sessions(): number {
  return withDb(server.dbPath, (db) => (db.prepare("SELECT count(*) AS n FROM admin_sessions").get() as { n: number }).n);
}

/** The codes a public JSON API result lists. */
async function apiCodes(path: string): Promise<string[]> {
  const res = await get(url(), path);
  expect(res.status, path).toBe(200);
  const json = JSON.parse(res.body);
  return (json.items ?? json.results).map((i: { code: string }) => i.code);
}

const goodImport = {
  scenarios: [
    {
      code: "CJ-901",
      title: "导入测试：图书馆古籍数字化采集",
      publisher: "宝安区图书馆",
      category: "影像采集",
      domain: "公共文化",
      tags: ["古籍数字化"],
      description: "对馆藏古籍进行高精度数字化采集，建立影像档案并提供线上展示。",
    },
  ],
  capabilities: [
    {
      code: "NL-901",
      title: "导入测试：高精度文物扫描服务",
      organization: "某某数字文保有限公司",
      category: "影像采集",
      domains: ["公共文化", "文化旅游"],
      tags: ["文物扫描"],
      description: "提供文物与古籍的高精度二维、三维扫描和色彩管理服务。",
      maturity: "规模应用",
    },
  ],
};

describe("admin pages and actions refuse anyone without a valid session", () => {
  let pending = "";
  const secretPhone = "13700001111";
  const refusals: { name: string; cookie?: string }[] = [];

  beforeAll(async () => {
    ({ code: pending } = await submit("scenario", validScenario({ title: "未登录测试用的待审核场景" })));
    // Something private for the admin pages to hold: a 对接意向 with contact details.
    const interest = await post(url(), "/scenarios/CJ-001", {
      [HONEYPOT]: "",
      intent: "interest",
      organization: "未登录测试意向单位",
      contactName: "赵保密",
      contactPhone: secretPhone,
      message: "我们可以承接夜游项目，请联系。",
    });
    expect(interest.status).toBe(303);
    const right = createCookie("board_admin", { secrets: [SESSION_SECRET] });
    const wrong = createCookie("board_admin", { secrets: ["a-different-secret-0123456789"] });
    const realToken = (await right.parse(cookie)) as string;
    expect(typeof realToken).toBe("string");
    const header = async (c: ReturnType<typeof createCookie>, value: string) => (await c.serialize(value)).split(";")[0]!;
    refusals.push(
      { name: "no cookie" },
      { name: "a garbage cookie", cookie: "board_admin=garbage" },
      { name: "an empty cookie", cookie: "board_admin=" },
      { name: "the real session token signed with another secret", cookie: await header(wrong, realToken) },
      { name: "the real session token unsigned", cookie: `board_admin=${Buffer.from(JSON.stringify(realToken)).toString("base64")}` },
      { name: "a correctly signed token that is no session", cookie: await header(right, "A".repeat(43)) },
      { name: "the real cookie under another name", cookie: `board_admin_x=${cookie.split("=").slice(1).join("=")}` },
    );
  }, 120_000);

  const GETS = () => [
    "/admin",
    "/admin/listings",
    "/admin/listings?status=pending&kind=scenario",
    review("scenario", pending),
    review("capability", "NL-001"),
    review("scenario", "CJ-9999"),
    "/admin/audit",
    "/admin/interests",
    "/admin/import",
    "/admin/import?done=1,0,1,0",
  ];

  it("redirects every admin page to the sign-in page with redirectTo, showing nothing", async () => {
    for (const r of refusals) {
      for (const path of GETS()) {
        const res = await get(url(), path, r.cookie);
        expect(res.status, `${r.name}: ${path}`).toBe(303);
        const target = new URL(res.location ?? "", "http://board.invalid");
        expect(target.pathname, `${r.name}: ${path}`).toBe("/admin/login");
        expect(normalised(target.searchParams.get("redirectTo") ?? ""), `${r.name}: ${path}`).toBe(normalised(path));
        expect(res.body).not.toContain(secretPhone);
        expect(res.body).not.toContain("未登录测试用的待审核场景");
      }
    }
  });

  it("redirects the pages' data requests (Remix .data) too, without their data", async () => {
    for (const r of refusals) {
      for (const path of ["/admin.data", "/admin/interests.data", "/admin/audit.data", "/admin/listings.data", `${review("scenario", pending)}.data`, "/admin/import.data"]) {
        const res = await get(url(), path, r.cookie);
        expect([202, 204, 303], `${r.name}: ${path}`).toContain(res.status);
        expect(`${res.location ?? ""} ${res.headers.get("x-remix-redirect") ?? ""} ${res.body}`, path).toContain("/admin/login");
        expect(res.body, path).not.toContain(secretPhone);
        expect(res.body, path).not.toContain("未登录测试用的待审核场景");
        expect(res.body, path).not.toContain("赵保密");
      }
    }
  });

  it("refuses every action (approve, reject, close, edit, import preview and confirm) and changes nothing", async () => {
    const before = fingerprint(server.dbPath);
    const file = { name: "board.json", content: JSON.stringify(goodImport) };
    for (const r of refusals) {
      const actions: [string, Fields | FormData][] = [
        [`${review("scenario", pending)}?intent=approve`, {}],
        [`${review("scenario", pending)}?intent=reject`, { reason: "资料不全，请补充。" }],
        [`${review("scenario", "CJ-001")}?intent=close`, { reason: "已完成" }],
        [`${review("scenario", "CJ-001")}?intent=edit`, validScenario({ title: "未登录时被篡改的标题" })],
        [`${review("scenario", pending)}?intent=edit`, validScenario({ title: "未登录时被篡改的标题" })],
        [`${review("scenario", pending)}.data?intent=approve`, {}],
        ["/admin/import", importForm("preview", file)],
        ["/admin/import", importForm("confirm", undefined, "0123456789abcdef0123456789abcdef")],
      ];
      for (const [path, body] of actions) {
        const res = await post(url(), path, body, { cookie: r.cookie });
        expect([202, 303], `${r.name}: POST ${path}`).toContain(res.status);
        expect(`${res.location ?? ""} ${res.body}`, `${r.name}: POST ${path}`).toContain("/admin/login?redirectTo=");
      }
      // Pages without an action refuse a POST too, and never as a success.
      for (const path of ["/admin", "/admin/listings", "/admin/audit", "/admin/interests"]) {
        const res = await post(url(), path, {}, { cookie: r.cookie });
        expect([303, 405], `${r.name}: POST ${path}`).toContain(res.status);
        expect(res.body).not.toContain(secretPhone);
      }
    }
    expect(fingerprint(server.dbPath)).toBe(before);
    expect(listingRow(server.dbPath, "scenario", pending)!.status).toBe("pending");
    expect((await get(url(), "/api/scenarios/CJ-901")).status).toBe(404);
  });

  it("lets the same requests through with the real session (the refusals are about the session)", async () => {
    expect((await get(url(), "/admin", cookie)).status).toBe(200);
    const interests = await get(url(), "/admin/interests", cookie);
    expect(interests.status).toBe(200);
    expect(interests.body).toContain(secretPhone);
    expect((await get(url(), review("scenario", pending), cookie)).status).toBe(200);
    expect((await get(url(), review("scenario", "CJ-9999"), cookie)).status).toBe(404);
  });
});

describe("signing in and out", () => {
  it("shows the sign-in form, refuses a wrong password with 401 and never echoes it", async () => {
    const page = await get(url(), "/admin/login");
    expect(page.status).toBe(200);
    expect(page.body).toContain('name="password"');
    for (const [email, password] of [
      [ADMIN.email, "wrong-password-123"],
      ["nobody@example.cn", ADMIN.password],
      [ADMIN.email.toUpperCase(), "wrong-password-456"],
    ] as const) {
      const res = await post(url(), "/admin/login", { email, password });
      expect(res.status, email).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(formProblems(res.body, "login-form")).toContain("电子邮箱或密码不正确。");
      expect(res.body).not.toContain(password);
      expect(fieldValue(res.body, "login-form-email")).toBe(email);
      expect(fieldValue(res.body, "login-form-password")).toBe("");
    }
  });

  it("refuses a sign-in with missing fields with field messages", async () => {
    const res = await post(url(), "/admin/login", { email: ADMIN.email });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body, "login-form", "password")).toEqual(["请填写密码"]);
  });

  it("signs in with a session cookie (HttpOnly, SameSite=Lax, Secure) and follows only a local redirectTo", async () => {
    const res = await post(url(), "/admin/login", { email: ` ${ADMIN.email.toUpperCase()} `, password: ADMIN.password, redirectTo: "/admin/audit" });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/admin/audit");
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^board_admin=[^;]+/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    for (const target of ["https://evil.example/", "//evil.example/admin", "/\\evil.example", "javascript:alert(1)"]) {
      const away = await post(url(), "/admin/login", { email: ADMIN.email, password: ADMIN.password, redirectTo: target });
      expect(away.status, target).toBe(303);
      expect(away.location, target).toBe("/admin");
    }
  });

  it("ends the session on sign-out: the old cookie no longer opens anything", async () => {
    const mine = await login(url());
    expect((await get(url(), "/admin", mine)).status).toBe(200);
    // A GET to /admin/logout changes nothing.
    expect((await get(url(), "/admin/logout", mine)).status).toBe(302);
    expect((await get(url(), "/admin", mine)).status).toBe(200);
    const count = sessions();
    const out = await post(url(), "/admin/logout", {}, { cookie: mine });
    expect(out.status).toBe(303);
    expect(out.location).toBe("/admin/login");
    expect(out.headers.get("set-cookie")).toMatch(/^board_admin=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    expect(sessions()).toBe(count - 1);
    const again = await get(url(), "/admin", mine);
    expect(again.status).toBe(303);
    expect(again.location).toBe("/admin/login?redirectTo=%2Fadmin");
    const { code } = await submit("capability", validCapability({ title: "登出后不能审核的能力" }));
    const before = fingerprint(server.dbPath);
    const approve = await act("capability", code, "approve", {}, mine);
    expect(approve.status).toBe(303);
    expect(approve.location).toMatch(/^\/admin\/login\?redirectTo=/);
    expect(fingerprint(server.dbPath)).toBe(before);
    // The other session is untouched.
    expect((await get(url(), "/admin", cookie)).status).toBe(200);
  });
});

describe("the sign-in lock", () => {
  let locked: TestServer;
  beforeAll(async () => {
    locked = await startServer({ env: boardEnv({ LOGIN_MAX_FAILURES: "3", LOGIN_LOCK_MINUTES: "15" }) });
  }, 120_000);
  afterAll(() => locked?.stop());

  it("locks the address after LOGIN_MAX_FAILURES failures, then refuses even the right password", async () => {
    for (let i = 1; i <= 2; i++) {
      const res = await post(locked.url, "/admin/login", { email: ADMIN.email, password: `wrong-password-${i}` });
      expect(res.status, `failure ${i}`).toBe(401);
    }
    const third = await post(locked.url, "/admin/login", { email: ADMIN.email, password: "wrong-password-3" });
    expect(third.status).toBe(429);
    expect(formProblems(third.body, "login-form")).toContain("登录失败次数过多，请在 15 分钟后再试。");
    const right = await post(locked.url, "/admin/login", { email: ADMIN.email, password: ADMIN.password });
    expect(right.status).toBe(429);
    expect(right.headers.get("set-cookie")).toBeNull();
    expect(formProblems(right.body, "login-form")[0]).toMatch(/^登录失败次数过多/);
    const row = withDb(locked.dbPath, (db) => db.prepare("SELECT * FROM login_failures WHERE key = ?").get(`email:${ADMIN.email}`)) as { failures: number; locked_until: string | null };
    expect(row.failures).toBe(3);
    expect(Date.parse(row.locked_until!)).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(withDb(locked.dbPath, (db) => (db.prepare("SELECT count(*) AS n FROM admin_sessions").get() as { n: number }).n)).toBe(0);
  });
});

describe("the POST rate limit and moderators", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ env: boardEnv({ RATE_LIMIT_POSTS: "3", RATE_LIMIT_WINDOW_SECONDS: "600" }) });
  }, 120_000);
  afterAll(() => limited?.stop());

  it("does not stop a signed-in moderator clearing the queue, while the public forms stay limited", async () => {
    const codes: string[] = [];
    for (const title of ["限流测试场景之一", "限流测试场景之二"]) {
      const res = await post(limited.url, "/scenarios/new", validScenario({ title }));
      expect(res.status).toBe(303);
      codes.push(codeOnManagePage((await get(limited.url, `/manage/${tokenFrom(res.location)}`)).body)!);
    }
    const cookie = await login(limited.url); // the third POST: the limit is reached
    expect((await post(limited.url, "/scenarios/new", validScenario({ title: "限流测试场景之三" }))).status).toBe(429);
    for (const code of codes) {
      const res = await post(limited.url, `/admin/listings/scenario/${code}?intent=approve`, {}, { cookie });
      expect(res.status, code).toBe(303);
    }
    const approved = withDb(limited.dbPath, (db) => db.prepare("SELECT count(*) AS n FROM scenarios WHERE status = 'published' AND code IN (?, ?)").get(...codes)) as { n: number };
    expect(approved.n).toBe(2);
    // Without a session the same action is refused (and changes nothing), and sign-in stays limited.
    const anonymous = await post(limited.url, `/admin/listings/scenario/${codes[0]}?intent=reject`, { reason: "无会话的驳回" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toMatch(/^\/admin\/login/);
    expect((await post(limited.url, "/admin/login", { email: ADMIN.email, password: ADMIN.password })).status).toBe(429);
  });
});

describe("moderation from submission to closing, with the audit log", () => {
  const word = "Lumitrexa";
  const scenarioFields = validScenario({
    title: `${word} 排水管网水下声呐成像巡检`,
    publisher: "宝安区水务局",
    category: "影像采集",
    domain: "城市治理",
    tags: ["水下声呐", "管网巡检", "排水管网"],
    description: `${word}：需要对辖区排水管网做水下声呐成像巡检，找出淤积、破损和错接，生成巡检影像报告，支撑城市治理。`,
  });
  const capabilityFields = validCapability({
    title: "水下声呐成像管网巡检机器人",
    organization: "深圳某某水下机器人有限公司",
    category: "影像采集",
    domains: ["城市治理", "工业制造"],
    tags: ["水下声呐", "管网巡检", "排水管网"],
    description: "管网巡检机器人搭载水下声呐成像与高清摄像，可在排水管网中巡检淤积、破损和错接，自动生成巡检影像报告。",
  });
  const editedTitle = `${word} 排水管网水下声呐成像巡检（修订）`;
  const rejectReason = "缺少实施地点和预算，请补充后重新提交。";
  const closeReason = "需求已对接完成，关闭。";
  let s1 = "";
  let s1Token = "";
  let c1 = "";
  let s2 = "";
  let s2Token = "";

  beforeAll(async () => {
    ({ code: s1, token: s1Token } = await submit("scenario", scenarioFields));
    ({ code: c1 } = await submit("capability", capabilityFields));
    ({ code: s2, token: s2Token } = await submit("scenario", validScenario({ title: "将被驳回的场景需求", location: "" })));
  }, 120_000);

  it("lists the submissions in the queue, each with its review link", async () => {
    const queue = await get(url(), "/admin", cookie);
    expect(queue.status).toBe(200);
    for (const [kind, code] of [["scenario", s1], ["capability", c1], ["scenario", s2]] as const) {
      expect(queue.body).toContain(`href="${review(kind, code)}"`);
    }
    expect(textOf(queue.body)).toContain(scenarioFields.title as string);
    expect(textOf(queue.body)).toContain(capabilityFields.title as string);
    const page = await get(url(), review("scenario", s1), cookie);
    expect(page.status).toBe(200);
    expect(statusOnPage(page.body)).toBe("pending");
    expect(page.headers.get("cache-control")).toMatch(/no-store/);
  });

  it("refuses a bad edit beside the field and an unknown intent, changing nothing", async () => {
    const before = fingerprint(server.dbPath);
    const bad = await act("scenario", s1, "edit", { ...scenarioFields, title: "", category: "不存在的环节" });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body, "scenario-form", "title")).toEqual(["请填写场景名称"]);
    expect(fieldErrors(bad.body, "scenario-form", "category")).toEqual(["请从列表中选择产业环节"]);
    const unknown = await act("scenario", s1, "publish");
    expect(unknown.status).toBe(400);
    const none = await post(url(), review("scenario", s1), {}, { cookie });
    expect(none.status).toBe(400);
    const missing = await act("scenario", "CJ-9999", "approve");
    expect(missing.status).toBe(404);
    const wrongKind = await act("capability", s1, "approve");
    expect(wrongKind.status).toBe(404);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("edits before approving, recording before and after", async () => {
    const res = await act("scenario", s1, "edit", { ...scenarioFields, title: editedTitle, budget: "80万元" });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${review("scenario", s1)}?done=edit`);
    const row = listingRow(server.dbPath, "scenario", s1)!;
    expect(row).toMatchObject({ title: editedTitle, budget: "80万元", status: "pending" });
    const edit = auditRows(server.dbPath, s1).find((a) => a.action === "edit")!;
    expect(edit.actor).toBe(ADMIN.email);
    expect(JSON.parse(edit.before!)).toMatchObject({ title: scenarioFields.title, budget: scenarioFields.budget });
    expect(JSON.parse(edit.after!)).toMatchObject({ title: editedTitle, budget: "80万元" });
  });

  it("approves: the listing is at once in its list, /search, /api/search, the API, the matches and the sitemap", async () => {
    for (const [kind, code] of [["scenario", s1], ["capability", c1]] as const) {
      const res = await act(kind, code, "approve");
      expect(res.status).toBe(303);
      expect(res.location).toBe(`${review(kind, code)}?done=approve`);
    }
    expect(listingRow(server.dbPath, "scenario", s1)!.status).toBe("published");
    expect(listingRow(server.dbPath, "scenario", s1)!.published_at).toBeTruthy();
    expect((await get(url(), `/scenarios/${s1}`)).status).toBe(200);
    expect((await get(url(), "/scenarios?pageSize=100")).body).toContain(`<span class="code">${s1}</span>`);
    expect((await get(url(), "/capabilities?pageSize=100")).body).toContain(`<span class="code">${c1}</span>`);
    expect((await get(url(), `/search?q=${word}`)).body).toContain(s1);
    expect(await apiCodes(`/api/search?q=${word}`)).toContain(s1);
    expect(await apiCodes("/api/scenarios?pageSize=100")).toContain(s1);
    const api = JSON.parse((await get(url(), `/api/scenarios/${s1}`)).body);
    expect(api).toMatchObject({ code: s1, title: editedTitle, domain: "城市治理" });
    const matches = await apiCodes(`/api/scenarios/${s1}/matches?limit=10`);
    const reverse = await apiCodes(`/api/capabilities/${c1}/matches?limit=10`);
    expect(matches, "the capability among the scenario's matches").toContain(c1);
    expect(reverse, "the scenario among the capability's matches").toContain(s1);
    expect((await get(url(), `/scenarios/${s1}`)).body).toContain(`/capabilities/${c1}`);
    const sitemap = (await get(url(), "/sitemap.xml")).body;
    expect(sitemap).toContain(`/scenarios/${s1}</loc>`);
    expect(sitemap).toContain(`/capabilities/${c1}</loc>`);
    expect((await get(url(), "/feeds/scenarios.atom")).body).toContain(`/scenarios/${s1}`);
    // Gone from the queue; a second approval is refused.
    expect((await get(url(), "/admin", cookie)).body).not.toContain(`href="${review("scenario", s1)}"`);
    const before = fingerprint(server.dbPath);
    const again = await act("scenario", s1, "approve");
    expect(again.status).toBe(409);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("rejects only with a reason; the reason shows on the management link and the listing stays private", async () => {
    const before = fingerprint(server.dbPath);
    const noReason = await act("scenario", s2, "reject", { reason: "  " });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(noReason.body, "reject-form", "reason").length).toBe(1);
    expect(fingerprint(server.dbPath)).toBe(before);
    const res = await act("scenario", s2, "reject", { reason: rejectReason });
    expect(res.status).toBe(303);
    expect(listingRow(server.dbPath, "scenario", s2)).toMatchObject({ status: "rejected", moderation_note: rejectReason });
    const manage = await get(url(), `/manage/${s2Token}`);
    expect(statusOnPage(manage.body)).toBe("rejected");
    expect(manage.body).toContain(`<dd class="moderation-note">${rejectReason}</dd>`);
    expect((await get(url(), `/scenarios/${s2}`)).status).toBe(404);
    expect((await get(url(), `/api/scenarios/${s2}`)).status).toBe(404);
    expect(await apiCodes("/api/scenarios?pageSize=100")).not.toContain(s2);
    // A rejected entry cannot be approved afterwards.
    expect((await act("scenario", s2, "approve")).status).toBe(409);
  });

  it("closes a published listing: gone from the list, search, the API, the matches and the sitemap", async () => {
    const res = await act("scenario", s1, "close", { reason: closeReason });
    expect(res.status).toBe(303);
    expect(listingRow(server.dbPath, "scenario", s1)).toMatchObject({ status: "closed", moderation_note: closeReason });
    expect((await get(url(), `/scenarios/${s1}`)).status).toBe(404);
    expect((await get(url(), `/api/scenarios/${s1}`)).status).toBe(404);
    expect((await get(url(), "/scenarios?pageSize=100")).body).not.toContain(s1);
    expect((await get(url(), `/search?q=${word}`)).body).not.toContain(s1);
    expect(await apiCodes(`/api/search?q=${word}`)).not.toContain(s1);
    expect(await apiCodes("/api/scenarios?pageSize=100")).not.toContain(s1);
    expect(await apiCodes(`/api/capabilities/${c1}/matches?limit=50`)).not.toContain(s1);
    expect((await get(url(), "/sitemap.xml")).body).not.toContain(`/scenarios/${s1}<`);
    expect((await get(url(), "/feeds/scenarios.atom")).body).not.toContain(`/scenarios/${s1}`);
    const manage = await get(url(), `/manage/${s1Token}`);
    expect(statusOnPage(manage.body)).toBe("closed");
    // Closing twice, or closing what is not published, is refused.
    expect((await act("scenario", s1, "close")).status).toBe(409);
    expect((await act("scenario", s2, "close")).status).toBe(409);
  });

  it("records every step in the audit_log table, with actor, before and after", () => {
    const s1Log = auditRows(server.dbPath, s1);
    expect(s1Log.map((a) => [a.action, a.actor])).toEqual([
      ["submit", "submitter"],
      ["edit", ADMIN.email],
      ["approve", ADMIN.email],
      ["close", ADMIN.email],
    ]);
    const [submitted, , approved, closed] = s1Log;
    expect(submitted!.before).toBeNull();
    expect(JSON.parse(submitted!.after!)).toMatchObject({ status: "pending", title: scenarioFields.title });
    expect(JSON.parse(approved!.before!).status).toBe("pending");
    expect(JSON.parse(approved!.after!).status).toBe("published");
    expect(JSON.parse(closed!.before!).status).toBe("published");
    expect(JSON.parse(closed!.after!).status).toBe("closed");
    expect(closed!.note).toBe(closeReason);
    for (const a of s1Log) {
      expect(a.listing_kind).toBe("scenario");
      for (const snapshot of [a.before, a.after]) expect(snapshot ?? "").not.toMatch(/manage_?token_?hash/i);
    }
    const s2Log = auditRows(server.dbPath, s2);
    expect(s2Log.map((a) => [a.action, a.actor])).toEqual([
      ["submit", "submitter"],
      ["reject", ADMIN.email],
    ]);
    expect(s2Log[1]!.note).toBe(rejectReason);
    expect(JSON.parse(s2Log[1]!.after!)).toMatchObject({ status: "rejected", moderationNote: rejectReason });
    expect(auditRows(server.dbPath, c1).map((a) => a.action)).toEqual(["submit", "approve"]);
  });

  it("shows every step on /admin/audit with actor and the changed fields", async () => {
    const page = await get(url(), "/admin/audit", cookie);
    expect(page.status).toBe(200);
    const rows = [...page.body.matchAll(/<tr data-action="(\w+)">([\s\S]*?)<\/tr>/g)].map((m) => ({ action: m[1]!, html: m[2]!, text: textOf(m[2]!) }));
    const of = (code: string) => rows.filter((r) => r.html.includes(`>${code}</a>`));
    // Newest first.
    expect(of(s1).map((r) => r.action)).toEqual(["close", "approve", "edit", "submit"]);
    expect(of(s2).map((r) => r.action)).toEqual(["reject", "submit"]);
    for (const r of [...of(s1), ...of(s2)]) {
      if (r.action === "submit") expect(r.text).toContain("提交人");
      else expect(r.text).toContain(ADMIN.email);
    }
    const edit = of(s1).find((r) => r.action === "edit")!;
    expect(edit.html).toContain("<code>title</code>");
    expect(edit.text).toContain(`${scenarioFields.title} → ${editedTitle}`);
    expect(edit.text).toContain("30万元 → 80万元");
    const close = of(s1).find((r) => r.action === "close")!;
    expect(close.text).toContain("published → closed");
    expect(close.text).toContain(closeReason);
    expect(of(s2).find((r) => r.action === "reject")!.text).toContain(rejectReason);
    // The review page shows the listing's own history.
    const history = await get(url(), review("scenario", s1), cookie);
    expect([...history.body.matchAll(/<tr data-action="(\w+)">/g)].map((m) => m[1])).toEqual(["close", "approve", "edit", "submit"]);
  });
});

describe("/admin/import", () => {
  it("previews a good file: the counts, and nothing written", async () => {
    const before = fingerprint(server.dbPath);
    const file = { ...goodImport, scenarios: [...goodImport.scenarios, { ...goodImport.scenarios[0]!, code: "CJ-001", title: "导入更新：海上田园夜游光影体验" }] };
    const res = await post(url(), "/admin/import", importForm("preview", { name: "board.json", content: JSON.stringify(file) }), { cookie });
    expect(res.status).toBe(200);
    expect(textOf(res.body)).toContain("将导入：场景需求 新增 1 项、更新 1 项；能力 新增 1 项、更新 0 项。");
    expect(res.body).toContain('name="id"');
    expect(fingerprint(server.dbPath)).toBe(before);
    expect((await get(url(), "/api/scenarios/CJ-901")).status).toBe(404);
  });

  it("imports on confirmation: published at once, the update applied, the import in the audit log", async () => {
    const file = { ...goodImport, scenarios: [...goodImport.scenarios, { ...goodImport.scenarios[0]!, code: "CJ-001", title: "导入更新：海上田园夜游光影体验" }] };
    const preview = await post(url(), "/admin/import", importForm("preview", { name: "official.json", content: JSON.stringify(file) }), { cookie });
    expect(preview.status).toBe(200);
    const id = /<input type="hidden" name="id" value="([^"]*)"/.exec(preview.body)?.[1];
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const auditBefore = auditRows(server.dbPath).length;
    const res = await post(url(), "/admin/import", importForm("confirm", undefined, id!), { cookie });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/admin/import?done=1,1,1,0");
    expect(textOf((await get(url(), res.location!, cookie)).body)).toContain("导入完成：场景需求 新增 1 项、更新 1 项；能力 新增 1 项、更新 0 项。");
    expect(JSON.parse((await get(url(), "/api/scenarios/CJ-901")).body).title).toBe(goodImport.scenarios[0]!.title);
    expect(JSON.parse((await get(url(), "/api/capabilities/NL-901")).body).title).toBe(goodImport.capabilities[0]!.title);
    expect(JSON.parse((await get(url(), "/api/scenarios/CJ-001")).body).title).toBe("导入更新：海上田园夜游光影体验");
    expect(await apiCodes(`/api/search?q=${encodeURIComponent("古籍数字化")}`)).toContain("CJ-901");
    const log = auditRows(server.dbPath);
    expect(log.length).toBe(auditBefore + 1);
    expect(log.at(-1)).toMatchObject({ action: "import", actor: ADMIN.email });
    expect(log.at(-1)!.note).toContain("official.json");
    // The same preview cannot be imported twice.
    const before = fingerprint(server.dbPath);
    const again = await post(url(), "/admin/import", importForm("confirm", undefined, id!), { cookie });
    expect(again.status).toBe(410);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("shows each problem of a bad file and imports nothing, not even its good records", async () => {
    const before = fingerprint(server.dbPath);
    const bad = {
      scenarios: [
        { ...goodImport.scenarios[0]!, code: "CJ-902", title: "坏文件里的好记录" },
        { ...goodImport.scenarios[0]!, code: "CJ-903", category: "不存在的环节" },
      ],
      capabilities: [{ ...goodImport.capabilities[0]!, code: "NL-902", title: "" }],
    };
    const res = await post(url(), "/admin/import", importForm("preview", { name: "bad.json", content: JSON.stringify(bad) }), { cookie });
    expect(res.status).toBe(400);
    const problems = [...res.body.matchAll(/<div class="form-problems import-problems" role="alert">([\s\S]*?)<\/div>/g)].map((m) => textOf(m[1]!)).join("\n");
    expect(problems).toContain("CJ-903");
    expect(problems).toContain("category");
    expect(problems).toContain("NL-902");
    expect(problems).toContain("title");
    expect(problems).not.toContain("CJ-902");
    expect(res.body).not.toContain('name="id"');
    for (const garbage of [{ name: "broken.json", content: "{ not json" }, { name: "notes.txt", content: "hello" }]) {
      const r = await post(url(), "/admin/import", importForm("preview", garbage), { cookie });
      expect(r.status, garbage.name).toBe(400);
      expect(r.body).toContain("import-problems");
      expect(r.body).not.toContain('name="id"');
    }
    const noFile = await post(url(), "/admin/import", importForm("preview"), { cookie });
    expect(noFile.status).toBe(400);
    expect(noFile.body).toContain('<ul id="import-file-error" class="field-errors"><li>请选择要上传的文件</li></ul>');
    const bogus = await post(url(), "/admin/import", importForm("confirm", undefined, "f".repeat(32)), { cookie });
    expect(bogus.status).toBe(410);
    expect(fingerprint(server.dbPath)).toBe(before);
    expect((await get(url(), "/api/scenarios/CJ-902")).status).toBe(404);
  });
});
