// Importing the official list as a clerk saves it: .xlsx with a title row, .csv in UTF-8 or GB18030.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, tempDir, type TestServer } from "../support/server";

const SCENARIO_HEADERS = ["编号*", "场景名称*", "发布单位", "产业环节", "应用领域", "关键词", "场景描述", "实施地点", "预算", "截止日期（YYYY-MM-DD）", "联系人", "联系电话", "电子邮箱"];
const CAPABILITY_HEADERS = ["编号", "能力名称", "企业名称", "产业环节", "适用领域", "关键词", "能力描述", "成熟度", "典型案例", "联系人", "联系电话", "电子邮箱"];

function scenarioRow(n: number, change: Partial<Record<number, unknown>> = {}): unknown[] {
  const row: unknown[] = [
    `ＣＪ－${String(100 + n).padStart(3, "０").replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`,
    `测试场景需求第${n}项`,
    "宝安区测试局",
    "影像采集",
    "城市治理",
    "无人机、巡查，违建",
    "对辖区楼顶违建进行每周两次的航拍巡查，输出带坐标的问题清单，并与执法系统对接。",
    "宝安区西乡街道",
    "５０万元",
    new Date(Date.UTC(2027, 2, 31)),
    "张工（测试）",
    "０７５５－１２３４５６７８",
    "test@example.cn",
  ];
  for (const [i, v] of Object.entries(change)) row[Number(i)] = v;
  return row;
}

/** A workbook laid out as a clerk would: a merged title row, a blank row, then the header. */
async function clerkWorkbook(scenarioRows: unknown[][], capabilityRows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet("场景需求清单");
  s.addRow(["宝安区首批新质影像产业应用场景需求清单"]);
  s.mergeCells(1, 1, 1, SCENARIO_HEADERS.length);
  s.addRow([]);
  s.addRow(SCENARIO_HEADERS);
  for (const r of scenarioRows) s.addRow(r);
  const c = book.addWorksheet("能力清单");
  c.addRow(["宝安区首批新质影像产业能力清单"]);
  c.mergeCells(1, 1, 1, CAPABILITY_HEADERS.length);
  c.addRow(CAPABILITY_HEADERS);
  for (const r of capabilityRows) c.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const capabilityRow = ["NL-９０１", "无人机航拍巡检服务", "测试飞行公司", "影像采集", "城市治理，工业制造", "无人机；航拍", "提供无人机航拍巡检，自动识别违建与占道经营，输出带坐标的问题清单。", "规模应用", "", "", "", "fly@example.com"];

function runImport(dbPath: string, ...args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "db:import", "--", ...args], { env: { ...process.env, DATABASE_PATH: dbPath }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(dbPath: string, table: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`select * from ${table} order by code`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe("spreadsheet import", () => {
  it("reads a clerk's workbook: title row, full-width digits, Excel dates, 、-separated lists", async () => {
    const dir = tempDir();
    const file = path.join(dir, "首批清单.xlsx");
    fs.writeFileSync(file, await clerkWorkbook([scenarioRow(1), scenarioRow(2, { 9: "2027年4月1日" })], [capabilityRow]));
    const dbPath = path.join(dir, "board.db");
    const r = runImport(dbPath, file);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("场景需求 新增 2、更新 0；能力 新增 1、更新 0");
    const [s1, s2] = rows(dbPath, "scenarios");
    expect(s1).toMatchObject({ code: "CJ-101", budget: "50万元", deadline: "2027-03-31", contact_phone: "0755-12345678", status: "published" });
    expect(JSON.parse(s1!.tags as string)).toEqual(["无人机", "巡查", "违建"]);
    expect(s2).toMatchObject({ code: "CJ-102", deadline: "2027-04-01" });
    const [c] = rows(dbPath, "capabilities");
    expect(c).toMatchObject({ code: "NL-901", maturity: "规模应用", contact_email: "fly@example.com", cases: null });
    expect(JSON.parse(c!.domains as string)).toEqual(["城市治理", "工业制造"]);
  });

  it("refuses a broken workbook whole, naming the sheet, row and column of each bad cell", async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const good = path.join(dir, "good.xlsx");
    fs.writeFileSync(good, await clerkWorkbook([scenarioRow(50)], []));
    expect(runImport(dbPath, good).code).toBe(0);
    const before = rows(dbPath, "scenarios");

    // Header in row 3, so list item n sits in spreadsheet row n + 3.
    const data = Array.from({ length: 22 }, (_, i) => scenarioRow(i + 1));
    data[13] = scenarioRow(14, { 3: "影像制作" }); // row 17
    data[19] = scenarioRow(20, { 1: "" }); // row 23
    const broken = path.join(dir, "broken.xlsx");
    fs.writeFileSync(broken, await clerkWorkbook(data, [capabilityRow]));
    const r = runImport(dbPath, broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("导入失败，数据库未作任何修改。发现 2 个问题");
    expect(r.stderr).toContain("工作表「场景需求清单」，第 17 行，编号 CJ-114，列「产业环节」：“影像制作”不是有效的产业环节");
    expect(r.stderr).toContain("工作表「场景需求清单」，第 23 行，编号 CJ-120，列「场景名称」：");
    expect(rows(dbPath, "scenarios")).toEqual(before);
    expect(rows(dbPath, "capabilities")).toEqual([]);
  });

  it("says so when no sheet has the list's headers", async () => {
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").addRow(["名字", "电话"]);
    book.getWorksheet("Sheet1")!.addRow(["张三", "123"]);
    const file = path.join(dir, "other.xlsx");
    fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const r = runImport(path.join(dir, "board.db"), file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("工作表「Sheet1」：找不到表头");
  });

  it("reads CSV in UTF-8 with a BOM and in GB18030, and --dry-run writes nothing", () => {
    const dir = tempDir();
    const lines = [CAPABILITY_HEADERS.join(","), capabilityRow.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")].join("\r\n");
    const utf8 = path.join(dir, "caps-utf8.csv");
    fs.writeFileSync(utf8, "\uFEFF" + lines);
    const gbk = path.join(dir, "caps-gb.csv");
    fs.writeFileSync(gbk, iconv.encode(lines, "gb18030"));
    const dbPath = path.join(dir, "board.db");
    const dry = runImport(dbPath, gbk, "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("预检通过（未写入）：场景需求 新增 0、更新 0；能力 新增 1、更新 0");
    expect(rows(dbPath, "capabilities")).toEqual([]);
    expect(runImport(dbPath, gbk).code).toBe(0);
    expect(rows(dbPath, "capabilities")[0]).toMatchObject({ code: "NL-901", organization: "测试飞行公司" });
    const again = runImport(dbPath, utf8);
    expect(again.stdout).toContain("能力 新增 0、更新 1");
  });
});

describe("round trip through CSV", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.stop());

  it("exported CSV files import into an empty database as the same listings", async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "copy.db");
    for (const kind of ["scenarios", "capabilities"]) {
      const file = path.join(dir, `${kind}.csv`);
      fs.writeFileSync(file, Buffer.from(await (await fetch(`${server.url}/export/${kind}.csv`)).arrayBuffer()));
      const r = runImport(dbPath, file);
      expect(r.code, r.stderr).toBe(0);
    }
    const copy = await startServer({ dbPath, env: { SEED_FIRST_BATCH: "false" } });
    try {
      const original = await (await fetch(`${server.url}/export/board.json`)).json();
      const copied = await (await fetch(`${copy.url}/export/board.json`)).json();
      expect(copied).toEqual(original);
    } finally {
      await copy.stop();
    }
  });
});

describe("Excel export", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.stop());

  it("is a workbook with a sheet per list, Chinese headers, a frozen header row and set widths", async () => {
    const res = await fetch(`${server.url}/export/board.xlsx?domain=${encodeURIComponent("教育培训")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const s = book.getWorksheet("场景需求清单")!;
    const c = book.getWorksheet("能力清单")!;
    expect(s.getRow(1).values).toEqual([undefined, "编号", "场景名称", "发布单位", "产业环节", "应用领域", "关键词", "场景描述", "实施地点", "预算", "截止日期", "联系人", "联系电话", "电子邮箱", "批次"]);
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(s.getColumn(7).width).toBeGreaterThan(s.getColumn(1).width!);
    const api = (await (await fetch(`${server.url}/api/capabilities?pageSize=100&domain=${encodeURIComponent("教育培训")}`)).json()) as { total: number };
    expect(c.actualRowCount - 1).toBe(api.total);
    for (let r = 2; r <= c.actualRowCount; r++) expect(String(c.getRow(r).getCell(5).value)).toContain("教育培训");
  });

  it("imports back into an empty database as the same listings", async () => {
    const dir = tempDir();
    const file = path.join(dir, "board.xlsx");
    fs.writeFileSync(file, Buffer.from(await (await fetch(`${server.url}/export/board.xlsx`)).arrayBuffer()));
    const dbPath = path.join(dir, "copy.db");
    const r = runImport(dbPath, file);
    expect(r.code, r.stderr).toBe(0);
    const copy = await startServer({ dbPath, env: { SEED_FIRST_BATCH: "false" } });
    try {
      expect(await (await fetch(`${copy.url}/export/board.json`)).json()).toEqual(await (await fetch(`${server.url}/export/board.json`)).json());
    } finally {
      await copy.stop();
    }
  });
});
