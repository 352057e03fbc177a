// The search index over listings of both kinds (MiniSearch), its query planning, score floor and matching.
import MiniSearch from "minisearch";
import { CROSS_WORD_WEIGHT, KIND_WEIGHT, STOP_CHARS, addTextTerms, fuzzyKeys, indexTerms, isWord, joinedIn, normalize, pinyinKey, pinyinKeys, queryUnits, wordKeys, termKind, unitOf, type QueryUnit } from "./analysis";
import { Thesaurus } from "./thesaurus";
import type { Kind } from "./vocabulary";

export type SearchDoc = {
  kind: Kind;
  code: string;
  title: string;
  tags: string[];
  /** Description and the other words of the listing: publisher or organisation, location, cases. */
  body: string;
  category: string;
  /** A scenario's one domain, a capability's domains. */
  domains: string[];
  /** Demonstration data (the seeded first batch): ranked below the official listings, when there are any. */
  demo?: boolean;
};

type ListingFields = { code: string; title: string; tags: string[]; description: string; category: string; demo?: boolean | null };

/** A scenario (a database row or an import record) as the index sees it. */
/**
 * A publisher's or company's name without the mark of a made-up one (宝安区人民医院（示例）): the
 * mark is no word of what the listing is about, and as a word of the index it was a slip's reading
 * for any query that sounds like it (视力 → 示例).
 */
function unmarked(name: string): string {
  return name.replace(/[（(]\s*示例\s*[）)]/gu, "");
}

export function scenarioDoc(s: ListingFields & { publisher: string; domain: string; location?: string | null }): SearchDoc {
  return {
    kind: "scenario",
    code: s.code,
    title: s.title,
    tags: s.tags,
    body: [s.description, unmarked(s.publisher), s.location ?? ""].join("\n"),
    category: s.category,
    domains: [s.domain],
    demo: Boolean(s.demo),
  };
}

/** A capability as the index sees it. */
export function capabilityDoc(c: ListingFields & { organization: string; domains: string[]; cases?: string | null }): SearchDoc {
  return {
    kind: "capability",
    code: c.code,
    title: c.title,
    tags: c.tags,
    body: [c.description, unmarked(c.organization), c.cases ?? ""].join("\n"),
    category: c.category,
    domains: c.domains,
    demo: Boolean(c.demo),
  };
}

/** What the index keeps of a listing, its texts normalised: enough to remove it again and to explain a match. */
type IndexedDoc = { id: string; kind: Kind; code: string; title: string; tags: string; body: string; category: string; domains: string[] };

export type SearchHit = {
  kind: Kind;
  code: string;
  title: string;
  category: string;
  domains: string[];
  score: number;
  /** The query's terms this listing contains, for highlighting. */
  matched: string[];
  /** Found not by the query's words but as a match of this hit (a capability for a demand). */
  answers?: { kind: Kind; code: string; title: string };
};

export type SearchFilters = {
  kind?: Kind | null;
  category?: string | null;
  domain?: string | null;
  /** The query as typed only, never read with a slip put right (the page's 仍按…搜索). */
  asTyped?: boolean;
};

export type MatchReason =
  | { type: "terms"; terms: string[] }
  | { type: "category"; category: string }
  | { type: "domain"; domain: string };

export type MatchHit = { kind: Kind; code: string; title: string; score: number; reasons: MatchReason[] };

const FIELD_BOOST = { title: 3, tags: 2, body: 1 };
/** The same boosts by MiniSearch field id (title 0, tags 1, body 2). */
const FIELD_BOOSTS = [FIELD_BOOST.title, FIELD_BOOST.tags, FIELD_BOOST.body];
/** MiniSearch's BM25+ parameters (its defaults). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The parts of MiniSearch's state the scorer reads (stable across MiniSearch 7). */
type MiniInternals = {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined; atPrefix(prefix: string): { keys(): Iterable<string> } };
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _idToShortId: Map<string, number>;
  _storedFields: Map<number, Record<string, unknown>>;
};

/** Per-listing score and matched-term bits, by MiniSearch's short document id, reused across queries. */
class Accumulator {
  scores: Float64Array;
  bits: Uint32Array;
  /** How many of the query's terms each listing holds. */
  met: Uint16Array;
  /** The listings touched by the current use, `used` of them. */
  touched: Int32Array;
  used = 0;
  words = 1;
  private flags: Uint8Array;
  constructor(
    readonly size: number,
    readonly maxWords: number,
  ) {
    this.scores = new Float64Array(size);
    this.met = new Uint16Array(size);
    this.bits = new Uint32Array(size * maxWords);
    this.touched = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }
  seen(doc: number) {
    return this.flags[doc] === 1;
  }
  has(doc: number, term: number) {
    return (this.bits[doc * this.words + (term >>> 5)]! & (1 << (term & 31))) !== 0;
  }
  hasAny(doc: number, terms: number[]) {
    for (const t of terms) if (this.has(doc, t)) return true;
    return false;
  }
  mark(doc: number) {
    this.flags[doc] = 1;
    this.touched[this.used++] = doc;
  }
  /** Clears what the last use touched. */
  reset() {
    const { touched, flags, scores, met, bits, words } = this;
    if (this.used > this.size >>> 3) {
      // A broad query touched much of the index: clearing it all at once is quicker.
      flags.fill(0);
      scores.fill(0);
      met.fill(0);
      bits.fill(0, 0, this.size * words);
    } else {
      for (let k = 0; k < this.used; k++) {
        const doc = touched[k]!;
        flags[doc] = 0;
        scores[doc] = 0;
        met[doc] = 0;
        // A loop, not bits.fill: a call per listing costs more than the words it clears.
        for (let w = doc * words, end = w + words; w < end; w++) bits[w] = 0;
      }
    }
    this.used = 0;
  }
}

/**
 * A search hit. The terms it matched (for highlighting) are worked out only when read: a broad
 * query has thousands of hits, of which a page shows twenty.
 */
class Hit implements SearchHit {
  kind: Kind;
  code: string;
  title: string;
  category: string;
  domains: string[];
  answers?: AnswerSource;
  constructor(
    stored: Record<string, unknown>,
    public score: number,
    private terms: RetrievalTerm[],
    private bits: number | Uint32Array,
  ) {
    this.kind = stored.kind as Kind;
    this.code = stored.code as string;
    this.title = stored.storedTitle as string;
    this.category = stored.category as string;
    this.domains = stored.domains as unknown as string[];
  }
  get matched(): string[] {
    const out: string[] = [];
    const bits = this.bits;
    for (let i = 0; i < this.terms.length; i++) {
      const word = typeof bits === "number" ? (i < 32 ? bits : 0) : bits[i >>> 5]!;
      if (word & (1 << (i & 31))) out.push(this.terms[i]!.term);
    }
    return out;
  }
}

/** Where an answer came from: the hit whose match it is. */
type AnswerSource = { kind: Kind; code: string; title: string };
type Stored = Record<string, unknown>;

/** Ranking keys pack a score and an entry number in one float: best first, ties as found. */
const ENTRY_BITS = 2 ** 21;
const rankKey = (score: number, entry: number) => -Math.round(score * 1e9) * ENTRY_BITS + entry;
const entryOf = (key: number) => ((key % ENTRY_BITS) + ENTRY_BITS) % ENTRY_BITS;
/** The first this many results are picked without sorting them all: most reads are a first page. */
const FIRST_RANKS = 64;

/**
 * A search's results. Broad queries pass thousands of listings and a page shows twenty: the
 * results are kept in typed arrays in the order found, ranked only as far as they are read (the
 * first page by selection, deeper pages by one sort), and hit objects are made only for the hits
 * read.
 */
export class SearchResults {
  static readonly empty = new SearchResults(new Map(), new Int32Array(0), new Float64Array(0), new Uint32Array(0), 1, [], new Float64Array(0), new Map());
  /** Entry numbers by rank, as far as ranked. */
  private ranked: Int32Array | null = null;
  constructor(
    private stored: Map<number, Stored>,
    /** Per entry: the listing's MiniSearch short id, its score, the query terms it holds (`words` words each). */
    private docs: Int32Array,
    private scores: Float64Array,
    private bits: Uint32Array,
    private words: number,
    private terms: RetrievalTerm[],
    /** Per entry: its ranking key (see rankKey). */
    private keys: Float64Array,
    /** Entries that are answers to a hit rather than hits of the words. */
    private answers: Map<number, AnswerSource>,
  ) {}

  /** The query as read, when it found nothing as typed and a slip put right finds these. */
  readingOf: string | null = null;
  /** Whether the query as typed found anything (weakly), when it was read otherwise. */
  typedFound = false;

  /** These results as those of the query read so. */
  readAs(reading: string, typedFound = false): SearchResults {
    const copy = new SearchResults(this.stored, this.docs, this.scores, this.bits, this.words, this.terms, this.keys, this.answers);
    copy.readingOf = reading;
    copy.typedFound = typedFound;
    return copy;
  }

  get total() {
    return this.docs.length;
  }

  /** Entry numbers of ranks 0 … end−1. */
  private rankedTo(end: number): Int32Array {
    if (this.ranked && this.ranked.length >= Math.min(end, this.docs.length)) return this.ranked;
    const n = this.docs.length;
    let sorted: Float64Array;
    if (end <= FIRST_RANKS && n > FIRST_RANKS) {
      // The best FIRST_RANKS keys, by insertion into a short sorted list.
      sorted = new Float64Array(FIRST_RANKS);
      let size = 0;
      for (let i = 0; i < n; i++) {
        const key = this.keys[i]!;
        if (size === FIRST_RANKS && key >= sorted[size - 1]!) continue;
        let at = size < FIRST_RANKS ? size++ : size - 1;
        while (at > 0 && sorted[at - 1]! > key) {
          sorted[at] = sorted[at - 1]!;
          at--;
        }
        sorted[at] = key;
      }
    } else sorted = this.keys.slice().sort();
    // A loop, not Int32Array.from(sorted, entryOf): that call's inlined form is thrown away
    // ("wrong map") again and again as queries alternate, and the code falls back to slow paths.
    const ranked = new Int32Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) ranked[i] = entryOf(sorted[i]!);
    this.ranked = ranked;
    return this.ranked;
  }

  /** The listing at a position in the order found (facet counts, filters need no ranking). */
  listing(entry: number): { kind: Kind; code: string; category: string; domains: string[] } {
    return this.stored.get(this.docs[entry]!)! as { kind: Kind; code: string; category: string; domains: string[] };
  }

  /** A listing's score among the results (by short id), if it is among them. */
  scoreOf(doc: number): number | undefined {
    const entry = this.docs.indexOf(doc);
    return entry < 0 ? undefined : this.scores[entry];
  }

  /** Hits ranked `start` to `end` (exclusive), best first. */
  slice(start = 0, end = this.docs.length): SearchHit[] {
    const out: SearchHit[] = [];
    const last = Math.min(end, this.docs.length);
    if (start >= last) return out;
    const ranked = this.rankedTo(last);
    for (let rank = Math.max(0, start); rank < last; rank++) {
      const entry = ranked[rank]!;
      const answers = this.answers.get(entry);
      const w = this.words;
      const bits = answers ? 0 : w === 1 ? this.bits[entry]! : this.bits.slice(entry * w, (entry + 1) * w);
      const hit = new Hit(this.stored.get(this.docs[entry]!)!, this.scores[entry]!, this.terms, bits);
      if (answers) hit.answers = answers;
      out.push(hit);
    }
    return out;
  }

  /** Every hit, best first (tests, evaluation): `slice` for pages. */
  get hits(): SearchHit[] {
    return this.slice();
  }

  /** The results whose listing passes `keep`, ranked as before. */
  filter(keep: (listing: ReturnType<SearchResults["listing"]>) => boolean): SearchResults {
    const kept: number[] = [];
    for (let entry = 0; entry < this.docs.length; entry++) if (keep(this.listing(entry))) kept.push(entry);
    if (kept.length === this.docs.length) return this;
    const w = this.words;
    const docs = new Int32Array(kept.length);
    const scores = new Float64Array(kept.length);
    const bits = new Uint32Array(kept.length * w);
    const keys = new Float64Array(kept.length);
    const answers = new Map<number, AnswerSource>();
    kept.forEach((entry, i) => {
      docs[i] = this.docs[entry]!;
      scores[i] = this.scores[entry]!;
      bits.set(this.bits.subarray(entry * w, (entry + 1) * w), i * w);
      // Same score part, the new entry number: the order is unchanged.
      keys[i] = this.keys[entry]! - entry + i;
      const source = this.answers.get(entry);
      if (source) answers.set(i, source);
    });
    const filtered = new SearchResults(this.stored, docs, scores, bits, w, this.terms, keys, answers);
    filtered.readingOf = this.readingOf;
    filtered.typedFound = this.typedFound;
    return filtered;
  }

  /** A copy with listings added as answers (entries after the hits). */
  withAnswers(added: { doc: number; score: number; source: AnswerSource }[]): SearchResults {
    const n = this.docs.length;
    const w = this.words;
    const grow = <T extends Int32Array | Float64Array | Uint32Array>(a: T, b: T) => (b.set(a), b);
    const docs = grow(this.docs, new Int32Array(n + added.length));
    const scores = grow(this.scores, new Float64Array(n + added.length));
    const bits = grow(this.bits, new Uint32Array((n + added.length) * w));
    const keys = grow(this.keys, new Float64Array(n + added.length));
    const answers = new Map(this.answers);
    added.forEach((a, j) => {
      docs[n + j] = a.doc;
      scores[n + j] = a.score;
      keys[n + j] = rankKey(a.score, n + j);
      answers.set(n + j, a.source);
    });
    return new SearchResults(this.stored, docs, scores, bits, w, this.terms, keys, answers);
  }
}

/** What the scorer needs per short document id, in flat arrays (grown as ids are handed out). */
class ShortIdTable {
  alive: Uint8Array;
  capability: Uint8Array;
  demo: Uint8Array;
  lengths: [Int32Array, Int32Array, Int32Array];
  /** Live listings that are not demonstration data. */
  official = 0;
  constructor(size: number) {
    this.alive = new Uint8Array(size);
    this.capability = new Uint8Array(size);
    this.demo = new Uint8Array(size);
    this.lengths = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  set(shortId: number, kind: Kind, lengths: number[], demo = false) {
    if (shortId >= this.alive.length) this.grow(Math.max(shortId + 1, this.alive.length * 2));
    this.drop(shortId);
    this.alive[shortId] = 1;
    this.capability[shortId] = kind === "capability" ? 1 : 0;
    this.demo[shortId] = demo ? 1 : 0;
    if (!demo) this.official++;
    for (let f = 0; f < 3; f++) this.lengths[f]![shortId] = lengths[f] ?? 0;
  }
  drop(shortId: number) {
    if (shortId >= this.alive.length || !this.alive[shortId]) return;
    this.alive[shortId] = 0;
    if (!this.demo[shortId]) this.official--;
  }
  /**
   * What a demonstration listing's score is multiplied by: while official listings are on the
   * board too, they come first (the seeded first batch is made up; a visitor wants real ones).
   */
  demoFactor(shortId: number): number {
    return this.demo[shortId] && this.official > 0 ? DEMO_FACTOR : 1;
  }
  private grow(size: number) {
    const copy = <T extends Uint8Array | Int32Array>(a: T, b: T) => (b.set(a), b);
    this.alive = copy(this.alive, new Uint8Array(size));
    this.capability = copy(this.capability, new Uint8Array(size));
    this.demo = copy(this.demo, new Uint8Array(size));
    this.lengths = this.lengths.map((a) => copy(a, new Int32Array(size))) as [Int32Array, Int32Array, Int32Array];
  }
}

/**
 * A term's prepared postings: the listings holding it, what it adds to each one's score, the most
 * it adds to any, and per field the weight (boost × idf) it was scored with, to score a listing
 * added later the same way.
 */
type Posting = { docs: Int32Array; contrib: Float64Array; size: number; max: number; weights: number[] };
/** At most this many prepared postings are kept (about 12 bytes each). */
const MAX_POSTING_ENTRIES = 4_000_000;
/** Listings whose analysed text is kept for matching. */
const MAX_ANALYSES = 4000;

// Thesaurus phrases cut into terms: a fixed set, cut once.
const phraseTermCache = new Map<string, string[]>();
function phraseTerms(phrase: string): string[] {
  let terms = phraseTermCache.get(phrase);
  if (!terms) {
    terms = queryUnits(phrase).flatMap((u) => u.terms);
    if (phraseTermCache.size < 10_000) phraseTermCache.set(phrase, terms);
  }
  return terms;
}

/**
 * A word in the thesaurus stands for at most this many of its group's other terms, in the group's
 * order: the trade's names first, the plain words people type for a need after them (a query
 * in plain words reaches the trade's names; a query in the trade's names need not look for every
 * plain word).
 */
const MAX_ALTERNATIVES = 10;
/** Thesaurus terms count for this much of the words typed: recall without outranking. */
const EXPANSION_WEIGHT = 0.5;
/** A known bigram that sounds like an unknown one typed (窥竟 → 窥镜) counts for this much. */
const HOMOPHONE_FACTOR = 0.75;
/** How many homophones of a slip are looked up in the thesaurus, as the word they would make. */
const MAX_SLIP_READINGS = 3;
/** A query that finds nothing is read with at most this many of its likely slips put right… */
const MAX_READINGS = 6;
/** …and a reading is trusted when a listing meets it in full (its best hit's score). */
const READING_LEAST = 0.9;
/** …or meets it in good part, when the reading makes a thesaurus term (医学影像). */
const READING_LEAST_NAMED = 0.6;
/**
 * A query whose best hit as typed scores below this is read too (智能眼睛 met by a listing's 眼睛
 * alone, 眼底像机 by a 摄像机's 像机: one word of two); a reading is then shown only if it makes a
 * thesaurus term met in full, at least this many times better.
 */
const READING_WEAK = 0.6;
/** What a query finds as typed counts this much when a word of it is held only across listings' words (see heldApart). */
const HELD_APART_FACTOR = 0.5;
const READING_OVER_TYPED = 1.5;
/** …in a title-like query of at most this many characters. */
const READING_WEAK_LENGTH = 10;
/** How many of the listings holding a homophone are read to see whether it is a word there. */
const JOINED_LOOKS = 40;
/** A bigram holding a one-character query word (镜 → 窥镜, 镜头) counts for this much. */
const CHARACTER_FACTOR = 0.75;
/** A thesaurus term met in full stands for the word at this share (in full if no listing holds the word). */
const ALTERNATIVE_FACTOR = 0.8;
/**
 * A thesaurus term's bigram found in more than this share of listings is too common to look for
 * (相机 of 全景相机, 智能 of 智能眼镜): the term is met by its rarer bigrams. Searching for it
 * would touch most of the index for nothing.
 */
const COMMON_EXPANSION_SHARE = 0.08;
/**
 * In a match, a listing's thesaurus terms leave out such a common bigram too, once the board is
 * large enough for a share to say so: at least this many listings hold it. (On the labelled boards,
 * 66–164 listings, nothing changes; on 10 000 listings a search, which matches its best hit for
 * the answers, takes a fifth less time.)
 */
const COMMON_EXPANSION_LEAST = 100;
/** A word that begins a thesaurus group's terms (肺部 of 肺部结节) meets them at this share. */
const PART_FACTOR = 0.8;
/** A Latin word the last typed word begins (3 → 3d) counts for this much… */
const COMPLETION_FACTOR = 0.75;
/** …and at most this many of them stand in for it, the most common first. */
const MAX_COMPLETIONS = 20;
/** At most this many bigrams stand in for a one-character query word: the most common ones. */
const MAX_CHARACTER_SUBSTITUTES = 40;
/** A query of at least this many words must be met in two of them, or this share of them… */
const LONE_WORD_UNITS = 4;
const LONE_WORD_SHARE = 0.3;
/** …or by this share of its weight in one. */
const LONE_WORD_COVERAGE = 0.4;
/** A query of this many words whose words no listing holds carry more than this share… */
const UNKNOWN_UNITS = { least: 3, most: 4 };
/** …of its weight finds nothing. */
const UNKNOWN_SHARE = 0.5;
/**
 * A longer one, when words no listing holds carry more than this share of it, not counting words
 * with a character of how people talk in them (想把, 有些, 查查, 看看…).
 */
const UNKNOWN_SHARE_LONG = 0.65;
const TALK_CHARS = new Set([...STOP_CHARS, ..."想里一上下些看来起出过着点多少太老好查哪"]);
/** The other list's listings count this much in a query that says which list it asks of. */
const ASKED_OTHER_FACTOR = 0.5;
const ASKS_CAPABILITY = /(哪些|哪家|什么|有没有|找|推荐)(公司|企业|厂家|厂商|团队|服务商|供应商|机构)|谁(能|会|可以|家)|(公司|企业|厂家)能(做|提供)/u;
const ASKS_SCENARIO = /需求|(哪些|什么|啥)(项目|单位|部门|客户|买家|场馆)|(单位|部门|学校|医院|场馆|客户|谁)(需要|要用|想要)|(找|寻找)[^，。,]{0,8}(场景|项目|客户|买家|应用)|投标|落地场景|应用场景/u;
/** The words that name a list or those on it (项目, 需求; 公司, 厂家), in a need that asks of one. */
const LIST_WORDS = new Set(["项目", "需求", "场景", "应用场景", "落地场景", "客户", "买家", "单位", "部门", "公司", "企业", "厂家", "厂商", "供应商", "服务商", "团队", "机构", "商机"]);
const LIST_ASKED_WORDS = 2;
/** Which list a query asks of, by its wording: 1 capabilities, 0 demands, −1 either. */
const ASKS_CAPABILITY_EN = /\b(which|what|any)\s+(companies|company|firms|suppliers|vendors|manufacturers|makers)\b|\bwho\s+(makes?|provides?|offers?|sells?|supplies|can)\b/;
const ASKS_SCENARIO_EN = /\b(which|what|any)\s+(projects|buyers|customers|tenders|needs|demands)\b|\bwho\s+(needs?|wants?|buys?)\b/;
function askedKind(query: string): number {
  const lower = query.toLowerCase();
  const capability = ASKS_CAPABILITY.test(query) || ASKS_CAPABILITY_EN.test(lower);
  const scenario = ASKS_SCENARIO.test(query) || ASKS_SCENARIO_EN.test(lower);
  return capability === scenario ? -1 : capability ? 1 : 0;
}
/** Whether a word has a character of how people talk (想用, 哪家, 有些). */
const talks = (word: string) => [...word].some((c) => TALK_CHARS.has(c));
/**
 * A query of at least this many words, written as a title rather than told, names its thing last:
 * if the board does not hold that word in full, a listing must meet it to be an answer.
 */
const HEAD_UNITS = 4;
/** From this many words, a title's first word absent from the board is taken as its setting (absentThing). */
const SETTING_UNITS = 5;
/** A title of this many words or more names each for a reason: a listing meets this share of it. */
const TITLE_UNITS = 5;
const TITLE_FLOOR = 0.25;
/** The coverage memo of a query of many terms is tried on this many listings… */
const MEMO_TRIAL = 256;
/** …and kept if at least one look in this many found a pattern already worked out. */
const MEMO_USEFUL = 4;
/** A title-like query of this many characters or more must be met by some listing in this share. */
const TITLE_LEAST_LENGTH = 9;
const TITLE_LEAST = 0.4;
/** A thesaurus term reached by saying a part of the words typed another way counts this much of one typed. */
const SWAP_FACTOR = 0.9;
/** In a need told rather than titled, a word no listing holds in any form counts for this much. */
const TOLD_UNKNOWN_FACTOR = 0.5;
/**
 * …and one of how people talk (今年, 要用, 看看) or, in a need that says which list it asks of, a
 * word naming that list (需求, 公司), for this much: they say nothing of what is needed.
 */
const TOLD_TALK_FACTOR = 0.1;
/**
 * Characters of a need told rather than titled (我们想…, …忙不过来, 有没有…): rare in a listing's
 * title, unlike 出 · 上 · 无 · 能 · 可, which titles hold (进出, 上线, 无人机, 智能, 可视化).
 */
const TELLING_CHARS = new Set([..."想我你他她们吗呢吧啊了么怎哪没有都还就很不要让把给老"]);
/** 还 in a word naming a thing or an act (还原, 借还, 归还), not telling (还有, 还要). */
const NAMING_HUAN = /还原|[借归偿]还/gu;
/** 老 in a word naming a thing or people (老年人, 老旧小区, 老照片, 老字号), not telling (老是, 老有人). */
const NAMING_LAO = /老(?:年|人|旧|照片|城|街|字号|化|区|屋|房|楼|宅|村)/gu;
/** The best hit's answers join the results: at most this many… */
const ANSWERS_PER_HIT = 2;
/**
 * The expansion terms (other names of what a listing's title and tags name) a search's answers
 * are matched with: the rarest ten of them, where a listing's match panel takes all (about 70 at
 * 10 000 listings). On the labelled sets the answers come out the same on average (nDCG@10 and
 * MRR equal to the fourth decimal) and a search at 10 000 listings takes 12 % less time. (The
 * panel needs them all: with the rarest ten its nDCG@5 falls from 0.969 to 0.962.) So the
 * answers follow their own match's order, which may differ a little from the panel's.
 */
const ANSWER_EXPANSIONS = 10;
/** …scored at this share of the hit times the match. */
const ANSWER_FACTOR = 0.7;
/** A match's text fit must reach this share of the best one's (before the square root)… */
const MATCH_LEAST = 0.15 * 0.15;
/**
 * …and its text score (the square root of that share), the same 产业环节 and a shared 应用领域,
 * weighed so, this much: a listing of the same segment and field may be a match on a few words.
 */
const MATCH_ADMIT = { text: 0.6, category: 0.15, domain: 0.25, floor: 0.3 };
/**
 * Matches are ordered by these weights, the words counting for more: a listing naming the other's
 * own things (书店, VR头显, 科普) comes before one of the same segment and field that shares a
 * single acronym.
 */
const MATCH_WEIGHT = { text: 0.75, category: 0.1, domain: 0.15 };
/** A demonstration listing's share of its score while official listings are on the board. */
const DEMO_FACTOR = 0.5;
/** …and must meet this share of a query to be a hit at all. */
const DEMO_LEAST = 0.5;
/**
 * A listing's own terms used to find its matches: its 32 most telling, where a partial fit shares
 * only a few of the less telling ones (放大 of a low-vision aid in AR glasses that magnify) —
 * and 14 for a search's answers, which need only the best few and are drawn for every search.
 */
const MATCH_TERMS = 32;
const ANSWER_TERMS = 14;
/** A best match more than this many times the second's score is a near-twin: the floor is taken from the second (see matchTop). */
const MATCH_TWIN = 10;
// Pre-tokenised field text is handed to MiniSearch joined by this character.
const SEP = "\u0001";

/**
 * Whether a query reads as a title (校园门禁人脸识别闸机): not words typed apart (景区 全景 导览
 * 预约 小程序, a list of keywords in any order), not clauses (焊点全靠工人拿眼睛看，又慢又容易漏),
 * and no character that tells a need in plain words (想, 我们, 没有…).
 */
function titleLike(query: string) {
  if (/\S\s+\S|[,;，；]/u.test(query.trim())) return false;
  for (const c of query.replace(NAMING_HUAN, "").replace(NAMING_LAO, "")) if (TELLING_CHARS.has(c)) return false;
  return true;
}

/**
 * A run of characters the segmenter knows no word in (检|票|闸|机|人|脸 of 检票闸机人脸核验) is one
 * word of the query (queryUnits); where thesaurus terms lie inside it and cut it into pieces of two
 * characters or more, each a term or held by the listings as typed (检票 | 闸机 | 人脸), those are
 * its words: the things it names, each to be met or known missing. Not where a piece left over is
 * neither (吊物盲区 of 塔机吊物盲区): the run stays one word, met through its terms.
 */
function cutAtTerms(units: QueryUnit[], mentions: { start: number; end: number }[], text: string, knows: (term: string) => boolean): QueryUnit[] {
  const out: QueryUnit[] = [];
  for (const u of units) {
    if (u.end - u.start < 4 || termKind(u.terms[0]!) === "latin" || isWord(u.text)) {
      out.push(u);
      continue;
    }
    const inside = mentions
      .filter((m) => m.start >= u.start && m.end <= u.end && m.end - m.start >= 2 && !(m.start === u.start && m.end === u.end))
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: { start: number; end: number }[] = [];
    for (const m of inside) if (!chosen.some((c) => m.start < c.end && c.start < m.end)) chosen.push(m);
    const cuts = [...new Set([u.start, ...chosen.flatMap((c) => [c.start, c.end]), u.end])].sort((a, b) => a - b);
    const pieces = cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end }));
    const isTerm = (p: { start: number; end: number }) => chosen.some((c) => c.start === p.start && c.end === p.end);
    const held = (p: { start: number; end: number }) => unitOf(text.slice(p.start, p.end), p.start).terms.every(knows);
    if (!chosen.length || pieces.some((p) => p.end - p.start < 2 || (!isTerm(p) && !held(p)))) {
      out.push(u);
      continue;
    }
    for (const p of pieces) out.push(unitOf(text.slice(p.start, p.end), p.start));
  }
  return out;
}

/**
 * A thesaurus term the segmenter cut into a word and a lone character (虚拟 | 人 of 虚拟人) is one
 * word of the query: the lone character would be dropped, and the word alone (虚拟) is another.
 */
function wholeTerms(units: QueryUnit[], mentions: { start: number; end: number }[], text: string): QueryUnit[] {
  let out = units;
  for (const m of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const first = out.findIndex((u) => u.start === m.start);
    const last = out.findIndex((u) => u.end === m.end);
    if (first < 0 || last <= first) continue;
    const span = out.slice(first, last + 1);
    // Han words only: a Latin word (x | 光, 360 | 度) is a word of its own to the index too.
    if (!span.some((u) => termKind(u.terms[0]!) === "single") || span.some((u) => termKind(u.terms[0]!) === "latin")) continue;
    if (span.some((u, i) => i > 0 && u.start !== span[i - 1]!.end)) continue;
    out = [...out.slice(0, first), unitOf(text.slice(m.start, m.end), m.start), ...out.slice(last + 1)];
  }
  return out;
}

/**
 * Relevance floor: the share of the query's best possible weight a hit must hold. A short query
 * (宠物美容) must be met nearly whole; a long need in plain words only in its key parts.
 */
function minCoverage(words: number) {
  return words <= 1 ? 0.5 : words === 2 ? 0.55 : words === 3 ? 0.4 : words === 4 ? 0.3 : 0.15;
}

/** One bigram (or word) position of a query word: the term typed and what may stand in for it. */
type Slot = { term: string; idf: number; substitutes: string[]; factor: number };
/** A thesaurus term standing for a query word: its bigrams (or word) and their weights. */
type Alternative = {
  terms: string[];
  idf: number[];
  total: number;
  /** Stands for part of a word only, inside a longer thesaurus term the query names (照片 of 老照片): no sign that the board holds the word. */
  nested?: boolean;
  /** Where a nested term lies in the word it is part of: characters from, to. */
  span?: [number, number];
};
type PlannedUnit = {
  text: string;
  weight: number;
  slots: Slot[];
  alternatives: Alternative[];
  /** A lone character the query drops follows it, part of the same word (充电 | 桩). */
  clipped: boolean;
  /** Part of a thesaurus term of several words (制作 of 虚拟 | 制作): it names something, generic or not. */
  inTerm?: boolean;
  /** Its alternatives are a group's whose terms it begins (肺部 of 肺部结节): a guess at what it names. */
  begins?: boolean;
};
export type RetrievalTerm = { term: string; weight: number };
/** `asked`: the list the query says it asks of (askedKind); `titled`: written as a title (titleLike). */
export type QueryPlan = { units: PlannedUnit[]; phrase: string[]; terms: RetrievalTerm[]; asked: number; titled: boolean };

export const docId = (kind: Kind, code: string) => `${kind === "scenario" ? "s" : "c"}:${code}`;

export class SearchIndex {
  private mini: MiniSearch<Record<string, string>>;
  private docs = new Map<string, IndexedDoc>();
  /** Document frequency of every term, across all fields. */
  private df = new Map<string, number>();
  /** The vocabulary by pinyin key, for homophone typos. */
  private byPinyin = new Map<string, Set<string>>();
  /** The vocabulary's bigrams by character, for one-character query words. */
  private byChar = new Map<string, Set<string>>();
  /**
   * By MiniSearch's short document id, what the scorer reads for every posting: whether the
   * listing is still in (MiniSearch drops discarded ones from its postings only lazily), its kind
   * (1 = capability) and its field lengths (title, tags, body).
   */
  private short = new ShortIdTable(1024);
  /** Postings prepared for scoring, by term (see forgetAnswers for when they go). */
  private postings = new Map<string, Posting>();
  /** Whether one listing holds all of a thesaurus term's terms, by the terms (see heldInFull), until a change. */
  private together = new Map<string, boolean>();
  /**
   * Thesaurus terms cut into the index's terms (the cut depends on which pairs the listings
   * know): kept, and emptied with the prepared postings.
   */
  private alternativeTerms = new Map<string, string[]>();
  private postingEntries = 0;
  /** Listings' analysed text for matching, by listing id (see textTermsOf). */
  private analyses = new Map<string, Map<string, number>>();
  /** The terms of listings' thesaurus expansions (of title and tags) and their weights, kept like their analyses. */
  private expansionsOf = new Map<string, { terms: string[]; weights: number[] }>();
  private scratch = new Float64Array(1024);
  private scratchOrder = new Int32Array(1024);

  private options = {
    idField: "id",
    fields: ["title", "tags", "body"],
    storeFields: ["kind", "code", "storedTitle", "category", "domains"],
    // Fields arrive already analysed (see upsert): tokenising is a split.
    tokenize: (text: string) => (text ? text.split(SEP) : []),
    processTerm: (term: string) => term,
  };

  /**
   * Answers already worked out, by query (or listing, for matches), most recently used last.
   * Any change to the index empties it, so an answer is never older than the listings.
   */
  private cache = new Map<string, unknown>();
  private cacheSize: number;
  /** At most this many prepared posting entries are kept (MAX_POSTING_ENTRIES unless a test says). */
  private maxPostingEntries: number;

  constructor(
    private thesaurus: Thesaurus = new Thesaurus([]),
    options: { cacheSize?: number; postingEntries?: number } = {},
  ) {
    this.mini = new MiniSearch<Record<string, string>>(this.options);
    this.cacheSize = options.cacheSize ?? 500;
    this.maxPostingEntries = options.postingEntries ?? MAX_POSTING_ENTRIES;
  }

  /**
   * The collection statistics prepared postings are scored with (listing count, average field
   * lengths), taken when the first posting is prepared after a full reset.
   */
  private stats: { n: number; avg: number[]; changes: number } | null = null;

  /**
   * Any change to the index: remembered answers are out of date. Prepared postings follow a
   * changed listing (a removed one is skipped by the scorer, an added one appended to the
   * postings of its terms, scored with the statistics they were prepared with), until changes
   * since their statistics were taken reach 1 % of the listings (so a board of fewer than 200
   * always scores with exact statistics): then all go.
   */
  private forgetAnswers(listingChange = false) {
    this.cache.clear();
    this.together.clear();
    if (listingChange && this.stats && ++this.stats.changes <= Math.floor(this.stats.n / 100)) return;
    this.postings.clear();
    this.postingEntries = 0;
    this.stats = null;
    this.alternativeTerms.clear();
  }

  /** A listing just added: its entries in the prepared postings of its terms. */
  private extendPostings(shortId: number, fields: string[][]) {
    if (!this.postings.size || !this.stats) return;
    const tfs = new Map<string, number[]>();
    fields.forEach((terms, f) => {
      for (const t of terms) {
        if (!this.postings.has(t)) continue;
        const tf = tfs.get(t) ?? tfs.set(t, [0, 0, 0]).get(t)!;
        tf[f]!++;
      }
    });
    const { k, b, d } = BM25;
    const { lengths } = this.short;
    for (const [term, tf] of tfs) {
      const p = this.postings.get(term)!;
      let add = 0;
      for (let f = 0; f < 3; f++) {
        if (!tf[f]) continue;
        const norm = k / this.stats.avg[f]!;
        add += p.weights[f]! * (d + (tf[f]! * (k + 1)) / (tf[f]! + k * (1 - b) + b * norm * lengths[f]![shortId]!));
      }
      // Room to grow by an eighth at a time: a broad term holds most listings.
      if (p.size === p.docs.length) {
        const room = p.size + Math.max(16, p.size >> 3);
        const docs = new Int32Array(room);
        docs.set(p.docs);
        const contrib = new Float64Array(room);
        contrib.set(p.contrib);
        p.docs = docs;
        p.contrib = contrib;
      }
      p.docs[p.size] = shortId;
      p.contrib[p.size] = add;
      p.size++;
      p.max = Math.max(p.max, add);
      this.postingEntries++;
    }
  }

  private cached<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) {
      const value = this.cache.get(key) as T;
      this.cache.delete(key);
      this.cache.set(key, value);
      return value;
    }
    const value = compute();
    if (this.cacheSize > 0) {
      this.cache.set(key, value);
      if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    }
    return value;
  }

  /** The texts are kept normalised: matching reads them on every call, normalising once is enough. */
  private toIndexed(input: SearchDoc): IndexedDoc {
    return {
      id: docId(input.kind, input.code),
      kind: input.kind,
      code: input.code,
      title: normalize(input.title),
      tags: normalize(input.tags.join(" ")),
      body: normalize(input.body),
      category: input.category,
      domains: input.domains,
    };
  }

  /** Whether some listing holds this term. */
  private held = (term: string) => this.df.has(term);

  private joinedTerms = new Map<string, boolean>();
  /**
   * Whether some listing holds this bigram inside a word (see joinedIn), looked for in the first
   * listings that hold it: a homophone stands in for a word, not for two characters side by side.
   */
  private joined = (bigram: string): boolean => {
    let known = this.joinedTerms.get(bigram);
    if (known === undefined) {
      known = false;
      const mini = this.mini as unknown as MiniInternals;
      const seen = new Set<number>();
      for (const docs of mini._index.get(bigram)?.values() ?? []) {
        for (const shortId of docs.keys()) {
          if (known || seen.size >= JOINED_LOOKS) break;
          if (seen.has(shortId)) continue;
          seen.add(shortId);
          const doc = this.docs.get(mini._documentIds.get(shortId)!);
          if (doc && (joinedIn(doc.title, bigram) || joinedIn(doc.tags, bigram) || joinedIn(doc.body, bigram))) known = true;
        }
      }
      this.joinedTerms.set(bigram, known);
    }
    return known;
  };

  get size() {
    return this.docs.size;
  }

  has(kind: Kind, code: string) {
    return this.docs.has(docId(kind, code));
  }

  private learn(term: string) {
    if (termKind(term) !== "bigram") return;
    for (const key of wordKeys(term)) (this.byPinyin.get(key) ?? this.byPinyin.set(key, new Set()).get(key)!).add(term);
    for (const ch of term) (this.byChar.get(ch) ?? this.byChar.set(ch, new Set()).get(ch)!).add(term);
  }

  private forget(term: string) {
    if (termKind(term) !== "bigram") return;
    for (const key of wordKeys(term)) this.byPinyin.get(key)?.delete(term);
    for (const ch of term) this.byChar.get(ch)?.delete(term);
  }

  /** Adds a listing, or replaces the one with the same kind and code. */
  upsert(input: SearchDoc) {
    const doc = this.toIndexed(input);
    this.remove(input.kind, input.code);
    const title = indexTerms(doc.title, true);
    const tags = indexTerms(doc.tags, true);
    const body = indexTerms(doc.body, true);
    const terms = new Set([...title, ...tags, ...body]);
    this.forgetAnswers(true);
    // A bigram read as no word may be one in this listing. One read as a word is left so, even
    // after a removal: at worst a homophone then stands in as it did before the check.
    for (const t of terms) if (this.joinedTerms.get(t) === false) this.joinedTerms.delete(t);
    const shortId = (this.mini as unknown as MiniInternals)._nextId;
    this.mini.add({
      id: doc.id,
      kind: doc.kind,
      code: doc.code,
      category: doc.category,
      domains: doc.domains as unknown as string,
      title: title.join(SEP),
      tags: tags.join(SEP),
      body: body.join(SEP),
      // The title is stored as written, for results.
      storedTitle: input.title,
    });
    this.docs.set(doc.id, doc);
    this.short.set(shortId, doc.kind, (this.mini as unknown as MiniInternals)._fieldLength.get(shortId)!, input.demo);
    this.extendPostings(shortId, [title, tags, body]);
    this.count(terms);
  }

  /**
   * Loads many listings into an empty index at once. MiniSearch's own `add` walks its radix tree
   * for every token (about 3 µs each, 3.6 s for 10 000 listings); here the postings are gathered
   * in plain maps and handed to MiniSearch in its serialised form (`loadJS`), one tree insertion
   * per distinct term. The result is the same index `upsert` would build.
   */
  load(inputs: SearchDoc[]) {
    if (this.docs.size) throw new Error("SearchIndex.load needs an empty index");
    this.forgetAnswers();
    this.joinedTerms.clear();
    // Terms are numbered as first seen, so that the per-token work is one string lookup; the
    // rest is integer arithmetic on typed arrays.
    const ids = new Map<string, number>();
    const terms: string[] = [];
    let df = new Int32Array(4096);
    let tfAll = new Int32Array(4096);
    let tfField = [new Int32Array(4096), new Int32Array(4096), new Int32Array(4096)];
    // Every (term, field, listing) with its term frequency, as triples in one growing typed
    // array: per-term arrays of numbers would be millions of small objects for the collector.
    let entries = new Int32Array(1 << 16);
    let used = 0;
    const touched: number[] = [];
    const documentIds: Record<number, string> = {};
    const fieldLength: Record<number, number[]> = {};
    const storedFields: Record<number, Record<string, unknown>> = {};
    const lengthSums = [0, 0, 0];
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };

    inputs.forEach((input, shortId) => {
      const doc = this.toIndexed(input);
      if (this.docs.has(doc.id)) throw new Error(`duplicate listing ${doc.id}`);
      this.docs.set(doc.id, doc);
      documentIds[shortId] = doc.id;
      storedFields[shortId] = { kind: doc.kind, code: doc.code, storedTitle: input.title, category: doc.category, domains: doc.domains };
      touched.length = 0;
      [doc.title, doc.tags, doc.body].forEach((text, fieldId) => {
        for (const t of indexTerms(text, true)) {
          let id = ids.get(t);
          if (id === undefined) {
            id = terms.length;
            ids.set(t, id);
            terms.push(t);
            if (id >= df.length) {
              df = grow(df);
              tfAll = grow(tfAll);
              tfField = tfField.map(grow);
            }
          }
          if (tfAll[id] === 0) touched.push(id);
          tfAll[id]!++;
          tfField[fieldId]![id]!++;
        }
      });
      const lengths = [0, 0, 0];
      for (const id of touched) {
        df[id]!++;
        tfAll[id] = 0;
        for (let f = 0; f < 3; f++) {
          const tf = tfField[f]![id]!;
          if (!tf) continue;
          if (used + 3 > entries.length) entries = grow(entries);
          entries[used++] = id * 3 + f;
          entries[used++] = shortId;
          entries[used++] = tf;
          tfField[f]![id] = 0;
          lengths[f]!++;
        }
      }
      lengths.forEach((l, f) => (lengthSums[f]! += l));
      fieldLength[shortId] = lengths;
    });

    const n = inputs.length;
    this.mini = MiniSearch.loadJS(
      {
        documentCount: n,
        nextId: n,
        documentIds,
        fieldIds: { title: 0, tags: 1, body: 2 },
        fieldLength,
        averageFieldLength: lengthSums.map((sum) => (n ? sum / n : 0)),
        storedFields,
        dirtCount: 0,
        index: [],
        serializationVersion: 2,
      },
      this.options,
    );
    // The postings go straight into MiniSearch's term tree, in its own layout (term → field →
    // short document id → term frequency): `loadJS` would want them as plain objects first.
    // The triples are grouped by term and field first (a counting sort: listings stay in order).
    const slots = terms.length * 3;
    const start = new Int32Array(slots + 1);
    for (let i = 0; i < used; i += 3) start[entries[i]! + 1]!++;
    for (let slot = 0; slot < slots; slot++) start[slot + 1]! += start[slot]!;
    const fill = start.slice(0, slots);
    const byTerm = new Int32Array((used / 3) * 2);
    for (let i = 0; i < used; i += 3) {
      const at = fill[entries[i]!]!++ * 2;
      byTerm[at] = entries[i + 1]!;
      byTerm[at + 1] = entries[i + 2]!;
    }
    entries = new Int32Array(0);
    const tree = (this.mini as unknown as { _index: { set(term: string, data: unknown): void } })._index;
    terms.forEach((term, id) => {
      const fields = new Map<number, Map<number, number>>();
      for (let f = 0; f < 3; f++) {
        const from = start[id * 3 + f]!;
        const to = start[id * 3 + f + 1]!;
        if (from === to) continue;
        const byDoc = new Map<number, number>();
        for (let i = from; i < to; i++) byDoc.set(byTerm[i * 2]!, byTerm[i * 2 + 1]!);
        fields.set(f, byDoc);
      }
      tree.set(term, fields);
      this.df.set(term, df[id]!);
      this.learn(term);
    });
    this.short = new ShortIdTable(n);
    for (let shortId = 0; shortId < n; shortId++) this.short.set(shortId, inputs[shortId]!.kind, fieldLength[shortId]!, inputs[shortId]!.demo);
  }

  private count(terms: Set<string>) {
    for (const t of terms) {
      const n = this.df.get(t) ?? 0;
      this.df.set(t, n + 1);
      if (n === 0) this.learn(t);
    }
  }

  remove(kind: Kind, code: string) {
    const id = docId(kind, code);
    const doc = this.docs.get(id);
    if (!doc) return;
    const terms = new Set([...indexTerms(doc.title, true), ...indexTerms(doc.tags, true), ...indexTerms(doc.body, true)]);
    this.forgetAnswers(true);
    this.analyses.delete(id);
    this.expansionsOf.delete(id);
    const shortId = (this.mini as unknown as MiniInternals)._idToShortId.get(id);
    if (shortId !== undefined) this.short.drop(shortId);
    this.mini.discard(id);
    this.docs.delete(id);
    for (const t of terms) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n > 0) this.df.set(t, n);
      else {
        this.df.delete(t);
        this.forget(t);
      }
    }
  }

  /** The Latin words of the listings that begin with `prefix` (3 → 3d, 3dof), most common first. */
  private completions(prefix: string): string[] {
    const mini = this.mini as unknown as MiniInternals;
    const found: string[] = [];
    for (const key of mini._index.atPrefix(prefix).keys()) if (key !== prefix && this.df.has(key)) found.push(key);
    return found.sort((a, b) => this.df.get(b)! - this.df.get(a)!).slice(0, MAX_COMPLETIONS);
  }

  private idf(term: string) {
    const n = this.docs.size || 1;
    return Math.log(1 + n / ((this.df.get(term) ?? 0) + 1));
  }

  /** The query's words with what may stand in for each, and the weighted terms to retrieve with. */
  plan(query: string): QueryPlan {
    // Spaces and other punctuation between Chinese characters carry no meaning (全景 · 相机 =
    // 全景相机), but a clause ends at a comma or a full stop (拍片子，按小时租的棚): no word runs on
    // across it.
    const text = normalize(query)
      .replace(/[,;:!?。、]+/gu, "\u0000")
      .replace(/(\p{Script=Han})[\s\p{P}\p{S}]+(?=\p{Script=Han})/gu, "$1");
    const knows = (bigram: string) => this.df.has(bigram);
    const retrieval = new Map<string, number>();
    const add = (term: string, weight: number) => {
      if (knows(term) && (retrieval.get(term) ?? 0) < weight) retrieval.set(term, weight);
    };
    const mentions = this.thesaurus.mentions(text);
    // A pair of characters inside a thesaurus term the query names (心率 of 运动员心率监测手环) was
    // typed as meant: no listing holding a pair that sounds the same (新率 of 刷新率) stands for it.
    const typedAsTerm = (u: QueryUnit, k: number) =>
      [...u.text].length === u.terms.length + 1 && mentions.some((m) => m.start <= u.start + k && u.start + k + 2 <= m.end);
    const all = wholeTerms(cutAtTerms(queryUnits(text, knows, (bigram) => this.byPinyin.has(pinyinKey(bigram)), mentions), mentions, text, knows), mentions, text);
    // A lone character among other words is noise (里, 人 in a sentence); alone, it is the query.
    const kept = all.length > 1 ? all.filter((u) => termKind(u.terms[0]!) !== "single") : all;
    // A need told that asks of a list (做LED屏的，看看有哪些项目可以投) names the list in words of its
    // own: they say where to look, not what.
    const asked = askedKind(query);
    const titled = titleLike(query);
    const listAsked = asked >= 0 && !titled;
    const named = listAsked ? kept.filter((u) => !LIST_WORDS.has(u.text)) : kept;
    // Only in a short need: a longer one has words enough to be met by the wrong listings without them.
    const words = named.length && named.length <= LIST_ASKED_WORDS ? named : kept;
    const units: PlannedUnit[] = words.map((u, i) => {
      const single = u.terms.length === 1 && termKind(u.terms[0]!) === "single";
      // The last word typed, Latin letters or digits, may be unfinished (裸眼3 while typing 裸眼3D).
      const typing = i === words.length - 1 && u.end === text.length;
      const slots: Slot[] = u.terms.map((term, k) => {
        let substitutes: string[] = [];
        let factor = 0;
        if (typing && termKind(term) === "latin") {
          substitutes = this.completions(term);
          factor = COMPLETION_FACTOR;
        } else if (single) {
          substitutes = [...(this.byChar.get(term) ?? [])]
            .sort((a, b) => this.df.get(b)! - this.df.get(a)!)
            .slice(0, MAX_CHARACTER_SUBSTITUTES);
          factor = CHARACTER_FACTOR;
        } else if (termKind(term) === "bigram" && !knows(term) && !typedAsTerm(u, k)) {
          substitutes = [...(this.byPinyin.get(pinyinKey(term)) ?? [])].filter((s) => !this.thesaurus.generic.has(s) && this.joined(s));
          factor = HOMOPHONE_FACTOR;
        }
        return { term, idf: this.idf(term), substitutes, factor };
      });
      for (const slot of slots) {
        add(slot.term, KIND_WEIGHT[termKind(slot.term)]);
        for (const sub of slot.substitutes) add(sub, slot.factor * (single ? KIND_WEIGHT.single : 0.5));
      }
      const weight = slots.reduce((sum, slot) => sum + slot.idf, 0) * (single ? KIND_WEIGHT.single : 1);
      const after = all[all.indexOf(u) + 1];
      const clipped = words.length < all.length && !!after && after.start === u.end && termKind(after.terms[0]!) === "single" && !words.includes(after);
      return { text: u.text, weight, slots, alternatives: [], clipped };
    });
    // The pair across two adjacent Han words rewards listings that hold the phrase as typed.
    const phrase: string[] = [];
    words.forEach((u, i) => {
      const next = words[i + 1];
      if (next && u.end === next.start && termKind(u.text.at(-1)!) !== "latin" && termKind(next.text[0]!) !== "latin") {
        const pair = u.text.at(-1)! + next.text[0]!;
        add(pair, CROSS_WORD_WEIGHT);
        if (knows(pair)) phrase.push(pair);
      }
    });
    const common = this.docs.size * COMMON_EXPANSION_SHARE;
    const alternativesOf = (terms: string[]) =>
      terms.slice(0, MAX_ALTERNATIVES).map((alt): Alternative => {
        let all = this.alternativeTerms.get(alt);
        if (!all) {
          const units = queryUnits(alt, knows);
          // A term with a word of grammar in it (找自己的照片, 拿了就走) is met as written, not as
          // a query would be, with its 找, 的 and 了 dropped.
          const dropped = units.reduce((n, u) => n + u.text.length, 0) < alt.replace(/[^\p{Script=Han}a-z0-9.+]/gu, "").length;
          all = dropped ? indexTerms(alt, true) : units.flatMap((u) => u.terms);
          this.alternativeTerms.set(alt, all);
        }
        const rare = all.filter((t) => (this.df.get(t) ?? 0) <= common);
        const terms = rare.length ? rare : all;
        const idf = terms.map((t) => this.idf(t));
        return { terms, idf, total: idf.reduce((a, b) => a + b, 0) };
      });
    const retrieve = (alternatives: Alternative[]) => {
      for (const alt of alternatives) for (const t of alt.terms) add(t, EXPANSION_WEIGHT * KIND_WEIGHT[termKind(t)]);
    };
    // A thesaurus term standing between `start` and `end` of the text stands for the words it covers.
    // A term inside a longer one the query names (照片 of 老照片) that covers only part of a word
    // stands for that part: it is searched with, but tells nothing of whether the board holds the
    // word. (One that covers a word whole, 投影仪 of 家用 | 投影仪, still does.)
    const attach = (start: number, end: number, alternatives: Alternative[], inLonger = false) => {
      const covered = words.flatMap((w, i) => (w.start < end && start < w.end ? [i] : []));
      for (const i of covered) {
        const w = words[i]!;
        const nested = inLonger && (w.start < start || w.end > end);
        const span: [number, number] = [Math.max(start, w.start) - w.start, Math.min(end, w.end) - w.start];
        units[i]!.alternatives.push(...(nested ? alternatives.map((a) => ({ ...a, nested, span })) : alternatives));
        if (covered.length > 1) units[i]!.inTerm = true;
      }
      retrieve(alternatives);
    };
    for (const mention of mentions) {
      const inLonger = mentions.some((o) => o !== mention && o.start <= mention.start && o.end >= mention.end && o.end - o.start > mention.end - mention.start);
      attach(mention.start, mention.end, alternativesOf(mention.alternatives), inLonger);
    }
    // A word typed with a slip (巡捡) stands for the thesaurus's other names of the word it sounds
    // like (巡检 · 巡查), as that word would.
    units.forEach((unit) => {
      if (unit.alternatives.length) return;
      const chars = [...unit.text];
      unit.slots.forEach((slot, k) => {
        // An unknown bigram's substitutes are its homophones; the unit's bigrams run on (k, k + 1).
        if (termKind(slot.term) !== "bigram" || knows(slot.term) || chars.length !== unit.slots.length + 1) return;
        for (const sub of slot.substitutes.slice(0, MAX_SLIP_READINGS)) {
          const fixed = [...chars];
          fixed.splice(k, 2, ...sub);
          for (const mention of this.thesaurus.mentions(fixed.join(""))) {
            const alternatives = alternativesOf(mention.alternatives);
            unit.alternatives.push(...alternatives);
            retrieve(alternatives);
          }
        }
      });
    });
    // Words the thesaurus does not know may be a term of it with a part said another way (立体扫描 →
    // 三维扫描, 电影包房 → 电影包厢): each stretch of such words is read with one part swapped, and a
    // term the reading then holds, across the part swapped, stands for the words it covers.
    const bare = units.map((u) => !u.alternatives.length && termKind(u.text[0]!) !== "latin");
    for (let i = 0; i < units.length; i++) {
      if (!bare[i]) continue;
      let j = i;
      while (j + 1 < units.length && bare[j + 1] && words[j + 1]!.start === words[j]!.end) j++;
      for (const swap of this.thesaurus.swaps(text, words[i]!.start, words[j]!.end)) {
        for (const mention of this.thesaurus.mentions(swap.text)) {
          // A term of the part alone (表演 → 演出) is no compound: the thesaurus has its own word for that.
          if (mention.end <= swap.start || swap.end <= mention.start || (mention.start >= swap.start && mention.end <= swap.end)) continue;
          const term = swap.text.slice(mention.start, mention.end);
          attach(mention.start, mention.end, alternativesOf([term, ...mention.alternatives]).map((alt) => ({ ...alt, total: alt.total / SWAP_FACTOR })));
        }
      }
      i = j;
    }
    // A Han word no listing holds, as typed or by a slip, that begins terms of one thesaurus group
    // (肺部 of 肺部结节, 表面 of 表面缺陷) stands for that group's terms, a little
    // below a term met in full.
    units.forEach((unit) => {
      if (unit.alternatives.length || termKind(unit.text[0]!) === "latin" || this.thesaurus.generic.has(unit.text)) return;
      if (unit.slots.some((s) => knows(s.term) || s.substitutes.length)) return;
      const group = this.thesaurus.groupStartingWith(unit.text);
      if (!group) return;
      const alternatives = alternativesOf(group).map((alt) => ({ ...alt, total: alt.total / PART_FACTOR }));
      unit.alternatives.push(...alternatives);
      unit.begins = true;
      retrieve(alternatives);
    });
    // A word typed twice (保险…保险公司) counts once.
    const distinct = units.filter((u, i) => units.findIndex((v) => v.text === u.text) === i);
    return { units: distinct, phrase, terms: [...retrieval].map(([term, weight]) => ({ term, weight })), asked, titled };
  }

  /**
   * Scores every listing holding any of `terms` — MiniSearch's own BM25+ (same formula, field
   * boosts and "score × number of query terms met" as its OR search), computed over its postings
   * into typed arrays instead of one result object per listing and term: the search's hot loop.
   *
   * `essential` (indexes into `terms`): when given, only listings holding one of these terms are
   * scored at all; the other terms only add to them. A listing without an essential term cannot
   * pass the relevance floor, so it need not be looked at (MaxScore's "essential lists").
   * The result: the listings touched (`acc.touched[0 … acc.used)`), their final scores in
   * `acc.scores` and the terms they hold as bits in `acc.bits`.
   */
  private score(terms: RetrievalTerm[], options: { kind?: Kind; essential?: Set<number>; least?: number } = {}): Accumulator {
    const mini = this.mini as unknown as MiniInternals;
    const words = Math.max(1, Math.ceil(terms.length / 32));
    const acc = this.accumulator(mini._nextId, words);
    const { scores, bits, met } = acc;
    // A listing removed since its terms' postings were prepared is still in them: never opened.
    const { capability, alive } = this.short;
    const wantKind = options.kind === undefined ? -1 : options.kind === "capability" ? 1 : 0;
    const postings = terms.map((t) => (t.weight ? this.posting(t.term) : undefined));
    // The most a term can add to any listing, for `least` (below).
    const most = terms.map((t, i) => t.weight * (postings[i]?.max ?? 0));
    const order = options.essential
      ? [...options.essential, ...[...terms.keys()].filter((i) => !options.essential!.has(i))]
      : options.least
        ? [...terms.keys()].sort((a, b) => most[b]! - most[a]!)
        : [...terms.keys()];
    // `least` (a share of the best score): a listing first met at a term can only gain what that
    // term and the ones after it add, times the number of them; when that cannot reach `least` of
    // the best listing so far, no new listing is opened (MaxScore's bound, with MiniSearch's
    // "× terms met" factor). The heaviest terms go first, so the long tail is only added to.
    let rest = options.least ? order.reduce((sum, i) => sum + most[i]!, 0) : 0;
    let best = 0;
    // A plain loop, not forEach: `best` and `rest` stay plain locals rather than variables of a
    // closure's context, which V8 keeps as boxed heap numbers.
    for (let step = 0; step < order.length; step++) {
      const i = order[step]!;
      const posting = postings[i];
      const weight = terms[i]!.weight;
      const bound = (order.length - step) * rest;
      rest -= most[i]!;
      if (!posting) continue;
      const opens = (!options.essential || options.essential.has(i)) && !(options.least && bound < options.least * best);
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      const { docs, contrib, size } = posting;
      for (let j = 0; j < size; j++) {
        const doc = docs[j]!;
        if (!acc.seen(doc)) {
          if (!opens || (wantKind >= 0 && capability[doc] !== wantKind) || !alive[doc]) continue;
          acc.mark(doc);
        }
        scores[doc]! += weight * contrib[j]!;
        if (!(bits[doc * words + word]! & bit)) {
          bits[doc * words + word]! |= bit;
          met[doc]!++;
        }
        if (options.least) {
          const now = scores[doc]! * met[doc]!;
          if (now > best) best = now;
        }
      }
    }
    // MiniSearch multiplies a listing's score by the number of query terms it holds.
    for (let t = 0; t < acc.used; t++) {
      const doc = acc.touched[t]!;
      scores[doc]! *= met[doc]! || 1;
    }
    return acc;
  }

  /**
   * A term's postings as two flat arrays: the listings holding it and what it adds to each one's
   * score before the query's term weight — MiniSearch's BM25+ summed over the fields, with their
   * boosts. Worked out on first use and kept until a listing holding the term changes.
   */
  private posting(term: string): Posting | undefined {
    const known = this.postings.get(term);
    if (known) {
      // Kept in order of use once eviction is near (below), so that the broad terms most queries
      // ask for stay prepared.
      if (this.postingEntries > this.maxPostingEntries / 2) {
        this.postings.delete(term);
        this.postings.set(term, known);
      }
      return known;
    }
    const mini = this.mini as unknown as MiniInternals;
    const data = mini._index.get(term);
    if (!data) return undefined;
    const { alive, lengths } = this.short;
    const { k, b, d } = BM25;
    this.stats ??= { n: mini._documentCount, avg: [...mini._avgFieldLength], changes: 0 };
    const n = this.stats.n;
    const scratch = this.scratch.length >= mini._nextId ? this.scratch : (this.scratch = new Float64Array(mini._nextId * 2));
    const order = this.scratchOrder.length >= mini._nextId ? this.scratchOrder : (this.scratchOrder = new Int32Array(mini._nextId * 2));
    let found = 0;
    // MiniSearch leaves a removed listing in the postings until it vacuums; without any
    // (no dirt), every posting is of a listing still in.
    const clean = this.mini.dirtCount === 0;
    const weights = [0, 0, 0];
    for (let f = 0; f < 3; f++) {
      const fieldPostings = data.get(f);
      let matching = 0;
      if (!fieldPostings) matching = 0;
      else if (clean) matching = fieldPostings.size;
      else for (const doc of fieldPostings.keys()) if (alive[doc]) matching++;
      const idf = Math.log(1 + (Math.max(n, matching) - matching + 0.5) / (matching + 0.5));
      const boost = FIELD_BOOSTS[f]! * idf;
      weights[f] = boost;
      if (!fieldPostings) continue;
      const norm = k / this.stats.avg[f]!;
      const fieldLengths = lengths[f]!;
      fieldPostings.forEach((tf, doc) => {
        if (!alive[doc]) return;
        if (scratch[doc] === 0) order[found++] = doc;
        scratch[doc]! += boost * (d + (tf * (k + 1)) / (tf + k * (1 - b) + b * norm * fieldLengths[doc]!));
      });
    }
    const docs = order.slice(0, found);
    const contrib = new Float64Array(found);
    let max = 0;
    for (let j = 0; j < found; j++) {
      const doc = docs[j]!;
      contrib[j] = scratch[doc]!;
      if (contrib[j]! > max) max = contrib[j]!;
      scratch[doc] = 0;
    }
    const posting = { docs, contrib, size: found, max, weights };
    // Bounded: a very broad set of queries must not keep every posting of a large index twice.
    // The least recently used go first (a Map iterates in insertion order). Clearing them all
    // instead made a board of 100 000 listings prepare twice as many postings over its matches.
    this.postingEntries += docs.length;
    for (const [t, p] of this.postings) {
      if (this.postingEntries <= this.maxPostingEntries) break;
      this.postings.delete(t);
      this.postingEntries -= p.size;
    }
    this.postings.set(term, posting);
    return posting;
  }

  private matchedTerms(terms: RetrievalTerm[], acc: Accumulator, doc: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < terms.length; i++) if (acc.has(doc, i)) out.push(terms[i]!.term);
    return out;
  }

  /** Reusable score buffers, cleared after each use through the list of listings touched. */
  private buffers: Accumulator | null = null;
  private accumulator(size: number, words: number): Accumulator {
    let acc = this.buffers;
    acc?.reset();
    if (!acc || acc.size < size || acc.maxWords < words) {
      acc = new Accumulator(Math.max(size, 1024) * 2, Math.max(words, 4));
      this.buffers = acc;
    }
    acc.words = words;
    return acc;
  }

  /**
   * How much of the query a listing meets, 0–1: each word of the query counts by its rarity, and
   * counts as met by the share of its bigrams the listing holds (squared: half a word is a weak
   * match), homophones and characters standing in at a lower share, or by a thesaurus term for it.
   * Compiled once per query to term numbers, then read from a listing's bits.
   */
  private coverage(
    units: PlannedUnit[],
    index: Map<string, number>,
    held: { words: number; head: number } = { words: 0, head: 0 },
    head = -1,
  ): (acc: Accumulator, doc: number) => number {
    const at = (t: string) => index.get(t) ?? -1;
    const words = Math.max(1, Math.ceil(index.size / 32));
    const compiled = units.map((u) => {
      const slots = u.slots.map((slot) => ({ idf: slot.idf, term: at(slot.term), substitutes: slot.substitutes.map(at).filter((i) => i >= 0), factor: slot.factor }));
      // A term standing for the word that holds another word of the query (无人机表演 for 灯光秀 of
      // 无人机灯光秀表演) is not met by that word alone: only in full, or by its own part.
      const others = new Set(units.flatMap((v) => (v === u ? [] : v.slots.map((slot) => slot.term))));
      const alternatives = u.alternatives.map((alt) => ({ terms: alt.terms.map(at), idf: alt.idf, total: alt.total, others: alt.terms.map((t) => others.has(t)) }));
      // Every term the word reads, as bits: a listing holding none of them meets none of it.
      const mask = new Uint32Array(words);
      for (const t of [...slots.flatMap((slot) => [slot.term, ...slot.substitutes]), ...alternatives.flatMap((alt) => alt.terms)])
        if (t >= 0) mask[t >>> 5]! |= 1 << (t & 31);
      // A word no listing holds as typed or by a homophone is met by its thesaurus terms in full:
      // there is no listing with the word itself for them to stay below.
      const alt = this.heldAsTyped(u) ? ALTERNATIVE_FACTOR : 1;
      return { weight: u.weight, slots, alternatives, mask, generic: this.genericUnit(u), alt };
    });
    const mixed = compiled.some((u) => u.generic) && compiled.some((u) => !u.generic);
    // A thing named in one word beside generic ones (社区 | 私人影院, 点播影院 | 系统) is met in
    // that word: they would only hold its share down. Beside two naming words or more they count.
    const naming = compiled.filter((u) => !u.generic).length;
    const total = units.reduce((sum, u, k) => sum + (mixed && naming === 1 && compiled[k]!.generic ? 0 : u.weight), 0);
    return (acc, doc) => {
      held.words = 0;
      held.head = 0;
      if (!total) return 0;
      let met = 0;
      for (let k = 0; k < compiled.length; k++) {
        const u = compiled[k]!;
        // Beside words that name something, generic words are no evidence: met, they add nothing,
        // neither to the coverage nor to the words met.
        if (u.generic && mixed) continue;
        let holds = false;
        for (let w = 0; w < words && !holds; w++) holds = (acc.bits[doc * acc.words + w]! & u.mask[w]!) !== 0;
        if (!holds) continue;
        let all = 0;
        let got = 0;
        for (const slot of u.slots) {
          all += slot.idf;
          if (slot.term >= 0 && acc.has(doc, slot.term)) got += slot.idf;
          else if (slot.substitutes.length && acc.hasAny(doc, slot.substitutes)) got += slot.idf * slot.factor;
        }
        let m = all ? got / all : 0;
        for (const alt of u.alternatives) {
          if (m >= u.alt) break;
          if (!alt.total) continue;
          let got = 0;
          let apart = 0;
          for (let i = 0; i < alt.terms.length; i++)
            if (alt.terms[i]! >= 0 && acc.has(doc, alt.terms[i]!)) {
              got += alt.idf[i]!;
              if (!alt.others[i]) apart += alt.idf[i]!;
            }
          m = Math.max(m, (u.alt * (got >= alt.total - 1e-9 ? got : apart)) / alt.total);
        }
        met += u.weight * m * m;
        if (m >= 0.5) held.words++;
        if (k === head) held.head = m;
      }
      return met / total;
    };
  }

  /** A generic word of the query, not part of a thesaurus term of several words (制作 of 虚拟制作 names something). */
  private genericUnit(u: PlannedUnit): boolean {
    return !u.inTerm && this.thesaurus.generic.has(u.text);
  }

  /** The share of a query's weight in generic words beside words that name something, which coverage never counts as met. */
  private genericShare(units: PlannedUnit[]): number {
    const generic = units.map((u) => this.genericUnit(u));
    if (!generic.includes(true) || !generic.includes(false)) return 0;
    const total = units.reduce((sum, u) => sum + u.weight, 0);
    return total ? units.reduce((sum, u, i) => sum + (generic[i] ? u.weight : 0), 0) / total : 0;
  }

  /** Published listings matching the query, best first, above the relevance floor. */
  search(query: string, filters: SearchFilters = {}): SearchResults {
    const asTyped = filters.asTyped === true;
    const key = JSON.stringify(["search", query, filters.kind ?? null, filters.category ?? null, filters.domain ?? null, asTyped]);
    return this.cached(key, () => {
      const all = this.cached(JSON.stringify(["search", query, asTyped]), () => (asTyped ? this.searchAsTyped(query) : this.searchUncached(query)));
      // Filters apply after the answers are added, so that a filtered search gives exactly the
      // unfiltered results of that kind, category or domain.
      if (!filters.kind && !filters.category && !filters.domain) return all;
      return all.filter(
        (l) =>
          (!filters.kind || l.kind === filters.kind) &&
          (!filters.category || l.category === filters.category) &&
          (!filters.domain || l.domains.includes(filters.domain)),
      );
    });
  }

  private searchUncached(query: string): SearchResults {
    const typed = this.searchAsTyped(query);
    // A need told in a sentence is met weakly by nature: only a short title-like query is read then.
    if (typed.total && (!titleLike(query) || [...query].length > READING_WEAK_LENGTH)) return typed;
    // A word typed that listings hold only across two of their words (视教 of 电视 | 教学) is no
    // word of theirs: likely a slip (手术视教 for 手术示教), and what it finds as typed counts for less.
    const typedTop = typed.total ? typed.slice(0, 1)[0]!.score * (this.heldApart(query) ? HELD_APART_FACTOR : 1) : 0;
    if (typedTop >= READING_WEAK) return typed;
    // Found weakly as typed (智能眼睛 by a listing's 眼睛 alone): a reading that makes a thesaurus
    // term and is met in full (智能眼镜) is shown instead, saying so.
    const strict = typed.total > 0;
    // Nothing found: the query may hold a slip that makes another word (全景像机 where listings
    // hold 摄像机, 医学印象) or a slip of 模糊音. It is read with each likely slip put right, and
    // the reading whose best hit fits best is shown as such.
    // A reading that makes a term of the thesaurus (医学影像, not 医学影响) comes first, and needs
    // its best hit to meet less of it.
    let best = typed;
    let bestRank = 0;
    for (const reading of this.readings(query)) {
      const { named } = reading;
      if (strict && !named) continue;
      const results = this.searchAsTyped(reading.text);
      const top = results.slice(0, 1)[0];
      // It holds the word put right, or (a thesaurus term) one of the term's other names.
      if (!top || top.score < (named && !strict ? READING_LEAST_NAMED : READING_LEAST) || (!named && !top.matched.includes(reading.term))) continue;
      if (strict && top.score < READING_OVER_TYPED * typedTop) continue;
      // The best hit holds the word put right and another word typed (电体位保 is 体位 alone).
      if (!top.matched.some((t) => t !== reading.term && termKind(t) !== "single")) continue;
      const rank = top.score + (named ? 1 : 0);
      if (rank <= bestRank) continue;
      best = results.readAs(reading.text, strict);
      bestRank = rank;
    }
    return best;
  }

  /** Whether a bigram inside a word of the query is held by listings only across two of their words. */
  private heldApart(query: string): boolean {
    const text = normalize(query);
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (termKind(bigram) === "bigram" && this.df.has(bigram) && !this.joined(bigram) && joinedIn(text, bigram)) return true;
    }
    return false;
  }

  /**
   * The query read with one of its bigrams replaced by one that sounds alike, or nearly (模糊音),
   * and that listings hold as part of a word: the likeliest first — a bigram the listings seldom
   * hold replaced by one they often do — and at most MAX_READINGS.
   */
  private readings(query: string): { text: string; term: string; named: boolean }[] {
    const text = normalize(query);
    const chars = [...text];
    const out: { text: string; term: string; at: number; odds: number }[] = [];
    // Two characters put right in a word of three leave too little of what was typed (光刻机 is
    // not 光科技).
    if (chars.filter((c) => termKind(c) === "single").length < 4) return [];
    // Where a thesaurus term of the reading covers the bigram put right (at `at`, in code units
    // as the mentions count them: the characters are Han), longer than it if `longer`.
    // A reading's mentions are looked for once, however many times it is asked about.
    const mentionsOf = new Map<string, { start: number; end: number }[]>();
    const covered = (reading: string, at: number, longer: boolean) => {
      let mentions = mentionsOf.get(reading);
      if (!mentions) mentionsOf.set(reading, (mentions = this.thesaurus.mentions(reading)));
      return mentions.some((m) => m.start <= at && at + 2 <= m.end && (!longer || m.end - m.start > 2));
    };
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      // A slip is made within a word typed (梯维 of 电梯维保 is no slip).
      if (termKind(bigram) !== "bigram" || !joinedIn(text, bigram)) continue;
      const seen = this.df.get(bigram) ?? 0;
      const at = chars.slice(0, i).join("").length;
      for (const key of new Set([...pinyinKeys(bigram), ...fuzzyKeys(bigram)])) {
        for (const term of this.byPinyin.get(key) ?? []) {
          if (term === bigram || !this.joined(term)) continue;
          const fixed = [...chars];
          fixed.splice(i, 2, ...term);
          const reading = fixed.join("");
          // The pair put right is a word, or part of a thesaurus term of the reading (录播 of
          // 录播系统, 亮灶 of 明厨亮灶, which the segmenter does not know): not 帧降 of 证件照.
          if (!isWord(term) && !covered(reading, at, false)) continue;
          // A generic word only within a thesaurus term (虚拟致作 → 虚拟制作), or for a pair that
          // is no word (祖赁 → 租赁 of 算力祖赁); a word is no slip for one (保安 is not 宝安).
          if (this.thesaurus.generic.has(term) && !covered(reading, at, true) && isWord(bigram)) continue;
          out.push({ text: reading, term, at, odds: (this.df.get(term)! + 1) / (seen + 1) });
        }
      }
    }
    return out
      .sort((a, b) => b.odds - a.odds)
      .slice(0, MAX_READINGS)
      .map((r) => ({ text: r.text, term: r.term, named: covered(r.text, r.at, false) }));
  }

  private searchAsTyped(query: string): SearchResults {
    const planned = this.plan(query);
    const { phrase, terms } = planned;
    if (!terms.length || this.mostlyUnknown(planned.units)) return SearchResults.empty;
    // A title whose qualifier names a thing the board has nowhere (婚纱 of 婚纱摄影跟拍, 船舶 of
    // 船舶靠泊激光测距系统) asks for something else, whatever its head meets (摄影跟拍, 测距系统);
    // so does one whose head does (租赁 of 核磁共振设备租赁), whatever its qualifiers meet.
    if (planned.titled && this.absentThing(planned.units)) return SearchResults.empty;
    // A need told in a sentence of five words or more (外国客人来参观展会听不懂中文…) is mostly how
    // people talk: its words that no listing holds in any form count for half, and the words it
    // must be met in are counted among those the listings know.
    const { titled } = planned;
    const told = planned.units.length >= TITLE_UNITS && !titled;
    const known = told ? planned.units.map((u) => this.knownUnit(u)) : null;
    const factorOf = (u: PlannedUnit, i: number) =>
      (planned.asked >= 0 && LIST_WORDS.has(u.text)) || (!known![i] && this.talks(u)) ? TOLD_TALK_FACTOR : known![i] ? 1 : TOLD_UNKNOWN_FACTOR;
    const units = known ? planned.units.map((u, i) => ({ ...u, weight: u.weight * factorOf(u, i) })) : planned.units;
    const knownCount = known ? known.filter(Boolean).length : units.length;
    const floor = units.length >= TITLE_UNITS && titled ? Math.max(TITLE_FLOOR, minCoverage(units.length)) : minCoverage(units.length);
    const index = new Map(terms.map((t, i) => [t.term, i]));
    const acc = this.score(terms, { essential: this.essentialTerms(units, floor, index) });
    if (!acc.used) return SearchResults.empty;
    const held = { words: 0, head: 0 };
    const head = this.unheldHead(query, units, titled);
    const coverage = this.coverage(units, index, held, head);
    // A query of several words met in one word only (汽车全景天窗漏水维修 by 全景), or a long one
    // in two generic words of ten, is about something else — unless those carry 40 % of it.
    const lone = units.length >= LONE_WORD_UNITS ? LONE_WORD_COVERAGE : 0;
    // Generic words beside naming ones are never counted as met (coverage): a thing and its
    // setting (社区 | 私人影院) is met in its one naming word.
    const naming = units.filter((u) => !this.genericUnit(u)).length;
    const minWords = Math.min(Math.max(2, Math.round(knownCount * LONE_WORD_SHARE)), naming || units.length);
    const phraseTerms = phrase.map((p) => index.get(p)).filter((i): i is number => i !== undefined);
    const top = this.topScore(acc);
    // A query that says which list it asks of (哪些公司能…: capabilities; 有没有单位需要…: demands)
    // ranks the other list's listings a little lower.
    const { asked } = planned;
    const askedFactor = asked < 0 ? 1 : ASKED_OTHER_FACTOR;
    const mini = this.mini as unknown as MiniInternals;
    const { words } = acc;
    // Coverage and phrase depend only on which of the query's terms a listing holds, a pattern
    // shared by many listings of a broad query: worked out once per pattern.
    type Share = { c: number; together: number } | null;
    // Up to 32 terms the pattern is one number; beyond, several, kept by their hash.
    const memo = words === 1 ? new Map<number, Share>() : null;
    // Beyond, by hash: each pattern's first listing (its bits stay in the accumulator to compare
    // with) and share, in flat arrays, chained where hashes collide — no object or copy per pattern.
    const memoN = words > 1 ? new Map<number, number>() : null;
    const entryDoc: number[] = [];
    const entryShare: Share[] = [];
    const entryNext: number[] = [];
    // A broad query of many terms may find each listing a pattern of its own: then the memo only
    // costs, and it is given up after MEMO_TRIAL listings that found it of little use.
    let memoLooks = 0;
    let memoFound = 0;
    const shareOf = (doc: number): Share => {
      const c = coverage(acc, doc);
      if (c < floor || (held.words < minWords && c < lone) || (head >= 0 && held.head < 0.5)) return null;
      // Words met in the order typed (景相 in 全景相机) come before the same words apart.
      let together = 1;
      if (phrase.length) {
        let n = 0;
        for (const p of phraseTerms) if (acc.has(doc, p)) n++;
        together = n / phrase.length;
      }
      return { c, together };
    };
    // Passing listings are kept in typed arrays in the order found; ranking is left to the reader.
    // Gathered in buffers kept from query to query, then copied at their length: typed arrays
    // live outside the heap, and allocating them by the thousand brings on full collections.
    const { docs, scores, bits, keys } = this.gatherBuffers(acc.used, words);
    let count = 0;
    let bestCoverage = 0;
    for (let t = 0; t < acc.used; t++) {
      const doc = acc.touched[t]!;
      let share: Share | undefined;
      if (memo) {
        const pattern = acc.bits[doc]!;
        share = memo.get(pattern);
        if (share === undefined) memo.set(pattern, (share = shareOf(doc)));
      } else if (memoN && (memoLooks < MEMO_TRIAL || memoFound * MEMO_USEFUL >= memoLooks)) {
        const at = doc * words;
        let hash = 0x811c9dc5;
        for (let w = 0; w < words; w++) hash = Math.imul(hash ^ acc.bits[at + w]!, 16777619);
        const first = memoN.get(hash);
        // Plain loops: closures made per listing, thousands of them per query, bring on collections.
        let known = -1;
        for (let e = first ?? -1; e >= 0 && known < 0; e = entryNext[e]!) {
          const other = entryDoc[e]! * words;
          let same = true;
          for (let w = 0; w < words && same; w++) same = acc.bits[other + w] === acc.bits[at + w];
          if (same) known = e;
        }
        memoLooks++;
        if (known >= 0) {
          memoFound++;
          share = entryShare[known]!;
        } else {
          share = shareOf(doc);
          memoN.set(hash, entryDoc.length);
          entryDoc.push(doc);
          entryShare.push(share);
          entryNext.push(first ?? -1);
        }
      } else share = shareOf(doc);
      if (!share) continue;
      const { c, together } = share;
      // Beside official listings, a made-up one is shown only where it fits well: placeholders
      // met in part are noise among the real ones.
      if (c < DEMO_LEAST && this.short.demoFactor(doc) !== 1) continue;
      if (c > bestCoverage) bestCoverage = c;
      // Coverage decides; the phrase and the text score (field weights, term frequency) order
      // near-equals.
      const score = c * (0.55 + 0.1 * together + 0.35 * Math.min(1, acc.scores[doc]! / top)) * this.short.demoFactor(doc) * (this.short.capability[doc] === asked ? 1 : askedFactor);
      docs[count] = doc;
      scores[count] = score;
      keys[count] = rankKey(score, count);
      for (let w = 0; w < words; w++) bits[count * words + w] = acc.bits[doc * words + w]!;
      count++;
    }
    // The bits are copied: the buffers are free for the answers' matches.
    this.releaseBuffers();
    // A title of some length (口腔诊所全景X光机采购) whose words naming something no listing meets
    // in as much as 40 % is about something else, whatever it shares with them. Its generic words
    // (年度, 服务, 采购) are left out of that share: no listing need meet them.
    if (titled && [...query.trim()].length >= TITLE_LEAST_LENGTH && bestCoverage < TITLE_LEAST * (1 - this.genericShare(units))) return SearchResults.empty;
    const results = new SearchResults(
      mini._storedFields,
      docs.slice(0, count),
      scores.slice(0, count),
      bits.slice(0, count * words),
      words,
      terms,
      keys.slice(0, count),
      new Map(),
    );
    return this.withAnswers(results);
  }

  /**
   * A need found in one list is answered in the other: the listings that match the best hit
   * (a capability for a demand the query describes, and the reverse) join the results just below
   * it. Plain-language needs share few words with the capabilities that meet them.
   */
  private withAnswers(results: SearchResults): SearchResults {
    const hit = results.slice(0, 1)[0];
    if (!hit) return results;
    const mini = this.mini as unknown as MiniInternals;
    const added: { doc: number; score: number; source: AnswerSource }[] = [];
    // Answers keep the order of the matches: one never goes above a hit that fits the best
    // hit better (a match already among the results).
    let ceiling = Infinity;
    for (const m of this.matchScored(hit.kind, hit.code, ANSWERS_PER_HIT, false) ?? []) {
      const doc = mini._idToShortId.get(docId(m.kind, m.code));
      if (doc === undefined || added.some((a) => a.doc === doc)) continue;
      const present = results.scoreOf(doc);
      if (present !== undefined) {
        ceiling = Math.min(ceiling, present);
        continue;
      }
      const score = Math.min(hit.score * m.score * ANSWER_FACTOR, ceiling * (1 - 1e-6));
      added.push({ doc, score, source: { kind: hit.kind, code: hit.code, title: hit.title } });
    }
    return added.length ? results.withAnswers(added) : results;
  }

  /** Whether some listing holds a query word as typed or by a homophone. */
  private heldAsTyped(u: PlannedUnit): boolean {
    return u.slots.some((s) => this.held(s.term) || s.substitutes.some(this.held));
  }

  /**
   * Whether one listing holds every term of a thesaurus term standing for a query word (all of
   * 婚纱照, not 摄影 of 婚庆摄影; 自主移动机器人 not by 自主 in one listing and 机器人 in another).
   */
  private heldInFull(a: Alternative): boolean {
    if (!a.terms.length || !a.terms.every(this.held)) return false;
    if (a.terms.length === 1) return true;
    const key = a.terms.join("\u0001");
    let together = this.together.get(key);
    if (together === undefined) {
      together = this.heldTogether(a.terms);
      this.together.set(key, together);
    }
    return together;
  }

  /** Whether some listing holds all these (held) terms: the rarest term's listings, looked up in the others'. */
  private heldTogether(terms: string[]): boolean {
    const mini = this.mini as unknown as MiniInternals;
    const rarest = terms.reduce((a, b) => (this.df.get(a)! <= this.df.get(b)! ? a : b));
    const others = terms.filter((t) => t !== rarest).map((t) => [...(mini._index.get(t)?.values() ?? [])]);
    for (const docs of mini._index.get(rarest)?.values() ?? [])
      for (const doc of docs.keys())
        if (mini._documentIds.has(doc) && others.every((fields) => fields.some((f) => f.has(doc)))) return true;
    return false;
  }

  /**
   * Whether a naming word of a title (a qualifier, or the last, its head: 租赁 of 核磁共振设备租赁)
   * is a thing the thesaurus knows and no listing holds in any of its names. Words the thesaurus
   * does not know (肺部, 古董) may be anything — a place, a verb, how people talk — and are left to
   * the other rules: a head of that kind (共享 of 放射影像共享) may still be met by what it qualifies.
   */
  private absentThing(units: PlannedUnit[]): boolean {
    let head = units.length - 1;
    while (head >= 0 && this.genericUnit(units[head]!)) head--;
    for (let i = 0; i <= head; i++) {
      const u = units[i]!;
      // A word that only begins a group's terms (防止 of 防止错装, 手脚 of 手脚起疹) is a guess at
      // a thing, not one the thesaurus knows: it may be a verb or how people talk.
      if (u.begins) continue;
      if (u.alternatives.length && !this.heldAsThing(u)) {
        // The first word of a long title is often its setting (工厂 of 工厂电子产线显微缺陷检测),
        // which a listing need not name: the words after it tell the thing.
        if (i === 0 && units.length >= SETTING_UNITS) continue;
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of the query is how people talk (一些, 看看, 老是): a word with a character of
   * talk in it, unless the thesaurus has it as a term (老照片).
   */
  private talks(u: PlannedUnit): boolean {
    return talks(u.text) && !this.thesaurus.names(u.text);
  }

  /**
   * Whether the board holds the whole of a query word that is itself a thesaurus term, not just a
   * part: every character of it in a pair some listing holds (as typed or by a homophone), or in
   * a shorter term inside it held in full (慢镜头 of 慢镜头回放, by a listing's 慢动作); or a term of
   * its group held in full. 骨密度检测 is not held by the 检测 of 跌倒检测, nor 港口岸电 by 港口.
   * A word the thesaurus does not name is left to knownUnit.
   */
  private heldWhole(u: PlannedUnit, inParts = this.heldInParts(u)): boolean {
    if (!this.pairwise(u) || !this.thesaurus.names(u.text)) return true;
    return inParts || u.alternatives.some((a) => !a.nested && this.heldInFull(a));
  }

  /** Whether a word that names a thing is one the board holds: known in some form, or in each of its parts, and whole. */
  private heldAsThing(u: PlannedUnit): boolean {
    const inParts = this.heldInParts(u);
    return (inParts || this.knownUnit(u)) && this.heldWhole(u, inParts);
  }

  /** Whether a word is Han characters met pair by pair (its slots are its bigrams, in order). */
  private pairwise(u: PlannedUnit): boolean {
    return u.slots.length >= 2 && u.slots.length === [...u.text].length - 1;
  }

  /**
   * Whether every character of a word is in a pair some listing holds (as typed or by a
   * homophone) or in a shorter term inside it held in full: 电瓶车着火 by 电动自行车 and 火灾.
   */
  private heldInParts(u: PlannedUnit): boolean {
    if (!this.pairwise(u)) return false;
    const covered = new Array<boolean>([...u.text].length).fill(false);
    u.slots.forEach((s, k) => {
      if (this.held(s.term) || s.substitutes.some(this.held)) covered[k] = covered[k + 1] = true;
    });
    for (const a of u.alternatives) if (a.span && this.heldInFull(a)) covered.fill(true, a.span[0], a.span[1]);
    return covered.every(Boolean);
  }

  /** Whether some listing holds a query word in some form: as typed, a homophone or a thesaurus term. */
  private knownUnit(u: PlannedUnit): boolean {
    return this.heldAsTyped(u) || u.alternatives.some((a) => !a.nested && this.heldInFull(a));
  }

  /**
   * A short query (家政保洁服务外包) whose weightiest words no listing holds, in any form, asks for
   * something the board does not have, even if a listing holds its other, lighter words (服务外包).
   * Words the board does not know are often how people talk (想把, 有些, 哪家): those are not
   * counted, in a short query (我们果园想用无人机看看树有没有生病) as in a long one. In a longer
   * query the share must be larger (社区长者食堂餐饮配送招标 asks for a canteen's catering whatever
   * 社区 and 长者 → 适老 meet).
   */
  private mostlyUnknown(units: PlannedUnit[]): boolean {
    if (units.length < UNKNOWN_UNITS.least) return false;
    const long = units.length > UNKNOWN_UNITS.most;
    let total = 0;
    let unknown = 0;
    for (const u of units) {
      total += u.weight;
      if (!this.knownUnit(u) && !this.talks(u)) unknown += u.weight;
    }
    return unknown > (long ? UNKNOWN_SHARE_LONG : UNKNOWN_SHARE) * total;
  }

  /**
   * The words of a query that no listing holds in any form — as typed, through a thesaurus term
   * or a homophone — for telling a visitor why nothing was found (校园门禁人脸识别闸机: 闸机).
   * Generic words and words of how people talk are left out.
   */
  missingWords(query: string): string[] {
    return this.plan(query)
      .units.filter(
        (u) =>
          [...u.text].length >= 2 &&
          !this.thesaurus.generic.has(u.text) &&
          !this.talks(u) &&
          !u.slots.some((s) => this.held(s.term) || s.substitutes.length > 0) &&
          !u.alternatives.some((a) => !a.nested && this.heldInFull(a)),
      )
      .map((u) => u.text);
  }

  /**
   * The word a title-like query of four words or more asks for, when the board does not hold it in
   * full (as typed, or a thesaurus term of it): -1 otherwise. A Chinese noun phrase puts its head
   * last (闸机 in 校园门禁人脸识别闸机, 物资 … 储备 before 采购), generic words aside; a listing
   * that meets the words before it but not the head is about something else, however many it meets.
   * A head the board holds is left alone: listings say the same act in other words (拍摄 · 摄像).
   * So are needs told in plain words or in clauses, and keywords typed apart.
   */
  /**
   * The best text score of the listings touched, the yardstick of the others'. While official
   * listings are on the board, the best official one's: the seeded demonstration listings do not
   * change how official ones rank against each other (a share above 1 counts as 1).
   */
  private topScore(acc: Accumulator): number {
    let top = 0;
    let official = 0;
    for (let t = 0; t < acc.used; t++) {
      const doc = acc.touched[t]!;
      top = Math.max(top, acc.scores[doc]!);
      if (this.short.demoFactor(doc) === 1) official = Math.max(official, acc.scores[doc]!);
    }
    return official || top;
  }

  /**
   * The best score (as topScore), and the score a match's floor is taken from: the best, or ten
   * times the second official one's if less — a near-twin of the source (the same phrases, often the
   * same writer) scores scores of times above any other fit, and would leave it no partner. One pass.
   */
  private matchTops(acc: Accumulator): { top: number; floorTop: number } {
    let top = 0;
    let first = 0;
    let second = 0;
    for (let t = 0; t < acc.used; t++) {
      const doc = acc.touched[t]!;
      const s = acc.scores[doc]!;
      if (s > top) top = s;
      if (this.short.demoFactor(doc) !== 1) continue;
      if (s > first) {
        second = first;
        first = s;
      } else if (s > second) second = s;
    }
    const best = first || top;
    return { top: best, floorTop: second ? Math.min(best, MATCH_TWIN * second) : best };
  }

  private unheldHead(query: string, units: PlannedUnit[], titled: boolean): number {
    if (units.length < HEAD_UNITS || !titled) return -1;
    // What a title adds in brackets (（二期）, （沙袋、抽水泵）) qualifies it; its head is outside them.
    const outside = /[(（【[〔]/u.test(query) ? normalize(query).replace(/[(（【[〔][^)）】\]〕]*[)）】\]〕]/gu, "") : null;
    let head = units.length - 1;
    while (head >= 0 && (this.thesaurus.generic.has(units[head]!.text) || (outside !== null && !outside.includes(units[head]!.text)))) head--;
    if (head < 0) return -1;
    const u = units[head]!;
    // A word cut short (充电 of 充电桩, when no listing holds 电桩) is not held in full either.
    const known = !u.clipped && (u.slots.every((s) => this.held(s.term)) || u.alternatives.some((a) => this.heldInFull(a)));
    return known ? -1 : head;
  }

  /**
   * The terms a listing must hold one of to pass the relevance floor: the query's words, heaviest
   * first, until the words left out could not reach the floor even if met in full.
   */
  private essentialTerms(units: PlannedUnit[], floor: number, index: Map<string, number>): Set<number> | undefined {
    const total = units.reduce((sum, u) => sum + u.weight, 0);
    if (!total) return undefined;
    const light = [...units].sort((a, b) => a.weight - b.weight);
    let left = 0;
    const skipped = new Set<PlannedUnit>();
    for (const u of light) {
      if ((left + u.weight) / total >= floor) break;
      left += u.weight;
      skipped.add(u);
    }
    if (!skipped.size) return undefined;
    const essential = new Set<number>();
    const add = (term: string) => {
      const i = index.get(term);
      if (i !== undefined) essential.add(i);
    };
    for (const u of units) {
      if (skipped.has(u)) continue;
      for (const slot of u.slots) {
        add(slot.term);
        slot.substitutes.forEach(add);
      }
      for (const alt of u.alternatives) alt.terms.forEach(add);
    }
    return essential;
  }

  private gathered = { docs: new Int32Array(0), scores: new Float64Array(0), bits: new Uint32Array(0), keys: new Float64Array(0) };
  private gatherBuffers(size: number, words: number) {
    const g = this.gathered;
    if (g.docs.length < size || g.bits.length < size * words) {
      const n = Math.max(size, g.docs.length * 2, 1024);
      this.gathered = { docs: new Int32Array(n), scores: new Float64Array(n), bits: new Uint32Array(n * Math.max(words, 2)), keys: new Float64Array(n) };
    }
    return this.gathered;
  }

  private releaseBuffers() {
    this.buffers?.reset();
  }

  /**
   * A listing's words with their field-weighted counts (word segmentation of its whole text: the
   * slow part of matching). They depend on the listing alone, so the latest few thousand are kept.
   */
  private textTermsOf(doc: IndexedDoc): Map<string, number> {
    const known = this.analyses.get(doc.id);
    if (known) return known;
    const sum = new Map<string, number>();
    addTextTerms(sum, doc.title, FIELD_BOOST.title);
    addTextTerms(sum, doc.tags, FIELD_BOOST.tags);
    addTextTerms(sum, doc.body, FIELD_BOOST.body);
    this.analyses.set(doc.id, sum);
    if (this.analyses.size > MAX_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    return sum;
  }

  /** The most telling terms of a listing: field-weighted, rare before common, with synonyms. */
  private listingTerms(doc: IndexedDoc, lean: boolean): { terms: RetrievalTerm[]; own: number } {
    const sum = this.textTermsOf(doc);
    const ranked = [...sum]
      // A term no other listing has cannot find a match (place names, the listing's own jargon);
      // words of any request or offer (建设, 运营, 平台) say nothing about what a listing is.
      .filter(([term]) => (this.df.get(term) ?? 0) >= 2 && !this.thesaurus.generic.has(term))
      .map(([term, w]) => ({ term, weight: w * this.idf(term) }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, lean ? ANSWER_TERMS : MATCH_TERMS);
    const top = ranked[0]?.weight ?? 1;
    const out = new Map(ranked.map((t) => [t.term, t.weight / top]));
    let expansions = this.expansionsOf.get(doc.id);
    if (!expansions) {
      // The terms of the other names of what its title and tags name, each once, with its weight.
      const weights = new Map<string, number>();
      for (const phrase of this.thesaurus.expansions(`${doc.title} ${doc.tags}`))
        for (const t of phraseTerms(phrase)) if (termKind(t) !== "single") weights.set(t, EXPANSION_WEIGHT * 0.3 * KIND_WEIGHT[termKind(t)]);
      expansions = { terms: [...weights.keys()], weights: [...weights.values()] };
      this.expansionsOf.set(doc.id, expansions);
      if (this.expansionsOf.size > MAX_ANALYSES) this.expansionsOf.delete(this.expansionsOf.keys().next().value!);
    }
    const common = Math.max(COMMON_EXPANSION_LEAST, this.docs.size * COMMON_EXPANSION_SHARE);
    const picked: number[] = [];
    for (let i = 0; i < expansions.terms.length; i++) {
      const t = expansions.terms[i]!;
      const df = this.df.get(t);
      // A bigram of the listing's own text keeps its weight whatever its count.
      if (df === undefined || (df > common && !out.has(t))) continue;
      picked.push(i);
    }
    // For the search's answers, the rarest only: each term adds its listings to walk, and the
    // common ones (影像, 系统 of other names) tell least about which listing fits best.
    if (lean && picked.length > ANSWER_EXPANSIONS) {
      picked.sort((a, b) => this.df.get(expansions.terms[a]!)! - this.df.get(expansions.terms[b]!)!);
      picked.length = ANSWER_EXPANSIONS;
    }
    for (const i of picked) {
      const t = expansions.terms[i]!;
      const w = expansions.weights[i]!;
      if ((out.get(t) ?? 0) < w) out.set(t, w);
    }
    // The listing's own words come first (a Map keeps the order keys were first set in).
    return { terms: [...out].map(([term, weight]) => ({ term, weight })), own: ranked.length };
  }

  /** Listings of the other kind that fit this one, best first, each with its reasons. */
  match(kind: Kind, code: string, limit = 10): MatchHit[] | null {
    return this.matchScored(kind, code, limit, true);
  }

  /** Matches, with their reasons in words or (for the search's answers) without. */
  private matchScored(kind: Kind, code: string, limit: number, withReasons: boolean): MatchHit[] | null {
    return this.cached(JSON.stringify(["match", kind, code, limit, withReasons]), () => this.matchUncached(kind, code, limit, withReasons));
  }

  private matchUncached(kind: Kind, code: string, limit: number, withReasons: boolean): MatchHit[] | null {
    const source = this.docs.get(docId(kind, code));
    if (!source) return null;
    if (limit < 1) return [];
    const other: Kind = kind === "scenario" ? "capability" : "scenario";
    // Without reasons, for a search's answers: fewer of the other names (ANSWER_EXPANSIONS).
    const { terms, own } = this.listingTerms(source, !withReasons);
    // The listing's own words are the first terms (32 at most: all in the first word of bits).
    const ownMask = own >= 32 ? -1 : (1 << own) - 1;
    // Below 0.15 of the best (before the square root below) a listing is not a match.
    const acc = this.score(terms, { kind: other, least: MATCH_LEAST });
    if (!acc.used) return [];
    // BM25 scores fall off steeply after the best hit; the square root keeps good seconds visible.
    // Below 0.15 of the best (before the root) a listing is not a match whatever its segment — of
    // the best but a near-twin (matchTops).
    const { top, floorTop } = this.matchTops(acc);
    const least = MATCH_LEAST * floorTop;
    const mini = this.mini as unknown as MiniInternals;
    // Candidates in order of text score (packed with their position, sorted natively); the
    // category and domain can add at most 0.25, so the walk stops once no candidate left can
    // reach the last of the best `limit`.
    const keys = new Float64Array(acc.used);
    let count = 0;
    for (let t = 0; t < acc.used; t++) {
      const s = acc.scores[acc.touched[t]!]!;
      if (s >= least) keys[count++] = -Math.round((s / top) * 1e9) * 2 ** 21 + t;
    }
    const order = keys.subarray(0, count).sort();
    type Scored = { doc: number; t: number; stored: Stored; score: number; sameCategory: boolean; sharedDomain: string | null };
    const scored: Scored[] = [];
    for (let i = 0; i < count; i++) {
      const t = ((order[i]! % 2 ** 21) + 2 ** 21) % 2 ** 21;
      const doc = acc.touched[t]!;
      const text = Math.sqrt(Math.min(1, acc.scores[doc]! / top));
      if (scored.length >= limit && MATCH_WEIGHT.text * text + MATCH_WEIGHT.category + MATCH_WEIGHT.domain < scored[limit - 1]!.score) break;
      const stored = mini._storedFields.get(doc)!;
      const domains = stored.domains as unknown as string[];
      const sameCategory = stored.category === source.category;
      const sharedDomain = source.domains.find((x) => domains.includes(x)) ?? null;
      const cat = sameCategory ? 1 : 0;
      const dom = sharedDomain ? 1 : 0;
      // Met by none of the listing's own words, only by other names of them, and of another
      // segment and field: nothing to show as a reason, and no match (a home camera is not an
      // endoscopy AI through 影像 · 识别 · 设备).
      if (!cat && !dom && !(acc.bits[doc * acc.words]! & ownMask)) continue;
      const admitted = floorTop < top ? Math.sqrt(Math.min(1, acc.scores[doc]! / floorTop)) : text;
      if (MATCH_ADMIT.text * admitted + MATCH_ADMIT.category * cat + MATCH_ADMIT.domain * dom < MATCH_ADMIT.floor) continue;
      const fit = MATCH_WEIGHT.text * text + MATCH_WEIGHT.category * cat + MATCH_WEIGHT.domain * dom;
      const score = fit * this.short.demoFactor(doc);
      // Best first; equal scores in the order the listings were found.
      let at = scored.length;
      while (at > 0 && (scored[at - 1]!.score < score || (scored[at - 1]!.score === score && scored[at - 1]!.t > t))) at--;
      if (at >= limit) continue;
      scored.splice(at, 0, { doc, t, stored, score, sameCategory, sharedDomain });
      if (scored.length > limit) scored.pop();
    }
    // Plain loops, not slice().map(): an empty list and a full one are arrays of different kinds,
    // and the inlined map() was thrown away at each change between them (hundreds of times in a
    // benchmark run), sending this function back to the interpreter.
    const kept = Math.min(scored.length, limit);
    const matchedOf: string[][] = [];
    for (let i = 0; i < kept; i++) matchedOf.push(withReasons ? this.matchedTerms(terms, acc, scored[i]!.doc) : []);
    this.releaseBuffers();
    // Reasons are worked out for the few shown only: they read both listings' whole text.
    const shown: MatchHit[] = [];
    for (let i = 0; i < kept; i++) {
      const { doc, stored, score, sameCategory, sharedDomain } = scored[i]!;
      const reasons: MatchReason[] = [];
      const shared = !withReasons ? [] : sharedTerms(source, this.docs.get(mini._documentIds.get(doc)!)!, matchedOf[i]!);
      if (shared.length) reasons.push({ type: "terms", terms: shared });
      if (sameCategory) reasons.push({ type: "category", category: source.category });
      if (sharedDomain) reasons.push({ type: "domain", domain: sharedDomain });
      shown.push({ kind: other, code: stored.code as string, title: stored.storedTitle as string, score: Math.round(score * 100) / 100, reasons });
    }
    return shown;
  }
}

/**
 * The words two listings share, for a match's reasons: runs of matched bigrams grown into the
 * longest stretch both texts contain (全景 + 景相 + 相机 → 全景相机), tags first.
 */
export function sharedTerms(a: IndexedDoc, b: IndexedDoc, matched: string[]): string[] {
  // IndexedDoc texts are normalised already.
  const textA = `${a.tags} ${a.title} ${a.body}`;
  const textB = `${b.tags} ${b.title} ${b.body}`;
  const bigrams = new Set(matched.filter((t) => [...t].length === 2 && /\p{Script=Han}/u.test(t)));
  const latin = matched.filter((t) => !/\p{Script=Han}/u.test(t) && textA.includes(t) && textB.includes(t));
  const words: string[] = [];
  const chars = [...textA];
  let i = 0;
  while (i < chars.length - 1) {
    if (!bigrams.has(chars[i]! + chars[i + 1]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j + 1 < chars.length && /\p{Script=Han}/u.test(chars[j + 1]!) && textB.includes(chars.slice(i, j + 2).join(""))) j++;
    const word = chars.slice(i, j + 1).join("");
    if (textB.includes(word) && !words.some((w) => w.includes(word))) words.push(word);
    i = j + 1;
  }
  return [...latin.map((l) => l.toUpperCase()), ...words].slice(0, 5);
}

