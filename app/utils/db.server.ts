// The app's one database client: opened, migrated and (when empty) seeded once per process.
import { seedIfEmpty } from "../../db/seed/seed.server";
import { openDatabase } from "./database.server";
import { env } from "./env.server";

export type { Db } from "./database.server";

function init() {
  const opened = openDatabase(env.DATABASE_PATH);
  if (env.SEED_FIRST_BATCH) seedIfEmpty(opened.db);
  return opened;
}

// Kept on globalThis so the dev server's module reloads reuse the open connection.
const store = globalThis as unknown as { __boardDb?: ReturnType<typeof init> };
store.__boardDb ??= init();

export const db = store.__boardDb.db;
export const sqlite = store.__boardDb.sqlite;
