// Atom feeds of newly published listings (RFC 4287), filtered like the list pages.
import type { Messages } from "../locales/zh-CN";
import { listQueryToSearch } from "./list-query";
import { recentCapabilities, recentScenarios, type Capability, type ListFilters, type Scenario } from "./listing.server";
import type { Kind } from "./vocabulary";

export const FEED_SIZE = 50;

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const XML_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[<>&'"]/g, (c) => XML_ENTITIES[c]!);
}

type FeedInput = { kind: Kind; origin: string; filters: ListFilters; t: Messages; lang: string };

export function atomFeed({ kind, origin, filters, t, lang }: FeedInput): string {
  const path = kind === "scenario" ? "scenarios" : "capabilities";
  const search = listQueryToSearch(filters);
  const listings: (Scenario | Capability)[] = kind === "scenario" ? recentScenarios(filters, FEED_SIZE) : recentCapabilities(filters, FEED_SIZE);
  const selfUrl = `${origin}/feeds/${path}.atom${search}`;
  const title = `${t.site.name} · ${kind === "scenario" ? t.list.scenariosTitle : t.list.capabilitiesTitle}`;
  // A feed's updated time is its newest entry's; an empty feed says when it was asked for.
  const updated = listings.reduce((max, l) => (l.updatedAt > max ? l.updatedAt : max), "") || new Date().toISOString();
  const entries = listings.map((l) => {
    const url = `${origin}/${path}/${encodeURIComponent(l.code)}`;
    const who = "publisher" in l ? l.publisher : l.organization;
    const domains = "domain" in l ? [l.domain] : l.domains;
    return [
      "  <entry>",
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${l.title}（${l.code}）`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${escapeXml(l.publishedAt ?? l.updatedAt)}</published>`,
      `    <updated>${escapeXml(l.updatedAt)}</updated>`,
      `    <author><name>${escapeXml(who)}</name></author>`,
      `    <category term="${escapeXml(l.category)}" label="${escapeXml(t.vocab.category[l.category])}"/>`,
      ...domains.map((d) => `    <category term="${escapeXml(d)}" label="${escapeXml(t.vocab.domain[d])}"/>`),
      `    <summary type="text">${escapeXml(l.description)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(t.site.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/${path}${search}`)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(t.site.footer)}</name></author>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
