import { describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS, MATURITIES } from "../models/vocabulary";
import { en } from "./en";
import { zhCN } from "./zh-CN";

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") for (const [k, v] of leaves(value as Tree, p)) out.set(k, v);
    else out.set(p, value);
  }
  return out;
}

describe("locales", () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it("have exactly the same keys", () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it("have no empty strings, and functions where the other has functions", () => {
    for (const [key, value] of zh) {
      const other = english.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === "string") {
        expect(value.trim(), `zh ${key}`).not.toBe("");
        expect(String(other).trim(), `en ${key}`).not.toBe("");
      }
    }
  });

  it("label every vocabulary value in both languages, in English without Chinese", () => {
    for (const c of CATEGORIES) {
      expect(zhCN.vocab.category[c]).toBe(c);
      expect(en.vocab.category[c]).toMatch(/^[A-Za-z &]+$/);
    }
    for (const d of DOMAINS) {
      expect(zhCN.vocab.domain[d]).toBe(d);
      expect(en.vocab.domain[d]).toMatch(/^[A-Za-z &]+$/);
    }
    for (const m of MATURITIES) expect(en.vocab.maturity[m]).toMatch(/^[A-Za-z &]+$/);
  });

  it("keep the English interface free of Chinese except the switch back and examples", () => {
    const allowed = new Set(["language.switchTo", "language.switchHint", "home.searchPlaceholder", "search.placeholder"]);
    for (const [key, value] of english) {
      if (typeof value !== "string" || allowed.has(key)) continue;
      expect(value, key).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
