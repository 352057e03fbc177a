// The first batch meets what the board promises of it (issue: at least 30 demands, 40 capabilities…).
import { describe, expect, it } from "vitest";
import { validateImport } from "../../app/models/import.server";
import { CATEGORIES, DOMAINS } from "../../app/models/vocabulary";
import firstBatch from "./first-batch.json";

const NAMED_COMPANIES = ["影石创新", "洲明科技", "维沃", "欧森纳斯", "定军山", "亿境虚拟", "闪剪智能"];
const len = (s: string) => [...s].length;

describe("first batch", () => {
  const checked = validateImport(firstBatch);

  it("validates through the importer", () => {
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it("has at least 30 scenario demands and 40 capabilities, all of batch 首批", () => {
    expect(firstBatch.scenarios.length).toBeGreaterThanOrEqual(30);
    expect(firstBatch.capabilities.length).toBeGreaterThanOrEqual(40);
    for (const l of [...firstBatch.scenarios, ...firstBatch.capabilities]) expect(l.batch, l.code).toBe("首批");
  });

  it("covers every category in both lists and every domain several times", () => {
    for (const c of CATEGORIES) {
      expect(firstBatch.scenarios.some((s) => s.category === c), c).toBe(true);
      expect(firstBatch.capabilities.some((s) => s.category === c), c).toBe(true);
    }
    for (const d of DOMAINS) {
      expect(firstBatch.scenarios.filter((s) => s.domain === d).length, d).toBeGreaterThanOrEqual(2);
      expect(firstBatch.capabilities.filter((c) => c.domains.includes(d)).length, d).toBeGreaterThanOrEqual(2);
    }
  });

  it("has descriptions of 80–300 characters", () => {
    for (const l of [...firstBatch.scenarios, ...firstBatch.capabilities]) {
      expect(len(l.description), l.code).toBeGreaterThanOrEqual(80);
      expect(len(l.description), l.code).toBeLessThanOrEqual(300);
    }
  });

  it("leaves the contact fields of the companies the article names empty", () => {
    for (const name of NAMED_COMPANIES) {
      const rows = firstBatch.capabilities.filter((c) => c.organization.includes(name));
      expect(rows.length, name).toBeGreaterThan(0);
      for (const c of rows) {
        expect(c.contactName || c.contactPhone || c.contactEmail || "", c.code).toBe("");
      }
    }
  });

  it("uses only plainly fictional contacts for everyone else", () => {
    for (const l of [...firstBatch.scenarios, ...firstBatch.capabilities]) {
      if (l.contactEmail) expect(l.contactEmail, l.code).toMatch(/@example\.(cn|com)$/);
    }
    for (const c of firstBatch.capabilities) {
      if (!NAMED_COMPANIES.some((n) => c.organization.includes(n))) expect(c.organization, c.code).toContain("示例");
    }
  });
});
