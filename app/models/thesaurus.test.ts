import { describe, expect, it } from "vitest";
import data from "../../db/seed/thesaurus.json";
import { normalize } from "./analysis";
import { Thesaurus } from "./thesaurus";

describe("Thesaurus", () => {
  const thesaurus = new Thesaurus([["全景相机", "360度相机"], ["增强现实", "AR", "AR眼镜"]]);

  it("finds where a group's term is mentioned and offers the group's other terms", () => {
    const mentions = thesaurus.mentions(normalize("景区要360度相机"));
    expect(mentions).toEqual([{ start: 3, end: 9, alternatives: ["全景相机"] }]);
  });

  it("finds every kind of term wherever it stands: one character, Han and Latin mixed, repeated, at either end, in the thesaurus's order", () => {
    const t = new Thesaurus([["痣", "色素痣"], ["x光", "射线"], ["全景", "360"], ["ar眼镜", "智能眼镜"]]);
    const at = (text: string) => t.mentions(text).map((m) => `${text.slice(m.start, m.end)}@${m.start}`);
    expect(at("查痣")).toEqual(["痣@1"]);
    expect(at("拍x光片")).toEqual(["x光@1"]);
    expect(at("全景全景相机")).toEqual(["全景@0", "全景@2"]);
    expect(at("全景ar眼镜")).toEqual(["全景@0", "ar眼镜@2"]);
    // A Latin term alone stands as a whole word only.
    expect(at("360度")).toEqual(["360@0"]);
    expect(at("x3600")).toEqual([]);
  });

  it("matches Latin terms as whole words only", () => {
    expect(thesaurus.mentions("smart glasses")).toEqual([]);
    expect(thesaurus.mentions("ar 导览").map((m) => m.alternatives)).toEqual([["增强现实", "ar眼镜"]]);
  });

  it("matches a Latin term of several words as whole words, typed apart by any spaces or hyphens", () => {
    const english = new Thesaurus([["机器视觉", "machine vision"], ["带货", "e-commerce live"]]);
    for (const text of ["machine vision 检测", "machine  vision", "machine-vision"]) {
      expect(english.mentions(text).map((m) => m.alternatives), text).toEqual([["机器视觉"]]);
    }
    expect(english.mentions("machine visions")).toEqual([]);
    expect(english.mentions("e commerce live").map((m) => m.alternatives)).toEqual([["带货"]]);
    expect(english.expansions("machine vision")).toEqual(["机器视觉"]);
    expect(english.expansions("machine visionary")).toEqual([]);
  });

  it("expansions lists the other terms of every group mentioned", () => {
    expect(thesaurus.expansions(normalize("AR眼镜"))).toEqual(expect.arrayContaining(["增强现实"]));
  });

  it("says the text with one part swapped for another of the same length, only between the bounds given", () => {
    const swapping = Thesaurus.from({ groups: [["三维扫描", "3d扫描"]], morphemes: [["立体", "三维"], ["老", "旧"]] });
    expect(swapping.swaps("老物件立体扫描", 3, 7)).toEqual([{ text: "老物件三维扫描", start: 3, end: 5 }]);
    expect(swapping.swaps("老物件立体扫描", 0, 7).map((s) => s.text)).toEqual(["旧物件立体扫描", "老物件三维扫描"]);
    expect(new Thesaurus([]).swaps("立体扫描", 0, 4)).toEqual([]);
  });

  it("ships word parts that stand for one another: normalised Han parts of equal length, each in one group", () => {
    const morphemes = (data as { morphemes?: string[][] }).morphemes ?? [];
    expect(morphemes.length).toBeGreaterThanOrEqual(100);
    const seen = new Set<string>();
    for (const group of morphemes) {
      expect(new Set(group).size, group.join("/")).toBeGreaterThanOrEqual(2);
      expect(new Set(group.map((p) => [...p].length)).size, group.join("/")).toBe(1);
      for (const part of group) {
        expect(normalize(part), part).toBe(part);
        expect(part, part).toMatch(/^\p{Script=Han}+$/u);
        expect(seen.has(part), part).toBe(false);
        seen.add(part);
      }
    }
  });

  it("ships a thesaurus whose groups each hold at least two distinct terms", () => {
    for (const group of data.groups) {
      expect(new Set(group.map((t) => normalize(t))).size, group.join("/")).toBeGreaterThanOrEqual(2);
    }
    expect(data.groups.length).toBeGreaterThanOrEqual(20);
  });

  it("ships generic words that are distinct, normalised, and no group's terms (a group's word names a thing)", () => {
    const terms = new Set(data.groups.flat().map((t) => normalize(t)));
    expect(data.generic.length).toBeGreaterThanOrEqual(10);
    expect(new Set(data.generic).size).toBe(data.generic.length);
    for (const word of data.generic) {
      expect(normalize(word), word).toBe(word);
      expect(terms.has(word), word).toBe(false);
    }
    expect(new Thesaurus(data.groups, data.generic).generic.has("建设")).toBe(true);
  });
});
