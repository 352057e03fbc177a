// `npm run eval:search`: search and match quality on the labelled set over the first batch.
import fs from "node:fs";
import { buildIndexFromFile, evaluate, matchGrades } from "../app/models/search-eval";

const board = process.argv[2] ?? "db/seed/first-batch.json";
const queriesFile = process.argv[3] ?? "tests/fixtures/search-queries.json";
const matchesFile = process.argv[4] ?? "tests/fixtures/seed-match-notes.json";

const index = buildIndexFromFile(board);
const report = evaluate(
  index,
  JSON.parse(fs.readFileSync(queriesFile, "utf8")),
  matchGrades(JSON.parse(fs.readFileSync(matchesFile, "utf8"))),
);
const f = (n: number) => n.toFixed(3);
console.log(`search  (${report.search.queries} queries with answers): nDCG@10 ${f(report.search.ndcg10)}  MRR ${f(report.search.mrr)}  recall@10 ${f(report.search.recall10)}`);
console.log(`no-answer queries returning nothing: ${report.search.noneEmpty}/${report.search.noneTotal}`);
console.log(`match   (${report.match.pairs} scenarios): hit@3 ${f(report.match.hit3)}  nDCG@5 ${f(report.match.ndcg5)}`);
if (process.argv.includes("--verbose") || process.env.VERBOSE) for (const line of report.failures) console.log(`  ${line}`);
