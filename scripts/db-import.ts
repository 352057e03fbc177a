// `npm run db:import -- FILE [--dry-run]`: imports a board file (.json, .xlsx or .csv) into DATABASE_PATH, all or nothing.
import fs from "node:fs";
import { describeProblem, importBoard, type ImportProblem } from "../app/models/import.server";
import { readBoardFile, type BoardFile } from "../app/models/board-file.server";
import { locateProblems } from "../app/models/spreadsheet.server";
import { openDatabase } from "../app/utils/database.server";
import { env } from "../app/utils/env.server";

const USAGE = "用法 / usage: npm run db:import -- FILE.json|FILE.xlsx|FILE.csv [--dry-run]";

async function load(file: string): Promise<BoardFile> {
  return readBoardFile(fs.readFileSync(file), file);
}

function report(problems: ImportProblem[]) {
  console.error(`导入失败，数据库未作任何修改。发现 ${problems.length} 个问题：`);
  for (const problem of problems) console.error(`  ${describeProblem(problem)}`);
}

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith("--"));
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = flags.filter((f) => f !== "--dry-run");
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `未知选项 / unknown option: ${unknown.join(" ")}` : "请指定一个文件 / give one file");
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  const dryRun = flags.includes("--dry-run");

  let loaded: BoardFile;
  try {
    loaded = await load(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : (error as Error).message;
    console.error(`无法读取 ${file}：${reason}`);
    return 1;
  }
  if (loaded.problems.length) {
    report(loaded.problems);
    return 1;
  }

  const databasePath = env.DATABASE_PATH;
  const { sqlite, db } = openDatabase(databasePath);
  try {
    const result = importBoard(db, loaded.data, { dryRun });
    if (!result.ok) {
      report(loaded.rows ? locateProblems(result.problems, loaded.rows) : result.problems);
      return 1;
    }
    const verb = dryRun ? "预检通过（未写入）" : "导入完成";
    console.log(
      `${verb}：场景需求 新增 ${result.scenarios.added}、更新 ${result.scenarios.updated}；` +
        `能力 新增 ${result.capabilities.added}、更新 ${result.capabilities.updated}。数据库：${databasePath}`,
    );
    return 0;
  } finally {
    sqlite.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
