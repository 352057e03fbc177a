import { describe, expect, it } from "vitest";
import { evaluateRankings } from "./search-eval";

describe("evaluateRankings: match hit@3", () => {
  const rank = (match: Record<string, string[]>) => ({ search: new Map<string, string[]>(), match: new Map(Object.entries(match)) });
  it("is a hit when a full fit is among the first three; a partial fit is no hit where a full one exists", () => {
    const grades = { S1: { C1: 2, C2: 1 }, S2: { C3: 2, C4: 1 } };
    const report = evaluateRankings(rank({ S1: ["C9", "C1"], S2: ["C4", "C8", "C7", "C3"] }), [], grades);
    expect(report.match.hit3).toBe(0.5);
  });
  it("takes the best fit the board has where no listing fits fully, and leaves out a scenario with no fit at all", () => {
    const grades = { S1: { C1: 1, C2: 1 }, S2: { C3: 1 }, S3: {} };
    const report = evaluateRankings(rank({ S1: ["C2"], S2: ["C7", "C8", "C9", "C3"], S3: ["C5"] }), [], grades);
    expect(report.match.hit3).toBe(0.5);
    expect(report.match.pairs).toBe(2);
  });
});
