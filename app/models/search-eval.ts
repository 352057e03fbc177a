// Measuring search and matching quality against labelled judgements (npm run eval:search).
import fs from "node:fs";
import { SearchIndex, capabilityDoc, scenarioDoc } from "./search-index";
import { Thesaurus } from "./thesaurus";

export type Grades = Record<string, number>;
export type LabelledQuery = { id: string; kind: string; query: string; type: "all" | "scenario" | "capability"; relevant: Grades };

/** Graded gain at rank 1..k, normalised by the ideal ordering. */
export function ndcg(ranked: string[], grades: Grades, k: number): number {
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(grades).sort((a, b) => b - a));
  return ideal === 0 ? (ranked.length === 0 ? 1 : 0) : dcg(ranked.map((c) => grades[c] ?? 0)) / ideal;
}

export function reciprocalRank(ranked: string[], grades: Grades): number {
  const i = ranked.findIndex((c) => (grades[c] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function recall(ranked: string[], grades: Grades, k: number): number {
  const relevant = Object.keys(grades).filter((c) => grades[c]! > 0);
  if (!relevant.length) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((c) => top.has(c)).length / relevant.length;
}

export function buildIndexFromFile(file: string, thesaurusFile = "db/seed/thesaurus.json"): SearchIndex {
  const board = JSON.parse(fs.readFileSync(file, "utf8"));
  const thesaurus = JSON.parse(fs.readFileSync(thesaurusFile, "utf8"));
  const index = new SearchIndex(Thesaurus.from(thesaurus));
  index.load([
    ...(board.scenarios ?? []).map((s: Parameters<typeof scenarioDoc>[0]) => scenarioDoc({ ...s, tags: s.tags ?? [] })),
    ...(board.capabilities ?? []).map((c: Parameters<typeof capabilityDoc>[0]) => capabilityDoc({ ...c, tags: c.tags ?? [] })),
  ]);
  return index;
}

export type EvalReport = {
  search: { queries: number; ndcg10: number; mrr: number; recall10: number; noneEmpty: number; noneTotal: number };
  match: { pairs: number; hit3: number; ndcg5: number };
  failures: string[];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Rankings of codes, best first: what a search or a match returned for each labelled item. */
export type Rankings = { search: Map<string, string[]>; match: Map<string, string[]> };

/** Rankings straight from an index (the tests and `npm run eval:search`). */
export function rankWithIndex(index: SearchIndex, queries: LabelledQuery[], matches: Record<string, Grades>): Rankings {
  return {
    search: new Map(queries.map((q) => [q.id, index.search(q.query, { kind: q.type === "all" ? null : q.type }).hits.map((h) => h.code)])),
    match: new Map(Object.keys(matches).map((code) => [code, (index.match("scenario", code, 10) ?? []).map((m) => m.code)])),
  };
}

/** Rankings asked of a running board through its JSON API, as another program would. */
export async function rankWithApi(base: string, queries: LabelledQuery[], matches: Record<string, Grades>): Promise<Rankings> {
  const get = async (path: string) => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as { results: { code: string }[] };
  };
  const search = new Map<string, string[]>();
  for (const q of queries) {
    const body = await get(`/api/search?q=${encodeURIComponent(q.query)}&type=${q.type}&limit=20`);
    search.set(q.id, body.results.map((r) => r.code));
  }
  const match = new Map<string, string[]>();
  for (const code of Object.keys(matches)) {
    const body = await get(`/api/scenarios/${encodeURIComponent(code)}/matches?limit=10`);
    match.set(code, body.results.map((r) => r.code));
  }
  return { search, match };
}

export function evaluate(index: SearchIndex, queries: LabelledQuery[], matches: Record<string, Grades>): EvalReport {
  return evaluateRankings(rankWithIndex(index, queries, matches), queries, matches);
}

export function evaluateRankings(rankings: Rankings, queries: LabelledQuery[], matches: Record<string, Grades>): EvalReport {
  const ndcgs: number[] = [];
  const rrs: number[] = [];
  const recalls: number[] = [];
  const failures: string[] = [];
  let noneTotal = 0;
  let noneEmpty = 0;
  for (const q of queries) {
    const ranked = rankings.search.get(q.id) ?? [];
    if (Object.keys(q.relevant).length === 0) {
      noneTotal++;
      if (ranked.length === 0) noneEmpty++;
      else failures.push(`${q.id} ${q.kind} “${q.query}”: expected nothing, got ${ranked.slice(0, 5).join(" ")}`);
      continue;
    }
    const n = ndcg(ranked, q.relevant, 10);
    ndcgs.push(n);
    rrs.push(reciprocalRank(ranked, q.relevant));
    recalls.push(recall(ranked, q.relevant, 10));
    if (n < 0.8) failures.push(`${q.id} ${q.kind} “${q.query}”: nDCG ${n.toFixed(2)}; got ${ranked.slice(0, 6).join(" ")}; want ${JSON.stringify(q.relevant)}`);
  }
  const hits3: number[] = [];
  const ndcg5s: number[] = [];
  for (const [code, grades] of Object.entries(matches)) {
    const ranked = rankings.match.get(code) ?? [];
    // A hit: the scenario's best fit among the first three — a full fit (2) where there is one, a
    // partial fit (1) where that is the best the board has. A scenario judged with no fit at all
    // has no hit to make and is left out of hit@3.
    const best = Math.max(0, ...Object.values(grades));
    const hit = ranked.slice(0, 3).some((c) => grades[c] === best) ? 1 : 0;
    if (best > 0) hits3.push(hit);
    const n = ndcg(ranked, grades, 5);
    ndcg5s.push(n);
    if ((best > 0 && !hit) || n < 0.8) failures.push(`match ${code}: nDCG@5 ${n.toFixed(2)}; got ${ranked.slice(0, 5).join(" ")}; want ${JSON.stringify(grades)}`);
  }
  return {
    search: { queries: ndcgs.length, ndcg10: mean(ndcgs), mrr: mean(rrs), recall10: mean(recalls), noneEmpty, noneTotal },
    match: { pairs: hits3.length, hit3: mean(hits3), ndcg5: mean(ndcg5s) },
    failures,
  };
}

/** seed-match-notes.json ({ CJ: { "2": [...], "1": [...] } }) as grades per scenario. */
export function matchGrades(notes: Record<string, Record<string, string[]>>): Record<string, Grades> {
  const out: Record<string, Grades> = {};
  for (const [code, byGrade] of Object.entries(notes)) {
    out[code] = {};
    for (const [grade, codes] of Object.entries(byGrade)) for (const c of codes) out[code]![c] = Number(grade);
  }
  return out;
}
