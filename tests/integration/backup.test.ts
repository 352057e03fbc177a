// `npm run db:backup` while the database is being written to: the copy opens, is whole, and is one
// consistent state (a count between the counts before and after).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { importBoard } from "../../app/models/import.server";
import { openDatabase } from "../../app/utils/database.server";
import { firstBatch } from "../support/seed";
import { tempDir } from "../support/server";

function capability(n: number) {
  return {
    code: `W-${String(n).padStart(5, "0")}`,
    title: `备份期间写入的能力 ${n}`,
    organization: "写入测试公司",
    category: "智能终端",
    domains: ["教育培训"],
    tags: ["写入"],
    description: "在备份进行时不断写入的能力记录，用来检查备份是否是一致的快照。",
    maturity: "量产",
  };
}

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("db:backup", () => {
  it("takes a consistent copy while another connection keeps writing", async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, "board.db");
    const { sqlite, db } = openDatabase(dbPath);
    expect(importBoard(db, firstBatch).ok).toBe(true);
    const before = (sqlite.prepare("select count(*) n from capabilities").get() as { n: number }).n;

    let n = 0;
    const writer = setInterval(() => {
      for (let i = 0; i < 5; i++) importBoard(db, { capabilities: [capability(++n)] });
    }, 2);
    const target = path.join(dir, "backup", "board-copy.db");
    const result = await run("npm", ["run", "--silent", "db:backup", "--", target], { DATABASE_PATH: dbPath });
    clearInterval(writer);
    const after = (sqlite.prepare("select count(*) n from capabilities").get() as { n: number }).n;
    sqlite.close();

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("完整性检查 ok");
    expect(n).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const copied = (copy.prepare("select count(*) n from capabilities").get() as { n: number }).n;
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      // Written rows are whole: none half there.
      const broken = copy.prepare("select count(*) n from capabilities where code like 'W-%' and (title is null or description is null)").get() as { n: number };
      expect(broken.n).toBe(0);
      expect(copy.prepare("select count(*) n from scenarios").get()).toEqual({ n: firstBatch.scenarios.length });
    } finally {
      copy.close();
    }
  });

  it("refuses to overwrite an existing file or to back up a database that is not there", async () => {
    const dir = tempDir();
    const existing = path.join(dir, "exists.db");
    fs.writeFileSync(existing, "");
    const missing = await run("npm", ["run", "--silent", "db:backup", "--", existing], { DATABASE_PATH: path.join(dir, "none.db") });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("数据库不存在");
    const dbPath = path.join(dir, "board.db");
    openDatabase(dbPath).sqlite.close();
    const overwrite = await run("npm", ["run", "--silent", "db:backup", "--", existing], { DATABASE_PATH: dbPath });
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toContain("不会覆盖");
  });
});
