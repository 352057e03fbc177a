// The quality floor: search and match quality on the labelled set must not fall below what was reached.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndexFromFile, evaluate, matchGrades } from "./search-eval";

// Levels reached on tests/fixtures/search-queries.json (see `npm run eval:search`), rounded down.
const FLOOR = { ndcg10: 0.91, mrr: 0.96, recall10: 0.89, hit3: 1, ndcg5: 0.92 };

describe("search quality on the labelled first batch", () => {
  const report = evaluate(
    buildIndexFromFile("db/seed/first-batch.json"),
    JSON.parse(fs.readFileSync("tests/fixtures/search-queries.json", "utf8")),
    matchGrades(JSON.parse(fs.readFileSync("tests/fixtures/seed-match-notes.json", "utf8"))),
  );

  it("keeps nDCG@10, MRR and recall@10 at or above the floor", () => {
    expect(report.search.queries).toBeGreaterThanOrEqual(40);
    expect(report.search.ndcg10).toBeGreaterThanOrEqual(FLOOR.ndcg10);
    expect(report.search.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
    expect(report.search.recall10).toBeGreaterThanOrEqual(FLOOR.recall10);
  });

  it("returns nothing for every query with no right answer", () => {
    expect(report.search.noneTotal).toBeGreaterThanOrEqual(3);
    expect(report.failures.filter((f) => f.includes("expected nothing"))).toEqual([]);
  });

  it("puts a fitting capability in the top 3 for every scenario, and orders matches well", () => {
    expect(report.match.pairs).toBeGreaterThanOrEqual(25);
    expect(report.match.hit3).toBeGreaterThanOrEqual(FLOOR.hit3);
    expect(report.match.ndcg5).toBeGreaterThanOrEqual(FLOOR.ndcg5);
  });
});
