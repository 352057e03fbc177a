// Posting the board's forms over HTTP as a browser without JavaScript would, and reading the
// answer: field messages, the values kept in the inputs, the database behind it.
import Database from "better-sqlite3";
import { todayInShanghai } from "../../app/utils/dates";

export type FieldValue = string | string[];
export type Fields = Record<string, FieldValue>;
export type Reply = { status: number; headers: Headers; body: string; location: string | null };

/** The admin account the test servers are started with. */
export const ADMIN = { email: "moderator@example.cn", password: "correct-horse-battery-9" };
export const SESSION_SECRET = "integration-session-secret-0123456789";

/** Server settings for a board with a moderator and (by default) no practical rate limit. */
export function boardEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SESSION_SECRET,
    RATE_LIMIT_POSTS: "100000",
    ...extra,
  };
}

/** The honeypot a real browser posts with every public form: present and empty. */
export const HONEYPOT = "name__confirm";

/** A date a year ahead, so a deadline is valid whatever the hour in Shenzhen. */
export function nextYear(): string {
  const today = todayInShanghai();
  return `${Number(today.slice(0, 4)) + 1}${today.slice(4, 8)}15`;
}

export function validScenario(overrides: Fields = {}): Fields {
  return {
    [HONEYPOT]: "",
    title: "学校操场体育课动作影像分析",
    publisher: "宝安区某实验学校",
    category: "影像处理与AIGC",
    domain: "教育培训",
    tags: ["动作分析", "体育教学"],
    description: "希望在操场安装摄像头，对体育课学生的跑跳动作做影像分析，帮助老师发现动作问题并给出训练建议。",
    location: "宝安区西乡街道",
    budget: "30万元",
    deadline: nextYear(),
    contactName: "李老师",
    contactPhone: "0755-23456789",
    contactEmail: "pe-teacher@example.cn",
    ...overrides,
  };
}

export function validCapability(overrides: Fields = {}): Fields {
  return {
    [HONEYPOT]: "",
    title: "工业视觉缺陷检测一体机",
    organization: "深圳某某视觉科技有限公司",
    category: "影像采集",
    domains: ["工业制造", "城市治理"],
    tags: "工业相机、缺陷检测,机器视觉",
    description: "面向电子制造产线的视觉检测一体机，支持高速拍摄与深度学习缺陷识别，已在多家工厂部署。",
    maturity: "量产",
    cases: "某电子厂贴片产线外观检测",
    contactName: "王工",
    contactPhone: "13800138000",
    contactEmail: "",
    ...overrides,
  };
}

/** The fields without the given names (a browser that did not send them). */
export function without(fields: Fields, ...names: string[]): Fields {
  const copy = { ...fields };
  for (const n of names) delete copy[n];
  return copy;
}

export function toParams(fields: Fields | [string, string][]): URLSearchParams {
  const params = new URLSearchParams();
  const entries = Array.isArray(fields) ? fields : Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
  for (const [k, v] of entries) params.append(k, v);
  return params;
}

export function toFormData(fields: Fields): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  return form;
}

async function reply(res: Response): Promise<Reply> {
  return { status: res.status, headers: res.headers, body: await res.text(), location: res.headers.get("location") };
}

export async function get(base: string, path: string, cookie?: string): Promise<Reply> {
  const res = await fetch(base + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  return reply(res);
}

/**
 * A POST as a form without JavaScript sends it (urlencoded), or any body with its content type.
 * Never follows redirects: the 303 and its Location are the answer.
 */
export async function post(
  base: string,
  path: string,
  body: Fields | [string, string][] | URLSearchParams | FormData | string | Uint8Array,
  options: { cookie?: string; headers?: Record<string, string>; contentType?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.Cookie = options.cookie;
  let payload: BodyInit;
  if (body instanceof FormData || body instanceof URLSearchParams) payload = body;
  else if (typeof body === "string") payload = body;
  else if (body instanceof Uint8Array) payload = body as Uint8Array<ArrayBuffer>;
  else payload = toParams(body);
  if (options.contentType) headers["Content-Type"] = options.contentType;
  else if (typeof body === "string" || body instanceof Uint8Array) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await fetch(base + path, { method: "POST", body: payload, headers, redirect: "manual" });
  return reply(res);
}

// ---------------------------------------------------------------------------------------------
// Reading pages

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", nbsp: "\u00a0" };

export function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    const known = ENTITIES[e.toLowerCase()];
    if (known) return known;
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return m;
  });
}

/** Visible text of an HTML fragment: tags gone, entities decoded, React's comment markers gone. */
export function textOf(html: string): string {
  return decode(html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, ""));
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The messages in the error list beside a field (`<ul id="FORM-FIELD-error" class="field-errors">`), or [] when it has none. */
export function fieldErrors(html: string, formId: string, field: string): string[] {
  const m = new RegExp(`<ul id="${escapeRegExp(`${formId}-${field}-error`)}" class="field-errors">([\\s\\S]*?)</ul>`).exec(html);
  if (!m) return [];
  return [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => textOf(x[1]!));
}

/** Every field with an error list in the form, by name. */
export function fieldsWithErrors(html: string, formId: string): string[] {
  return [...html.matchAll(new RegExp(`<ul id="${escapeRegExp(formId)}-([\\w]+)-error" class="field-errors">`, "g"))].map((m) => m[1]!);
}

/** The form's own messages (the `form-problems` box at its top). */
export function formProblems(html: string, formId: string): string[] {
  const m = new RegExp(`<div class="form-problems" role="alert" id="${escapeRegExp(formId)}-error">([\\s\\S]*?)</div>`).exec(html);
  if (!m) return [];
  return [...m[1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((x) => textOf(x[1]!));
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : null;
}

/**
 * What the page puts back into a field with this id: an input's value, a textarea's text, a
 * select's chosen option; null when there is no such field.
 */
export function fieldValue(html: string, id: string): string | null {
  const input = new RegExp(`<input[^>]*\\sid="${escapeRegExp(id)}"[^>]*>`).exec(html);
  if (input) return attr(input[0], "value") ?? "";
  const textarea = new RegExp(`<textarea[^>]*\\sid="${escapeRegExp(id)}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  if (textarea) return decode(textarea[1]!);
  const select = new RegExp(`<select[^>]*\\sid="${escapeRegExp(id)}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (select) {
    const chosen = /<option value="([^"]*)" selected="">/.exec(select[1]!);
    return chosen ? decode(chosen[1]!) : "";
  }
  return null;
}

/** The values of the checked checkboxes named `name`. */
export function checkedValues(html: string, name: string): string[] {
  return [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, "name") === name && /\schecked=""/.test(tag))
    .map((tag) => attr(tag, "value")!);
}

/** The management link's token from a submission's 303. */
export function tokenFrom(location: string | null): string {
  const m = /^\/manage\/([\w-]+)\?new=1$/.exec(location ?? "");
  if (!m) throw new Error(`not a management link: ${location}`);
  return m[1]!;
}

/** The code a confirmation or management page shows (`<dd class="code">…</dd>`). */
export function codeOnManagePage(html: string): string | null {
  return /<dd class="code">([^<]+)<\/dd>/.exec(html)?.[1] ?? null;
}

/** The status a management or review page shows. */
export function statusOnPage(html: string): string | null {
  return /data-status="(\w+)"/.exec(html)?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Sessions

/** Signs in at /admin/login and returns the session cookie as a Cookie header value. */
export async function login(base: string, email = ADMIN.email, password = ADMIN.password): Promise<string> {
  const res = await post(base, "/admin/login", { email, password });
  if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
  const cookie = res.headers.get("set-cookie");
  if (!cookie?.startsWith("board_admin=")) throw new Error(`no session cookie: ${cookie}`);
  return cookie.split(";")[0]!;
}

// ---------------------------------------------------------------------------------------------
// The database behind the server

export type Counts = { scenarios: number; capabilities: number; interests: number; audit_log: number };

export function withDb<T>(dbPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function counts(dbPath: string): Counts {
  return withDb(dbPath, (db) => {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { scenarios: n("scenarios"), capabilities: n("capabilities"), interests: n("interests"), audit_log: n("audit_log") };
  });
}

/**
 * Everything a write could change, as one comparable string: every listing's code, status,
 * update time and title, every interest and audit row, the import-relevant counts.
 */
export function fingerprint(dbPath: string): string {
  return withDb(dbPath, (db) =>
    JSON.stringify([
      db.prepare("SELECT code, status, updated_at, title, moderation_note FROM scenarios ORDER BY code").all(),
      db.prepare("SELECT code, status, updated_at, title, moderation_note FROM capabilities ORDER BY code").all(),
      db.prepare("SELECT * FROM interests ORDER BY id").all(),
      db.prepare("SELECT * FROM audit_log ORDER BY id").all(),
    ]),
  );
}

export type ListingRow = Record<string, unknown> & { code: string; status: string; title: string; description: string };

export function listingRow(dbPath: string, kind: "scenario" | "capability", code: string): ListingRow | undefined {
  const table = kind === "scenario" ? "scenarios" : "capabilities";
  return withDb(dbPath, (db) => db.prepare(`SELECT * FROM ${table} WHERE code = ?`).get(code) as ListingRow | undefined);
}

export type AuditRecord = { id: number; actor: string; action: string; listing_kind: string | null; listing_code: string | null; before: string | null; after: string | null; note: string | null };

export function auditRows(dbPath: string, code?: string): AuditRecord[] {
  return withDb(dbPath, (db) =>
    (code
      ? db.prepare("SELECT * FROM audit_log WHERE listing_code = ? ORDER BY id").all(code)
      : db.prepare("SELECT * FROM audit_log ORDER BY id").all()) as AuditRecord[],
  );
}
