// `npm run db:backup -- FILE`: a consistent copy of DATABASE_PATH taken while the board serves and writes.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "../app/utils/env.server";

async function main(argv: string[]): Promise<number> {
  const target = argv.filter((a) => !a.startsWith("--"))[0];
  if (!target) {
    console.error("用法 / usage: npm run db:backup -- FILE");
    return 2;
  }
  if (!fs.existsSync(env.DATABASE_PATH)) {
    console.error(`数据库不存在：${env.DATABASE_PATH}`);
    return 1;
  }
  if (fs.existsSync(target)) {
    console.error(`目标文件已存在，不会覆盖：${target}`);
    return 1;
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(env.DATABASE_PATH, { fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  try {
    // SQLite's online backup API copies page by page and starts again if another connection
    // writes in between, so the copy is one consistent state of the database.
    await source.backup(target);
  } finally {
    source.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    const s = copy.prepare("select count(*) n from scenarios").get() as { n: number };
    const c = copy.prepare("select count(*) n from capabilities").get() as { n: number };
    if (check !== "ok") {
      console.error(`备份文件校验失败：${String(check)}`);
      return 1;
    }
    console.log(`备份完成：${target}（场景需求 ${s.n} 条，能力 ${c.n} 条，完整性检查 ok）`);
    return 0;
  } finally {
    copy.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
