// `npm run db:import -- FILE` as the district's staff run it: a real process on a real SQLite file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/server";

const small = JSON.parse(fs.readFileSync("tests/fixtures/small-board.json", "utf8"));

function runImport(dbPath: string, ...args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "db:import", "--", ...args], {
    env: { ...process.env, DATABASE_PATH: dbPath },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeJson(dir: string, name: string, data: unknown) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

function dump(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      scenarios: db.prepare("select * from scenarios order by code").all(),
      capabilities: db.prepare("select * from capabilities order by code").all(),
    };
  } finally {
    db.close();
  }
}

describe("db:import", () => {
  it("imports a good file, reports the counts, and updates by code on a second run", () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const file = writeJson(dir, "good.json", small);
    const first = runImport(dbPath, file);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("场景需求 新增 3、更新 0；能力 新增 3、更新 0");
    const second = runImport(dbPath, file);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("场景需求 新增 0、更新 3；能力 新增 0、更新 3");
    const rows = dump(dbPath);
    expect(rows.scenarios).toHaveLength(3);
    expect(rows.capabilities).toHaveLength(3);
  });

  it("with one bad record among good ones: exits non-zero, names the record and field, changes nothing", () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    runImport(dbPath, writeJson(dir, "good.json", { scenarios: [small.scenarios[0]] }));
    const before = dump(dbPath);

    const bad = structuredClone(small);
    bad.scenarios[2].category = "航拍";
    bad.capabilities[0].title = "";
    const r = runImport(dbPath, writeJson(dir, "bad.json", bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("导入失败，数据库未作任何修改。发现 2 个问题");
    expect(r.stderr).toContain("scenarios[2]，编号 T-CJ-003，字段 category：“航拍”不是有效的产业环节");
    expect(r.stderr).toContain("capabilities[0]，编号 T-NL-001，字段 title：能力名称至少 2 个字");
    expect(dump(dbPath)).toEqual(before);
  });

  it("--dry-run validates and counts without writing", () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const r = runImport(dbPath, writeJson(dir, "good.json", small), "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("预检通过（未写入）");
    expect(dump(dbPath).scenarios).toHaveLength(0);
  });

  it("explains unreadable input and wrong usage", () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const broken = runImport(dbPath, writeJson(dir, "broken.json", '{"scenarios": ['));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("无法读取");
    const missing = runImport(dbPath, path.join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("文件不存在");
    const notBoard = runImport(dbPath, writeJson(dir, "array.json", [1, 2]));
    expect(notBoard.code).toBe(1);
    expect(notBoard.stderr).toContain("文件内容应为 JSON 对象");
    const usage = runImport(dbPath);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage");
  });

  it("reads a file saved with a byte-order mark", () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const r = runImport(dbPath, writeJson(dir, "bom.json", "\uFEFF" + JSON.stringify(small)));
    expect(r.code).toBe(0);
  });
});
