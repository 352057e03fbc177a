// `npm run bench:http`: the production board on 10 000 listings under 50 connections, per route,
// against a bare node:http yardstick measured the same way. A measurement, not a test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { importBoard } from "../app/models/import.server";
import { openDatabase } from "../app/utils/database.server";
import { syntheticCorpus } from "./synthetic-corpus";

const SIZE = Number(process.env.BENCH_HTTP_SIZE ?? 10_000);
const DURATION = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const CONNECTIONS = 50;

type Row = { route: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function measure(url: string, route: string): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function startBoard(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", DATABASE_PATH: dbPath, SEED_FIRST_BATCH: "false", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (d: Buffer) => {
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
  const base = await measure(`http://localhost:${(yardstick.address() as { port: number }).port}/`, "node:http fixed JSON");
  yardstick.close();

  const started = Date.now();
  const board = await startBoard(dbPath);
  console.log(`board started on ${SIZE} listings in ${Date.now() - started} ms`);
  const scenario = corpus.scenarios[42]!.code;
  const capability = corpus.capabilities[42]!.code;
  const q = (s: string) => encodeURIComponent(s);
  const routes: [string, string][] = [
    ["home", "/"],
    ["filtered list page", `/scenarios?category=${q("影像采集")}&domain=${q("文化旅游")}`],
    ["detail page + match panel", `/scenarios/${scenario}`],
    ["search page", `/search?q=${q("全景相机")}`],
    ["/api/search", `/api/search?q=${q("无人机巡检")}`],
    ["match API", `/api/capabilities/${capability}/matches`],
    ["export CSV (filtered)", `/export/capabilities.csv?category=${q("智能终端")}`],
  ];
  const rows: Row[] = [base];
  try {
    for (const [name, p] of routes) rows.push(await measure(board.url + p, name));
  } finally {
    board.child.kill("SIGTERM");
  }

  const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
  console.log(`\n${pad("route", 28)}  req/s  share  p50 ms  p99 ms  errors  non-2xx`);
  for (const r of rows) {
    console.log(
      `${pad(r.route, 28)} ${r.rps.toFixed(0).padStart(6)}  ${((r.rps / base.rps) * 100).toFixed(1).padStart(4)}%  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.non2xx).padStart(7)}`,
    );
  }
  console.log("\ntargets (issue 6): list and detail pages ≥ 600 req/s, /api/search ≥ 1 000 req/s, every p99 ≤ 100 ms, no errors");
  console.log("not measured yet: form submission (the forms come with issue 4)");
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
