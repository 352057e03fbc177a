// Tools for the search and matching tests: reading the /search page's HTML, writing to the
// server's database from outside, and running the import command against it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type ApiHit = { type: "scenario" | "capability"; code: string; title: string; score: number };
export type MatchHitJson = ApiHit & { reasons: string[] };

/** Undoes the HTML escaping React applies to text and attribute values. */
export function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Text content of an HTML fragment: tags and React's `<!-- -->` separators removed, entities decoded. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, ""));
}

function section(html: string, start: RegExp, end: string): string {
  const m = start.exec(html);
  if (!m) return "";
  const from = m.index;
  const to = html.indexOf(end, from);
  return html.slice(from, to < 0 ? undefined : to + end.length);
}

export type CountLink = { href: string; label: string; count: number; current: boolean };

function countLinks(fragment: string): CountLink[] {
  const out: CountLink[] = [];
  for (const m of fragment.matchAll(/<a ([^>]*)>(.*?)<\/a>/gs)) {
    const attrs = m[1]!;
    const count = /<span class="count">(\d+)<\/span>/.exec(m[2]!);
    if (!count) continue;
    out.push({
      href: unescapeHtml(/href="([^"]*)"/.exec(attrs)![1]!),
      label: textOf(m[2]!.replace(/<span class="count">\d+<\/span>/, "")).trim(),
      count: Number(count[1]),
      current: /aria-current="(page|true)"/.test(attrs),
    });
  }
  return out;
}

/** The type tabs of a /search page (全部, 场景需求, 能力) with their links and counts. */
export function typeTabs(html: string): CountLink[] {
  return countLinks(section(html, /<nav class="type-tabs"/, "</nav>"));
}

/** The category and domain facet links of a /search page with their counts ("全部…" links have none and are left out). */
export function facetLinks(html: string): { category: CountLink[]; domain: CountLink[] } {
  const facets = section(html, /<section class="filters facets"/, "</section>");
  const [categoryPart = "", domainPart = ""] = facets.split(/<h3>[^<]*<\/h3>/).slice(1);
  return { category: countLinks(categoryPart), domain: countLinks(domainPart) };
}

/** The total a /search page states in its results heading (“q”共找到 N 项 / N results for "q"). */
export function statedTotal(html: string): number {
  const heading = section(html, /<h2 id="results-title"/, "</h2>");
  const m = /共找到 (\d+) 项|(\d+) results? for/.exec(textOf(heading));
  if (!m) throw new Error(`no results heading with a count in the page:\n${heading || html.slice(0, 500)}`);
  return Number(m[1] ?? m[2]);
}

export type ResultCard = { kind: string; code: string; titleHtml: string; snippetHtml: string; title: string; href: string; answers: string | null };

/** The result cards of a /search page, in order. */
export function resultCards(html: string): ResultCard[] {
  const list = section(html, /<ol class="cards">/, "</ol>");
  return list
    .split(/<article class="card"/)
    .slice(1)
    .map((card) => {
      const titleHtml = /<h3 class="card-title"[^>]*>(.*?)<\/h3>/s.exec(card)?.[1] ?? "";
      return {
        kind: /badge-kind-(\w+)/.exec(card)?.[1] ?? "",
        code: /<span class="code">([^<]+)<\/span>/.exec(card)?.[1] ?? "",
        titleHtml,
        snippetHtml: /<p class="card-text">(.*?)<\/p>/s.exec(card)?.[1] ?? "",
        // The hit this card answers, when it was found through matching rather than the words.
        answers: unescapeHtml(/<p class="card-answers">.*?<a [^>]*?href="([^"]*)"/s.exec(card)?.[1] ?? "") || null,
        title: textOf(titleHtml),
        href: unescapeHtml(/href="([^"]*)"/.exec(titleHtml)?.[1] ?? ""),
      };
    });
}

/** The words inside <mark> in an HTML fragment. */
export function marks(html: string): string[] {
  return [...html.matchAll(/<mark>(.*?)<\/mark>/gs)].map((m) => textOf(m[1]!));
}

/** The links of a page's pagination: page number → href. */
export function paginationLinks(html: string): Map<number, string> {
  const nav = section(html, /<nav class="pagination"/, "</nav>");
  const out = new Map<number, string>();
  for (const m of nav.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(\d+)<\/a>/g)) out.set(Number(m[2]), unescapeHtml(m[1]!));
  return out;
}

/** The match panel of a listing page: codes in order, with their reasons. */
export function matchPanelItems(html: string): { code: string; title: string; reasons: string[] }[] {
  const panel = section(html, /<section class="match-panel"/, "</section>");
  return panel
    .split(/<li class="match-item">/)
    .slice(1)
    .map((item) => ({
      code: /<span class="code">([^<]+)<\/span>/.exec(item)?.[1] ?? "",
      title: textOf(/<p class="match-title">\s*<a [^>]*>(.*?)<\/a>/s.exec(item)?.[1] ?? ""),
      reasons: [...(section(item, /<ul class="match-reasons">/, "</ul>").matchAll(/<li>(.*?)<\/li>/gs) ?? [])].map((m) =>
        textOf(m[1]!),
      ),
    }));
}

// ---------------------------------------------------------------------------------------------
// The server's database, changed from outside the server (as another process would)

export const NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/** Runs statements on the database file in one short-lived connection, as another process would. */
export function writeDb(dbPath: string, statements: { sql: string; params?: unknown[] }[]): void {
  const db = new Database(dbPath);
  try {
    db.pragma("busy_timeout = 5000");
    db.transaction(() => {
      for (const s of statements) db.prepare(s.sql).run(...(s.params ?? []));
    })();
  } finally {
    db.close();
  }
}

export function setStatus(dbPath: string, kind: "scenario" | "capability", code: string, status: string): void {
  const table = kind === "scenario" ? "scenarios" : "capabilities";
  writeDb(dbPath, [{ sql: `UPDATE ${table} SET status = ?, updated_at = ${NOW_SQL} WHERE code = ?`, params: [status, code] }]);
}

export type NewCapability = {
  code: string;
  title: string;
  category: string;
  tags: string[];
  description: string;
  organization: string;
  domains: string[];
  maturity: string;
  status: string;
};

/** Inserts a capability row directly (created_at/updated_at take their defaults: now). */
export function insertCapability(dbPath: string, c: NewCapability): void {
  writeDb(dbPath, [
    {
      sql: `INSERT INTO capabilities (code, title, category, tags, description, status, organization, domains, maturity, batch)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '测试批')`,
      params: [c.code, c.title, c.category, JSON.stringify(c.tags), c.description, c.status, c.organization, JSON.stringify(c.domains), c.maturity],
    },
  ]);
}

/** `npm run db:import -- FILE` with DATABASE_PATH set, as the district's staff run it (asynchronous: the server keeps answering). */
export function runImport(dbPath: string, data: unknown, dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const file = path.join(dir, `import-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(data));
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:import", "--", file], {
      env: { ...process.env, DATABASE_PATH: dbPath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
