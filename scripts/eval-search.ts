// `npm run eval:search [-- BOARD QUERIES MATCHES] [--api URL] [--verbose]`: search and match
// quality against labelled judgements — by default the labelled set over the first batch, built
// into an index here; with --api, asked of a running board through its JSON API (import BOARD
// into it first with `npm run db:import`), as another program would.
import fs from "node:fs";
import { buildIndexFromFile, evaluateRankings, matchGrades, rankWithApi, rankWithIndex } from "../app/models/search-eval";

const args = process.argv.slice(2);
const apiAt = args.indexOf("--api");
const api = apiAt >= 0 ? args[apiAt + 1] : undefined;
if (apiAt >= 0 && !api) {
  console.error("--api needs the board's address, e.g. --api http://localhost:3000");
  process.exit(2);
}
const files = args.filter((a, i) => !a.startsWith("--") && (apiAt < 0 || i !== apiAt + 1));
const board = files[0] ?? "db/seed/first-batch.json";
const queriesFile = files[1] ?? "tests/fixtures/search-queries.json";
const matchesFile = files[2] ?? "tests/fixtures/seed-match-notes.json";

const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const matches = matchGrades(JSON.parse(fs.readFileSync(matchesFile, "utf8")));
const rankings = api ? await rankWithApi(api, queries, matches) : rankWithIndex(buildIndexFromFile(board), queries, matches);
const report = evaluateRankings(rankings, queries, matches);
const f = (n: number) => n.toFixed(3);
console.log(`${api ? `through the JSON API of ${api}` : `index built from ${board}`}; ${queriesFile}; ${matchesFile}`);
console.log(`search  (${report.search.queries} queries with answers): nDCG@10 ${f(report.search.ndcg10)}  MRR ${f(report.search.mrr)}  recall@10 ${f(report.search.recall10)}`);
console.log(`no-answer queries returning nothing: ${report.search.noneEmpty}/${report.search.noneTotal}`);
console.log(`match   (${report.match.pairs} scenarios): hit@3 ${f(report.match.hit3)}  nDCG@5 ${f(report.match.ndcg5)}`);
if (args.includes("--verbose") || process.env.VERBOSE) for (const line of report.failures) console.log(`  ${line}`);
