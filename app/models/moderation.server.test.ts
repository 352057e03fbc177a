import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { todayInShanghai } from "../utils/dates";
import { openDatabase } from "../utils/database.server";
import { submitListing } from "./moderation.server";
import type { CapabilitySubmission } from "./submission-schema";

const year = todayInShanghai().slice(0, 4);
const submission: CapabilitySubmission = {
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

let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  opened = openDatabase(":memory:");
});
afterEach(() => opened.sqlite.close());

const submit = (db = opened.db) => submitListing(db, "capability", submission).code;
/** A listing of the series written by someone else (another process on the same file). */
function insertElsewhere(db: typeof opened, code: string) {
  db.sqlite
    .prepare(
      "insert into capabilities (code, title, organization, category, domains, tags, description, maturity, status) values (?, 't', 'o', '影像采集', '[\"文化旅游\"]', '[]', 'd', '量产', 'pending')",
    )
    .run(code);
}

describe("submission codes", () => {
  it("number each series from 0001 in every database, one after another", () => {
    expect([submit(), submit(), submit()]).toEqual([`NL-${year}-0001`, `NL-${year}-0002`, `NL-${year}-0003`]);
    const other = openDatabase(":memory:");
    try {
      expect(submit(other.db)).toBe(`NL-${year}-0001`);
    } finally {
      other.sqlite.close();
    }
    expect(submitListing(opened.db, "scenario", { ...submission, publisher: "某街道", domain: "城市治理" } as never).code).toBe(`CJ-${year}-0001`);
  });

  it("skip numbers another writer took meanwhile, and go past 9999", () => {
    expect(submit()).toBe(`NL-${year}-0001`);
    insertElsewhere(opened, `NL-${year}-0002`);
    insertElsewhere(opened, `NL-${year}-0003`);
    expect(submit()).toBe(`NL-${year}-0004`);
    insertElsewhere(opened, `NL-${year}-9999`);
    insertElsewhere(opened, `NL-${year}-0005`);
    expect(submit()).toBe(`NL-${year}-10000`);
    expect(submit()).toBe(`NL-${year}-10001`);
  });
});
