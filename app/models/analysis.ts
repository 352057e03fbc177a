// Text analysis for Chinese search: normalisation, CJK bigrams, Latin words, query words, pinyin keys.
import OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";

// Search needs characters, not phrases, converted: OpenCC's one-character tables (Hong Kong and
// Taiwan variants to traditional, traditional to simplified) make one lookup table and one
// regular expression, so text without traditional characters passes untouched.
function characterTable(dicts: (string | string[])[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const dict of dicts.flat()) {
    for (const pair of dict.split("|")) {
      const [from, to] = pair.split(" ");
      if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
    }
  }
  return table;
}
const toTraditional = characterTable([...(OpenCC.Locale.from.hk ?? []), ...(OpenCC.Locale.from.tw ?? [])] as string[][]);
const toSimplifiedChar = characterTable([...(OpenCC.Locale.to.cn ?? [])] as string[][]);
const simplifiedOf = new Map<string, string>(toSimplifiedChar);
for (const [variant, traditional] of toTraditional) simplifiedOf.set(variant, toSimplifiedChar.get(traditional) ?? traditional);
// A character that is itself the simplified form of another (么 for 麼) is left as it is; so is
// 著, written in simplified text (著录, 著作, 显著) though the Taiwan table takes it for 着.
const simplifiedForms = new Set([...simplifiedOf.values(), "著"]);
for (const [from, to] of simplifiedOf) if (from === to || simplifiedForms.has(from)) simplifiedOf.delete(from);
const TRADITIONAL = new RegExp(`[${[...simplifiedOf.keys()].join("")}]`, "gu");

// A measure written in Chinese after its number (0.3毫米, 5公里) is its symbol (0.3mm, 5km): two
// characters for two, so that offsets in the text stay where they were. Not 毫米波 without a number.
const UNIT_SYMBOLS: Record<string, string> = { 毫米: "mm", 厘米: "cm", 公里: "km", 千米: "km", 毫秒: "ms", 公斤: "kg", 千克: "kg" };
const MEASURES = new RegExp(`\\d(${Object.keys(UNIT_SYMBOLS).join("|")})`, "gu");
// The sign between the numbers of a size (640×512, 1920x1080, 3*3) is a space, whichever is typed:
// two numbers, not one word 640x512 that a listing's 640×512 never holds.
const DIMENSIONS = /(?<=\d)[x×*](?=\d)/gu;

/**
 * NFKC (ＶＲ → VR, ８Ｋ → 8K), lower case, traditional → simplified, a measure after a number to
 * its symbol (0.3毫米 → 0.3mm), the sign of a size a space (640×512 → 640 512), and an apostrophe within a
 * Latin word dropped (Bao'an → baoan, Hawk’s → hawks): one word, not two.
 */
export function normalize(text: string): string {
  const out = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(TRADITIONAL, (ch) => simplifiedOf.get(ch) ?? ch)
    .replace(MEASURES, (m, unit: string) => m.slice(0, -2) + UNIT_SYMBOLS[unit]!)
    .replace(DIMENSIONS, " ");
  return out.includes("'") || out.includes("’") ? out.replace(/([a-z])['’]([a-z])/g, "$1$2") : out;
}

// Characters that carry no meaning on their own in a listing or a query.
export const STOP_CHARS = new Set("的了和与及在是也或等为对把被从向以于其之这那个们我你他她它吗呢吧啊就都而且还又很更最将要会能可有无没不".split(""));

// Words of the query's own grammar, dropped from natural-language needs.
const STOP_WORDS = new Set([
  "我们", "我", "你们", "他们", "就是", "嗯", "呃", "哦", "然后", "谁家", "的话", "想", "想要", "想做", "希望", "需要", "要", "一个", "一些", "一下", "可以", "能够", "怎么",
  "怎么办", "如何", "什么", "哪些", "有没有", "有", "没有", "的", "了", "和", "与", "在", "是", "做", "搞", "弄", "用",
  "让", "给", "把", "找", "请问", "能", "会", "吗", "呢", "吧", "也", "都", "就", "还", "很", "比较", "进行", "相关",
  "方面", "问题", "情况", "时候", "这个", "那个", "这种", "之类", "东西", "帮", "帮忙", "帮助", "公司", "企业", "单位",
  "怎么", "办", "能不能", "可不可以", "不知道", "知道", "找谁", "一直", "总是", "老是", "已经", "现在", "以前", "还是",
  "看看", "想看", "想看看", "看一下", "看一看", "了解", "了解一下", "有啥", "啥", "有哪些", "有什么", "有没有人", "那种", "这样", "那样", "所以", "但是", "因为", "如果", "或者", "我们的", "他们的",
]);

/**
 * English words of a query's grammar, of asking, and the board's own place (which companies make
 * smart glasses in Bao'an): dropped as the Chinese ones are. Not the trade's short words (ar, it).
 */
const ENGLISH_STOP_WORDS = new Set([
  "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "from", "into", "about", "near",
  "which", "what", "who", "whom", "where", "when", "how", "that", "this", "these", "those", "there", "here",
  "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "would", "should", "will", "may",
  "we", "our", "us", "you", "your", "i", "my", "me", "they", "their", "them", "he", "she", "his", "her", "its",
  "any", "some", "all", "more", "most", "other", "such", "please", "want", "wants", "need", "needs", "looking", "look",
  "find", "get", "make", "makes", "making", "made", "offer", "offers", "provide", "provides", "supply", "supplies",
  "company", "companies", "firm", "firms", "supplier", "suppliers", "vendor", "vendors", "manufacturer", "manufacturers",
  "baoan", "shenzhen",
]);

const HAN = /\p{Script=Han}/u;
// Runs of Han characters, or of Latin letters and digits (8k, aigc, 5g, led, 360).
const RUNS = /(\p{Script=Han}+)|([a-z0-9]+(?:[.+][a-z0-9]+)*)/gu;

const pinyinCache = new Map<string, string>();
function pinyinOf(char: string): string {
  let p = pinyinCache.get(char);
  if (p === undefined) {
    p = pinyin(char, { toneType: "none", type: "array" })[0] ?? char;
    pinyinCache.set(char, p);
  }
  return p;
}

const MAX_READINGS_PER_CHAR = 3;
const readingsCache = new Map<string, string[]>();
/** Every reading of a character (at most three), its commonest first (藉: jie, ji). */
function readingsOf(char: string): string[] {
  let r = readingsCache.get(char);
  if (r === undefined) {
    const all = pinyin(char, { toneType: "none", type: "array", multiple: true });
    r = [...new Set([pinyinOf(char), ...all])].slice(0, MAX_READINGS_PER_CHAR);
    readingsCache.set(char, r);
  }
  return r;
}

/**
 * The pinyin keys of a Han bigram by every reading of its characters, its commonest first: a word
 * typed in pinyin may come out as a character read otherwise alone (古藉 for 古籍: 藉 is jiè and jí;
 * 银航 for 银行: 行 is xíng and háng).
 */
export function pinyinKeys(bigram: string): string[] {
  const [a, b] = [...bigram].map(readingsOf);
  if (!a || !b) return [pinyinKey(bigram)];
  return a.flatMap((x) => b.map((y) => `~${x}${y}`));
}

/**
 * The keys a listing's Han bigram is known by: its characters' commonest readings (pinyinKey) and,
 * where one has several, the bigram read as a word (校正 is jiào zhèng, though 校 alone is xiào),
 * so that a slip typed as the word sounds (较正) finds it. Not every reading: 家具 is no 家车 (jū).
 */
export function wordKeys(bigram: string): string[] {
  const key = pinyinKey(bigram);
  if (![...bigram].some((c) => readingsOf(c).length > 1)) return [key];
  const word = `~${pinyin(bigram, { toneType: "none", type: "array" }).join("")}`;
  return word === key ? [key] : [key, word];
}

/** The pinyin key of a Han bigram: homophone typos (内窥竟 / 内窥镜) share it. */
export function pinyinKey(bigram: string): string {
  let key = "~";
  for (const ch of bigram) key += pinyinOf(ch);
  return key;
}

/**
 * A syllable and those typed for it by the commonest slips of pinyin input (模糊音): front and back
 * nasals (yin · ying, shen · sheng, an · ang) and flat and curled initials (zi · zhi, ci · chi, si · shi).
 */
function fuzzySyllables(syllable: string): string[] {
  const out = [syllable];
  const initial = /^(zh|ch|sh|z|c|s)/.exec(syllable)?.[0];
  if (initial) out.push(initial.length === 2 ? initial[0]! + syllable.slice(2) : initial + "h" + syllable.slice(1));
  for (const p of [...out]) {
    if (/[aei]ng$/.test(p)) out.push(p.slice(0, -1));
    else if (/[aei]n$/.test(p)) out.push(p + "g");
  }
  return out;
}

/**
 * The pinyin keys a Han bigram may have been typed for with a slip of 模糊音 (医学印象 for 医学影像:
 * yin · ying), its own key not included.
 */
export function fuzzyKeys(bigram: string): string[] {
  const [a, b] = [...bigram].map((ch) => fuzzySyllables(pinyinOf(ch)));
  if (!a || !b) return [];
  const own = pinyinKey(bigram);
  return a.flatMap((x) => b.map((y) => `~${x}${y}`)).filter((k) => k !== own);
}

export type TermKind = "latin" | "bigram" | "single";

export function termKind(term: string): TermKind {
  if (!HAN.test(term)) return "latin";
  return [...term].length === 1 ? "single" : "bigram";
}

/**
 * Every term of a text as the index stores it: Han bigrams (a one-character run stays whole) and
 * Latin words. Repeats are kept: they count as term frequency. Single characters and pinyin are
 * not indexed: queries reach them through the vocabulary (see SearchIndex), which keeps the
 * index a third of the size.
 * `normalized`: the text has been through `normalize` already (the index keeps its texts so).
 */
export function indexTerms(text: string, normalized = false): string[] {
  const out: string[] = [];
  for (const m of (normalized ? text : normalize(text)).matchAll(RUNS)) {
    if (m[2]) {
      out.push(m[2]);
      continue;
    }
    const chars = [...m[1]!];
    if (chars.length === 1) {
      if (!STOP_CHARS.has(chars[0]!)) out.push(chars[0]!);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * Whether a bigram of a (normalised) text may sit inside a word somewhere in it: both characters
 * in one word of the segmenter, or one of them a word of one character (巡|检, 热|成像: words the
 * segmenter does not know). Across two words it knows (校负 in 学校|负责) it is no word.
 */
export function joinedIn(text: string, bigram: string): boolean {
  for (let i = text.indexOf(bigram); i >= 0; i = text.indexOf(bigram, i + 1)) {
    const from = Math.max(0, i - 8);
    const window = text.slice(from, i + 10);
    const at = i - from;
    let first: { start: number; length: number } | null = null;
    let second: { start: number; length: number } | null = null;
    for (const s of segmenter.segment(window)) {
      const span = { start: s.index, length: s.segment.length };
      if (s.index <= at && at < s.index + s.segment.length) first = span;
      if (s.index <= at + 1 && at + 1 < s.index + s.segment.length) second = span;
    }
    if (!first || !second) continue;
    if (first === second || first.length === 1 || second.length === 1) return true;
  }
  return false;
}

/** Whether the segmenter reads a text as one word (影像, 相机; not 延低). */
export function isWord(text: string): boolean {
  const segments = [...segmenter.segment(text)];
  return segments.length === 1 && segments[0]!.isWordLike === true;
}

/** Relative weights of term kinds: whole words and bigrams decide. */
export const KIND_WEIGHT: Record<TermKind, number> = { latin: 1.2, bigram: 1, single: 0.3 };
/** Bigrams that cross a word boundary (们景 in 我们景区) count for less. */
export const CROSS_WORD_WEIGHT = 0.35;

/**
 * Adds the weighted terms of a (normalised) text to `terms`, summing repeats: bigrams inside a
 * word count fully; bigrams across two known words (像监 of 影像 | 监测, held by chance or by the
 * same phrase) and words of grammar not at all. Used to find a listing's most telling terms.
 */
export function addTextTerms(terms: Map<string, number>, text: string, factor: number) {
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight * factor * KIND_WEIGHT[termKind(term)]);
  for (const m of text.matchAll(RUNS)) {
    if (m[2]) {
      add(m[2], 1);
      continue;
    }
    const chars: { char: string; word: number; known: boolean; stop: boolean }[] = [];
    let word = 0;
    for (const s of segmenter.segment(m[1]!)) {
      const stop = STOP_WORDS.has(s.segment);
      const known = [...s.segment].length > 1;
      for (const char of s.segment) chars.push({ char, word, known, stop });
      word++;
    }
    chars.forEach((c, i) => {
      const next = chars[i + 1];
      if (c.stop || !next || next.stop || (c.word !== next.word && c.known && next.known)) return;
      add(c.char + next.char, 1);
    });
  }
}

/** A word of the query: the unit that a listing matches wholly, partly or not at all. */
export type QueryUnit = {
  text: string;
  /** Position in the normalised query, for relating thesaurus terms to the words they stand for. */
  start: number;
  end: number;
  /** Bigrams of a Han word, the character of a one-character word, or the Latin word itself. */
  terms: string[];
  /** The pinyin key of each bigram (same order), for homophone typos; empty for Latin. */
  pinyin: string[];
};

export function unitOf(text: string, start: number): QueryUnit {
  const chars = [...text];
  if (!HAN.test(text)) return { text, start, end: start + text.length, terms: [text], pinyin: [] };
  if (chars.length === 1) return { text, start, end: start + text.length, terms: [text], pinyin: [] };
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  return { text, start, end: start + text.length, terms, pinyin: terms.map(pinyinKey) };
}

/**
 * Lone characters joined into one word (头|显|展|厅) may be two words the listings know (头显,
 * 展厅) with an unknown pair between them: the word is cut there, so that each is met on its
 * own. A typo (内窥竟) is not cut: one side is a single character or holds an unknown pair too.
 * Failing such a cut, one where a side holds a homophone typo of what the listings know (泥头车 |
 * 忙区 for 盲区), at a pair that does not sound like a known one either (a typo's own pair).
 */
function splitAtUnknown(
  w: { word: string; at: number },
  knows: (bigram: string) => boolean,
  sounds: (bigram: string) => boolean,
): { word: string; at: number }[] {
  const chars = [...w.word];
  if (chars.length < 4 || !HAN.test(w.word)) return [w];
  const cutAt = (holds: (bigram: string) => boolean) => {
    const all = (part: string[]) => part.every((c, i) => i === 0 || holds(part[i - 1]! + c));
    for (let i = 1; i + 2 < chars.length; i++) if (!holds(chars[i]! + chars[i + 1]!) && all(chars.slice(0, i + 1)) && all(chars.slice(i + 1))) return i;
    return -1;
  };
  let i = cutAt(knows);
  if (i < 0) i = cutAt((bigram) => knows(bigram) || sounds(bigram));
  if (i < 0) i = typoCut(chars, knows, sounds);
  if (i < 0) return [w];
  const head = chars.slice(0, i + 1).join("");
  return [{ word: head, at: w.at }, ...splitAtUnknown({ word: chars.slice(i + 1).join(""), at: w.at + head.length }, knows, sounds)];
}

/**
 * Where to cut a word whose every bigram the listings hold or a homophone of it (光服板隐裂: 光服 →
 * 光伏, 服板 → 伏板, but also 板隐 → 版印): at a bigram they do not hold as typed, with both
 * sides held that way, choosing the cut whose sides need the fewest mistyped characters. One
 * slip explains two bigrams in a row (服 in 光服, 服板); 光服 | 板隐裂 would need two. -1: none.
 */
function typoCut(chars: string[], knows: (bigram: string) => boolean, sounds: (bigram: string) => boolean): number {
  // Mistyped characters a part needs: each bigram held only by sound holds one; a slip at its
  // second character also covers the next bigram.
  const slips = (part: string[]) => {
    let n = 0;
    let covered = -1;
    for (let j = 1; j < part.length; j++) {
      const bigram = part[j - 1]! + part[j]!;
      if (knows(bigram)) continue;
      if (!sounds(bigram)) return Infinity;
      if (covered === j - 1) continue;
      n++;
      covered = j;
    }
    return n;
  };
  let best = -1;
  let fewest = Infinity;
  for (let i = 1; i + 2 < chars.length; i++) {
    if (knows(chars[i]! + chars[i + 1]!)) continue;
    const n = slips(chars.slice(0, i + 1)) + slips(chars.slice(i + 1));
    if (n < fewest) [best, fewest] = [i, n];
  }
  return best;
}

/**
 * The segmenter's words of a Han run, but where a thesaurus term lies across them (注塑|机|节|能
 * of 注塑机节能, 称|重治|超 of 称重治超) the term is one word (`term`), unless it overlaps
 * another term there (港口 · 口岸 of 港口岸电), cuts through a word the listings hold as the
 * segmenter has it (动车 would cut 车辆 of 电动车辆), is made of the segmenter's own words of two
 * characters or more (婚纱 | 摄影), or leaves beside it lone characters that name nothing (gapHolds):
 * then the run is cut as the segmenter has it.
 */
function termSegments(run: string, at: number, terms: { start: number; end: number }[], knows: (bigram: string) => boolean): { segment: string; term: boolean }[] {
  const words = [...segmenter.segment(run)].map((s) => ({ segment: s.segment, term: false, start: at + s.index, end: at + s.index + s.segment.length }));
  const inside = terms.filter((t) => t.start >= at && t.end <= at + run.length && t.end - t.start >= 2);
  const maximal = inside.filter((t) => !inside.some((o) => o !== t && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start));
  const chosen = maximal.filter((t) => {
    if (maximal.some((o) => (o.start !== t.start || o.end !== t.end) && o.start < t.end && t.start < o.end)) return false;
    const crossed = words.filter((w) => (w.start < t.start && w.end > t.start) || (w.start < t.end && w.end > t.end));
    // A term the segmenter's words make up is left to them (婚纱|摄影: each to be met), unless
    // they are lone characters (节|能), which would be joined to their neighbours.
    if (!crossed.length && words.some((w) => w.start >= t.start && w.end <= t.end && w.end - w.start > 1)) return false;
    return crossed.every((w) => {
      const chars = [...w.segment];
      return chars.length < 2 || !HAN.test(w.segment) || chars.some((c, i) => i > 0 && !knows(chars[i - 1]! + c));
    });
  });
  if (!chosen.length) return words;
  const out: { segment: string; term: boolean }[] = [];
  let offset = at;
  const gap = (end: number, after: boolean, before: boolean) => {
    const parts = [...segmenter.segment(run.slice(offset - at, end - at))].map((s) => ({ segment: s.segment, term: false, start: offset + s.index, end: offset + s.index + s.segment.length }));
    out.push(...parts);
    return gapHolds(parts, terms, knows, after, before);
  };
  for (const t of chosen.sort((a, b) => a.start - b.start)) {
    if (t.start < offset) continue;
    if (t.start > offset && !gap(t.start, offset > at, true)) return words;
    out.push({ segment: run.slice(t.start - at, t.end - at), term: true });
    offset = t.end;
  }
  if (offset < at + run.length && !gap(at + run.length, true, false)) return words;
  return out;
}

/**
 * Whether the words left beside the terms a run is cut at are words still: each run of lone
 * characters touching a term (`afterTerm`, `beforeTerm`) a part of another term (机 of 注塑 |
 * 机), a pair or more the listings hold, a character joined to a word beside it by a pair they
 * hold, or grammar (的, 做). Not 计 of 客流 | 计, nor 吊物盲区 of 塔机 | 吊物盲区: the cut leaves
 * something that names nothing. Lone characters apart from the terms are as they were uncut.
 */
function gapHolds(parts: { segment: string; start: number; end: number }[], terms: { start: number; end: number }[], knows: (bigram: string) => boolean, afterTerm: boolean, beforeTerm: boolean): boolean {
  const held = (text: string) => [...text].every((c, i, chars) => i === 0 || knows(chars[i - 1]! + c));
  for (let i = 0; i < parts.length; ) {
    if ([...parts[i]!.segment].length > 1 || !HAN.test(parts[i]!.segment)) {
      i++;
      continue;
    }
    let j = i;
    while (j < parts.length && [...parts[j]!.segment].length === 1 && HAN.test(parts[j]!.segment)) j++;
    if (!((afterTerm && i === 0) || (beforeTerm && j === parts.length))) {
      i = j;
      continue;
    }
    const lone = parts.slice(i, j);
    const text = lone.map((p) => p.segment).join("");
    const start = lone[0]!.start;
    const end = lone[lone.length - 1]!.end;
    const before = parts[i - 1];
    const after = parts[j];
    const ok =
      [...text].every((c) => STOP_CHARS.has(c) || STOP_WORDS.has(c)) ||
      (text.length > 1 && held(text)) ||
      terms.some((t) => t.start <= start && t.end >= end && t.end - t.start > end - start) ||
      (text.length === 1 && ((before && knows([...before.segment].at(-1)! + text)) || (after && knows(text + [...after.segment][0]!))));
    if (!ok) return false;
    i = j;
  }
  return true;
}

/**
 * The words of a normalised query. Han runs are cut by the ICU word segmenter and words of the
 * query's grammar dropped. The segmenter does not know the industry's words and cuts them up
 * (数字|人, 游泳|馆, 内|窥|竟): a lone character is joined to the word before it, or else to
 * the word after it, when the listings know that join (`knows` the bigram across it), so that
 * the whole term must be met; lone characters in a row make a word of their own.
 */
export function queryUnits(
  text: string,
  knows: (bigram: string) => boolean = () => true,
  /** Whether a bigram the listings do not hold sounds like one they do (a homophone typo). */
  sounds: (bigram: string) => boolean = () => false,
  /** Spans of `text` that are words whatever the segmenter says (the thesaurus's terms). */
  terms: { start: number; end: number }[] = [],
): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (const m of text.matchAll(RUNS)) {
    const at = m.index!;
    if (m[2]) {
      if (!ENGLISH_STOP_WORDS.has(m[2])) units.push(unitOf(m[2], at));
      continue;
    }
    // Stretches of kept words, split where a grammar word was dropped.
    const stretches: { word: string; at: number; term?: boolean }[][] = [[]];
    let offset = at;
    for (const s of termSegments(m[1]!, at, terms, knows)) {
      const word = s.segment;
      if (s.term) {
        stretches.push([{ word, at: offset, term: true }], []);
        offset += word.length;
        continue;
      }
      const lone = [...word].length === 1;
      const stretch = stretches[stretches.length - 1]!;
      const prev = stretch[stretch.length - 1];
      // A grammar character after a lone one, the two no pair the listings hold but one typed by
      // sound (巡和 for 巡河): a slip, not grammar.
      const slip = lone && prev && [...prev.word].length === 1 && prev.at + prev.word.length === offset && HAN.test(prev.word) && !knows(prev.word + word) && sounds(prev.word + word);
      if (!slip && (STOP_WORDS.has(word) || (lone && STOP_CHARS.has(word)))) stretches.push([]);
      else stretch.push({ word, at: offset });
      offset += word.length;
    }
    for (const stretch of stretches) {
      const words: { word: string; at: number; term?: boolean }[] = [];
      let pendingLone: { word: string; at: number } | null = null;
      for (const w of stretch) {
        const lone = [...w.word].length === 1;
        const prev = words[words.length - 1];
        const joins = (a: string, b: string) => knows([...a].at(-1)! + [...b][0]!);
        if (lone) {
          if (pendingLone) pendingLone.word += w.word;
          else if (prev && prev.at + prev.word.length === w.at && joins(prev.word, w.word)) prev.word += w.word;
          else pendingLone = { ...w };
        } else if (pendingLone && [...pendingLone.word].length === 1 && joins(pendingLone.word, w.word)) {
          words.push({ word: pendingLone.word + w.word, at: pendingLone.at });
          pendingLone = null;
        } else {
          // Two or more lone characters in a row are a word of their own (内窥竟, 夜游).
          if (pendingLone) words.push(pendingLone);
          pendingLone = null;
          words.push({ ...w });
        }
      }
      if (pendingLone) words.push(pendingLone);
      for (const w of words) for (const part of w.term ? [w] : splitAtUnknown(w, knows, sounds)) units.push(unitOf(part.word, part.at));
    }
  }
  return units;
}
