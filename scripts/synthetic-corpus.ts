// A deterministic synthetic board for benchmarking search (npm run bench): listings recombined from
// the first batch's titles, tags, description clauses, publishers and organisations, so that terms
// occur in about the proportions they do on the real board. Not for quality evaluation.
import fs from "node:fs";
import type { capabilityDoc, scenarioDoc } from "../app/models/search-index";
import { CATEGORIES, DOMAINS } from "../app/models/vocabulary";

export type SyntheticScenario = Parameters<typeof scenarioDoc>[0];
export type SyntheticCapability = Parameters<typeof capabilityDoc>[0];
export type SyntheticCorpus = { scenarios: SyntheticScenario[]; capabilities: SyntheticCapability[] };

type SeedScenario = { code: string; title: string; publisher: string; category: string; domain: string; tags: string[]; description: string; location?: string | null };
type SeedCapability = { code: string; title: string; organization: string; category: string; domains: string[]; tags: string[]; description: string; cases?: string | null };

const FIRST_BATCH = new URL("../db/seed/first-batch.json", import.meta.url);
const THESAURUS = new URL("../db/seed/thesaurus.json", import.meta.url);

/** mulberry32: a small, fast, seedable PRNG (32-bit state). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;
const len = (s: string) => [...s].length;
function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// 宝安's streets and some of their communities, for publishers and locations.
const STREETS = ["新安", "西乡", "航城", "福永", "福海", "沙井", "新桥", "松岗", "燕罗", "石岩"];
const COMMUNITIES = [
  "海裕", "上川", "宝民", "翻身", "灵芝", "流塘", "固戍", "臣田", "黄田", "鹤洲", "凤凰", "桥头", "塘尾", "怀德",
  "白石厦", "新和", "和平", "福围", "沙井", "后亭", "蚝乡", "上寮", "潭头", "楼岗", "罗田", "塘下涌", "浪心", "官田",
  "水田", "龙腾",
];
const SCHOOLS = ["实验学校", "中学", "小学", "外国语学校", "职业技术学校", "幼儿园"];

/** Clauses of a description, each with its closing punctuation (，。；). */
function clauses(text: string): string[] {
  return (text.match(/[^，。；]+[，。；]?/g) ?? []).map((c) => c.trim()).filter((c) => len(c) >= 4);
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const isLatin = (s: string) => /^[A-Za-z0-9.+]+$/.test(s);

/**
 * Places a title can be cut without splitting a word: where ICU is confident (two words of two or
 * more characters meet) or where Latin meets Han. ICU cuts the industry's words up (内|窥|镜), so
 * boundaries next to lone characters are not trusted.
 */
function safeCuts(title: string): number[] {
  const segs = [...segmenter.segment(title)].map((s) => s.segment);
  const cuts: number[] = [];
  let at = 0;
  for (let i = 0; i + 1 < segs.length; i++) {
    at += segs[i]!.length;
    const a = segs[i]!;
    const b = segs[i + 1]!;
    if ((len(a) >= 2 && len(b) >= 2) || isLatin(a) !== isLatin(b)) cuts.push(at);
  }
  return cuts.filter((c) => c >= 2 && title.length - c >= 2);
}

/** Numbers as on the board but not the same every time (1.5公里, 2000人次, 2027年), within ±50 %; 8K, 5G, 360 stay. */
function varyNumbers(rng: Rng, text: string): string {
  return text.replace(/(?<![A-Za-z0-9.])\d+(?![A-Za-z0-9])/g, (d) => {
    if (d === "360" || d === "720") return d;
    if (/^20[12]\d$/.test(d)) return String(int(rng, 2024, 2028));
    const n = Number(d);
    return String(Math.max(1, Math.round(n * (0.5 + rng()))));
  });
}

type Source = {
  title: string;
  cuts: number[];
  tags: string[];
  clauses: string[];
  category: string;
  domains: string[];
  /** Thesaurus terms the listing mentions, for the occasional synonym a publisher uses as a tag. */
  mentions: string[];
};

type Material = {
  scenarios: Source[];
  capabilities: Source[];
  /** Same-kind listings sharing a category or a domain, by index. */
  siblings: { scenarios: number[][]; capabilities: number[][] };
  publishers: string[];
  locations: string[];
  orgStems: string[];
  orgTrades: string[];
  brands: string[];
  cases: string[];
};

let material: Material | null = null;

function loadMaterial(): Material {
  if (material) return material;
  const batch = JSON.parse(fs.readFileSync(FIRST_BATCH, "utf8")) as { scenarios: SeedScenario[]; capabilities: SeedCapability[] };
  const groups = (JSON.parse(fs.readFileSync(THESAURUS, "utf8")) as { groups: string[][] }).groups;
  const mentionsOf = (text: string) => {
    const lower = text.toLowerCase();
    const out = new Set<string>();
    // A tag is at most 20 characters (the contract): long English names (computer-aided diagnosis) stay out.
    for (const g of groups) if (g.some((t) => !isLatin(t) && lower.includes(t))) for (const t of g) if ((!isLatin(t) || t.length > 2) && [...t].length <= 20) out.add(t);
    return [...out];
  };
  const source = (l: SeedScenario | SeedCapability, domains: string[]): Source => ({
    title: l.title,
    cuts: safeCuts(l.title),
    tags: l.tags,
    clauses: clauses(l.description),
    category: l.category,
    domains,
    mentions: mentionsOf(`${l.title} ${l.tags.join(" ")} ${l.description}`),
  });
  const scenarios = batch.scenarios.map((s) => source(s, [s.domain]));
  const capabilities = batch.capabilities.map((c) => source(c, c.domains));
  const siblingsOf = (xs: Source[]) =>
    xs.map((x, i) => {
      const near = xs.map((_, j) => j).filter((j) => j !== i && (xs[j]!.category === x.category || xs[j]!.domains.some((d) => x.domains.includes(d))));
      return near.length ? near : xs.map((_, j) => j).filter((j) => j !== i);
    });

  // Organisations: 深圳市 / 宝安 + a two-character name + a trade (光迹 + 影像科技), recombined;
  // the first batch's "（示例）" marker is left out, it is not how real listings read.
  const orgStems = new Set<string>();
  const orgTrades = new Set<string>();
  const brands: string[] = [];
  for (const c of batch.capabilities) {
    const m = c.organization.match(/^(?:深圳市|宝安)(\p{Script=Han}{2})(\p{Script=Han}+?)有限公司/u);
    if (m) {
      orgStems.add(m[1]!);
      orgTrades.add(m[2]!);
    } else brands.push(c.organization);
  }
  return (material = {
    scenarios,
    capabilities,
    siblings: { scenarios: siblingsOf(scenarios), capabilities: siblingsOf(capabilities) },
    publishers: batch.scenarios.map((s) => s.publisher),
    locations: batch.scenarios.map((s) => s.location ?? ""),
    orgStems: [...orgStems],
    orgTrades: [...orgTrades],
    brands,
    cases: batch.capabilities.map((c) => (c.cases ?? "").replace(/（示例）/g, "")).filter(Boolean),
  });
}

const balanced = (t: string) => (t.match(/[（(]/g) ?? []).length === (t.match(/[）)]/g) ?? []).length;

function title(rng: Rng, theme: Source, sibling: Source): string {
  for (let attempt = 0; attempt < 6; attempt++) {
    const r = rng();
    let t: string;
    if (r < 0.15) t = theme.title;
    else if (r < 0.4) t = `${pick(rng, STREETS)}${chance(rng, 0.5) ? "街道" : pick(rng, COMMUNITIES) + "社区"}${theme.title}`;
    else if (r < 0.75 && theme.cuts.length && sibling.cuts.length) {
      // 海上田园景区夜游 + 数字化保护与展示
      t = theme.title.slice(0, pick(rng, theme.cuts)) + sibling.title.slice(pick(rng, sibling.cuts));
    } else if (sibling.cuts.length) {
      // A tag of the theme + the end of a neighbour's title: 光影秀 + 线上导览
      t = pick(rng, theme.tags) + sibling.title.slice(pick(rng, sibling.cuts));
    } else t = theme.title;
    t = varyNumbers(rng, t);
    // No stutter where two parts overlap (厂房改造 + 改造).
    if (len(t) >= 6 && len(t) <= 22 && !/(\p{Script=Han}{2})\1/u.test(t) && balanced(t)) return t;
  }
  return varyNumbers(rng, theme.title);
}

function tags(rng: Rng, theme: Source, sibling: Source): string[] {
  const r = rng();
  const count = r < 0.2 ? 3 : r < 0.65 ? 4 : r < 0.9 ? 5 : 6;
  const out = new Set<string>();
  const own = shuffle(rng, theme.tags);
  for (const t of own.slice(0, int(rng, 2, Math.min(4, own.length)))) out.add(t);
  if (theme.mentions.length && chance(rng, 0.25)) out.add(pick(rng, theme.mentions));
  let guard = 0;
  while (out.size < count && guard++ < 20) out.add(pick(rng, chance(rng, 0.4) ? sibling.tags : theme.tags));
  return [...out].slice(0, 6);
}

/**
 * 80–300 characters (median about 160; the board's are 90–190): a run of the listing's own clauses,
 * and when it wants more, further clauses of its own and then of one neighbour. No clause twice.
 */
function description(rng: Rng, theme: Source, neighbour: Source): string {
  const target = Math.round(80 + 220 * rng() ** 1.6);
  const parts: string[] = [];
  const used = new Set<string>();
  let size = 0;
  const take = (src: Source, from: number, skip: number) => {
    for (let i = from; i < src.clauses.length && size < target; i++) {
      const c = src.clauses[i]!;
      if (used.has(c) || (parts.length > 0 && chance(rng, skip))) continue;
      const v = varyNumbers(rng, c);
      if (size + len(v) > 300) continue;
      used.add(c);
      parts.push(v);
      size += len(v);
    }
  };
  take(theme, int(rng, 0, Math.max(0, theme.clauses.length - 3)), 0.25);
  if (size < target) take(theme, 0, 0.25);
  if (size < target) take(neighbour, int(rng, 0, Math.max(0, neighbour.clauses.length - 3)), 0.25);
  if (size < 80) take(theme, 0, 0);
  if (size < 80) take(neighbour, 0, 0);
  // Close the last clause as a sentence.
  const text = parts.join("").replace(/[，；]$/, "");
  return /。$/.test(text) ? text : `${text}。`;
}

function publisher(rng: Rng, m: Material, theme: string): string {
  const r = rng();
  if (r < 0.55) return theme;
  if (r < 0.75) return pick(rng, m.publishers);
  if (r < 0.88) return `${pick(rng, STREETS)}街道${pick(rng, COMMUNITIES)}社区工作站`;
  return `宝安区第${int(rng, 1, 120)}${pick(rng, SCHOOLS)}`;
}

function location(rng: Rng, m: Material, theme: string | null): string | null {
  const r = rng();
  if (r < 0.05) return null;
  if (r < 0.5) return theme;
  if (r < 0.8) return `宝安区${pick(rng, STREETS)}街道`;
  return `宝安区${pick(rng, STREETS)}街道${pick(rng, COMMUNITIES)}社区`;
}

function organization(rng: Rng, m: Material): string {
  if (chance(rng, 0.1)) return pick(rng, m.brands);
  return `${chance(rng, 0.7) ? "深圳市" : "宝安"}${pick(rng, m.orgStems)}${pick(rng, m.orgTrades)}有限公司`;
}

function scenarioDomain(rng: Rng, theme: Source, sibling: Source) {
  const r = rng();
  return r < 0.8 ? theme.domains[0]! : r < 0.9 ? sibling.domains[0]! : pick(rng, DOMAINS);
}

function capabilityDomains(rng: Rng, theme: Source): string[] {
  const ds = new Set(theme.domains);
  const r = rng();
  if (r < 0.15) ds.add(pick(rng, DOMAINS));
  else if (r < 0.3 && ds.size > 1) ds.delete(pick(rng, [...ds]));
  return [...ds].slice(0, 4);
}

const code = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(6, "0")}`;

/**
 * `n` listings, half scenarios (S-000001 …) and half capabilities (C-000001 …), the same for the
 * same `n` and `seed`. Each listing takes its topic from one first-batch listing of its kind and
 * mixes in title parts, tags and clauses of listings that share its category or a domain.
 */
export function syntheticCorpus(n: number, seed = 1): SyntheticCorpus {
  const m = loadMaterial();
  const rng = mulberry32(seed);
  const scenarios: SyntheticScenario[] = [];
  const capabilities: SyntheticCapability[] = [];
  const nScenarios = Math.ceil(n / 2);
  for (let i = 0; i < nScenarios; i++) {
    const t = int(rng, 0, m.scenarios.length - 1);
    const theme = m.scenarios[t]!;
    const near = m.siblings.scenarios[t]!.map((j) => m.scenarios[j]!);
    const sibling = pick(rng, near);
    scenarios.push({
      code: code("S", i),
      title: title(rng, theme, sibling),
      publisher: publisher(rng, m, m.publishers[t]!),
      category: chance(rng, 0.85) ? theme.category : pick(rng, CATEGORIES),
      domain: scenarioDomain(rng, theme, sibling),
      tags: tags(rng, theme, sibling),
      description: description(rng, theme, pick(rng, near)),
      location: location(rng, m, m.locations[t] || null),
    });
  }
  for (let i = 0; i < n - nScenarios; i++) {
    const t = int(rng, 0, m.capabilities.length - 1);
    const theme = m.capabilities[t]!;
    const near = m.siblings.capabilities[t]!.map((j) => m.capabilities[j]!);
    const sibling = pick(rng, near);
    const r = rng();
    const cases =
      r < 0.07 ? varyNumbers(rng, pick(rng, m.cases)) : r < 0.15 ? `已为${pick(rng, m.publishers)}等单位提供${pick(rng, theme.tags)}服务（${int(rng, 2023, 2026)}年）。` : null;
    capabilities.push({
      code: code("C", i),
      title: title(rng, theme, sibling),
      organization: organization(rng, m),
      category: chance(rng, 0.85) ? theme.category : pick(rng, CATEGORIES),
      domains: capabilityDomains(rng, theme),
      tags: tags(rng, theme, sibling),
      description: description(rng, theme, pick(rng, near)),
      cases,
    });
  }
  return { scenarios, capabilities };
}
