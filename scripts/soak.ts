// `npx tsx scripts/soak.ts [--minutes 10] [--rate 30] [--listings 2000]`: the production board under
// a steady mixed load for a while — page views, searches, API calls and exports, with submissions,
// 对接意向 and a moderator approving and closing — sampling the server's memory (VmRSS of its
// process) every 10 s. Prints memory at start and end and whether it levels off: the mean of the
// last third of the samples against the middle third (the first third is warm-up), growth over
// 10 % flagged. A measurement, not part of `npm test`; exit code 1 when memory climbs or any request
// got a 5xx or no answer.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { importBoard } from "../app/models/import.server";
import { CATEGORIES, DOMAINS, MATURITIES } from "../app/models/vocabulary";
import { openDatabase } from "../app/utils/database.server";
import { seedIfEmpty } from "../db/seed/seed.server";
import { startEnv, startFlags } from "./start-flags";
import { mulberry32, syntheticCorpus } from "./synthetic-corpus";

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    // Page views, searches, API calls and exports per second (writes come on top, at fixed rates).
    rate: { type: "string", default: "30" },
    // Synthetic listings added to the first batch before the start.
    listings: { type: "string", default: "2000" },
    // Seconds between memory samples.
    sample: { type: "string", default: "10" },
  },
});
const MINUTES = Number(args.minutes);
const READ_RATE = Number(args.rate);
const EXTRA = Number(args.listings);
const SAMPLE_SECONDS = Number(args.sample);
for (const [name, v] of [["--minutes", MINUTES], ["--rate", READ_RATE], ["--sample", SAMPLE_SECONDS]] as const)
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
if (!Number.isInteger(EXTRA) || EXTRA < 0) throw new Error("--listings must be a whole number ≥ 0");

const ADMIN_EMAIL = "soak@example.cn";
const ADMIN_PASSWORD = "soak-test-password-1";
const READ_LANES = 6;
const WRITES = { submissionsPerSecond: 0.5, interestsPerSecond: 0.5, moderatorEverySeconds: 3 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rng = mulberry32(20260601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const q = encodeURIComponent;

// ---------------------------------------------------------------------------------------------
// The board

function ensureBuild() {
  if (fs.existsSync("build/server/index.js")) return;
  console.log("no build/ — running npm run build …");
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}

function prepareDatabase(dbPath: string) {
  const { sqlite, db } = openDatabase(dbPath);
  try {
    seedIfEmpty(db);
    if (EXTRA > 0) {
      const half = Math.ceil(EXTRA / 2);
      const corpus = syntheticCorpus(half, 7);
      const result = importBoard(db, {
        scenarios: corpus.scenarios.slice(0, EXTRA - half).map((s) => ({ ...s, code: `SOAK-${s.code}` })),
        capabilities: corpus.capabilities.map((c) => ({ ...c, code: `SOAK-${c.code}`, maturity: pick(MATURITIES) })),
      });
      if (!result.ok) throw new Error(`synthetic listings do not import: ${JSON.stringify(result.problems.slice(0, 3))}`);
    }
    const count = (t: string) => (sqlite.prepare(`select count(*) n from ${t} where status = 'published'`).get() as { n: number }).n;
    return { scenarios: count("scenarios"), capabilities: count("capabilities") };
  } finally {
    sqlite.close();
  }
}

type Board = { url: string; child: ChildProcess; log: () => string; heapAfterGc: () => number[] };

function startBoard(dbPath: string): Promise<Board> {
  // --trace-gc prints a line per garbage collection; after each full one (Mark-Compact) the heap
  // still in use is the live data, which is what climbs when something leaks.
  // SOAK_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof": more flags for the server's node.
  const extraFlags = (process.env.SOAK_NODE_OPTIONS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...startFlags(), ...extraFlags, "--trace-gc", "server.js"], {
    env: {
      ...process.env,
      ...startEnv(),
      NODE_ENV: "production",
      PORT: "0",
      DATABASE_PATH: dbPath,
      LOG_LEVEL: "warn",
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      SESSION_SECRET: "soak-session-secret-0123456789",
      RATE_LIMIT_POSTS: "1000000",
      LOGIN_MAX_FAILURES: "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let url: string | null = null;
  let head = ""; // the start of the output, for an error message
  let errors = ""; // error lines of the server's log
  let heap: number[] = []; // MB in use after each full GC since the last call
  let partial = "";
  const onData = (d: Buffer) => {
    const lines = (partial + d.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (head.length < 4096) head += `${line}\n`;
      url ??= /listening on (http:\/\/localhost:\d+)/.exec(line)?.[1] ?? null;
      const gc = /Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
      if (gc) heap.push(Number(gc[1]));
      else if (/"level":(50|60)|database is locked|SQLITE_BUSY/.test(line)) errors += `${line.slice(0, 2000)}\n`;
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const heapAfterGc = () => {
    const out = heap;
    heap = [];
    return out;
  };
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (url) {
        clearInterval(check);
        resolve({ url, child, log: () => errors, heapAfterGc });
      }
    }, 50);
    child.on("exit", (code) => {
      clearInterval(check);
      reject(new Error(`server exited ${code}: ${head}`));
    });
  });
}

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
}

// ---------------------------------------------------------------------------------------------
// The load

type Interval = { requests: number; latencies: number[]; s5xx: number; s4xx: number; failed: number; writes: number };
const fresh = (): Interval => ({ requests: 0, latencies: [], s5xx: 0, s4xx: 0, failed: 0, writes: 0 });
let current = fresh();
const totals = { requests: 0, s5xx: 0, s4xx: 0, failed: 0, writes: 0, byRoute: new Map<string, number[]>() };
const problems: string[] = [];
let stopping = false;

function countWrite() {
  current.writes++;
  totals.writes++;
}

async function request(route: string, url: string, init: RequestInit = {}, expected?: number): Promise<{ status: number; location: string; body: string } | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, { redirect: "manual", ...init });
    const body = await res.text();
    current.requests++;
    totals.requests++;
    const ms = performance.now() - started;
    current.latencies.push(ms);
    if (!totals.byRoute.has(route)) totals.byRoute.set(route, []);
    totals.byRoute.get(route)!.push(ms);
    if (res.status >= 500) {
      current.s5xx++;
      totals.s5xx++;
      if (problems.length < 20) problems.push(`${route} ${url}: ${res.status}`);
    } else if (expected !== undefined ? res.status !== expected : res.status >= 400) {
      current.s4xx++;
      totals.s4xx++;
      if (problems.length < 20) problems.push(`${route} ${url}: ${res.status} ${body.replace(/\s+/g, " ").slice(0, 160)}`);
    }
    return { status: res.status, location: res.headers.get("location") ?? "", body };
  } catch (error) {
    if (stopping) return null;
    current.failed++;
    totals.failed++;
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (problems.length < 20) problems.push(`${route} ${url}: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
    return null;
  }
}

/** Runs `op` about `perSecond` times a second until the end (slower if the server is slower). */
async function paced(perSecond: number, op: () => Promise<unknown>) {
  const gap = 1000 / perSecond;
  // Lanes start spread over one gap, so they do not all fire together.
  await sleep(rng() * gap);
  let next = performance.now();
  while (!stopping) {
    await op();
    next += gap;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
}

type Published = { kind: "scenario" | "capability"; code: string };

function readOps(base: string, published: () => Published[]) {
  const words = ["全景相机", "无人机巡检", "内窥镜", "虚拟拍摄", "AIGC", "裸眼3D", "文旅", "智慧课堂", "赛事直播", "影像修复", "8K", "XR", "显示屏", "医学影像", "元宇宙"];
  // Some queries repeat (answer caches help), some are new every time (caches must stay bounded).
  const query = () => (rng() < 0.6 ? pick(words) : `${pick(words)} ${pick(words)} ${Math.floor(rng() * 1e6)}`);
  const listing = () => pick(published());
  const page = (p: Published) => `${base}/${p.kind === "scenario" ? "scenarios" : "capabilities"}/${q(p.code)}`;
  const ops: [weight: number, name: string, run: () => Promise<unknown>][] = [
    [6, "home", () => request("home", `${base}/`)],
    [6, "scenario list (filtered)", () => request("scenario list", `${base}/scenarios?category=${q(pick(CATEGORIES))}&domain=${q(pick(DOMAINS))}&page=${1 + Math.floor(rng() * 2)}`)],
    [6, "capability list (filtered)", () => request("capability list", `${base}/capabilities?maturity=${q(pick(MATURITIES))}&q=${q(pick(words))}`)],
    [12, "detail page", () => request("detail", page(listing()))],
    [8, "search page", () => request("search page", `${base}/search?q=${q(query())}&type=${pick(["all", "scenario", "capability"])}`)],
    [10, "/api/search", () => request("api search", `${base}/api/search?q=${q(query())}&limit=20`)],
    [4, "/api list", () => request("api list", `${base}/api/${pick(["scenarios", "capabilities"])}?pageSize=50&page=${1 + Math.floor(rng() * 5)}`)],
    [4, "match API", () => {
      const p = listing();
      return request("match api", `${base}/api/${p.kind === "scenario" ? "scenarios" : "capabilities"}/${q(p.code)}/matches?limit=5`);
    }],
    [2, "export CSV", () => request("export csv", `${base}/export/${pick(["scenarios", "capabilities"])}.csv?category=${q(pick(CATEGORIES))}`)],
    [1, "export JSON", () => request("export json", `${base}/export/board.json?domain=${q(pick(DOMAINS))}`)],
    [0.5, "export XLSX", () => request("export xlsx", `${base}/export/board.xlsx?category=${q(pick(CATEGORIES))}`)],
    [1, "feed", () => request("feed", `${base}/feeds/${pick(["scenarios", "capabilities"])}.atom`)],
    [1, "stats", () => request("stats", `${base}/stats`)],
    [0.5, "batch", () => request("batch", `${base}/batches/${q("首批")}`)],
  ];
  const total = ops.reduce((s, [w]) => s + w, 0);
  return () => {
    let r = rng() * total;
    for (const [w, , run] of ops) if ((r -= w) < 0) return run();
    return ops[0]![2]();
  };
}

function formBody(fields: Record<string, string | string[]>, honeypot = true) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  if (honeypot) body.append("name__confirm", "");
  return body.toString();
}
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

let submissionNo = 0;
function submission(): { path: string; body: string } {
  const n = ++submissionNo;
  const common = {
    category: pick(CATEGORIES),
    tags: ["压力测试", `第${n}条`],
    description: `长时间运行测试提交的第 ${n} 条记录，用来观察服务在持续读写下的内存是否平稳。`,
    contactName: "测试员",
    contactPhone: `137${String(n).padStart(8, "0")}`,
  };
  return n % 2
    ? {
        path: "/capabilities/new",
        body: formBody({ ...common, title: `长稳测试能力 ${n} 号`, organization: "长稳测试公司", domains: [pick(DOMAINS)], maturity: pick(MATURITIES) }),
      }
    : {
        path: "/scenarios/new",
        body: formBody({ ...common, title: `长稳测试需求 ${n} 号`, publisher: "长稳测试街道", domain: pick(DOMAINS), deadline: "2099-12-31" }),
      };
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mb = (kib: number) => (kib / 1024).toFixed(1);

async function main() {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "board-soak-"));
  const dbPath = path.join(dir, "board.db");
  const counts = prepareDatabase(dbPath);
  console.log(
    `Soak: ${MINUTES} min, ~${READ_RATE} reads/s + ${WRITES.submissionsPerSecond} submissions/s + ${WRITES.interestsPerSecond} 对接意向/s + a moderator every ${WRITES.moderatorEverySeconds} s; ` +
      `${counts.scenarios} scenarios and ${counts.capabilities} capabilities published; node ${process.version}, ${os.cpus().length} cores`,
  );
  console.log(`server as npm start runs it: ${Object.entries(startEnv()).map(([k, v]) => `${k}=${v} `).join("")}node ${startFlags().join(" ")}`);
  const board = await startBoard(dbPath);
  const pid = board.child.pid!;
  const base = board.url;
  let exitCode = 0;
  try {
    const login = await fetch(`${base}/admin/login`, {
      method: "POST",
      body: new URLSearchParams({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      redirect: "manual",
    });
    if (login.status !== 303) throw new Error(`admin sign-in answered ${login.status}`);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;

    // The published listings the readers and the interest senders visit (the API lists them).
    const published: Published[] = [];
    for (const [kind, list] of [["scenario", "scenarios"], ["capability", "capabilities"]] as const) {
      for (let p = 1; p <= 3; p++) {
        const res = await fetch(`${base}/api/${list}?pageSize=100&page=${p}`);
        const json = (await res.json()) as { items: { code: string }[] };
        published.push(...json.items.map((i) => ({ kind, code: i.code })));
      }
    }
    // What the moderator publishes during the run; it closes the oldest of them as it goes, so
    // the number of published listings (and so the search index) stays about the same size.
    const ours: Published[] = [];
    const decided = new Set<string>();
    const moderator = async () => {
      const queue = await request("admin queue", `${base}/admin`, { headers: { Cookie: cookie } });
      if (!queue || queue.status !== 200) return;
      const items = [...queue.body.matchAll(/href="\/admin\/listings\/(scenario|capability)\/([^"?]+)"/g)]
        .map((m) => ({ kind: m[1] as Published["kind"], code: decodeURIComponent(m[2]!) }));
      for (const item of items) {
        if (stopping) return;
        // The queue links each entry twice (card and button): decide each once.
        if (decided.has(`${item.kind}:${item.code}`)) continue;
        decided.add(`${item.kind}:${item.code}`);
        const reject = decided.size % 7 === 0;
        const action = `${base}/admin/listings/${item.kind}/${q(item.code)}?intent=${reject ? "reject" : "approve"}`;
        const body = reject ? formBody({ reason: "长稳测试：驳回" }, false) : "";
        const r = await request(reject ? "reject" : "approve", action, { method: "POST", headers: { ...FORM, Cookie: cookie }, body }, 303);
        if (r?.status === 303) countWrite();
        if (r?.status === 303 && !reject) ours.push(item);
      }
      while (ours.length > 20) {
        const old = ours.shift()!;
        const r = await request("close", `${base}/admin/listings/${old.kind}/${q(old.code)}?intent=close`, {
          method: "POST",
          headers: { ...FORM, Cookie: cookie },
          body: formBody({ reason: "" }, false),
        }, 303);
        if (r?.status === 303) countWrite();
      }
    };
    const visible = () => (ours.length ? [...published, ...ours] : published);
    const read = readOps(base, visible);

    // heapMB: the heap in use after the last full GC of the interval (null when none ran).
    type Sample = { t: number; rssKiB: number; heapMB: number | null; listings: number | null; interval: Interval };
    const samples: Sample[] = [];
    const started = performance.now();
    const health = async () => {
      try {
        const res = await fetch(`${base}/healthz`);
        return res.status === 200 ? ((await res.json()) as { listings: number }).listings : null;
      } catch {
        return null;
      }
    };
    samples.push({ t: 0, rssKiB: rssKiB(pid), heapMB: board.heapAfterGc().at(-1) ?? null, listings: await health(), interval: fresh() });

    const lanes = [
      ...Array.from({ length: READ_LANES }, () => paced(READ_RATE / READ_LANES, read)),
      paced(WRITES.submissionsPerSecond, async () => {
        const s = submission();
        const r = await request("submit", base + s.path, { method: "POST", headers: FORM, body: s.body }, 303);
        if (r?.status === 303) countWrite();
      }),
      paced(WRITES.interestsPerSecond, async () => {
        const p = pick(visible());
        const r = await request("interest", `${base}/${p.kind === "scenario" ? "scenarios" : "capabilities"}/${q(p.code)}`, {
          method: "POST",
          headers: FORM,
          body: formBody({ intent: "interest", organization: `长稳意向单位${Math.floor(rng() * 50)}`, contactName: "联系人", contactEmail: "soak@example.cn", message: "长稳测试的对接意向留言" }),
        }, 303);
        if (r?.status === 303) countWrite();
      }),
      paced(1 / WRITES.moderatorEverySeconds, moderator),
    ];

    const header = `${"t (s)".padStart(6)}  ${"RSS MB".padStart(7)}  ${"heap MB".padStart(7)}  ${"req".padStart(5)}  ${"req/s".padStart(6)}  ${"p50 ms".padStart(7)}  ${"p99 ms".padStart(7)}  ${"writes".padStart(6)}  ${"4xx".padStart(4)}  ${"5xx".padStart(4)}  ${"fail".padStart(4)}  ${"listings".padStart(8)}`;
    console.log(`\n${header}`);
    const row = (s: Sample) => {
      const lat = [...s.interval.latencies].sort((a, b) => a - b);
      const secs = SAMPLE_SECONDS;
      console.log(
        `${String(Math.round(s.t)).padStart(6)}  ${mb(s.rssKiB).padStart(7)}  ${(s.heapMB === null ? "-" : s.heapMB.toFixed(1)).padStart(7)}  ${String(s.interval.requests).padStart(5)}  ${(s.t ? s.interval.requests / secs : 0).toFixed(1).padStart(6)}  ` +
          `${(lat.length ? percentile(lat, 50).toFixed(0) : "-").padStart(7)}  ${(lat.length ? percentile(lat, 99).toFixed(0) : "-").padStart(7)}  ` +
          `${String(s.interval.writes).padStart(6)}  ${String(s.interval.s4xx).padStart(4)}  ${String(s.interval.s5xx).padStart(4)}  ${String(s.interval.failed).padStart(4)}  ${String(s.listings ?? "down").padStart(8)}`,
      );
    };
    row(samples[0]!);
    const end = started + MINUTES * 60_000;
    for (let k = 1; performance.now() < end; k++) {
      await sleep(Math.max(0, Math.min(end, started + k * SAMPLE_SECONDS * 1000) - performance.now()));
      const interval = current;
      current = fresh();
      const s = { t: (performance.now() - started) / 1000, rssKiB: rssKiB(pid), heapMB: board.heapAfterGc().at(-1) ?? null, listings: await health(), interval };
      samples.push(s);
      row(s);
    }
    stopping = true;
    await Promise.all(lanes);

    // Verdict: warm-up is the first third; compare the last third with the middle third.
    const underLoad = samples.slice(1);
    const third = Math.floor(underLoad.length / 3);
    const compare = (values: (number | null)[]) => {
      const middle = values.slice(third, 2 * third).filter((v): v is number => v !== null);
      const last = values.slice(values.length - third).filter((v): v is number => v !== null);
      if (third === 0 || !middle.length || !last.length) return null;
      return { middle: mean(middle), last: mean(last), growth: (mean(last) - mean(middle)) / mean(middle) };
    };
    const rss = compare(underLoad.map((s) => s.rssKiB / 1024));
    const heap = compare(underLoad.map((s) => s.heapMB));
    const startRss = samples[0]!.rssKiB;
    const endRss = samples.at(-1)!.rssKiB;
    const peak = Math.max(...samples.map((s) => s.rssKiB));
    const locked = (board.log().match(/database is locked|SQLITE_BUSY/g) ?? []).length;
    const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`;

    console.log(`\nlatency by route (ms; the server is shared by all routes, a slow one delays the others):`);
    console.log(`  ${"route".padEnd(16)} ${"n".padStart(5)} ${"p50".padStart(6)} ${"p99".padStart(6)} ${"max".padStart(6)}`);
    for (const [route, ms] of [...totals.byRoute].sort((a, b) => b[1].length - a[1].length)) {
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(`  ${route.padEnd(16)} ${String(ms.length).padStart(5)} ${percentile(sorted, 50).toFixed(0).padStart(6)} ${percentile(sorted, 99).toFixed(0).padStart(6)} ${sorted.at(-1)!.toFixed(0).padStart(6)}`);
    }
    console.log(`\nrequests ${totals.requests} (writes ${totals.writes}), 4xx ${totals.s4xx}, 5xx ${totals.s5xx}, no answer ${totals.failed}; "database is locked" in the server log: ${locked}`);
    if (problems.length) console.log(`first problems:\n  ${problems.join("\n  ")}`);
    if (board.log()) console.log(`server errors (first lines):\n${board.log().split("\n").slice(0, 5).join("\n")}`);

    console.log(`\nmemory of the server process (RSS from /proc/${pid}/status; heap = in use after a full GC, from --trace-gc):`);
    console.log(`  RSS at start (before load) ${mb(startRss)} MB, at end ${mb(endRss)} MB, peak ${mb(peak)} MB`);
    if (rss) console.log(`  RSS  middle third ${rss.middle.toFixed(1)} MB → last third ${rss.last.toFixed(1)} MB (${pct(rss.growth)})`);
    if (heap) console.log(`  heap middle third ${heap.middle.toFixed(1)} MB → last third ${heap.last.toFixed(1)} MB (${pct(heap.growth)})`);
    else console.log("  heap: too few full GCs in the middle or last third to compare");

    let verdict: string;
    if (!rss || underLoad.length < 3) verdict = "TOO SHORT to judge (fewer than 3 samples under load; run longer or sample more often)";
    else if (rss.growth > 0.1) verdict = `CLIMBING: RSS in the last third is ${pct(rss.growth)} over the middle third (more than 10 %)`;
    else verdict = `LEVELS OFF: RSS in the last third is within 10 % of the middle third (${pct(rss.growth)})`;
    if (heap && heap.growth > 0.1) verdict += `; the heap after full GCs climbs too (${pct(heap.growth)})`;
    else if (heap) verdict += `; the heap after full GCs ${pct(heap.growth)}`;
    console.log(`\nverdict: ${verdict}`);
    if (!rss || rss.growth > 0.1 || totals.s5xx > 0 || totals.failed > 0 || locked > 0) exitCode = 1;
  } finally {
    stopping = true;
    await new Promise<void>((resolve) => {
      if (board.child.exitCode !== null) return resolve();
      board.child.once("exit", () => resolve());
      board.child.kill("SIGTERM");
    });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = exitCode;
}

await main();
