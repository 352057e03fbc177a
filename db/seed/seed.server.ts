// Loads the first batch of demonstration listings into an empty board, through the importer.
import { sql } from "drizzle-orm";
import { describeProblem, importBoard } from "../../app/models/import.server";
import type { Db } from "../../app/utils/database.server";
import { capabilities, scenarios } from "../schema";
import firstBatch from "./first-batch.json";

export function isBoardEmpty(db: Db) {
  const [s] = db.select({ n: sql<number>`count(*)` }).from(scenarios).all();
  const [c] = db.select({ n: sql<number>`count(*)` }).from(capabilities).all();
  return (s?.n ?? 0) === 0 && (c?.n ?? 0) === 0;
}

export function seedIfEmpty(db: Db) {
  if (!isBoardEmpty(db)) return false;
  const result = importBoard(db, firstBatch, { demo: true });
  if (!result.ok) {
    // The seed ships with the code: a broken seed is a bug, not a user error.
    throw new Error(`The first batch does not validate:\n${result.problems.map(describeProblem).join("\n")}`);
  }
  return true;
}
