// The first batch as the tests read it: the same file the board seeds from.
import fs from "node:fs";

export type SeedScenario = { code: string; title: string; category: string; domain: string; deadline?: string; [k: string]: unknown };
export type SeedCapability = { code: string; title: string; category: string; domains: string[]; maturity: string; [k: string]: unknown };

export const firstBatch = JSON.parse(fs.readFileSync("db/seed/first-batch.json", "utf8")) as {
  scenarios: SeedScenario[];
  capabilities: SeedCapability[];
};

/** The codes in the order a list page shows them. */
export function codesOf(items: { code: string }[]): string[] {
  return items.map((i) => i.code);
}

/** The listing codes printed on an HTML list page, in order. */
export function codesOnPage(html: string): string[] {
  return [...html.matchAll(/<span class="code">([^<]+)<\/span>/g)].map((m) => m[1]!);
}
