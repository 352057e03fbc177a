import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { todayInShanghai } from "../utils/dates";
import { openDatabase } from "../utils/database.server";
import { addInterestSoon } from "./interest.server";
import { approveListing, findByToken, submitListingSoon } from "./moderation.server";
import type { CapabilitySubmission, InterestSubmission } from "./submission-schema";

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

const interest = (message: string) => ({ organization: "某街道办", contactName: "王", contactPhone: "13800138000", message }) as InterestSubmission;

let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  opened = openDatabase(":memory:");
});
afterEach(() => opened.sqlite.close());

const submit = async (db = opened.db) => (await submitListingSoon(db, "capability", submission)).code;
/** A listing of the series written by someone else (another process on the same file). */
function insertElsewhere(db: typeof opened, code: string) {
  db.sqlite
    .prepare(
      "insert into capabilities (code, title, organization, category, domains, tags, description, maturity, status) values (?, 't', 'o', '影像采集', '[\"文化旅游\"]', '[]', 'd', '量产', 'pending')",
    )
    .run(code);
}

describe("submission codes", () => {
  it("number each series from 0001 in every database, one after another", async () => {
    expect([await submit(), await submit(), await submit()]).toEqual([`NL-${year}-0001`, `NL-${year}-0002`, `NL-${year}-0003`]);
    const other = openDatabase(":memory:");
    try {
      expect(await submit(other.db)).toBe(`NL-${year}-0001`);
    } finally {
      other.sqlite.close();
    }
    expect((await submitListingSoon(opened.db, "scenario", { ...submission, publisher: "某街道", domain: "城市治理" } as never)).code).toBe(`CJ-${year}-0001`);
  });

  it("skip numbers another writer took meanwhile, and go past 9999", async () => {
    expect(await submit()).toBe(`NL-${year}-0001`);
    insertElsewhere(opened, `NL-${year}-0002`);
    insertElsewhere(opened, `NL-${year}-0003`);
    expect(await submit()).toBe(`NL-${year}-0004`);
    insertElsewhere(opened, `NL-${year}-9999`);
    insertElsewhere(opened, `NL-${year}-0005`);
    expect(await submit()).toBe(`NL-${year}-10000`);
    expect(await submit()).toBe(`NL-${year}-10001`);
  });
});

describe("submissions arriving together", () => {
  it("are written in one transaction, each in its own savepoint: one that fails leaves the others, whose codes follow on", async () => {
    const transactions = vi.spyOn(opened.db, "transaction");
    const broken = { ...submission, title: undefined } as unknown as CapabilitySubmission;
    const outcomes = await Promise.allSettled([
      submitListingSoon(opened.db, "capability", submission),
      submitListingSoon(opened.db, "capability", broken),
      submitListingSoon(opened.db, "capability", submission),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const stored = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(stored.map((s) => s.code)).toEqual([`NL-${year}-0001`, `NL-${year}-0002`]);
    // Each management link finds its own listing, intact.
    for (const s of stored) expect(findByToken(opened.db, s.token)?.listing).toMatchObject({ code: s.code, title: submission.title });
    expect(transactions).toHaveBeenCalledTimes(1);
    // The failed one left neither its row nor its audit entry.
    expect(opened.sqlite.prepare("select count(*) as n from capabilities").get()).toEqual({ n: 2 });
    expect(opened.sqlite.prepare("select count(*) as n from audit_log").get()).toEqual({ n: 2 });
    // One written later is a transaction of its own, numbered after them.
    expect((await submitListingSoon(opened.db, "capability", submission)).code).toBe(`NL-${year}-0003`);
    expect(transactions).toHaveBeenCalledTimes(2);
  });

  it("writes 对接意向 and new listings arriving together in one transaction; a 对接意向 on an unknown listing is refused, not stored", async () => {
    const first = await submitListingSoon(opened.db, "capability", submission);
    expect(approveListing(opened.db, "moderator", "capability", first.code)).toEqual({ ok: true });
    const transactions = vi.spyOn(opened.db, "transaction");
    const [a, b, c] = await Promise.all([
      addInterestSoon(opened.db, "capability", first.code, interest("想对接")),
      submitListingSoon(opened.db, "capability", submission),
      addInterestSoon(opened.db, "capability", "NL-0000-9999", interest("找不到")),
    ]);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(a).toEqual({ ok: true });
    expect(b.code).toBe(`NL-${year}-0002`);
    expect(c).toEqual({ ok: false, reason: "notFound" });
    expect(opened.sqlite.prepare("select listing_code, message from interests").all()).toEqual([{ listing_code: first.code, message: "想对接" }]);
    expect(opened.sqlite.prepare("select count(*) as n from capabilities").get()).toEqual({ n: 2 });
  });
});

