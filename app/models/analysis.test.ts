import { describe, expect, it } from "vitest";
import { indexTerms, joinedIn, normalize, pinyinKey, pinyinKeys, queryUnits, termKind, wordKeys } from "./analysis";

describe("normalize", () => {
  it("folds full-width Latin, case and traditional characters", () => {
    expect(normalize("ＶＲ眼鏡 ８Ｋ AIGC")).toBe("vr眼镜 8k aigc");
    expect(normalize("無人機攝影")).toBe("无人机摄影");
  });
  it("leaves simplified text as it is, including characters that are also traditional forms", () => {
    const simplified = "怎么办 干部 台灯 里面 后面 游泳馆 内窥镜 数字人";
    expect(normalize(simplified)).toBe(simplified);
    // 著 of 著录 · 显著: a match's reasons show the normalised words both listings hold, and 着录
    // is in neither.
    expect(normalize("古籍著录 效果显著")).toBe("古籍著录 效果显著");
    expect(normalize("顯著")).toBe("显著");
  });
  it("writes a measure after its number as its symbol, in as many characters (0.3毫米 → 0.3mm), and 毫米波 as it is", () => {
    expect(normalize("裂缝宽度0.3毫米 半径5公里")).toBe("裂缝宽度0.3mm 半径5km");
    expect(normalize("毫米波雷达")).toBe("毫米波雷达");
    expect(normalize("0.3毫米").length).toBe("0.3毫米".length);
  });
  it("reads a size as its numbers, whichever sign is typed between them (640×512, 640x512, 640*512)", () => {
    for (const size of ["640×512", "640x512", "640X512", "640*512", "640＊512"]) expect(normalize(size)).toBe("640 512");
    expect(indexTerms("红外机芯640x512")).toEqual(indexTerms("红外机芯640×512"));
    // Not a word with an x in it, nor an x standing alone.
    expect(normalize("x86 4k 3x")).toBe("x86 4k 3x");
  });
});

describe("indexTerms", () => {
  it("cuts Han text into bigrams and keeps Latin words whole", () => {
    expect(indexTerms("8K全景相机，AIGC")).toEqual(["8k", "全景", "景相", "相机", "aigc"]);
  });
  it("keeps a one-character run whole unless it is a stop character", () => {
    expect(indexTerms("镜 的 景区")).toEqual(["镜", "景区"]);
  });
});

describe("pinyinKeys", () => {
  it("reads each character every way it is read, its commonest reading first", () => {
    expect(pinyinKeys("古藉")).toEqual(["~gujie", "~guji"]);
    expect(pinyinKeys("古藉")).toContain(pinyinKey("古籍"));
    expect(pinyinKeys("巡检")).toEqual([pinyinKey("巡检")]);
  });
});

describe("pinyinKey", () => {
  it("gives homophone typos the same key as the word meant", () => {
    expect(pinyinKey("窥竟")).toBe(pinyinKey("窥镜"));
    expect(pinyinKey("巡捡")).toBe(pinyinKey("巡检"));
    expect(pinyinKey("短居")).toBe(pinyinKey("短剧"));
    expect(pinyinKey("全景")).not.toBe(pinyinKey("全井相"));
  });
});

describe("joinedIn", () => {
  it("tells a bigram inside a word of the text from two characters of two words side by side", () => {
    expect(joinedIn("后厨摄像头由学校负责日常管理", "校负")).toBe(false);
    expect(joinedIn("学校负责", "学校")).toBe(true);
    // Words the segmenter does not know come out as lone characters (巡|检, 热|成像): may be words.
    expect(joinedIn("变电站设备日常巡检", "巡检")).toBe(true);
    expect(joinedIn("红外热成像测温", "热成")).toBe(true);
    // Any occurrence inside a word is enough; none at all is no word either.
    expect(joinedIn("学校负责，某校负一层", "校负")).toBe(true);
    expect(joinedIn("全景相机", "校负")).toBe(false);
  });
});

describe("wordKeys", () => {
  it("knows a bigram by its characters' commonest readings and, where one has several, by the bigram read as a word", () => {
    // 校 alone is xiào; 校正 is jiào zhèng, and 较正 is how it is mistyped.
    expect(wordKeys("校正")).toEqual(expect.arrayContaining([pinyinKey("校正"), pinyinKey("较正")]));
    expect(pinyinKey("校正")).not.toBe(pinyinKey("较正"));
    // Not by every reading of each character: 车 is also jū, but 家具 is no 家车.
    expect(wordKeys("家车")).not.toContain(pinyinKey("家具"));
    expect(wordKeys("租赁")).toEqual([pinyinKey("租赁")]);
  });
});

describe("queryUnits", () => {
  const texts = (q: string, knows?: (b: string) => boolean) => queryUnits(normalize(q), knows).map((u) => u.text);

  it("drops the words of the query's grammar from a need in plain words", () => {
    const units = texts("我们景区想做夜游沉浸式体验");
    expect(units).not.toContain("我们");
    expect(units.join("")).not.toMatch(/想|做/);
    expect(units).toEqual(expect.arrayContaining(["景区", "体验"]));
  });
  it("drops the fillers of a need dictated by voice (嗯, 就是, 然后, 谁家)", () => {
    const units = texts("嗯 就是蔬菜大棚里 病虫害拍照识别 然后谁家能做");
    expect(units.join(" ")).not.toMatch(/嗯|就是|然后|谁家/);
    expect(units).toEqual(expect.arrayContaining(["蔬菜", "病虫害"]));
  });
  it("keeps Latin words and numbers as words of their own", () => {
    expect(texts("8K全景直播")).toEqual(["8k", "全景", "直播"]);
    expect(texts("  AR / VR  阅读！！")).toEqual(["ar", "vr", "阅读"]);
  });
  it("joins a lone character to its neighbour only where the listings know the join", () => {
    expect(texts("数字人", () => true)).toEqual(["数字人"]);
    expect(texts("内窥竟", () => false)).toEqual(["内窥竟"]);
  });
  it("cuts lone characters run together at a pair the listings do not know, when both sides are known words", () => {
    const known = new Set(["头显", "展厅", "内窥", "窥镜"]);
    const knows = (b: string) => known.has(b);
    // The segmenter gives 头|显|展|厅: one word of four lone characters, two words to the listings.
    expect(texts("头显展厅", knows)).toEqual(["头显", "展厅"]);
    // A typo keeps its word: one side of the unknown pair is a single character.
    expect(texts("内窥竟", knows)).toEqual(["内窥竟"]);
  });
  it("takes a thesaurus term as one word where the segmenter cuts across it, unless what is left names nothing", () => {
    const span = (text: string, term: string) => ({ start: text.indexOf(term), end: text.indexOf(term) + term.length });
    const cut = (q: string, terms: string[], known: string[] = []) => {
      const text = normalize(q);
      return queryUnits(text, (b) => known.includes(b), () => false, terms.map((t) => span(text, t))).map((u) => u.text);
    };
    // The segmenter gives 注塑|机|节|能|改造: 能 would be dropped as grammar and 机节 made a word.
    expect(texts("注塑机节能改造", () => false)).toContain("机节");
    // (注塑 | 机 is left to the search, which makes the term 注塑机 of them one word again.)
    expect(cut("注塑机节能改造", ["注塑", "注塑机", "节能"])).toEqual(["注塑", "机", "节能", "改造"]);
    // 称|重治|超: the terms cut through a word the listings do not hold.
    expect(cut("高速公路动态称重治超", ["称重", "动态称重", "治超"])).toEqual(["高速公路", "动态称重", "治超"]);
    // Terms that overlap (港口 · 口岸 of 港口岸电) cut nothing.
    expect(cut("港口岸电", ["港口", "口岸"])).toEqual(cut("港口岸电", []));
    // Nor does a term that would leave a lone character naming nothing (计 of 客|流|计) or a word
    // the listings do not hold (吊物盲区 of 塔机 | 吊物盲区).
    expect(cut("客流计", ["客流"])).toEqual(["客流计"]);
    // Lone characters away from the term are as they were uncut (区|里 of a need in words): the
    // term still cuts (展|会, 会 no longer dropped as grammar).
    expect(cut("区里需要做展会相关的影像服务", ["展会"])).toContain("展会");
    expect(cut("区里需要做展会相关的影像服务", [])).not.toContain("展会");
    expect(cut("塔机吊物盲区", ["塔机"], ["吊物"])).toEqual(cut("塔机吊物盲区", [], ["吊物"]));
  });
  it("cuts there too when a side is a homophone typo of a known pair (泥头车 | 忙区 for 盲区)", () => {
    const known = new Set(["泥头", "头车", "盲区"]);
    const knows = (b: string) => known.has(b);
    const sounds = (b: string) => [...known].some((k) => k !== b && pinyinKey(k) === pinyinKey(b));
    // The segmenter gives every character apart: 泥|头|车|忙|区.
    expect(queryUnits(normalize("泥头车忙区"), knows, sounds).map((u) => u.text)).toEqual(["泥头车", "忙区"]);
    // Without the homophone the right side is unknown, and the word is kept whole as before.
    expect(texts("泥头车忙区", knows)).toEqual(["泥头车忙区"]);
    // A cut between known words comes first, even where the pair across sounds like a known one
    // (板隐 like 版印 in 出版印刷).
    const pv = new Set(["光伏", "伏板", "隐裂", "版印"]);
    const pvSounds = (b: string) => [...pv].some((k) => k !== b && pinyinKey(k) === pinyinKey(b));
    expect(queryUnits(normalize("光伏板隐裂"), (b) => pv.has(b), pvSounds).map((u) => u.text)).toEqual(["光伏板", "隐裂"]);
    // With a slip in it every pair is known or sounds like one (光服 → 光伏, 服板 → 伏板, 板隐 →
    // 版印): cut where the fewest slips explain the sides, one 服 for 光服板, not 服 and 板隐.
    expect(queryUnits(normalize("光服板隐裂"), (b) => pv.has(b), pvSounds).map((u) => u.text)).toEqual(["光服板", "隐裂"]);
    expect(queryUnits(normalize("光服板隐裂"), (b) => pv.has(b), () => false).map((u) => u.text)).toEqual(["光服板隐裂"]);
  });
  it("keeps a grammar character typed for a same-sounding one after a lone character (巡和 for 巡河), not one the listings hold after it", () => {
    const known = new Set(["无人", "人机", "巡河", "上的", "跑道"]);
    const knows = (b: string) => known.has(b);
    const sounds = (b: string) => [...known].some((k) => k !== b && pinyinKey(k) === pinyinKey(b));
    // The segmenter gives 无人|机|巡|和: 和 (and) is grammar, and was dropped with the slip in it.
    expect(queryUnits(normalize("无人机巡和"), knows, sounds).map((u) => u.text)).toEqual(["无人机", "巡和"]);
    expect(queryUnits(normalize("无人机巡和"), knows, () => false).map((u) => u.text)).toEqual(["无人机", "巡"]);
    // 上的 of 跑道上的杂物 is a pair the listings hold as typed: grammar, not a slip.
    expect(queryUnits(normalize("跑道上的杂物"), knows, sounds).map((u) => u.text)).not.toContain("上的");
  });
  it("labels term kinds", () => {
    expect(termKind("8k")).toBe("latin");
    expect(termKind("全景")).toBe("bigram");
    expect(termKind("全")).toBe("single");
  });
});
