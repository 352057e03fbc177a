import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "./database.server";
import { writeSoon } from "./group-commit.server";

let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  opened = openDatabase(":memory:");
});
afterEach(() => opened.sqlite.close());

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

});
