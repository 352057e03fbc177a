// Crash safety: a server killed with SIGKILL in the middle of a stream of submissions and approvals
// loses nothing it had acknowledged, and a server stopped with SIGTERM finishes the requests it had
// already taken before it exits. Decided by counts (acknowledgements, approvals), never by time.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS, MATURITIES } from "../../app/models/vocabulary";
import { tempDir } from "../support/server";

const ADMIN_EMAIL = "crash-admin@example.cn";
const ADMIN_PASSWORD = "crash-test-password-1";
const ENV = {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  SESSION_SECRET: "crash-test-session-secret-0123456789",
  RATE_LIMIT_POSTS: "1000000",
  LOGIN_MAX_FAILURES: "1000",
};

// ---------------------------------------------------------------------------------------------
// A production server as a child process we can signal (tests/support/server.ts hides its child).

type Board = {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const running = new Set<ChildProcess>();
const dirs: string[] = [];

afterEach(async () => {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await gone;
    }
  }
  running.clear();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function launch(dbPath: string): Promise<Board> {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", DATABASE_PATH: dbPath, ...ENV },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise<Board>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => output, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Submissions: each one unique and checkable field by field.

type Kind = "scenario" | "capability";
type Sent = { n: number; kind: Kind; fields: Record<string, string | string[]> };

/** A Latin word the search index keeps whole, so each title can be found by itself. */
function marker(run: string, n: number) {
  return `${run}x${String(n).padStart(4, "0")}`;
}

function submission(run: string, n: number): Sent {
  const kind: Kind = n % 2 === 0 ? "capability" : "scenario";
  const m = marker(run, n);
  const common = {
    title: kind === "capability" ? `断电校验能力 ${m} 全景影像采集` : `断电校验需求 ${m} 社区影像巡查`,
    category: CATEGORIES[n % CATEGORIES.length]!,
    tags: [`标签${n}`, `校验${m}`],
    description:
      `第 ${n} 条崩溃测试提交（${m}）：服务在写入过程中被强制终止，重启后这一条必须原样保存。\n` +
      `第二行带“引号”、<尖括号> 和 & 符号，校验串 ${createHash("sha256").update(m).digest("hex").slice(0, 16)}。`,
    contactName: `测试员${n % 10}`,
    ...(n % 3 === 0 ? { contactEmail: `crash${n}@example.cn` } : { contactPhone: `138${String(n).padStart(8, "0")}` }),
  };
  const fields: Record<string, string | string[]> =
    kind === "capability"
      ? {
          ...common,
          organization: `崩溃测试科技有限公司${n}`,
          domains: [DOMAINS[n % DOMAINS.length]!, DOMAINS[(n + 3) % DOMAINS.length]!],
          maturity: MATURITIES[n % MATURITIES.length]!,
          cases: `案例 ${m}`,
        }
      : {
          ...common,
          publisher: `崩溃测试街道办事处${n}`,
          domain: DOMAINS[n % DOMAINS.length]!,
          location: `宝安区测试街道 ${n} 号`,
          budget: `${n} 万元`,
          deadline: "2099-12-31",
        };
  return { n, kind, fields };
}

function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  body.append("name__confirm", "");
  return body.toString();
}

const newPath = (kind: Kind) => (kind === "scenario" ? "/scenarios/new" : "/capabilities/new");
const tableOf = (kind: Kind) => (kind === "scenario" ? "scenarios" : "capabilities");
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
const tokenOf = (location: string) => /^\/manage\/([\w-]+)\?new=1$/.exec(location)?.[1] ?? null;

/** What the database row must hold for a submission, column by column. */
function expectedColumns(s: Sent): Record<string, unknown> {
  const f = s.fields;
  const common = {
    title: f.title,
    category: f.category,
    tags: JSON.stringify(f.tags),
    description: f.description,
    contact_name: f.contactName,
    contact_phone: f.contactPhone ?? null,
    contact_email: f.contactEmail ?? null,
  };
  return s.kind === "capability"
    ? { ...common, organization: f.organization, domains: JSON.stringify(f.domains), maturity: f.maturity, cases: f.cases }
    : { ...common, publisher: f.publisher, domain: f.domain, location: f.location, budget: f.budget, deadline: f.deadline };
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/admin/login`, {
    method: "POST",
    body: new URLSearchParams({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    redirect: "manual",
  });
  expect(res.status, "admin sign-in").toBe(303);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  expect(cookie).toMatch(/^board_admin=/);
  return cookie!;
}

type Row = Record<string, unknown> & { code: string; title: string; status: string; manage_token_hash: string | null };

function readDb<T>(dbPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------

describe("SIGKILL in the middle of writes", () => {
  it("keeps every acknowledged submission and approval, whole, and search agrees with the database after the restart", async () => {
    const dir = tempDir("board-crash-");
    dirs.push(dir);
    const dbPath = path.join(dir, "board.db");
    const run = `k${Date.now().toString(36)}`;

    // The kill comes once 10 approvals have been acknowledged and then 30 more submissions (and at
    // least 60 in all), so the stream of submissions and the approvals are both still going.
    const APPROVALS_BEFORE_KILL = 10;
    const ACKS_AFTER_APPROVALS = 30;
    const MIN_ACKS = 60;
    const MAX_SUBMISSIONS = 3000; // a bound, in case the counts are never reached
    const IN_FLIGHT = 4;

    const first = await launch(dbPath);
    const cookie = await login(first.url);

    const sent = new Map<number, Sent>();
    const acked: { sent: Sent; token: string; location: string }[] = [];
    const failures: string[] = []; // answers that were not an acknowledgement (before the kill)
    const approvals: { kind: Kind; code: string; token: string }[] = []; // acknowledged
    const approvalsTried = new Set<string>(); // kind:code, acknowledged or cut off by the kill
    const confirmed = new Map<string, string>(); // token → code shown on the confirmation page
    let killed = false;
    let next = 0;
    let inFlight = 0;
    let inFlightAtKill = 0;
    let ackedAtApprovals = -1;

    const killIfDue = () => {
      if (killed) return;
      if (ackedAtApprovals < 0 && approvals.length >= APPROVALS_BEFORE_KILL) ackedAtApprovals = acked.length;
      if (ackedAtApprovals >= 0 && acked.length >= Math.max(MIN_ACKS, ackedAtApprovals + ACKS_AFTER_APPROVALS)) {
        killed = true;
        inFlightAtKill = inFlight;
        first.child.kill("SIGKILL");
      }
    };

    async function submitter() {
      // Stops early when answers go wrong: the failures are then the test's message.
      while (!killed && next < MAX_SUBMISSIONS && failures.length < 10) {
        const s = submission(run, next++);
        sent.set(s.n, s);
        inFlight++;
        try {
          const res = await fetch(first.url + newPath(s.kind), {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: formBody(s.fields),
            redirect: "manual",
          });
          const location = res.headers.get("location") ?? "";
          const token = tokenOf(location);
          await res.arrayBuffer();
          inFlight--;
          if (res.status === 303 && token) {
            acked.push({ sent: s, token, location });
            killIfDue();
          } else if (!killed) failures.push(`#${s.n}: ${res.status} ${location}`);
        } catch (error) {
          inFlight--;
          if (!killed) failures.push(`#${s.n}: ${(error as Error).message}`);
        }
      }
    }

    // One moderator approving every other acknowledged submission while the stream goes on.
    async function approver() {
      let i = 0;
      while (!killed && failures.length < 10) {
        const item = acked[i];
        if (!item) {
          if (next >= MAX_SUBMISSIONS) return;
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        i += 2;
        try {
          const page = await fetch(first.url + item.location);
          const html = await page.text();
          if (page.status !== 200) {
            if (!killed) failures.push(`confirmation page ${item.location}: ${page.status}`);
            continue;
          }
          const code = new RegExp(`\\b${item.sent.kind === "scenario" ? "CJ" : "NL"}-\\d{4}-\\d{4}\\b`).exec(html)?.[0];
          if (!code) {
            failures.push(`no code on the confirmation page of #${item.sent.n}`);
            continue;
          }
          confirmed.set(item.token, code);
          approvalsTried.add(`${item.sent.kind}:${code}`);
          const res = await fetch(`${first.url}/admin/listings/${item.sent.kind}/${code}?intent=approve`, {
            method: "POST",
            headers: { Cookie: cookie },
            redirect: "manual",
          });
          await res.arrayBuffer();
          if (res.status === 303) {
            approvals.push({ kind: item.sent.kind, code, token: item.token });
            killIfDue();
          } else if (!killed) failures.push(`approve ${code}: ${res.status}`);
        } catch (error) {
          if (!killed) failures.push(`approve after #${item.sent.n}: ${(error as Error).message}`);
        }
      }
    }

    await Promise.all([...Array.from({ length: IN_FLIGHT }, submitter), approver()]);
    expect(failures, "answers before the kill").toEqual([]);
    expect(killed, `the kill condition was reached within ${MAX_SUBMISSIONS} submissions`).toBe(true);
    // The kill came in the middle of the stream, not after it.
    expect(inFlightAtKill, "submissions in flight at the kill").toBeGreaterThan(0);
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });

    // The same file, a new process.
    const second = await launch(dbPath);
    const health = await fetch(`${second.url}/healthz`);
    const healthJson = (await health.json()) as { ok: boolean; listings: number };
    expect(health.status).toBe(200);
    expect(healthJson.ok).toBe(true);

    const db = readDb(dbPath, (d) => ({
      integrity: d.pragma("integrity_check", { simple: true }),
      scenarios: d.prepare("select * from scenarios").all() as Row[],
      capabilities: d.prepare("select * from capabilities").all() as Row[],
      audit: d.prepare("select action, listing_kind, listing_code from audit_log").all() as { action: string; listing_kind: string; listing_code: string }[],
    }));
    expect(db.integrity).toBe("ok");
    const rows: Record<Kind, Row[]> = { scenario: db.scenarios, capability: db.capabilities };
    const byHash = new Map<string, { kind: Kind; row: Row }>();
    for (const kind of ["scenario", "capability"] as const)
      for (const row of rows[kind]) if (row.manage_token_hash) byHash.set(row.manage_token_hash, { kind, row });

    // Every acknowledged submission is there, every field as sent; pending unless its approval was sent.
    const approvedCodes = new Set(approvals.map((a) => `${a.kind}:${a.code}`));
    for (const { sent: s, token } of acked) {
      const found = byHash.get(tokenHash(token));
      expect(found, `acknowledged submission #${s.n} (${s.fields.title}) is in the database`).toBeTruthy();
      const { kind, row } = found!;
      expect(kind, `#${s.n} kind`).toBe(s.kind);
      const expected = expectedColumns(s);
      expect(pick(row, Object.keys(expected)), `#${s.n} stored as sent`).toEqual(expected);
      expect(row.code).toMatch(s.kind === "scenario" ? /^CJ-\d{4}-\d{4}$/ : /^NL-\d{4}-\d{4}$/);
      if (confirmed.has(token)) expect(row.code, `#${s.n}: the code its confirmation page showed`).toBe(confirmed.get(token));
      const id = `${kind}:${row.code}`;
      if (approvedCodes.has(id)) expect(row.status, `${row.code} was approved`).toBe("published");
      else if (approvalsTried.has(id)) expect(["pending", "published"], `${row.code} approval cut off`).toContain(row.status);
      else expect(row.status, `${row.code} was never approved`).toBe("pending");
    }
    expect(acked.length).toBeGreaterThanOrEqual(MIN_ACKS);
    expect(approvals.length).toBeGreaterThanOrEqual(APPROVALS_BEFORE_KILL);

    // Nothing half-written: every row of this run is one of the submissions sent, whole, with one
    // 'submit' entry in the audit log (and one 'approve' entry when published).
    const auditCount = (action: string, kind: Kind, code: string) =>
      db.audit.filter((a) => a.action === action && a.listing_kind === kind && a.listing_code === code).length;
    let ours = 0;
    for (const kind of ["scenario", "capability"] as const) {
      const codes = rows[kind].map((r) => r.code);
      expect(new Set(codes).size, `${kind} codes are unique`).toBe(codes.length);
      for (const row of rows[kind]) {
        const m = new RegExp(`${run}x(\\d{4})`).exec(row.title);
        if (!m) continue;
        ours++;
        const s = sent.get(Number(m[1]));
        expect(s, `row ${row.code} belongs to a submission that was sent`).toBeTruthy();
        expect(pick(row, Object.keys(expectedColumns(s!))), `row ${row.code} is whole`).toEqual(expectedColumns(s!));
        expect(auditCount("submit", kind, row.code), `${row.code} submit audit entries`).toBe(1);
        expect(auditCount("approve", kind, row.code), `${row.code} approve audit entries`).toBe(row.status === "published" ? 1 : 0);
      }
    }
    // At most the submissions in flight at the kill were stored without their answer arriving.
    expect(ours).toBeGreaterThanOrEqual(acked.length);
    expect(ours).toBeLessThanOrEqual(acked.length + inFlightAtKill);

    // Search and the database agree: every published listing is found by its exact title; the
    // pending ones of this run are not; the API lists exactly the published ones.
    const published: Record<Kind, Row[]> = {
      scenario: rows.scenario.filter((r) => r.status === "published"),
      capability: rows.capability.filter((r) => r.status === "published"),
    };
    const notFound: string[] = [];
    for (const kind of ["scenario", "capability"] as const) {
      for (const row of published[kind]) {
        const res = await fetch(`${second.url}/api/search?q=${encodeURIComponent(row.title)}&type=${kind}&limit=100`);
        const json = (await res.json()) as { results: { code: string }[] };
        if (!json.results.some((h) => h.code === row.code)) notFound.push(`${kind} ${row.code} “${row.title}”`);
      }
      for (const row of rows[kind].filter((r) => r.status === "pending" && r.title.includes(run)).slice(0, 10)) {
        const res = await fetch(`${second.url}/api/search?q=${encodeURIComponent(row.title)}&type=${kind}&limit=100`);
        const json = (await res.json()) as { results: { code: string }[] };
        expect(json.results.map((h) => h.code), `pending ${row.code} is not searchable`).not.toContain(row.code);
      }
      const listed: string[] = [];
      let total = -1;
      for (let page = 1; total < 0 || listed.length < total; page++) {
        const res = await fetch(`${second.url}/api/${kind === "scenario" ? "scenarios" : "capabilities"}?pageSize=100&page=${page}`);
        expect(res.status).toBe(200);
        const json = (await res.json()) as { items: { code: string }[]; total: number };
        total = json.total;
        if (json.items.length === 0) break;
        listed.push(...json.items.map((i) => i.code));
      }
      expect(total, `/api ${kind} total = published rows`).toBe(published[kind].length);
      expect([...listed].sort(), `/api ${kind} lists the published rows`).toEqual(published[kind].map((r) => r.code).sort());
    }
    expect(notFound, "published listings search does not find by their exact title").toEqual([]);
    expect(healthJson.listings).toBe(published.scenario.length + published.capability.length);
    expect(published.scenario.length + published.capability.length).toBeGreaterThan(0);

    // The restarted board goes on: a new submission gets a code no earlier row has.
    const after = submission(run, MAX_SUBMISSIONS + 1);
    const res = await fetch(second.url + newPath(after.kind), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: formBody(after.fields),
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    const token = tokenOf(res.headers.get("location") ?? "");
    expect(token).toBeTruthy();
    const newRow = readDb(dbPath, (d) => d.prepare(`select code from ${tableOf(after.kind)} where manage_token_hash = ?`).get(tokenHash(token!)) as { code: string } | undefined);
    expect(newRow).toBeTruthy();
    expect(rows[after.kind].map((r) => r.code)).not.toContain(newRow!.code);

    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------

/**
 * A POST whose headers go now and whose body goes when `finish` is called. `Expect: 100-continue`
 * makes the server answer "100 Continue" once it has parsed the headers: from then on the request
 * is in the server's hands, in flight.
 */
function heldPost(base: string, pathname: string, body: string) {
  const u = new URL(pathname, base);
  let onContinue!: () => void;
  const taken = new Promise<void>((r) => (onContinue = r));
  const req = http.request({
    hostname: u.hostname,
    port: u.port,
    path: u.pathname,
    method: "POST",
    agent: false,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": Buffer.byteLength(body),
      Expect: "100-continue",
    },
  });
  const response = new Promise<{ status: number; location: string }>((resolve, reject) => {
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, location: String(res.headers.location ?? "") }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
  req.on("continue", () => onContinue());
  req.flushHeaders();
  return { taken, response, finish: () => req.end(body) };
}

describe("SIGTERM", () => {
  it("finishes the requests in flight, refuses new connections, exits 0, and leaves a whole database", async () => {
    const dir = tempDir("board-sigterm-");
    dirs.push(dir);
    const dbPath = path.join(dir, "board.db");
    const run = `t${Date.now().toString(36)}`;
    const board = await launch(dbPath);

    // Some writes answered before the signal…
    const before = Array.from({ length: 6 }, (_, i) => submission(run, i));
    const beforeTokens: string[] = [];
    for (const s of before) {
      const res = await fetch(board.url + newPath(s.kind), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: formBody(s.fields),
        redirect: "manual",
      });
      expect(res.status).toBe(303);
      beforeTokens.push(tokenOf(res.headers.get("location") ?? "")!);
    }

    // …and some taken by the server whose bodies arrive only after it got SIGTERM.
    const held = Array.from({ length: 5 }, (_, i) => submission(run, 100 + i)).map((s) => ({
      sent: s,
      post: heldPost(board.url, newPath(s.kind), formBody(s.fields)),
    }));
    await Promise.all(held.map((h) => h.post.taken));

    const stopping = new Promise<void>((resolve) => {
      const check = () => {
        if (/SIGTERM received/.test(board.output())) {
          board.child.stdout!.off("data", check);
          resolve();
        }
      };
      board.child.stdout!.on("data", check);
      check();
    });
    board.child.kill("SIGTERM");
    await stopping;

    // No new connections once stopping.
    await expect(fetch(`${board.url}/healthz`)).rejects.toThrow();

    for (const h of held) h.post.finish();
    const answers = await Promise.all(held.map((h) => h.post.response));
    for (const [i, a] of answers.entries()) {
      expect(a.status, `held request ${i}`).toBe(303);
      expect(tokenOf(a.location), `held request ${i} location ${a.location}`).toBeTruthy();
    }
    expect(await board.exited).toEqual({ code: 0, signal: null });
    expect(board.output()).not.toMatch(/"level":50/);

    // The file opens and holds every acknowledged write, whole.
    const all = [
      ...before.map((s, i) => ({ sent: s, token: beforeTokens[i]! })),
      ...held.map((h, i) => ({ sent: h.sent, token: tokenOf(answers[i]!.location)! })),
    ];
    readDb(dbPath, (d) => {
      expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
      for (const { sent: s, token } of all) {
        const row = d.prepare(`select * from ${tableOf(s.kind)} where manage_token_hash = ?`).get(tokenHash(token)) as Row | undefined;
        expect(row, `#${s.n} is in the database`).toBeTruthy();
        const expected = expectedColumns(s);
        expect(pick(row!, Object.keys(expected))).toEqual(expected);
        expect(row!.status).toBe("pending");
      }
    });
  }, 180_000);
});
