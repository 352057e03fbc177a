import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addInterestSoon } from "../models/interest.server";
import { approveListing, submitListingSoon } from "../models/moderation.server";
import type { CapabilitySubmission, InterestSubmission } from "../models/submission-schema";
import { todayInShanghai } from "./dates";
import { openDatabase } from "./database.server";
import { writeSoon } from "./group-commit.server";

const year = todayInShanghai().slice(0, 4);
const capability = {
  title: "8K全景直播整体解决方案",
  organization: "示例影像科技有限公司",
  category: "影像采集",
  domains: ["文化旅游"],
  tags: ["全景"],
  description: "提供8K全景直播的采集、拼接、编码和分发整体方案，适用于赛事、展会和景区。",
  maturity: "量产",
  contactName: "测试员",
  contactPhone: "13800138000",
} as CapabilitySubmission;
const interest = (message: string) => ({ organization: "某街道办", contactName: "王", contactPhone: "13800138000", message }) as InterestSubmission;

let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  opened = openDatabase(":memory:");
});
afterEach(() => opened.sqlite.close());
const count = (table: string) => (opened.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe("writeSoon", () => {
  it("writes the works of one turn in one transaction; one that throws is rolled back alone, and its promise alone rejects", async () => {
    opened.sqlite.exec("create table t (v text not null)");
    const insert = (v: string | null) => () => opened.sqlite.prepare("insert into t (v) values (?)").run(v).changes;
    const failed = vi.fn();
    const transactions = vi.spyOn(opened.db, "transaction");
    const outcomes = await Promise.allSettled([writeSoon(opened.db, insert("a")), writeSoon(opened.db, insert(null), failed), writeSoon(opened.db, insert("c"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[0]).toEqual({ status: "fulfilled", value: 1 });
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/NOT NULL/);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(opened.sqlite.prepare("select v from t order by rowid").all()).toEqual([{ v: "a" }, { v: "c" }]);
  });

  it("rejects every work of the turn, and tells each it did not land, when the transaction itself cannot be had", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "group-commit-")), "board.db");
    const mine = openDatabase(file);
    const other = openDatabase(file);
    try {
      mine.sqlite.exec("create table t (v text)");
      // Another connection holds the write lock, and this one does not wait for it.
      other.sqlite.exec("begin immediate");
      mine.sqlite.pragma("busy_timeout = 0");
      const failed = vi.fn();
      const outcomes = await Promise.allSettled([1, 2].map(() => writeSoon(mine.db, () => mine.sqlite.prepare("insert into t values ('x')").run(), failed)));
      other.sqlite.exec("rollback");
      expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
      expect(failed).toHaveBeenCalledTimes(2);
      expect(mine.sqlite.prepare("select count(*) as n from t").get()).toEqual({ n: 0 });
    } finally {
      mine.sqlite.close();
      other.sqlite.close();
    }
  });

  it("writes 对接意向 and new listings arriving together in one transaction; a 对接意向 on an unknown listing is refused, not stored", async () => {
    const first = await submitListingSoon(opened.db, "capability", capability);
    expect(approveListing(opened.db, "moderator", "capability", first.code)).toEqual({ ok: true });
    const transactions = vi.spyOn(opened.db, "transaction");
    const [a, b, c] = await Promise.all([
      addInterestSoon(opened.db, "capability", first.code, interest("想对接")),
      submitListingSoon(opened.db, "capability", capability),
      addInterestSoon(opened.db, "capability", "NL-0000-9999", interest("找不到")),
    ]);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(a).toEqual({ ok: true });
    expect(b.code).toBe(`NL-${year}-0002`);
    expect(c).toEqual({ ok: false, reason: "notFound" });
    expect(opened.sqlite.prepare("select listing_code, message from interests").all()).toEqual([{ listing_code: first.code, message: "想对接" }]);
    expect(count("capabilities")).toBe(2);
  });
});
