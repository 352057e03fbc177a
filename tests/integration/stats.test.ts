// /stats shows the database's own figures: every cell of both grids and the per-segment totals.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS } from "../../app/models/vocabulary";
import { languageCookie, startServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

describe("/stats", () => {
  it("counts what the database holds, cell by cell", async () => {
    const html = await (await fetch(`${server.url}/stats`)).text();
    const db = new Database(server.dbPath, { readonly: true });
    try {
      for (const c of CATEGORIES) {
        for (const d of DOMAINS) {
          const s = db.prepare("select count(*) n from scenarios where status='published' and category=? and domain=?").get(c, d) as { n: number };
          const k = db
            .prepare("select count(*) n from capabilities, json_each(capabilities.domains) where status='published' and category=? and json_each.value=?")
            .get(c, d) as { n: number };
          expect(html, `scenario ${c} ${d}`).toContain(`data-cell="scenario:${c}:${d}">${s.n}<`);
          expect(html, `capability ${c} ${d}`).toContain(`data-cell="capability:${c}:${d}">${k.n}<`);
        }
      }
      const months = db.prepare("select substr(published_at, 1, 7) m, count(*) n from scenarios where status='published' group by m").all() as { m: string; n: number }[];
      expect(months.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect(html).toContain("<svg");
    expect((html.match(/<table/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it("is complete in English", async () => {
    const html = await (await fetch(`${server.url}/stats`, { headers: { Cookie: await languageCookie(server.url, "en") } })).text();
    expect(html).toContain("Supply and demand by segment");
    expect(html).toContain("Culture &amp; Tourism");
  });
});
