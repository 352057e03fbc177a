// Whether the board can serve: the database answers and the search index is in step with it.
import { sqlite } from "../utils/db.server";
import { searchIndex } from "./search.server";

export function healthReport(): { ok: boolean; database: string; search: string; listings?: number } {
  let database = "ok";
  try {
    sqlite.prepare("select 1").get();
  } catch (error) {
    database = (error as Error).message;
  }
  let search = "ok";
  let listings: number | undefined;
  try {
    listings = searchIndex().size;
  } catch (error) {
    search = (error as Error).message;
  }
  return { ok: database === "ok" && search === "ok", database, search, listings };
}
