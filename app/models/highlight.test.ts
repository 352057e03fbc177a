import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight.server";

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe("highlight", () => {
  it("marks matched bigrams and whole Latin words (any width or case)", () => {
    const s = highlight("医用内窥镜影像与ＶＲ全景，AIGC视频", ["内窥", "窥镜", "vr", "aigc", "全景"]);
    expect(marked(s)).toEqual(["内窥镜", "ＶＲ全景", "AIGC"]);
    expect(s.map((x) => x.text).join("")).toBe("医用内窥镜影像与ＶＲ全景，AIGC视频");
  });
  it("does not mark a Latin term inside a longer word", () => {
    expect(marked(highlight("LED大屏与LEDs", ["led"]))).toEqual(["LED"]);
  });
  it("leaves text with nothing matched as one plain segment", () => {
    expect(highlight("<script>alert(1)</script>", [])).toEqual([{ text: "<script>alert(1)</script>", mark: false }]);
  });
});

describe("snippet", () => {
  it("shows the stretch around the matches of a long text, with ellipses", () => {
    const s = snippet(highlight(`${"一".repeat(200)}全景相机${"二".repeat(50)}`, ["全景"]), 40);
    const text = s.map((x) => x.text).join("");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(marked(s)).toEqual(["全景"]);
    expect([...text].length).toBeLessThanOrEqual(42);
  });
  it("keeps a short text whole", () => {
    const segments = highlight("全景相机", ["全景"]);
    expect(snippet(segments)).toEqual(segments);
  });
});
