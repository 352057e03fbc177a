// `npm run eval:heldout -- DIR`: issue 3's held-out check as it is run — a real board on a fresh
// database, the set imported by `npm run db:import` while it serves, asked through the JSON API.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndexFromFile, evaluate, matchGrades } from "../../app/models/search-eval";

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

describe("npm run eval:heldout", () => {
  it("imports a labelled set into a serving board and finds through the API what the index finds in process", () => {
    const dir = "tests/fixtures/dev-set-3";
    // The test run has built the app already (tests/support/build.ts).
    const r = spawnSync("npm", ["run", "--silent", "eval:heldout", "--", dir], {
      env: { ...process.env, HELDOUT_SKIP_BUILD: "1", HELDOUT_PORT: "3398" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("through the JSON API of http://localhost:3398");
    expect(r.stdout).toMatch(/场景需求 新增 \d+/);
    const local = evaluate(buildIndexFromFile(`${dir}/board.json`), read(`${dir}/queries.json`), matchGrades(read(`${dir}/match-notes.json`)));
    const figure = (name: string) => Number(new RegExp(`${name} ([0-9.]+)`).exec(r.stdout)?.[1]);
    expect(figure("nDCG@10")).toBeCloseTo(local.search.ndcg10, 3);
    expect(figure("MRR")).toBeCloseTo(local.search.mrr, 3);
    expect(figure("hit@3")).toBeCloseTo(local.match.hit3, 3);
    expect(figure("nDCG@5")).toBeCloseTo(local.match.ndcg5, 3);
    expect(r.stdout).toContain(`no-answer queries returning nothing: ${local.search.noneEmpty}/${local.search.noneTotal}`);
  }, 150_000);
});
