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

  it("counts 对接意向 as the database holds them: per segment of the listing, organisations once each", async () => {
    const page = await (await fetch(`${server.url}/scenarios/CJ-003`)).text();
    const honeypot = /name="(name__confirm[^"]*)"/.exec(page)?.[1] ?? "name__confirm";
    const interest = (code: string, organization: string) =>
      fetch(`${server.url}/${code.startsWith("CJ") ? "scenarios" : "capabilities"}/${code}`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams({ intent: "interest", organization, contactName: "测试员", contactEmail: "t@example.cn", message: "我们可以承接这个项目。", [honeypot]: "" }),
      });
    for (const [code, org] of [["CJ-003", "甲公司"], ["CJ-003", "乙公司"], ["CJ-003", "甲公司"], ["NL-005", "丙单位"]] as const) {
      expect((await interest(code, org)).status).toBe(303);
    }
    const html = await (await fetch(`${server.url}/stats`)).text();
    const db = new Database(server.dbPath, { readonly: true });
    try {
      const total = (db.prepare("select count(*) n from interests").get() as { n: number }).n;
      expect(total).toBe(4);
      expect(html).toContain(`data-interests-total="${total}"`);
      for (const c of CATEGORIES) {
        for (const [kind, table] of [["scenario", "scenarios"], ["capability", "capabilities"]] as const) {
          const n = db
            .prepare(
              `select count(distinct i.listing_code || '|' || lower(i.organization)) n from interests i join ${table} l on l.code = i.listing_code where i.listing_kind = ? and l.category = ? and l.status = 'published'`,
            )
            .get(kind, c) as { n: number };
          expect(html, `${kind} ${c}`).toContain(`data-cell="interest:${kind}:${c}">${n.n}<`);
        }
      }
    } finally {
      db.close();
    }
  });

  it("is complete in English", async () => {
    const html = await (await fetch(`${server.url}/stats`, { headers: { Cookie: await languageCookie(server.url, "en") } })).text();
    expect(html).toContain("Supply and demand by segment");
    expect(html).toContain("Culture &amp; Tourism");
  });
});
