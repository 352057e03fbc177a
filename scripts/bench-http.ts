// `npm run bench:http`: the production board on 10 000 listings under 50 connections, per route,
// against a bare node:http yardstick measured the same way. A measurement, not a test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { importBoard } from "../app/models/import.server";
import { openDatabase } from "../app/utils/database.server";
import { startEnv, startFlags } from "./start-flags";
import { syntheticCorpus } from "./synthetic-corpus";

const SIZE = Number(process.env.BENCH_HTTP_SIZE ?? 10_000);
const DURATION = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const CONNECTIONS = 50;
// Each route is first driven this long at the same load, apart (autocannon's warm-up): V8 compiles
// the route's code and the connections open then. Its p99 is printed beside the measured one.
const WARMUP = Number(process.env.BENCH_HTTP_WARMUP_SECONDS ?? 2);

type Row = { route: string; rps: number; p50: number; p99: number; errors: number; unexpected: number; warmP99: number | null };
type Route = { name: string; path: string; method?: "POST"; body?: string; expect?: number; headers?: Record<string, string> };

async function measure(url: string, route: Route): Promise<Row> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    ...(WARMUP > 0 ? { warmup: { connections: CONNECTIONS, duration: WARMUP } } : {}),
    method: route.method ?? "GET",
    body: route.body,
    headers: { ...route.headers, ...(route.body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
  });
  const expected = String(route.expect ?? 200);
  type Run = { errors: number; timeouts: number; statusCodeStats?: Record<string, { count: number }>; latency: { p99: number } };
  const warmup = (result as unknown as { warmup?: Run }).warmup;
  // Errors and unexpected statuses count in the warm-up too.
  const runs = [result as unknown as Run, ...(warmup ? [warmup] : [])];
  const unexpected = runs
    .flatMap((r) => Object.entries(r.statusCodeStats ?? {}))
    .filter(([code]) => code !== expected)
    .reduce((n, [, v]) => n + v.count, 0);
  return {
    route: route.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    unexpected,
    warmP99: warmup?.latency.p99 ?? null,
  };
}

function startBoard(dbPath: string, extraEnv: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  // BENCH_HTTP_NODE_OPTIONS="--trace-gc": flags for the server's node, its output to BENCH_HTTP_SERVER_LOG.
  const nodeArgs = (process.env.BENCH_HTTP_NODE_OPTIONS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...startFlags(), ...nodeArgs, "server.js"], {
    env: {
      ...process.env,
      ...startEnv(),
      NODE_ENV: "production",
      PORT: "0",
      DATABASE_PATH: dbPath,
      SEED_FIRST_BATCH: "false",
      LOG_LEVEL: "warn",
      // Configuration, not a code path for tests: the form route must not be rate limited here.
      RATE_LIMIT_POSTS: "1000000000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const log = process.env.BENCH_HTTP_SERVER_LOG;
    const onData = (d: Buffer) => {
      if (log) fs.appendFileSync(log, d);
      out += d;
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function main() {
  console.log(`HTTP benchmark: ${SIZE} listings, ${CONNECTIONS} connections, ${DURATION} s per route; node ${process.version}, ${os.cpus().length} cores`);
  console.log(`server as npm start runs it: ${Object.entries(startEnv()).map(([k, v]) => `${k}=${v} `).join("")}node ${startFlags().join(" ")}`);
  execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-http-"));
  const dbPath = path.join(dir, "board.db");
  const corpus = syntheticCorpus(SIZE, 1);
  const { sqlite, db } = openDatabase(dbPath);
  const imported = importBoard(db, {
    scenarios: corpus.scenarios,
    capabilities: corpus.capabilities.map((c) => ({ ...c, maturity: "量产" })),
  });
  sqlite.close();
  if (!imported.ok) throw new Error(`corpus does not import: ${JSON.stringify(imported.problems.slice(0, 3))}`);

  const yardstick = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"ok":true,"items":[]}');
  });
  await new Promise<void>((r) => yardstick.listen(0, r));
  const base = await measure(`http://localhost:${(yardstick.address() as { port: number }).port}/`, { name: "node:http fixed JSON", path: "/" });
  yardstick.close();

  const scenario = corpus.scenarios[42]!.code;
  const capability = corpus.capabilities[42]!.code;
  const q = (s: string) => encodeURIComponent(s);
  const submission = new URLSearchParams({
    title: "8K全景直播整体解决方案",
    organization: "压测示例影像科技有限公司",
    category: "影像采集",
    tags: "全景、直播、8K",
    description: "提供8K全景直播的采集、拼接、编码和分发整体方案，适用于赛事、展会和景区。",
    maturity: "量产",
    contactName: "压测员",
    contactPhone: "13800138000",
    name__confirm: "",
  });
  submission.append("domains", "文化旅游");
  submission.append("domains", "体育赛事");
  const interest = new URLSearchParams({ intent: "interest", organization: "压测示例街道办", contactName: "压测员", contactPhone: "13800138000", message: "想了解方案和报价。", name__confirm: "" });
  const exportPath = `/export/capabilities.csv?category=${q("智能终端")}`;
  const routes: Route[] = [
    { name: "home", path: "/" },
    { name: "filtered list page", path: `/scenarios?category=${q("影像采集")}&domain=${q("文化旅游")}` },
    { name: "detail page + match panel", path: `/scenarios/${scenario}` },
    { name: "search page", path: `/search?q=${q("全景相机")}` },
    { name: "/api/search", path: `/api/search?q=${q("无人机巡检")}` },
    { name: "match API", path: `/api/capabilities/${capability}/matches` },
    // As a browser downloads it (gzip accepted), and as a client that asks for no compression.
    { name: "export CSV (gzip)", path: exportPath, headers: { "accept-encoding": "gzip, deflate, br" } },
    { name: "export CSV (uncompressed)", path: exportPath },
    // Last: every accepted submission is a write, which empties the page cache.
    { name: "form submission (POST)", path: "/capabilities/new", method: "POST", body: submission.toString(), expect: 303 },
    { name: "对接意向 (POST)", path: `/scenarios/${scenario}`, method: "POST", body: interest.toString(), expect: 303 },
  ];

  // BENCH_HTTP_ROUTES=form,home runs only the routes whose names contain one of these words.
  const only = (process.env.BENCH_HTTP_ROUTES ?? "").split(",").filter(Boolean);
  const chosen = only.length ? routes.filter((r) => only.some((w) => r.name.includes(w))) : routes;
  // The same routes twice on the same database: without the rendered-page cache, then with it.
  const runs: Record<string, Row[]> = {};
  let exportBody: Buffer | null = null;
  for (const [label, env] of [
    ["page cache off", { PAGE_CACHE: "off" }],
    ["page cache on", {}],
  ] as const) {
    const started = Date.now();
    const board = await startBoard(dbPath, env);
    console.log(`board (${label}) started on ${SIZE} listings in ${Date.now() - started} ms`);
    const rows: Row[] = [];
    try {
      for (const route of chosen) rows.push(await measure(board.url + route.path, route));
      exportBody ??= Buffer.from(await (await fetch(board.url + exportPath, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
    } finally {
      board.child.kill("SIGTERM");
      await new Promise((r) => board.child.once("exit", r));
    }
    runs[label] = rows;
  }

  const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
  const line = (r: Row) =>
    `${pad(r.route, 28)} ${r.rps.toFixed(0).padStart(6)}  ${((r.rps / base.rps) * 100).toFixed(1).padStart(4)}%  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.unexpected).padStart(10)}  ${String(r.warmP99 ?? "-").padStart(13)}`;
  const header = `${pad("route", 28)}  req/s  share  p50 ms  p99 ms  errors  unexpected  warm-up p99`;
  // A second yardstick: the export's uncompressed bytes from a bare node:http server — what this
  // machine's loopback and load generator allow for a body that size, whatever the app does.
  // Both as sent: uncompressed, and gzipped.
  const bulkyRows: Row[] = [];
  for (const body of [exportBody ?? Buffer.alloc(0), gzipSync(exportBody ?? Buffer.alloc(0))]) {
    const gzipped = body !== exportBody;
    const bulky = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", ...(gzipped ? { "Content-Encoding": "gzip" } : {}) });
      res.end(body);
    });
    await new Promise<void>((r) => bulky.listen(0, r));
    bulkyRows.push(
      await measure(`http://localhost:${(bulky.address() as { port: number }).port}/`, {
        name: `node:http, CSV ${gzipped ? "gzip" : "body"} ${Math.round(body.length / 1024)} KB`,
        path: "/",
        headers: gzipped ? { "accept-encoding": "gzip, deflate, br" } : {},
      }),
    );
    bulky.close();
  }
  console.log(`\nyardstick\n${header}\n${line(base)}\n${bulkyRows.map(line).join("\n")}`);
  for (const [label, rows] of Object.entries(runs)) {
    console.log(`\n${label}\n${header}`);
    for (const r of rows) console.log(line(r));
  }
  const before = runs["page cache off"]!;
  const after = runs["page cache on"]!;
  console.log(`\nafter / before (req/s)`);
  for (let i = 0; i < before.length; i++) console.log(`${pad(before[i]!.route, 28)} ${(after[i]!.rps / Math.max(1, before[i]!.rps)).toFixed(2).padStart(6)}×`);
  console.log("\ntargets (issue 6): list and detail pages ≥ 600 req/s, /api/search ≥ 1 000 req/s, every p99 ≤ 100 ms, no errors");
  console.log("unexpected = responses with another status than the route's (200, or 303 for the form)");
  console.log(`warm-up p99 = the route's first ${WARMUP} s at the same load, before the ${DURATION} s measured (not in the other columns)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
