// Open data over HTTP: CSV and JSON exports honouring the list filters, the JSON round trip through
// the import command, and Atom feeds checked with a real XML parser.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBoard } from "../../app/models/import.server";
import { openDatabase } from "../../app/utils/database.server";
import { firstBatch } from "../support/seed";
import { startServer, tempDir, type TestServer } from "../support/server";

let seeded: TestServer;
let tricky: TestServer;

// Listings whose text a spreadsheet would run as formulas, or which need CSV quoting.
const trickyBoard = {
  scenarios: [
    {
      code: "F-001",
      title: "=HYPERLINK(\"http://evil.example\",\"点我\")",
      publisher: "+测试单位",
      category: "影像采集",
      domain: "城市治理",
      tags: ["@标签", "-负号"],
      description: '含有逗号, 引号" 和\n换行的描述，用来检查 CSV 的引号规则。',
      budget: "-5万元",
    },
  ],
  capabilities: [
    {
      code: "F-101",
      title: "普通能力名称",
      organization: "测试公司",
      category: "智能终端",
      domains: ["教育培训", "医疗健康"],
      tags: [],
      description: "=1+1 以等号开头的描述文字，用来检查公式防护。",
      maturity: "样机",
    },
  ],
};

beforeAll(async () => {
  seeded = await startServer();
  const dir = tempDir();
  const dbPath = path.join(dir, "tricky.db");
  const { sqlite, db } = openDatabase(dbPath);
  expect(importBoard(db, trickyBoard).ok).toBe(true);
  sqlite.close();
  tricky = await startServer({ dbPath, env: { SEED_FIRST_BATCH: "false" } });
});
afterAll(async () => {
  await seeded?.stop();
  await tricky?.stop();
});

async function fetchText(server: TestServer, p: string) {
  const res = await fetch(server.url + p);
  // Decoded by hand: Response.text() would silently drop a byte-order mark.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, text };
}

function csvRows(text: string): string[][] {
  expect(text.startsWith("\uFEFF"), "starts with a byte-order mark").toBe(true);
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

describe("CSV export", () => {
  it("lists every published scenario with the Chinese headers, UTF-8 with a BOM, as an attachment", async () => {
    const { status, headers, text } = await fetchText(seeded, "/export/scenarios.csv");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toContain('filename="scenarios.csv"');
    expect(text).toContain("\r\n");
    const [header, ...rows] = csvRows(text);
    expect(header).toEqual(["编号", "场景名称", "发布单位", "产业环节", "应用领域", "关键词", "场景描述", "实施地点", "预算", "截止日期", "联系人", "联系电话", "电子邮箱", "批次"]);
    expect(rows.map((r) => r[0])).toEqual(firstBatch.scenarios.map((s) => s.code).sort());
    const first = firstBatch.scenarios.find((s) => s.code === rows[0]![0])!;
    expect(rows[0]![1]).toBe(first.title);
    expect(rows[0]![5]).toBe((first.tags as string[]).join("、"));
  });

  it("honours the list filters", async () => {
    const { text } = await fetchText(seeded, `/export/capabilities.csv?domain=${encodeURIComponent("医疗健康")}&maturity=${encodeURIComponent("规模应用")}`);
    const [, ...rows] = csvRows(text);
    const expected = firstBatch.capabilities.filter((c) => c.domains.includes("医疗健康") && c.maturity === "规模应用").map((c) => c.code).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(expected);
    const bad = await fetchText(seeded, "/export/scenarios.csv?category=nope");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toContain("category");
  });

  it("defuses cells a spreadsheet would run as formulas and quotes commas, quotes and line breaks", async () => {
    const [, row] = csvRows((await fetchText(tricky, "/export/scenarios.csv")).text);
    expect(row![1]).toBe("'=HYPERLINK(\"http://evil.example\",\"点我\")");
    expect(row![2]).toBe("'+测试单位");
    expect(row![5]).toBe("'@标签、-负号");
    expect(row![6]).toBe('含有逗号, 引号" 和\n换行的描述，用来检查 CSV 的引号规则。');
    expect(row![8]).toBe("'-5万元");
    const [, cap] = csvRows((await fetchText(tricky, "/export/capabilities.csv")).text);
    expect(cap![4]).toBe("教育培训、医疗健康");
    expect(cap![6]).toBe("'=1+1 以等号开头的描述文字，用来检查公式防护。");
  });
});

describe("Exports on the wire", () => {
  /** A raw request: fetch would ask for gzip and undo it unseen. */
  function raw(server: TestServer, p: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(server.url + p, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  }

  it("sends the same bytes gzipped to a client that accepts gzip, each with its own ETag", async () => {
    const plain = await raw(seeded, "/export/capabilities.csv");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(10_000);
    const zipped = await raw(seeded, "/export/capabilities.csv", { "Accept-Encoding": "gzip, deflate, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("Accept-Encoding");
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(plain.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
  });

  it("answers 304 without a body when the client has the bytes already, and 200 when they changed", async () => {
    const first = await raw(seeded, "/export/scenarios.csv");
    const again = await raw(seeded, "/export/scenarios.csv", { "If-None-Match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const other = await raw(seeded, "/export/scenarios.csv", { "If-None-Match": '"stale"' });
    expect(other.status).toBe(200);
    expect(other.body.equals(first.body)).toBe(true);
  });

  it("serves a repeated export from the server's cache with the app's bytes and headers, per encoding", async () => {
    const p = `/export/capabilities.csv?domain=${encodeURIComponent("教育培训")}`;
    for (const headers of [{}, { "Accept-Encoding": "gzip" }] as Record<string, string>[]) {
      const first = await raw(seeded, p, headers);
      const second = await raw(seeded, p, headers);
      expect(first.headers["x-page-cache"]).toBe("miss");
      expect(second.headers["x-page-cache"]).toBe("hit");
      expect(second.status).toBe(200);
      expect(second.body.equals(first.body)).toBe(true);
      for (const name of ["content-type", "content-disposition", "content-encoding", "etag", "vary", "cache-control", "access-control-allow-origin"]) {
        expect(second.headers[name], name).toEqual(first.headers[name]);
      }
      const again = await raw(seeded, p, { ...headers, "If-None-Match": `"other", ${first.headers.etag}` });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    // A bad filter is answered (400, in words) every time, never kept.
    for (let i = 0; i < 2; i++) {
      const bad = await raw(seeded, "/export/capabilities.csv?category=nope");
      expect(bad.status).toBe(400);
      expect(bad.headers["x-page-cache"]).toBe("miss");
    }
  });

  it("does not compress a workbook again (it is a zip already)", async () => {
    const res = await raw(seeded, "/export/board.xlsx", { "Accept-Encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});

describe("JSON export", () => {
  it("round-trips through the import command into an empty database, field for field", async () => {
    const exported = JSON.parse((await fetchText(seeded, "/export/board.json")).text);
    expect(exported.scenarios).toHaveLength(firstBatch.scenarios.length);
    expect(exported.capabilities).toHaveLength(firstBatch.capabilities.length);

    const dir = tempDir();
    const file = path.join(dir, "board.json");
    fs.writeFileSync(file, JSON.stringify(exported));
    const dbPath = path.join(dir, "copy.db");
    const r = spawnSync("npm", ["run", "--silent", "db:import", "--", file], { env: { ...process.env, DATABASE_PATH: dbPath }, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const copy = await startServer({ dbPath, env: { SEED_FIRST_BATCH: "false" } });
    try {
      const again = JSON.parse((await fetchText(copy, "/export/board.json")).text);
      expect(again).toEqual(exported);
      for (const kind of ["scenarios", "capabilities"] as const) {
        const original = (await (await fetch(`${seeded.url}/api/${kind}?pageSize=100`)).json()) as { items: Record<string, unknown>[] };
        const copied = (await (await fetch(`${copy.url}/api/${kind}?pageSize=100`)).json()) as { items: Record<string, unknown>[] };
        const strip = (items: Record<string, unknown>[]) => items.map(({ publishedAt: _p, updatedAt: _u, demo: _d, ...rest }) => rest);
        expect(strip(copied.items)).toEqual(strip(original.items));
      }
    } finally {
      await copy.stop();
    }
  });

  it("matches the first batch it was seeded from", async () => {
    const exported = JSON.parse((await fetchText(seeded, "/export/board.json")).text);
    const clean = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== "" && v != null));
    const byCode = new Map(exported.scenarios.map((s: { code: string }) => [s.code, s]));
    for (const s of firstBatch.scenarios) expect(byCode.get(s.code), s.code).toEqual(clean(s));
  });

  it("honours the filters on both lists", async () => {
    const exported = JSON.parse((await fetchText(seeded, `/export/board.json?category=${encodeURIComponent("智能终端")}`)).text);
    expect(exported.scenarios.every((s: { category: string }) => s.category === "智能终端")).toBe(true);
    expect(exported.capabilities.every((c: { category: string }) => c.category === "智能终端")).toBe(true);
    expect(exported.capabilities.length).toBe(firstBatch.capabilities.filter((c) => c.category === "智能终端").length);
  });
});

describe("Atom feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  for (const kind of ["scenarios", "capabilities"] as const) {
    it(`/feeds/${kind}.atom is valid Atom: ids, titles, updated times and links`, async () => {
      const { status, headers, text } = await fetchText(seeded, `/feeds/${kind}.atom`);
      expect(status).toBe(200);
      expect(headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      expect(XMLValidator.validate(text)).toBe(true);
      const { feed } = parser.parse(text);
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(feed.id).toBe(`${seeded.url}/feeds/${kind}.atom`);
      expect(typeof feed.title).toBe("string");
      expect(feed.updated).toMatch(RFC3339);
      expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(feed.id);
      expect(feed.author.name).toBeTruthy();
      const listed = kind === "scenarios" ? firstBatch.scenarios : firstBatch.capabilities;
      expect(feed.entry).toHaveLength(Math.min(50, listed.length));
      const ids = new Set<string>();
      for (const entry of feed.entry) {
        expect(entry.id).toMatch(new RegExp(`^${seeded.url}/${kind}/`));
        ids.add(entry.id);
        expect(entry.updated).toMatch(RFC3339);
        expect(entry.published).toMatch(RFC3339);
        expect(String(entry.title)).not.toBe("");
        const alternate = entry.link.find((l: Record<string, string>) => l["@rel"] === "alternate");
        expect(alternate["@href"]).toBe(entry.id);
        expect((await fetch(alternate["@href"])).status).toBe(200);
        expect(entry.updated <= feed.updated).toBe(true);
      }
      expect(ids.size).toBe(feed.entry.length);
    });
  }

  it("filters by category and domain, and refuses a bad filter", async () => {
    const { text } = await fetchText(seeded, `/feeds/capabilities.atom?domain=${encodeURIComponent("体育赛事")}`);
    const { feed } = parser.parse(text);
    const expected = firstBatch.capabilities.filter((c) => c.domains.includes("体育赛事")).length;
    expect(feed.entry).toHaveLength(expected);
    for (const entry of feed.entry) expect(entry.category.map((c: Record<string, string>) => c["@term"])).toContain("体育赛事");
    expect(feed.id).toContain("domain=");
    expect((await fetchText(seeded, "/feeds/scenarios.atom?domain=nope")).status).toBe(400);
  });

  it("escapes markup in listing text", async () => {
    const { text } = await fetchText(tricky, "/feeds/scenarios.atom");
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = new XMLParser().parse(text);
    expect(String(feed.entry.title)).toContain('=HYPERLINK("http://evil.example","点我")');
  });

  it("is announced on the list pages with the page's filters", async () => {
    const { text } = await fetchText(seeded, `/scenarios?category=${encodeURIComponent("智能终端")}&page=1`);
    expect(text).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feeds\/scenarios\.atom\?category=%E6%99%BA%E8%83%BD%E7%BB%88%E7%AB%AF"\/>/);
  });
});

describe("API description", () => {
  it("serves an OpenAPI 3 document naming every endpoint of the contract", async () => {
    const { status, text } = await fetchText(seeded, "/api/openapi.json");
    expect(status).toBe(200);
    const doc = JSON.parse(text);
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.servers[0].url).toBe(seeded.url);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/capabilities",
        "/api/capabilities/{code}",
        "/api/capabilities/{code}/matches",
        "/api/scenarios",
        "/api/scenarios/{code}",
        "/api/scenarios/{code}/matches",
        "/api/search",
      ].sort(),
    );
    for (const ref of text.match(/"#\/components\/schemas\/(\w+)"/g) ?? []) {
      expect(doc.components.schemas, ref).toHaveProperty(ref.split("/").pop()!.replace('"', ""));
    }
  });

  it("has a page for people whose every example answers", async () => {
    const { status, text } = await fetchText(seeded, "/api");
    expect(status).toBe(200);
    expect(text).toContain("开放数据与接口");
    const links = [...text.matchAll(/<a href="(\/(?:api|export|feeds)[^"]*)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of links) expect((await fetch(seeded.url + link)).status, link).toBe(200);
  });
});

describe("the batch document", () => {
  it("answers for a batch that has listings, in both languages, and 404 for one that has none", async () => {
    const zh = await fetchText(seeded, `/batches/${encodeURIComponent("首批")}`);
    expect(zh.status).toBe(200);
    expect(zh.text).toContain("宝安区首批新质影像产业应用场景需求清单及能力清单");
    expect(zh.text).toContain("示例数据，正式清单发布后导入替换");
    const missing = await fetchText(seeded, `/batches/${encodeURIComponent("第九批")}`);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("没有“第九批”批次的已发布清单项");
  });
});
