import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../utils/database.server";
import { describeProblem, importBoard, validateImport } from "./import.server";

const small = JSON.parse(fs.readFileSync("tests/fixtures/small-board.json", "utf8"));

let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  opened = openDatabase(":memory:");
});
afterEach(() => opened.sqlite.close());

function dump() {
  return {
    scenarios: opened.sqlite.prepare("select * from scenarios order by code").all(),
    capabilities: opened.sqlite.prepare("select * from capabilities order by code").all(),
  };
}

describe("importBoard", () => {
  it("imports every record as published, counting additions", () => {
    const r = importBoard(opened.db, small);
    expect(r).toEqual({ ok: true, scenarios: { added: 3, updated: 0 }, capabilities: { added: 3, updated: 0 } });
    const rows = dump();
    expect(rows.scenarios).toHaveLength(3);
    expect(rows.capabilities.every((c) => (c as { status: string }).status === "published")).toBe(true);
    const s2 = rows.scenarios[1] as { tags: string; deadline: string; demo: number };
    expect(JSON.parse(s2.tags)).toEqual(["防溺水", "视觉识别"]);
    expect(s2.deadline).toBe("2020-01-31");
    expect(s2.demo).toBe(0);
  });

  it("updates a listing whose code exists, keeping its first publication time", () => {
    importBoard(opened.db, small);
    const before = opened.sqlite.prepare("select published_at from scenarios where code = 'T-CJ-001'").get();
    const changed = structuredClone(small);
    changed.scenarios[0].title = "图书馆VR阅读体验区（二期）";
    const r = importBoard(opened.db, { scenarios: [changed.scenarios[0]] });
    expect(r).toEqual({ ok: true, scenarios: { added: 0, updated: 1 }, capabilities: { added: 0, updated: 0 } });
    const after = opened.sqlite.prepare("select title, published_at from scenarios where code = 'T-CJ-001'").get() as {
      title: string;
      published_at: string;
    };
    expect(after.title).toBe("图书馆VR阅读体验区（二期）");
    expect(after).toMatchObject(before as object);
  });

  it("imports nothing when one record is bad, and names its list, index, code and field", () => {
    importBoard(opened.db, { scenarios: [small.scenarios[0]] });
    const before = dump();
    const bad = structuredClone(small);
    bad.capabilities[1].maturity = "成熟";
    const r = importBoard(opened.db, bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ list: "capabilities", index: 1, code: "T-NL-002", field: "maturity" });
    expect(describeProblem(r.problems[0]!)).toBe(
      "capabilities[1]，编号 T-NL-002，字段 maturity：“成熟”不是有效的成熟度（可选：研发中、样机、量产、规模应用）",
    );
    expect(dump()).toEqual(before);
  });

  it("reports duplicate codes within a file", () => {
    const r = validateImport({ scenarios: [small.scenarios[0], small.scenarios[0]] });
    expect(r).toMatchObject({ ok: false, problems: [{ list: "scenarios", index: 1, field: "code" }] });
  });

  it("refuses files that are not a board", () => {
    for (const data of [null, [], "x", 3, {}, { scenarios: {} }, { scenarios: [1] }]) {
      expect(validateImport(data).ok, JSON.stringify(data)).toBe(false);
    }
  });

  it("marks demonstration data when asked, and a dry run writes nothing", () => {
    expect(importBoard(opened.db, small, { dryRun: true })).toMatchObject({ ok: true, scenarios: { added: 3 } });
    expect(dump().scenarios).toHaveLength(0);
    importBoard(opened.db, small, { demo: true });
    expect(opened.sqlite.prepare("select count(*) n from capabilities where demo = 1").get()).toEqual({ n: 3 });
  });
});
