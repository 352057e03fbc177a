import { describe, expect, it } from "vitest";
import { SearchIndex, capabilityDoc, scenarioDoc } from "./search-index";
import { Thesaurus } from "./thesaurus";

function board() {
  const index = new SearchIndex(new Thesaurus([["全景相机", "360度相机"], ["航拍", "无人机"]]));
  index.upsert(scenarioDoc({ code: "S1", title: "景区全景VR导览", tags: ["全景", "导览"], description: "游客希望在手机上预览景区全景，需要360度拍摄和导览讲解。", category: "影像采集", publisher: "某景区", domain: "文化旅游" }));
  index.upsert(scenarioDoc({ code: "S2", title: "街道违建航拍巡查", tags: ["巡查"], description: "每周对辖区楼顶违建进行航拍巡查，输出问题清单。", category: "影像采集", publisher: "某街道", domain: "城市治理" }));
  index.upsert(capabilityDoc({ code: "C1", title: "8K全景相机", tags: ["全景相机", "8K"], description: "提供8K全景相机与景区VR导览制作，支持直播。", category: "影像采集", organization: "示例影像", domains: ["文化旅游"] }));
  index.upsert(capabilityDoc({ code: "C2", title: "无人机巡检服务", tags: ["无人机", "巡检"], description: "无人机自动巡检，识别违建与占道经营，输出带坐标的问题清单。", category: "影像采集", organization: "示例飞行", domains: ["城市治理"] }));
  return index;
}
const codes = (index: SearchIndex, q: string, kind?: "scenario" | "capability") => index.search(q, { kind }).hits.map((h) => h.code);

describe("SearchIndex.search", () => {
  it("finds a word inside a longer one without spaces", () => {
    expect(codes(board(), "全景")).toEqual(expect.arrayContaining(["S1", "C1"]));
  });
  it("finds a listing through a thesaurus synonym, below the listing that has the word itself", () => {
    const index = board();
    expect(codes(index, "360度相机")).toContain("C1");
    expect(codes(index, "航拍")[0]).toBe("S2");
    expect(codes(index, "航拍")).toContain("C2");
  });
  it("returns nothing for a query with nothing relevant", () => {
    expect(codes(board(), "火锅外卖配送")).toEqual([]);
    expect(codes(board(), "")).toEqual([]);
  });
  it("restricts by kind", () => {
    expect(codes(board(), "全景", "capability")).toEqual(["C1"]);
  });
  it("follows upserts and removals at once", () => {
    const index = board();
    index.remove("capability", "C1");
    expect(codes(index, "全景相机")).not.toContain("C1");
    index.upsert(capabilityDoc({ code: "C1", title: "夜游光影秀", tags: [], description: "沉浸式夜游光影秀策划与建设，投影与灯光。", category: "显示与传播", organization: "示例", domains: ["文化旅游"] }));
    expect(codes(index, "8K全景相机")).not.toContain("C1");
    expect(codes(index, "夜游光影秀")).toEqual(["C1"]);
    expect(index.size).toBe(4);
  });
});

describe("SearchIndex.match", () => {
  it("finds the other kind's listings that fit, never the listing itself, with reasons", () => {
    const index = board();
    const matches = index.match("scenario", "S2", 5)!;
    expect(matches[0]).toMatchObject({ kind: "capability", code: "C2" });
    expect(matches.every((m) => m.kind === "capability")).toBe(true);
    expect(matches[0]!.reasons).toEqual(
      expect.arrayContaining([{ type: "category", category: "影像采集" }, { type: "domain", domain: "城市治理" }]),
    );
    const terms = matches[0]!.reasons.find((r) => r.type === "terms");
    expect(terms && terms.type === "terms" && terms.terms).toEqual(expect.arrayContaining(["违建"]));
    expect(index.match("capability", "C1", 5)!.map((m) => m.code)).toEqual(["S1"]);
  });
  it("answers null for a listing not in the index", () => {
    expect(board().match("scenario", "NOPE")).toBeNull();
  });
});

describe("SearchIndex.load", () => {
  it("builds the same index as adding listings one by one", () => {
    const one = board();
    const docs = [...(one as unknown as { docs: Map<string, unknown> }).docs.keys()];
    expect(docs).toHaveLength(4);
    const bulk = new SearchIndex(new Thesaurus([["全景相机", "360度相机"], ["航拍", "无人机"]]));
    bulk.load([
      scenarioDoc({ code: "S1", title: "景区全景VR导览", tags: ["全景", "导览"], description: "游客希望在手机上预览景区全景，需要360度拍摄和导览讲解。", category: "影像采集", publisher: "某景区", domain: "文化旅游" }),
      scenarioDoc({ code: "S2", title: "街道违建航拍巡查", tags: ["巡查"], description: "每周对辖区楼顶违建进行航拍巡查，输出问题清单。", category: "影像采集", publisher: "某街道", domain: "城市治理" }),
      capabilityDoc({ code: "C1", title: "8K全景相机", tags: ["全景相机", "8K"], description: "提供8K全景相机与景区VR导览制作，支持直播。", category: "影像采集", organization: "示例影像", domains: ["文化旅游"] }),
      capabilityDoc({ code: "C2", title: "无人机巡检服务", tags: ["无人机", "巡检"], description: "无人机自动巡检，识别违建与占道经营，输出带坐标的问题清单。", category: "影像采集", organization: "示例飞行", domains: ["城市治理"] }),
    ]);
    for (const q of ["全景", "360度相机", "航拍", "违建巡查", "镜", "VR", "火锅"]) {
      expect(bulk.search(q).hits, q).toEqual(one.search(q).hits);
    }
    expect(bulk.match("scenario", "S2")).toEqual(one.match("scenario", "S2"));
    // And it keeps working incrementally afterwards.
    bulk.remove("capability", "C2");
    one.remove("capability", "C2");
    expect(bulk.search("无人机").hits).toEqual(one.search("无人机").hits);
  });

  it("refuses to load into an index that has listings", () => {
    expect(() => board().load([])).toThrow();
  });
});
