// Concurrent writers: submissions, 对接意向, a moderator working through the queue and the district's
// import command (another process on the same SQLite file), all at once, for a fixed number of
// operations. Nothing may fail with a server error or "database is locked", and every acknowledged
// write must be in the database afterwards.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS, MATURITIES } from "../../app/models/vocabulary";
import { firstBatch } from "../support/seed";
import { startServer, type TestServer } from "../support/server";

const ADMIN_EMAIL = "moderator@example.cn";
const ADMIN_PASSWORD = "concurrency-password-1";

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    env: {
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SESSION_SECRET: "concurrency-session-secret-0123456789",
      RATE_LIMIT_POSTS: "1000000",
      LOGIN_MAX_FAILURES: "1000",
    },
  });
}, 120_000);
afterAll(() => server?.stop());

type Kind = "scenario" | "capability";
type Fields = Record<string, string | string[]>;

function formBody(fields: Fields, honeypot = true): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  if (honeypot) body.append("name__confirm", "");
  return body.toString();
}

function submission(run: string, worker: number, i: number): { kind: Kind; fields: Fields } {
  const n = worker * 1000 + i;
  const kind: Kind = i % 2 === 0 ? "capability" : "scenario";
  const m = `${run}w${worker}n${i}`;
  const common = {
    title: kind === "capability" ? `并发写入能力 ${m}` : `并发写入需求 ${m}`,
    category: CATEGORIES[n % CATEGORIES.length]!,
    tags: [`并发${worker}`, `序号${i}`],
    description: `并发测试第 ${worker} 号提交者的第 ${i} 条（${m}），与审核、对接意向和导入同时写入同一个数据库。`,
    contactName: `提交者${worker}`,
    contactPhone: `139${String(n).padStart(8, "0")}`,
  };
  return kind === "capability"
    ? {
        kind,
        fields: {
          ...common,
          organization: `并发测试公司${worker}`,
          domains: [DOMAINS[n % DOMAINS.length]!],
          maturity: MATURITIES[n % MATURITIES.length]!,
        },
      }
    : {
        kind,
        fields: { ...common, publisher: `并发测试单位${worker}`, domain: DOMAINS[n % DOMAINS.length]!, deadline: "2099-12-31" },
      };
}

/**
 * Another process on the same file: a small program that does what `npm run db:import` does (the
 * app's openDatabase and importBoard), a batch of published capabilities at a time, again and
 * again until its standard input closes, with a short pause between batches. It prints "ready"
 * after its first batch and, at the end, a JSON line with the batches written and the errors met.
 */
const IMPORTER = `
import { importBoard } from ${JSON.stringify(path.resolve("app/models/import.server.ts"))};
import { openDatabase } from ${JSON.stringify(path.resolve("app/utils/database.server.ts"))};
const [run, size] = [process.env.RUN, Number(process.env.BATCH_SIZE)];
const { sqlite, db } = openDatabase(process.env.DATABASE_PATH);
let stop = false;
process.stdin.on("end", () => (stop = true));
process.stdin.resume();
let rounds = 0;
let attempts = 0;
const failures = [];
while (!stop || attempts === 0) {
  attempts++;
  const round = rounds + 1;
  const capabilities = Array.from({ length: size }, (_, i) => ({
    code: "EXT-" + run + "-" + String(i).padStart(4, "0"),
    title: "外部导入能力 " + run + "r" + round + "i" + i,
    organization: "导入企业" + (i % 17),
    category: "智能终端",
    domains: ["教育培训"],
    tags: ["导入", "第" + round + "轮"],
    description: "第 " + round + " 轮由另一个进程写入的能力记录，编号 " + i + "，与网站的写入同时进行。",
    maturity: "量产",
  }));
  try {
    const result = importBoard(db, { capabilities });
    if (result.ok) rounds++;
    else failures.push(JSON.stringify(result.problems[0]));
  } catch (error) {
    failures.push(String(error && error.message));
  }
  if (attempts === 1) console.log("ready");
  await new Promise((r) => setTimeout(r, 20));
}
sqlite.close();
console.log(JSON.stringify({ rounds, failures }));
`;

function startImporter(dbPath: string, dir: string, run: string, batchSize: number) {
  const file = path.join(dir, "importer.mts");
  fs.writeFileSync(file, IMPORTER);
  const child = spawn(process.execPath, ["--import", "tsx", file], {
    env: { ...process.env, DATABASE_PATH: dbPath, RUN: run, BATCH_SIZE: String(batchSize) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (c: Buffer) => {
      output += c.toString();
      if (output.includes("ready")) resolve();
    });
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => reject(new Error(`importer exited ${code} before writing:\n${output}`)));
  });
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on("close", (code) => resolve({ code, output })));
  return { ready, done, stop: () => child.stdin.end() };
}

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

describe("concurrent writers", () => {
  it("submissions, 对接意向, approvals and an import at once: no 5xx, no lock errors, nothing lost", async () => {
    const run = Date.now().toString(36);
    const url = server.url;
    const SUBMITTERS = 3;
    const SUBMISSIONS_EACH = 24;
    const INTEREST_SENDERS = 2;
    const INTERESTS_EACH = 30;
    const IMPORT_SIZE = 40;

    const login = await fetch(`${url}/admin/login`, {
      method: "POST",
      body: new URLSearchParams({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      redirect: "manual",
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;

    // Every answer is recorded; any that is not what the operation expects is a problem.
    const problems: string[] = [];
    const serverErrors: string[] = []; // 5xx answers, by operation
    async function call(label: string, expected: number, input: string, init: RequestInit = {}) {
      let res: Response;
      try {
        res = await fetch(url + input, { redirect: "manual", ...init });
      } catch (error) {
        problems.push(`${label}: ${(error as Error).message}`);
        return null;
      }
      const body = await res.text();
      if (res.status >= 500) serverErrors.push(`${label}: ${res.status}`);
      if (res.status !== expected) problems.push(`${label}: ${res.status} ${body.replace(/\s+/g, " ").slice(0, 300)}`);
      return { status: res.status, location: res.headers.get("location") ?? "", body };
    }
    const form = { "Content-Type": "application/x-www-form-urlencoded" };

    // Interest targets: the seeded listings, and those the moderator publishes as the run goes on.
    const targets: { kind: Kind; code: string }[] = [
      ...firstBatch.capabilities.map((c) => ({ kind: "capability" as const, code: c.code })),
      ...firstBatch.scenarios.map((s) => ({ kind: "scenario" as const, code: s.code })),
    ];
    const SEEDED = targets.length;

    const submitted: { kind: Kind; fields: Fields; token: string }[] = [];
    const interestsSent: { kind: Kind; code: string; message: string; organization: string }[] = [];
    const decided = new Map<string, "approve" | "reject">(); // kind:code → acknowledged decision
    let submittersDone = 0;

    async function submitter(w: number) {
      for (let i = 0; i < SUBMISSIONS_EACH; i++) {
        const s = submission(run, w, i);
        const r = await call(`submit ${w}/${i}`, 303, s.kind === "scenario" ? "/scenarios/new" : "/capabilities/new", {
          method: "POST",
          headers: form,
          body: formBody(s.fields),
        });
        const token = /^\/manage\/([\w-]+)\?new=1$/.exec(r?.location ?? "")?.[1];
        if (r?.status === 303 && token) submitted.push({ ...s, token });
      }
      submittersDone++;
    }

    async function interestSender(w: number) {
      for (let i = 0; i < INTERESTS_EACH; i++) {
        // Alternate between the seeded listings and the newest ones the moderator has published.
        const fresh = targets.length - SEEDED;
        const target =
          i % 2 === 1 && fresh > 0 ? targets[targets.length - 1 - ((w + i) % Math.min(5, fresh))]! : targets[(w * 7 + i * 3) % SEEDED]!;
        const message = `我们希望就此合作 ${run}-i${w}-${i}`;
        const organization = `意向单位${w}-${i % 4}`;
        const r = await call(`interest ${w}/${i} on ${target.code}`, 303, `/${target.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(target.code)}`, {
          method: "POST",
          headers: form,
          body: formBody({ intent: "interest", organization, contactName: `联系人${w}`, contactPhone: "13800138000", message }),
        });
        if (r?.status === 303) interestsSent.push({ ...target, message, organization });
      }
    }

    // One moderator: reads the queue, approves (every fifth one rejected with a reason), until
    // the submitters have finished and the queue is empty.
    async function moderator() {
      for (let round = 0; round < 500; round++) {
        const finished = submittersDone === SUBMITTERS;
        const queue = await call("queue", 200, "/admin", { headers: { Cookie: cookie } });
        if (!queue) return;
        const items = [...queue.body.matchAll(/href="\/admin\/listings\/(scenario|capability)\/([^"?]+)"/g)]
          .map((m) => ({ kind: m[1] as Kind, code: decodeURIComponent(m[2]!) }))
          .filter((item, i, all) => all.findIndex((x) => x.kind === item.kind && x.code === item.code) === i)
          .filter((item) => !decided.has(`${item.kind}:${item.code}`));
        if (items.length === 0) {
          if (finished) return;
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        for (const item of items) {
          const reject = decided.size % 5 === 4;
          const r = await call(
            `${reject ? "reject" : "approve"} ${item.code}`,
            303,
            `/admin/listings/${item.kind}/${encodeURIComponent(item.code)}?intent=${reject ? "reject" : "approve"}`,
            { method: "POST", headers: { ...form, Cookie: cookie }, body: reject ? formBody({ reason: "并发测试：不符合征集范围" }, false) : "" },
          );
          if (r?.status !== 303) return;
          decided.set(`${item.kind}:${item.code}`, reject ? "reject" : "approve");
          if (!reject) targets.push(item);
        }
      }
      problems.push("moderator: the queue did not empty within 500 rounds");
    }

    // A visitor searching all along: whatever search and matching answer must be published —
    // a submission shows up only once approved, and a rejected one never.
    const seenInSearch = new Set<string>();
    let searches = 0;
    let moderatorDone = false;
    async function searcher() {
      while (!moderatorDone) {
        const r = await call("search", 200, `/api/search?q=${encodeURIComponent("并发写入")}&limit=100`);
        if (!r) return;
        searches++;
        for (const hit of (JSON.parse(r.body) as { results: { type: Kind; code: string; title: string }[] }).results)
          if (hit.title.startsWith("并发写入") && hit.title.includes(run)) seenInSearch.add(`${hit.type}:${hit.code}`);
        const fresh = targets.slice(SEEDED);
        if (fresh.length) {
          const t = fresh[searches % fresh.length]!;
          const m = await call(`matches ${t.code}`, 200, `/api/${t.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(t.code)}/matches?limit=50`);
          for (const hit of m ? (JSON.parse(m.body) as { results: { type: Kind; code: string; title: string }[] }).results : [])
            if (hit.title.startsWith("并发写入") && hit.title.includes(run)) seenInSearch.add(`${hit.type}:${hit.code}`);
        }
      }
    }

    // The other process writes from before the first request until after the last.
    const importer = startImporter(server.dbPath, server.dir, run, IMPORT_SIZE);
    await importer.ready;

    await Promise.all([
      ...Array.from({ length: SUBMITTERS }, (_, w) => submitter(w)),
      ...Array.from({ length: INTEREST_SENDERS }, (_, w) => interestSender(w)),
      moderator().finally(() => {
        moderatorDone = true;
      }),
      searcher(),
    ]);
    importer.stop();
    const imported = await importer.done;
    const summary = JSON.parse(imported.output.trim().split("\n").pop() ?? "{}") as { rounds?: number; failures?: string[] };

    // The answers: no server errors, none other than expected.
    // The server's log names the error behind each 5xx (one JSON line with its stack).
    const logged: string[] = [];
    let firstStack = "";
    for (const line of server.output().split("\n")) {
      if (!line.includes('"level":50')) continue;
      try {
        const entry = JSON.parse(line);
        if (entry.req) continue; // the request line; the error itself is logged beside it with its stack
        logged.push(`${entry.url ?? ""}: ${entry.msg ?? ""}`);
        firstStack ||= String(entry.stack ?? "").split("\n").slice(0, 8).join("\n");
      } catch {
        logged.push(line.slice(0, 300));
      }
    }
    // Soft: each of these says something different, and all of them are worth seeing at once.
    expect.soft(serverErrors, `5xx answers; the server logged:\n${logged.join("\n")}\n${firstStack}`).toEqual([]);
    expect.soft(problems, "answers other than expected").toEqual([]);
    expect.soft(server.output(), "server log").not.toMatch(/database is locked|SQLITE_BUSY/i);
    expect(imported.code, imported.output).toBe(0);
    expect.soft(summary.failures, "the other process's write errors").toEqual([]);
    expect(summary.rounds).toBeGreaterThan(0);
    expect.soft(submitted, "acknowledged submissions").toHaveLength(SUBMITTERS * SUBMISSIONS_EACH);
    expect.soft(interestsSent, "acknowledged 对接意向").toHaveLength(INTEREST_SENDERS * INTERESTS_EACH);
    expect.soft(decided.size, "moderation decisions").toBe(submitted.length);
    expect(searches, "searches made while the others wrote").toBeGreaterThan(5);
    expect(seenInSearch.size, "approved submissions found by search while the run went on").toBeGreaterThan(0);
    for (const key of seenInSearch) expect(decided.get(key), `${key} was in search or matches`).toBe("approve");

    // The database holds every acknowledged write, and only those.
    const db = new Database(server.dbPath, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const status = new Map<string, string>();
      for (const s of submitted) {
        const table = s.kind === "scenario" ? "scenarios" : "capabilities";
        const row = db.prepare(`select code, title, description, status from ${table} where manage_token_hash = ?`).get(tokenHash(s.token)) as
          | { code: string; title: string; description: string; status: string }
          | undefined;
        expect(row, `submission “${s.fields.title}”`).toBeTruthy();
        expect(row!.title).toBe(s.fields.title);
        expect(row!.description).toBe(s.fields.description);
        status.set(`${s.kind}:${row!.code}`, row!.status);
      }
      for (const [key, decision] of decided) expect(status.get(key), key).toBe(decision === "approve" ? "published" : "rejected");
      const ours = (table: string) => (db.prepare(`select count(*) n from ${table} where title like ?`).get(`并发写入%${run}%`) as { n: number }).n;
      expect(ours("scenarios") + ours("capabilities")).toBe(submitted.length);

      const interestRows = db.prepare("select listing_kind, listing_code, organization, message from interests").all() as {
        listing_kind: string;
        listing_code: string;
        organization: string;
        message: string;
      }[];
      expect(interestRows).toHaveLength(interestsSent.length);
      const byMessage = new Map(interestRows.map((r) => [r.message, r]));
      for (const sent of interestsSent)
        expect(byMessage.get(sent.message), sent.message).toEqual({
          listing_kind: sent.kind,
          listing_code: sent.code,
          organization: sent.organization,
          message: sent.message,
        });

      const audit = (action: string) => (db.prepare("select count(*) n from audit_log where action = ?").get(action) as { n: number }).n;
      expect(audit("submit")).toBe(submitted.length);
      expect(audit("approve")).toBe([...decided.values()].filter((d) => d === "approve").length);
      expect(audit("reject")).toBe([...decided.values()].filter((d) => d === "reject").length);

      // The other process's last batch is what the imported listings say now.
      const last = summary.rounds!;
      const external = db.prepare("select title, status from capabilities where code like ?").all(`EXT-${run}-%`) as { title: string; status: string }[];
      expect(external).toHaveLength(IMPORT_SIZE);
      expect(external.every((r) => r.status === "published" && r.title.startsWith(`外部导入能力 ${run}r${last}i`))).toBe(true);

      // The board shows what the database holds: the API's totals, the health check's count of
      // searchable listings, and search finding the import's newest titles.
      const published = (table: string) => (db.prepare(`select count(*) n from ${table} where status = 'published'`).get() as { n: number }).n;
      for (const [kind, table] of [["scenarios", "scenarios"], ["capabilities", "capabilities"]] as const) {
        const res = await fetch(`${url}/api/${kind}?pageSize=1`);
        expect(((await res.json()) as { total: number }).total, `/api/${kind} total`).toBe(published(table));
      }
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { listings: number }).listings).toBe(published("scenarios") + published("capabilities"));
      for (const i of [0, 1, IMPORT_SIZE - 1]) {
        const title = `外部导入能力 ${run}r${last}i${i}`;
        const res = await fetch(`${url}/api/search?q=${encodeURIComponent(title)}&type=capability&limit=100`);
        const codes = ((await res.json()) as { results: { code: string }[] }).results.map((h) => h.code);
        expect(codes, title).toContain(`EXT-${run}-${String(i).padStart(4, "0")}`);
      }
    } finally {
      db.close();
    }
  }, 300_000);
});
