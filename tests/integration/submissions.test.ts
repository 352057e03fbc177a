// The write side over HTTP: new scenario demands and capabilities posted as a browser without
// JavaScript posts them, the bad-input battery, the POST guards and CSP, the management link and
// 对接意向 — against the production server on its own SQLite file.
import net from "node:net";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInShanghai } from "../../app/utils/dates";
import {
  HONEYPOT,
  boardEnv,
  checkedValues,
  codeOnManagePage,
  counts,
  fieldErrors,
  fieldValue,
  fieldsWithErrors,
  fingerprint,
  formProblems,
  get,
  listingRow,
  login,
  post,
  statusOnPage,
  textOf,
  toFormData,
  toParams,
  tokenFrom,
  validCapability,
  validScenario,
  without,
  auditRows,
  type Fields,
  type Reply,
} from "../support/forms";
import { languageCookie, startServer, type TestServer } from "../support/server";

type Kind = "scenario" | "capability";
const FORM: Record<Kind, string> = { scenario: "scenario-form", capability: "capability-form" };
const PATH: Record<Kind, string> = { scenario: "/scenarios", capability: "/capabilities" };

let server: TestServer;
let adminCookie: string;
let enCookie: string;

beforeAll(async () => {
  server = await startServer({ env: boardEnv() });
  adminCookie = await login(server.url);
  enCookie = await languageCookie(server.url, "en");
}, 120_000);
afterAll(() => server?.stop());

const url = () => server.url;
const submit = (kind: Kind, body: Parameters<typeof post>[2], options?: Parameters<typeof post>[3]) => post(url(), `${PATH[kind]}/new`, body, options);

/** Posts a good submission and reads its code off the confirmation page. */
async function submitOk(kind: Kind, fields: Fields): Promise<{ code: string; token: string; confirmation: Reply }> {
  const res = await submit(kind, fields);
  expect(res.status, `${fieldsWithErrors(res.body, FORM[kind])} ${formProblems(res.body, FORM[kind])}`).toBe(303);
  const token = tokenFrom(res.location);
  const confirmation = await get(url(), res.location!);
  expect(confirmation.status).toBe(200);
  const code = codeOnManagePage(confirmation.body);
  expect(code).toBeTruthy();
  return { code: code!, token, confirmation };
}

async function moderate(kind: Kind, code: string, intent: "approve" | "reject" | "close", fields: Fields = {}) {
  const res = await post(url(), `/admin/listings/${kind}/${encodeURIComponent(code)}?intent=${intent}`, fields, { cookie: adminCookie });
  expect(res.status, res.body.slice(0, 500)).toBe(303);
}

/** What React writes for a text: the page must hold the text escaped like this, never as markup. */
function escaped(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

/** A page's HTML with the highlight wrappers and React's text separators taken out. */
function plain(html: string): string {
  return html.replace(/<!-- -->/g, "").replace(/<\/?(?:mark|span)(?:\s[^>]*)?>/g, "");
}

/** The values a rejected page must still hold for every field the person typed (except the named ones). */
function expectKept(html: string, kind: Kind, fields: Fields, except: string[] = []) {
  const form = FORM[kind];
  for (const [name, value] of Object.entries(fields)) {
    if (name === HONEYPOT || except.includes(name)) continue;
    if (name === "domains") {
      expect(checkedValues(html, "domains").sort(), name).toEqual([...(Array.isArray(value) ? value : [value])].sort());
    } else if (name === "tags") {
      expect(fieldValue(html, `${form}-tags`), name).toBe(Array.isArray(value) ? value.join("、") : value);
    } else {
      expect(fieldValue(html, `${form}-${name}`), name).toBe(value);
    }
  }
}

type Case = {
  name: string;
  kind: Kind;
  /** The form as a browser would fill it in (for the kept-values check), or a raw body. */
  fields?: Fields | [string, string][];
  body?: string | Uint8Array;
  contentType?: string;
  status?: number;
  /** field → one of its messages must match */
  errors: Record<string, string | RegExp>;
  /** Only these fields are marked (every case but the empty form and the wrong encodings). */
  only?: boolean;
  /** Fields whose value need not come back (the broken one, or all of them when the body was not read). */
  notKept?: string[] | "all";
  formMessage?: string | RegExp;
  cookie?: string;
};

const S = validScenario();
const C = validCapability();
const XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'];
const SQL = "'; DROP TABLE scenarios; --";

function entries(fields: Fields): [string, string][] {
  return [...toParams(fields).entries()];
}

function invalidUtf8Body(fields: Fields, name: string, bytes: number[], after: string): Uint8Array {
  const start = `${toParams(without(fields, name)).toString()}&${name}=`;
  return new Uint8Array([...Buffer.from(start), ...bytes, ...Buffer.from(encodeURIComponent(after))]);
}

const REQUIRED: Record<Kind, Record<string, string>> = {
  scenario: {
    title: "请填写场景名称",
    publisher: "请填写发布单位",
    category: "请选择产业环节",
    domain: "请选择应用领域",
    description: "请填写场景描述",
    contactName: "请填写联系人",
  },
  capability: {
    title: "请填写能力名称",
    organization: "请填写企业/机构",
    category: "请选择产业环节",
    domains: "请至少选择一个适用领域",
    maturity: "请选择成熟度",
    description: "请填写能力描述",
    contactName: "请填写联系人",
  },
};

const CASES: Case[] = [
  { name: "an empty scenario form", kind: "scenario", fields: { [HONEYPOT]: "" }, errors: REQUIRED.scenario },
  { name: "an empty capability form", kind: "capability", fields: { [HONEYPOT]: "" }, errors: REQUIRED.capability },
  ...(["scenario", "capability"] as const).flatMap((kind) =>
    Object.entries(REQUIRED[kind]).map(([field, message]) => ({
      name: `the ${kind} form with ${field} left empty`,
      kind,
      fields: field === "domains" ? without(C, "domains") : { ...(kind === "scenario" ? S : C), [field]: "" },
      errors: { [field]: message },
      only: true,
      notKept: [field],
    })),
  ),
  { name: "a blank (spaces only) title", kind: "scenario", fields: { ...S, title: "   \t  " }, errors: { title: "请填写场景名称" }, only: true, notKept: ["title"] },
  { name: "a title of 81 characters", kind: "scenario", fields: { ...S, title: "影".repeat(81) }, errors: { title: "场景名称最多 80 个字（现在 81 个）" }, only: true },
  { name: "a title of 3 characters", kind: "capability", fields: { ...C, title: "全景机" }, errors: { title: "能力名称至少 4 个字（现在 3 个）" }, only: true },
  { name: "a description of 2001 characters", kind: "scenario", fields: { ...S, description: "述".repeat(2001) }, errors: { description: "场景描述最多 2000 个字（现在 2001 个）" }, only: true },
  { name: "a description of 19 characters", kind: "capability", fields: { ...C, description: "述".repeat(19) }, errors: { description: "能力描述至少 20 个字（现在 19 个）" }, only: true },
  { name: "a category outside the vocabulary", kind: "scenario", fields: { ...S, category: "影像采集X" }, errors: { category: "请从列表中选择产业环节" }, only: true, notKept: ["category"] },
  { name: "a domain outside the vocabulary", kind: "scenario", fields: { ...S, domain: "火星旅游" }, errors: { domain: "请从列表中选择应用领域" }, only: true, notKept: ["domain"] },
  { name: "a capability domain outside the vocabulary", kind: "capability", fields: { ...C, domains: ["文化旅游", "火星旅游"] }, errors: { domains: "请从列表中选择适用领域" }, only: true, notKept: ["domains"] },
  { name: "six domains", kind: "capability", fields: { ...C, domains: ["文化旅游", "影视制作", "教育培训", "城市治理", "工业制造", "体育赛事"] }, errors: { domains: "适用领域最多选择 5 个" }, only: true },
  { name: "a maturity outside the vocabulary", kind: "capability", fields: { ...C, maturity: "试产" }, errors: { maturity: "请从列表中选择成熟度" }, only: true, notKept: ["maturity"] },
  { name: "11 tags", kind: "scenario", fields: { ...S, tags: Array.from({ length: 11 }, (_, i) => `关键词${i + 1}`) }, errors: { tags: "关键词最多 10 个（现在 11 个）" }, only: true },
  { name: "11 tags in one comma-separated string", kind: "capability", fields: { ...C, tags: Array.from({ length: 11 }, (_, i) => `标签${i + 1}`).join(",") }, errors: { tags: "关键词最多 10 个（现在 11 个）" }, only: true },
  { name: "a 21-character tag", kind: "scenario", fields: { ...S, tags: ["签".repeat(21)] }, errors: { tags: /^每个关键词最多 20 个字/ }, only: true },
  { name: "a 10 000-character tag", kind: "capability", fields: { ...C, tags: "x".repeat(10_000) }, errors: { tags: "每个关键词最多 20 个字（“xxxxxxxxxxxx…”过长）" }, only: true },
  ...XSS.flatMap((payload): Case[] => [
    { name: `${payload} as phone`, kind: "scenario", fields: { ...S, contactPhone: payload }, errors: { contactPhone: /^联系电话应为手机号/ }, only: true },
    { name: `${payload} as email`, kind: "capability", fields: { ...C, contactEmail: payload }, errors: { contactEmail: "电子邮箱格式不正确，例如 name@example.cn" }, only: true },
    { name: `${payload} as category`, kind: "scenario", fields: { ...S, category: payload }, errors: { category: "请从列表中选择产业环节" }, only: true, notKept: ["category"] },
  ]),
  { name: "SQL-looking text as category", kind: "capability", fields: { ...C, category: SQL }, errors: { category: "请从列表中选择产业环节" }, only: true, notKept: ["category"] },
  { name: "SQL-looking text as phone", kind: "scenario", fields: { ...S, contactPhone: SQL }, errors: { contactPhone: /^联系电话应为手机号/ }, only: true },
  { name: "emoji in the phone", kind: "scenario", fields: { ...S, contactPhone: "📞13800138000" }, errors: { contactPhone: /^联系电话应为手机号/ }, only: true },
  { name: "a right-to-left override (U+202E) in the title", kind: "scenario", fields: { ...S, title: "操场影像\u202Egnp.exe分析" }, errors: { title: "场景名称含有不可见的文字方向控制符，请删除后重试" }, only: true },
  { name: "a right-to-left mark (U+200F) in the title", kind: "capability", fields: { ...C, title: "视觉检测\u200F一体机" }, errors: { title: "能力名称含有不可见的文字方向控制符，请删除后重试" }, only: true },
  { name: "a NUL byte in the title", kind: "scenario", fields: { ...S, title: "操场影像\u0000分析系统" }, errors: { title: "场景名称含有控制字符，请删除后重试" }, only: true, notKept: ["title"] },
  { name: "a NUL byte in the description", kind: "capability", fields: { ...C, description: `${C.description as string}\u0000附加` }, errors: { description: "能力描述含有控制字符，请删除后重试" }, only: true, notKept: ["description"] },
  {
    name: "raw invalid UTF-8 bytes (0xFF 0xFE) in the title",
    kind: "scenario",
    fields: S,
    body: invalidUtf8Body(S, "title", [0xff, 0xfe], "操场影像分析"),
    errors: { title: "场景名称含有无法识别的字符（编码错误），请重新输入" },
    only: true,
    notKept: ["title"],
  },
  {
    name: "percent-encoded invalid UTF-8 (%FF) in the title",
    kind: "capability",
    fields: C,
    body: `${toParams(without(C, "title")).toString()}&title=%FF%FE${encodeURIComponent("视觉检测一体机")}`,
    errors: { title: "能力名称含有无法识别的字符（编码错误），请重新输入" },
    only: true,
    notKept: ["title"],
  },
  {
    name: "a JSON body",
    kind: "scenario",
    body: JSON.stringify(S),
    contentType: "application/json",
    status: 415,
    errors: { title: "请填写场景名称", publisher: "请填写发布单位", description: "请填写场景描述" },
    notKept: "all",
    formMessage: "请通过页面上的表单提交（表单编码不受支持）。",
  },
  {
    name: "a form body sent as text/plain",
    kind: "capability",
    body: toParams(C).toString(),
    contentType: "text/plain;charset=UTF-8",
    status: 415,
    errors: { title: "请填写能力名称", organization: "请填写企业/机构", description: "请填写能力描述" },
    notKept: "all",
    formMessage: "请通过页面上的表单提交（表单编码不受支持）。",
  },
  {
    name: "a multipart body that cannot be read",
    kind: "scenario",
    body: "--not-the-boundary\r\ngarbage",
    contentType: "multipart/form-data; boundary=xyz",
    errors: { title: "请填写场景名称", contactName: "请填写联系人" },
    notKept: "all",
    formMessage: "提交的数据无法读取，请刷新页面后重试。",
  },
  { name: "two titles", kind: "scenario", fields: [...entries(S), ["title", "另一个场景名称"]], errors: { title: "场景名称只能填写一次" }, only: true, notKept: ["title"] },
  { name: "two categories", kind: "capability", fields: [...entries(C), ["category", "智能终端"]], errors: { category: "产业环节只能填写一次" }, only: true, notKept: ["category"] },
  { name: "two phones", kind: "scenario", fields: [...entries(S), ["contactPhone", "13900139000"]], errors: { contactPhone: "联系电话只能填写一次" }, only: true, notKept: ["contactPhone"] },
  { name: "a deadline in the past", kind: "scenario", fields: { ...S, deadline: "2020-01-01" }, errors: { deadline: `截止日期不能早于今天（${todayInShanghai()}）` }, only: true },
  { name: "a deadline that is no date (2026-02-30)", kind: "scenario", fields: { ...S, deadline: "2026-02-30" }, errors: { deadline: "截止日期应为有效日期，格式 YYYY-MM-DD" }, only: true },
  { name: "a deadline in words", kind: "scenario", fields: { ...S, deadline: "明年三月" }, errors: { deadline: "截止日期应为有效日期，格式 YYYY-MM-DD" }, only: true },
  {
    name: "neither phone nor email",
    kind: "scenario",
    fields: { ...S, contactPhone: "", contactEmail: "" },
    errors: { contactPhone: "联系电话和电子邮箱至少填写一项", contactEmail: "联系电话和电子邮箱至少填写一项" },
    only: true,
  },
  { name: "a malformed email", kind: "capability", fields: { ...C, contactEmail: "wang@@example" }, errors: { contactEmail: "电子邮箱格式不正确，例如 name@example.cn" }, only: true },
  { name: "a title on two lines", kind: "capability", fields: { ...C, title: "视觉检测\n一体机" }, errors: { title: "能力名称不能换行" }, only: true, notKept: ["title"] },
  {
    name: "a short title, in English",
    kind: "scenario",
    fields: { ...S, title: "ab" },
    errors: { title: "Scenario title needs at least 4 characters (now 2)" },
    only: true,
    cookie: "en",
  },
  {
    name: "an empty capability form, in English",
    kind: "capability",
    fields: { [HONEYPOT]: "" },
    errors: { title: "Please fill in capability title", organization: "Please fill in organisation", domains: "Please choose at least one application domain" },
    cookie: "en",
  },
  {
    name: "an unknown category and a bad phone, in English",
    kind: "capability",
    fields: { ...C, category: "Mars", contactPhone: "12" },
    errors: { category: "Please choose industry segment from the list", contactPhone: /^Give a mobile number/ },
    only: true,
    notKept: ["category"],
    cookie: "en",
  },
];

describe("submitting", () => {
  it("takes a valid scenario: 303 to its management link, a code, status pending, the confirmation page shows both", async () => {
    const before = counts(server.dbPath);
    const fields = validScenario({ title: "操场体育课动作影像分析Brondelvak" });
    const { code, token, confirmation } = await submitOk("scenario", fields);
    expect(code).toMatch(new RegExp(`^CJ-${todayInShanghai().slice(0, 4)}-\\d{4}$`));
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(confirmation.body).toContain(`编号 ${code}`);
    expect(confirmation.body).toContain(`/manage/${token}</a>`);
    expect(statusOnPage(confirmation.body)).toBe("pending");
    expect(confirmation.headers.get("cache-control")).toMatch(/no-store/);
    const row = listingRow(server.dbPath, "scenario", code)!;
    expect(row).toMatchObject({ status: "pending", title: fields.title, publisher: fields.publisher, domain: "教育培训", deadline: fields.deadline, contact_phone: "0755-23456789" });
    expect(JSON.parse(row.tags as string)).toEqual(["动作分析", "体育教学"]);
    // Only the token's hash is stored.
    expect(JSON.stringify(row)).not.toContain(token);
    expect(counts(server.dbPath)).toEqual({ ...before, scenarios: before.scenarios + 1, audit_log: before.audit_log + 1 });
  });

  it("takes a valid capability (domains repeated, tags as one 、/comma string) and stores it pending", async () => {
    const { code } = await submitOk("capability", validCapability());
    expect(code).toMatch(new RegExp(`^NL-${todayInShanghai().slice(0, 4)}-\\d{4}$`));
    const row = listingRow(server.dbPath, "capability", code)!;
    expect(row.status).toBe("pending");
    expect(JSON.parse(row.domains as string)).toEqual(["工业制造", "城市治理"]);
    expect(JSON.parse(row.tags as string)).toEqual(["工业相机", "缺陷检测", "机器视觉"]);
    expect(row.contact_email).toBeNull();
  });

  it("takes a multipart/form-data post as well", async () => {
    const res = await submit("capability", toFormData(validCapability({ title: "多部分表单提交的能力" })));
    expect(res.status).toBe(303);
    const page = await get(url(), res.location!);
    expect(listingRow(server.dbPath, "capability", codeOnManagePage(page.body)!)!.title).toBe("多部分表单提交的能力");
  });

  it("gives consecutive codes to consecutive submissions", async () => {
    const a = await submitOk("scenario", validScenario({ title: "连续编号测试场景一" }));
    const b = await submitOk("scenario", validScenario({ title: "连续编号测试场景二" }));
    expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
  });

  it("gives distinct codes and tokens to simultaneous submissions", async () => {
    const before = counts(server.dbPath);
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => submit("capability", validCapability({ title: `同时提交的能力第${i + 1}项` }))));
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(303));
    const tokens = replies.map((r) => tokenFrom(r.location));
    expect(new Set(tokens).size).toBe(8);
    const codes = await Promise.all(tokens.map(async (t) => codeOnManagePage((await get(url(), `/manage/${t}`)).body)!));
    expect(new Set(codes).size).toBe(8);
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(7);
    expect(counts(server.dbPath).capabilities).toBe(before.capabilities + 8);
  });

  it("keeps a pending entry out of every public place until it is approved", async () => {
    const word = "Vornakite";
    const { code: sc } = await submitOk("scenario", validScenario({ title: `待审核场景${word}影像`, description: `待审核的场景需求，关键词 ${word}，审核通过前不应出现在任何公开页面。` }));
    const { code: cc } = await submitOk("capability", validCapability({ title: `待审核能力${word}相机`, description: `待审核的能力，关键词 ${word}，审核通过前不应出现在任何公开页面。` }));
    const hidden = async () => {
      for (const [kind, code] of [["scenarios", sc], ["capabilities", cc]] as const) {
        expect((await get(url(), `/${kind}/${code}`)).status, `/${kind}/${code}`).toBe(404);
        expect((await get(url(), `/api/${kind}/${code}`)).status).toBe(404);
        expect((await get(url(), `/api/${kind}/${code}/matches`)).status).toBe(404);
        const list = await get(url(), `/${kind}?pageSize=100`);
        expect(list.status).toBe(200);
        expect(list.body).not.toContain(code);
        const api = JSON.parse((await get(url(), `/api/${kind}?pageSize=100`)).body);
        expect(api.items.map((i: { code: string }) => i.code)).not.toContain(code);
        expect((await get(url(), `/feeds/${kind}.atom`)).body).not.toContain(code);
        expect((await get(url(), `/export/${kind}.csv`)).body).not.toContain(code);
      }
      const search = await get(url(), `/search?q=${word}`);
      expect(search.status).toBe(200);
      expect(search.body).not.toContain(sc);
      expect(search.body).not.toContain(cc);
      const apiSearch = JSON.parse((await get(url(), `/api/search?q=${word}`)).body);
      expect(apiSearch.results).toEqual([]);
      for (const path of ["/sitemap.xml", "/export/board.json"]) {
        const body = (await get(url(), path)).body;
        expect(body).not.toContain(sc);
        expect(body).not.toContain(cc);
      }
    };
    await hidden();
    await moderate("scenario", sc, "approve");
    await moderate("capability", cc, "approve");
    expect((await get(url(), `/scenarios/${sc}`)).status).toBe(200);
    expect((await get(url(), `/capabilities/${cc}`)).status).toBe(200);
    const apiSearch = JSON.parse((await get(url(), `/api/search?q=${word}`)).body);
    // (Search adds the best hits' matches from the other list as answers: both must be among them.)
    expect(apiSearch.results.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining([sc, cc]));
    // The exports and pages seen before approval were kept (page and export caches): they follow it.
    expect((await get(url(), "/export/scenarios.csv")).body).toContain(sc);
    expect((await get(url(), "/export/capabilities.csv")).body).toContain(cc);
    expect((await get(url(), "/export/board.json")).body).toContain(cc);
    expect((await get(url(), "/scenarios?pageSize=100")).body).toContain(sc);
  });

  it("accepts the exact limits: 80- and 4-character titles, 2000- and 20-character descriptions, 10 tags of 20 characters, 5 domains", async () => {
    const tenTags = Array.from({ length: 10 }, (_, i) => `${"签".repeat(19)}${i}`);
    const ok = [
      ["scenario", validScenario({ title: "影".repeat(80), description: "述".repeat(2000), tags: tenTags })],
      ["capability", validCapability({ title: "全景相机", description: "述".repeat(20), domains: ["文化旅游", "影视制作", "教育培训", "城市治理", "工业制造"] })],
    ] as const;
    for (const [kind, fields] of ok) {
      const { code } = await submitOk(kind, fields);
      const row = listingRow(server.dbPath, kind, code)!;
      expect(row.title).toBe(fields.title);
      expect(row.description).toBe(fields.description);
      if (kind === "scenario") expect(JSON.parse(row.tags as string)).toEqual(tenTags);
      else expect(JSON.parse(row.domains as string)).toHaveLength(5);
    }
  });

  it("trims and NFC-normalises text", async () => {
    const { code } = await submitOk("scenario", validScenario({ title: "  Cafe\u0301 影像   互动墙  ", publisher: "\t宝安区某图书馆 " }));
    const row = listingRow(server.dbPath, "scenario", code)!;
    expect(row.title).toBe("Café 影像 互动墙");
    expect(row.publisher).toBe("宝安区某图书馆");
  });
});

describe("the bad-input battery: 4xx with a message beside the field, the input kept, the database unchanged", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("refuses %s", async (_name, c) => {
    const before = fingerprint(server.dbPath);
    const cookie = c.cookie === "en" ? enCookie : undefined;
    const body = c.body ?? (c.fields as Fields | [string, string][]);
    const res = await submit(c.kind, body, { cookie, contentType: c.contentType });
    const form = FORM[c.kind];
    expect(res.status, res.body.slice(0, 300)).toBe(c.status ?? 400);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.body).toContain(`<html lang="${c.cookie === "en" ? "en" : "zh-CN"}">`);
    for (const [field, message] of Object.entries(c.errors)) {
      const errors = fieldErrors(res.body, form, field);
      if (typeof message === "string") expect(errors, `${field} (marked: ${fieldsWithErrors(res.body, form)})`).toContain(message);
      else expect(errors.some((e) => message.test(e)), `${field}: ${JSON.stringify(errors)}`).toBe(true);
      // The field points at its messages, for screen readers.
      expect(res.body).toMatch(new RegExp(`id="${form}-${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${form}-${field}"|<fieldset[^>]*id="${form}-${field}"`));
    }
    if (c.only) expect(fieldsWithErrors(res.body, form).sort()).toEqual(Object.keys(c.errors).sort());
    if (c.formMessage) {
      const problems = formProblems(res.body, form);
      if (typeof c.formMessage === "string") expect(problems).toContain(c.formMessage);
      else expect(problems.some((p) => (c.formMessage as RegExp).test(p))).toBe(true);
    }
    if (c.notKept !== "all" && c.fields && !Array.isArray(c.fields)) expectKept(res.body, c.kind, c.fields, c.notKept ?? []);
    if (c.notKept !== "all" && Array.isArray(c.fields)) {
      // Duplicated fields: every other field is back as typed.
      const single = Object.fromEntries(c.fields.filter(([k]) => !c.notKept?.includes(k) && k !== "tags" && k !== "domains"));
      expectKept(res.body, c.kind, single);
    }
    // Nothing a payload carried became markup.
    for (const payload of XSS) expect(res.body).not.toContain(payload);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("puts a typed <script> payload back into the input escaped, as its value", async () => {
    const res = await submit("scenario", { ...S, contactPhone: XSS[0]!, contactEmail: XSS[1]! });
    expect(res.status).toBe(400);
    expect(fieldValue(res.body, "scenario-form-contactPhone")).toBe(XSS[0]);
    expect(fieldValue(res.body, "scenario-form-contactEmail")).toBe(XSS[1]);
    expect(res.body).toContain(`value="${escaped(XSS[1]!)}"`);
  });

  it("refuses a form without the honeypot field: 400 with the spam message, nothing stored", async () => {
    for (const kind of ["scenario", "capability"] as const) {
      const before = fingerprint(server.dbPath);
      const fields = without(kind === "scenario" ? S : C, HONEYPOT);
      const res = await submit(kind, fields);
      expect(res.status).toBe(400);
      expect(formProblems(res.body, FORM[kind])).toContain("提交未通过自动检查。请刷新页面后重新提交；如仍有问题，请联系平台。");
      expectKept(res.body, kind, fields);
      expect(fingerprint(server.dbPath)).toBe(before);
    }
  });

  it("refuses a form whose honeypot was filled in: 400 with the spam message, in English with the English cookie", async () => {
    const before = fingerprint(server.dbPath);
    const zh = await submit("scenario", { ...S, [HONEYPOT]: "http://spam.example" });
    expect(zh.status).toBe(400);
    expect(formProblems(zh.body, "scenario-form")).toContain("提交未通过自动检查。请刷新页面后重新提交；如仍有问题，请联系平台。");
    const en = await submit("capability", { ...C, [HONEYPOT]: "Buy now" }, { cookie: enCookie });
    expect(en.status).toBe(400);
    expect(formProblems(en.body, "capability-form")[0]).toMatch(/^The submission did not pass the automatic check/);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("counts only the marked fields in the form's summary when a form-level message is shown too", async () => {
    // Honeypot filled, every field valid: nothing is marked, so no "N places need correcting".
    const spam = await submit("scenario", { ...S, [HONEYPOT]: "http://spam.example" });
    const json = await submit("scenario", JSON.stringify(S), { contentType: "application/json" });
    for (const res of [spam, json]) {
      const marked = fieldsWithErrors(res.body, "scenario-form").length;
      const summary = formProblems(res.body, "scenario-form")
        .map((p) => /^有 (\d+) 处需要修改/.exec(p)?.[1])
        .find(Boolean);
      if (marked === 0) expect(summary, `"有 ${summary} 处需要修改" with no field marked`).toBeUndefined();
      else expect(Number(summary), `"有 ${summary} 处需要修改" with ${marked} fields marked`).toBe(marked);
    }
  });

  it("never answers 500 to unknown fields, prototype-looking names, array-style names or thousands of fields", async () => {
    const before = fingerprint(server.dbPath);
    const unknown: [string, string][] = [
      ...entries({ ...S, title: "x" }),
      ["__proto__", "c"],
      ["constructor.prototype.polluted", "d"],
      ["__proto__.polluted", "e"],
      ...Array.from({ length: 2000 }, (_, i) => [`f${i}`, "v"] as [string, string]),
    ];
    const res = await submit("scenario", unknown);
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body, "scenario-form", "title")).toEqual(["场景名称至少 4 个字（现在 1 个）"]);
    // Array-style names for a single field make it a list: refused beside the field, not a crash.
    const arrays = await submit("scenario", [...entries(without(S, "title")), ["title[0]", "操场影像分析一"], ["title[1]", "操场影像分析二"]]);
    expect(arrays.status).toBe(400);
    expect(fieldErrors(arrays.body, "scenario-form", "title")).toEqual(["场景名称只能填写一次"]);
    expect(fingerprint(server.dbPath)).toBe(before);
    // The server is still well.
    expect((await get(url(), "/healthz")).status).toBe(200);
  });
});

describe("text with markup, emoji and SQL is accepted and shown literally everywhere", () => {
  const word = "Qxzyplorer";
  const title = `${word} ${XSS[0]} 全景${XSS[1]}`;
  const description = `支持 ${XSS[0]} 与 ${XSS[1]} 的全景影像采集，😀📷🎬 表情也要原样保存；${SQL} " OR 1=1 -- 也是。`;
  let code = "";

  it("stores the markup, the emoji and the SQL-looking text exactly as typed, and keeps the tables", async () => {
    const before = counts(server.dbPath);
    const submitted = await submitOk("capability", validCapability({ title, description, domains: ["文化旅游"], tags: ["全景", "<b>粗体</b>"] }));
    code = submitted.code;
    const row = listingRow(server.dbPath, "capability", code)!;
    expect(row.title).toBe(title);
    expect(row.description).toBe(description);
    expect(JSON.parse(row.tags as string)).toEqual(["全景", "<b>粗体</b>"]);
    const after = counts(server.dbPath);
    expect(after.scenarios).toBe(before.scenarios);
    expect(after.capabilities).toBe(before.capabilities + 1);
  });

  it("shows it escaped in the admin queue before approval", async () => {
    const queue = await get(url(), "/admin", adminCookie);
    expect(queue.status).toBe(200);
    expect(queue.body).toContain(code);
    expect(plain(queue.body)).toContain(escaped(title));
    for (const payload of XSS) expect(queue.body).not.toContain(payload);
    expect(queue.body).not.toContain("<b>粗体</b>");
  });

  it("shows it escaped on the listing page, the list and /search once approved", async () => {
    await moderate("capability", code, "approve");
    const pages = [`/capabilities/${code}`, "/capabilities?pageSize=100", `/search?q=${word}`, `/capabilities?q=${word}`];
    for (const path of pages) {
      const page = await get(url(), path);
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain(code);
      expect(plain(page.body), path).toContain(escaped(title));
      for (const payload of XSS) expect(page.body, path).not.toContain(payload);
      expect(page.body, path).not.toMatch(/<img src=x/i);
    }
    const detail = await get(url(), `/capabilities/${code}`);
    expect(plain(detail.body)).toContain(escaped(description));
    expect(detail.body).toContain(`<li>${escaped("<b>粗体</b>")}</li>`);
    const api = JSON.parse((await get(url(), `/api/capabilities/${code}`)).body);
    expect(api.title).toBe(title);
    expect(api.description).toBe(description);
  });

  it("gives the exact title (as text) in the Atom feed", async () => {
    const res = await get(url(), "/feeds/capabilities.atom");
    expect(res.status).toBe(200);
    for (const payload of XSS) expect(res.body).not.toContain(payload);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (n) => n === "entry" || n === "link" }).parse(res.body);
    const entry = feed.entry.find((e: { id: string }) => e.id.endsWith(`/capabilities/${code}`));
    expect(entry).toBeTruthy();
    expect(entry.title).toBe(`${title}（${code}）`);
    expect(entry.summary["#text"] ?? entry.summary).toBe(description);
  });
});

describe("the POST guards and the security headers", () => {
  it("answers 413 to a body over MAX_BODY_BYTES and stores nothing; a large body under the cap is read", async () => {
    const before = fingerprint(server.dbPath);
    const big = `${toParams(S).toString()}&padding=${"a".repeat(300 * 1024)}`;
    const res = await submit("scenario", big);
    expect(res.status).toBe(413);
    expect(res.body).toContain("提交内容过大");
    expect(fingerprint(server.dbPath)).toBe(before);
    const under = await submit("scenario", `${toParams(validScenario({ title: "大表单但未超过上限的场景" })).toString()}&padding=${"a".repeat(200 * 1024)}`);
    expect(under.status).toBe(303);
  });

  it("answers 413 to a body over MAX_BODY_BYTES sent without Content-Length (chunked), storing nothing", async () => {
    const before = fingerprint(server.dbPath);
    const chunk = new TextEncoder().encode(`${toParams(S).toString()}&padding=${"a".repeat(100 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 3) controller.enqueue(chunk);
        else controller.close();
      },
    });
    let status: number | string;
    try {
      const res = await fetch(`${url()}/scenarios/new`, {
        method: "POST",
        body: stream,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        redirect: "manual",
        duplex: "half",
      } as RequestInit);
      status = res.status;
      await res.text();
    } catch (error) {
      status = `connection failed: ${(error as { cause?: { code?: string } }).cause?.code ?? error}`;
    }
    expect(fingerprint(server.dbPath)).toBe(before);
    expect(status).toBe(413);
  });

  it("after such a 413 still answers the next request sent on the same connection", async () => {
    // The app answers before the body ends; the rest must be read and thrown away, or a client
    // reusing the kept-alive connection waits for ever (as fetch's pool once did here).
    const { hostname, port } = new URL(url());
    const socket = net.connect(Number(port), hostname);
    let received = "";
    socket.on("data", (data: Buffer) => (received += data.toString("latin1")));
    const chunk = `${toParams(S).toString()}&padding=${"a".repeat(100 * 1024)}`;
    socket.write(`POST /scenarios/new HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`);
    for (let i = 0; i < 4; i++) socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
    socket.write(`0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
    const statuses = () => [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    for (let waited = 0; statuses().length < 2 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    socket.destroy();
    expect(statuses()).toEqual([413, 200]);
  });

  it("refuses a POST whose Origin names another site (403), and takes one from its own origin", async () => {
    const before = fingerprint(server.dbPath);
    for (const origin of ["http://evil.example", "null", "http://localhost.evil.example"]) {
      const res = await submit("scenario", S, { headers: { Origin: origin } });
      expect(res.status, origin).toBe(403);
      expect(res.body).toContain("无法接受此提交");
    }
    const crossSite = await submit("capability", C, { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status).toBe(403);
    expect(fingerprint(server.dbPath)).toBe(before);
    const same = await submit("scenario", validScenario({ title: "同源提交的场景需求" }), { headers: { Origin: url() } });
    expect(same.status).toBe(303);
  });

  it("sends a Content-Security-Policy with a fresh script nonce, and every inline script of the page carries it", async () => {
    const nonces = new Set<string>();
    for (const path of ["/scenarios/new", "/capabilities/new", "/", "/scenarios"]) {
      const res = await get(url(), path);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc, csp).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.add(nonce);
      const inline = [...res.body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\ssrc=/.test(attrs));
      expect(inline.length).toBeGreaterThan(0);
      for (const attrs of inline) expect(`${path}: <script${attrs}>`).toContain(`nonce="${nonce}"`);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(nonces.size).toBe(4);
  });
});

describe("the rate limit", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ env: { RATE_LIMIT_POSTS: "3", RATE_LIMIT_WINDOW_SECONDS: "120" } });
  }, 120_000);
  afterAll(() => limited?.stop());

  it("answers 429 with Retry-After after RATE_LIMIT_POSTS posts, stores nothing, and still serves pages", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await post(limited.url, "/scenarios/new", without(S, HONEYPOT));
      expect(res.status).toBe(400);
    }
    const before = fingerprint(limited.dbPath);
    const res = await post(limited.url, "/scenarios/new", validScenario({ title: "限流之后提交的场景" }));
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get("retry-after"));
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(120);
    expect(res.body).toContain("提交过于频繁");
    expect(res.body).toContain(`${retry} 秒后再试`);
    const other = await post(limited.url, "/capabilities/new", C);
    expect(other.status).toBe(429);
    expect(fingerprint(limited.dbPath)).toBe(before);
    expect((await get(limited.url, "/scenarios/new")).status).toBe(200);
  });
});

describe("the management link", () => {
  it("lets the submitter edit while pending; the change is stored and audited", async () => {
    const { code, token } = await submitOk("scenario", validScenario({ title: "待修改的场景需求标题" }));
    const page = await get(url(), `/manage/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toMatch(/no-store/);
    expect(fieldValue(page.body, "scenario-form-title")).toBe("待修改的场景需求标题");
    const edited = validScenario({ title: "修改后的场景需求标题", tags: ["新标签"], budget: "面议", [HONEYPOT]: "" });
    const res = await post(url(), `/manage/${token}`, edited);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/manage/${token}?saved=1`);
    const row = listingRow(server.dbPath, "scenario", code)!;
    expect(row).toMatchObject({ title: "修改后的场景需求标题", budget: "面议", status: "pending" });
    expect(JSON.parse(row.tags as string)).toEqual(["新标签"]);
    const audit = auditRows(server.dbPath, code);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([["submit", "submitter"], ["edit", "submitter"]]);
    expect(JSON.parse(audit[1]!.before!).title).toBe("待修改的场景需求标题");
    expect(JSON.parse(audit[1]!.after!).title).toBe("修改后的场景需求标题");
    expect(audit[1]!.after).not.toMatch(/manageTokenHash|manage_token_hash/);
  });

  it("refuses a bad edit with the field's message and changes nothing", async () => {
    const { token } = await submitOk("capability", validCapability({ title: "管理链接错误修改测试" }));
    const before = fingerprint(server.dbPath);
    const res = await post(url(), `/manage/${token}`, validCapability({ title: "ab", contactPhone: XSS[0]! }));
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body, "capability-form", "title")).toEqual(["能力名称至少 4 个字（现在 2 个）"]);
    expect(fieldErrors(res.body, "capability-form", "contactPhone")[0]).toMatch(/^联系电话应为手机号/);
    expect(fieldValue(res.body, "capability-form-contactPhone")).toBe(XSS[0]);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("does not let the submitter edit once approved", async () => {
    const { code, token } = await submitOk("scenario", validScenario({ title: "审核通过后不可修改的场景" }));
    await moderate("scenario", code, "approve");
    const page = await get(url(), `/manage/${token}`);
    expect(statusOnPage(page.body)).toBe("published");
    expect(page.body).not.toContain('id="scenario-form"');
    const before = fingerprint(server.dbPath);
    const res = await post(url(), `/manage/${token}`, validScenario({ title: "审核后偷偷修改的标题" }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(fingerprint(server.dbPath)).toBe(before);
    expect(listingRow(server.dbPath, "scenario", code)!.title).toBe("审核通过后不可修改的场景");
  });

  it("withdraws: the listing is closed and, if it was public, gone from the public pages", async () => {
    const { code, token } = await submitOk("capability", validCapability({ title: "提交人撤回的能力" }));
    await moderate("capability", code, "approve");
    expect((await get(url(), `/capabilities/${code}`)).status).toBe(200);
    const res = await post(url(), `/manage/${token}?intent=withdraw`, {});
    expect(res.status).toBe(303);
    expect(listingRow(server.dbPath, "capability", code)!.status).toBe("closed");
    expect(statusOnPage((await get(url(), `/manage/${token}`)).body)).toBe("closed");
    expect((await get(url(), `/capabilities/${code}`)).status).toBe(404);
    expect((await get(url(), `/api/capabilities/${code}`)).status).toBe(404);
    expect(auditRows(server.dbPath, code).map((a) => a.action)).toEqual(["submit", "approve", "withdraw"]);
  });

  it("does not withdraw, nor say it withdrew, an entry that was rejected", async () => {
    const { code, token } = await submitOk("scenario", validScenario({ title: "已驳回后又被撤回的场景" }));
    await moderate("scenario", code, "reject", { reason: "不属于本平台受理范围。" });
    const before = fingerprint(server.dbPath);
    const res = await post(url(), `/manage/${token}?intent=withdraw`, {});
    expect(res.status).toBeLessThan(500);
    expect(fingerprint(server.dbPath)).toBe(before);
    const shown = res.status === 303 ? (await get(url(), res.location!)).body : res.body;
    expect(statusOnPage(shown)).toBe("rejected");
    expect(shown.includes("已撤回。"), "the page confirms a withdrawal that did not happen (已撤回。)").toBe(false);
  });

  it("answers 404 to a wrong token, for pages and posts alike", async () => {
    const before = fingerprint(server.dbPath);
    const { token } = await submitOk("scenario", validScenario({ title: "用于错误令牌测试的场景" }));
    const changed = fingerprint(server.dbPath);
    expect(changed).not.toBe(before);
    const wrong = [`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "x".repeat(43), "short", "..%2F..%2Fadmin", token.toUpperCase()];
    for (const t of wrong) {
      expect((await get(url(), `/manage/${t}`)).status, t).toBe(404);
      expect((await post(url(), `/manage/${t}?intent=withdraw`, {})).status, t).toBe(404);
      expect((await post(url(), `/manage/${t}`, validScenario())).status, t).toBe(404);
    }
    expect(fingerprint(server.dbPath)).toBe(changed);
  });
});

describe("对接意向", () => {
  const secret = {
    organization: "意向测试影像科技有限公司",
    contactName: "欧阳保密",
    contactPhone: "13912345678",
    contactEmail: "private-contact@example.cn",
    message: "我们有三年夜游光影项目经验 MSGMARKER7731，可以承接。",
  };
  let code = "";
  let token = "";
  let own = "";

  const interest = (fields: Record<string, string>, listing = code, kind: Kind = "scenario") =>
    post(url(), `${PATH[kind]}/${encodeURIComponent(listing)}`, { [HONEYPOT]: "", intent: "interest", ...fields });

  beforeAll(async () => {
    ({ code, token } = await submitOk("scenario", validScenario({ title: "湿地公园夜游光影对接测试" })));
    await moderate("scenario", code, "approve");
    ({ code: own } = await submitOk("capability", validCapability({ title: "夜游光影投影系统对接测试" })));
    await moderate("capability", own, "approve");
  }, 120_000);

  it("starts with no interest on the public page", async () => {
    const page = await get(url(), `/scenarios/${code}`);
    expect(page.body).toMatch(/<p class="interest-count" data-count="0">/);
  });

  it("takes a valid 对接意向: 303 back to the panel, the count goes up, the details go to the manage link and /admin/interests", async () => {
    const before = counts(server.dbPath);
    const res = await interest({ ...secret, ownCode: own });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/scenarios/${code}?interest=sent#interest`);
    expect(counts(server.dbPath)).toEqual({ ...before, interests: before.interests + 1 });
    const page = await get(url(), `/scenarios/${code}?interest=sent`);
    expect(page.body).toMatch(/<p class="interest-count" data-count="1">已有 1 家单位表达对接意向<\/p>/);
    const manage = await get(url(), `/manage/${token}`);
    const admin = await get(url(), "/admin/interests", adminCookie);
    for (const body of [manage.body, admin.body]) for (const value of Object.values(secret)) expect(textOf(body)).toContain(value);
    expect(admin.body).toContain(own);
    // A second organisation counts; the same organisation again does not.
    expect((await interest({ ...secret, organization: "另一家意向单位有限公司", contactEmail: "", contactPhone: "0755-87654321" })).status).toBe(303);
    expect((await interest({ ...secret, message: "再次表达意向，补充说明我们的案例。" })).status).toBe(303);
    const again = await get(url(), `/scenarios/${code}`);
    expect(again.body).toMatch(/<p class="interest-count" data-count="2">已有 2 家单位表达对接意向<\/p>/);
  });

  it("never shows the interested party's details on public pages, the API, exports or feeds", async () => {
    const paths = [
      `/scenarios/${code}`,
      `/scenarios/${code}?interest=sent`,
      "/scenarios?pageSize=100",
      `/capabilities/${own}`,
      `/search?q=${encodeURIComponent("湿地公园夜游光影")}`,
      `/api/scenarios/${code}`,
      `/api/scenarios?pageSize=100`,
      `/api/scenarios/${code}/matches`,
      `/api/capabilities/${own}/matches`,
      `/api/search?q=${encodeURIComponent("湿地公园夜游光影")}`,
      "/export/scenarios.csv",
      "/export/capabilities.csv",
      "/export/board.json",
      "/feeds/scenarios.atom",
      "/feeds/capabilities.atom",
      "/stats",
      "/sitemap.xml",
      "/",
    ];
    for (const path of paths) {
      const res = await get(url(), path);
      expect(res.status, path).toBe(200);
      for (const [field, value] of Object.entries(secret)) expect(res.body.includes(value), `${path} shows the ${field}`).toBe(false);
    }
  });

  const badInterests: [string, Record<string, string>, string, string][] = [
    ["no phone and no email", { ...secret, contactPhone: "", contactEmail: "" }, "contactPhone", "联系电话和电子邮箱至少填写一项"],
    ["a message of 1001 characters", { ...secret, message: "意".repeat(1001) }, "message", "留言最多 1000 个字（现在 1001 个）"],
    ["an unknown ownCode", { ...secret, ownCode: "NL-9999-9999" }, "ownCode", "没有编号为 NL-9999-9999 的已发布清单项"],
    ["an ownCode with markup", { ...secret, ownCode: XSS[0]! }, "ownCode", "编号只能包含字母、数字、点、下划线和连字符"],
    ["no organisation", { ...secret, organization: "" }, "organization", "请填写企业/机构"],
    ["a bad phone", { ...secret, contactPhone: SQL }, "contactPhone", "联系电话应为手机号（如 13800138000）或带区号的座机（如 0755-12345678）"],
  ];
  it.each(badInterests)("refuses %s with the field's message, keeps the input and stores nothing", async (_name, fields, field, message) => {
    const before = fingerprint(server.dbPath);
    const res = await interest(fields);
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body, "interest-form", field)).toContain(message);
    for (const name of ["organization", "contactName", "contactEmail"] as const) {
      if (name !== field) expect(fieldValue(res.body, `interest-form-${name}`), name).toBe(fields[name]);
    }
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("refuses an ownCode that names a listing not published", async () => {
    const { code: pending } = await submitOk("capability", validCapability({ title: "尚未审核的对接方能力" }));
    const before = fingerprint(server.dbPath);
    const res = await interest({ ...secret, ownCode: pending });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body, "interest-form", "ownCode")).toEqual([`没有编号为 ${pending} 的已发布清单项`]);
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("answers 404 for a listing that is pending, rejected, closed or unknown, storing nothing", async () => {
    const { code: pending } = await submitOk("scenario", validScenario({ title: "尚未发布不能表达意向的场景" }));
    const { code: rejected } = await submitOk("scenario", validScenario({ title: "已驳回不能表达意向的场景" }));
    await moderate("scenario", rejected, "reject", { reason: "信息不完整。" });
    const { code: closed } = await submitOk("capability", validCapability({ title: "已关闭不能表达意向的能力" }));
    await moderate("capability", closed, "approve");
    await moderate("capability", closed, "close");
    const before = fingerprint(server.dbPath);
    const targets = [["scenario", pending], ["scenario", rejected], ["capability", closed], ["scenario", "CJ-0000-9999"], ["capability", code]] as const;
    for (const [kind, target] of targets) {
      const res = await interest(secret, target, kind);
      expect(res.status, `${kind} ${target}`).toBe(404);
    }
    expect(fingerprint(server.dbPath)).toBe(before);
  });

  it("refuses a 对接意向 without the honeypot, or from another site", async () => {
    const before = fingerprint(server.dbPath);
    const bot = await post(url(), `/scenarios/${code}`, { intent: "interest", ...secret });
    expect(bot.status).toBe(400);
    expect(formProblems(bot.body, "interest-form")).toContain("提交未通过自动检查。请刷新页面后重新提交；如仍有问题，请联系平台。");
    const foreign = await post(url(), `/scenarios/${code}`, { [HONEYPOT]: "", intent: "interest", ...secret }, { headers: { Origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(fingerprint(server.dbPath)).toBe(before);
  });
});
