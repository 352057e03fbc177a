import { describe, expect, it } from "vitest";
import { capabilityRecordSchema, isIsoDate, scenarioRecordSchema, splitList } from "./listing-schema";

const scenario = {
  code: "CJ-001",
  title: "景区夜游全景导览",
  publisher: "宝安区文化广电旅游体育局",
  category: "影像采集",
  domain: "文化旅游",
  tags: ["全景", "夜游"],
  description: "游客晚上来了没什么可看的，希望做夜游导览。",
};

const capability = {
  code: "NL-001",
  title: "8K全景相机",
  organization: "示例影像公司",
  category: "影像采集",
  domains: ["文化旅游"],
  tags: [],
  description: "提供8K全景相机与拼接软件，支持直播。",
  maturity: "量产",
};

function messages(result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("scenarioRecordSchema", () => {
  it("accepts a minimal record and fills optional fields with null", () => {
    const r = scenarioRecordSchema.parse(scenario);
    expect(r).toMatchObject({ code: "CJ-001", location: null, budget: null, deadline: null, contactName: null });
  });

  it("trims, NFC-normalises, splits tag strings and drops duplicate tags", () => {
    const r = scenarioRecordSchema.parse({
      ...scenario,
      title: "  景区夜游全景导览 ",
      tags: "全景、夜游，VR; 全景",
      publisher: "Cafe\u0301 宝安",
    });
    expect(r.title).toBe("景区夜游全景导览");
    expect(r.tags).toEqual(["全景", "夜游", "VR"]);
    expect(r.publisher).toBe("Café 宝安");
  });

  it("names the field and the allowed values for a wrong vocabulary value", () => {
    const r = scenarioRecordSchema.safeParse({ ...scenario, category: "影像", domain: "旅游" });
    const m = messages(r);
    expect(m.some((x) => x.startsWith("category: “影像”不是有效的产业环节") && x.includes("影像采集"))).toBe(true);
    expect(m.some((x) => x.startsWith("domain: “旅游”不是有效的应用领域"))).toBe(true);
  });

  it("refuses missing required fields, each by name", () => {
    const m = messages(scenarioRecordSchema.safeParse({ code: "CJ-9" }));
    for (const field of ["title", "publisher", "category", "domain", "description"]) {
      expect(m.some((x) => x.startsWith(`${field}:`)), field).toBe(true);
    }
  });

  it("refuses bad codes, dates, emails, phones, control characters and too many tags", () => {
    const bad = {
      code: "CJ 001/../x",
      deadline: "2026-02-30",
      contactEmail: "not-an-email",
      contactPhone: "call me",
      description: "正常文字\u0000含有空字符的描述内容",
      tags: Array.from({ length: 11 }, (_, i) => `标签${i}`),
    };
    const m = messages(scenarioRecordSchema.safeParse({ ...scenario, ...bad }));
    for (const field of Object.keys(bad)) expect(m.some((x) => x.startsWith(`${field}:`)), field).toBe(true);
  });

  it("accepts past deadlines (old lists are history)", () => {
    expect(scenarioRecordSchema.parse({ ...scenario, deadline: "2020-01-01" }).deadline).toBe("2020-01-01");
  });

  it("counts length in characters, not UTF-16 units", () => {
    const twentyEmoji = "🎥".repeat(20);
    expect(scenarioRecordSchema.safeParse({ ...scenario, tags: [twentyEmoji] }).success).toBe(true);
    expect(scenarioRecordSchema.safeParse({ ...scenario, tags: [twentyEmoji + "🎥"] }).success).toBe(false);
  });
});

describe("capabilityRecordSchema", () => {
  it("accepts 1–5 domains and refuses 0 or 6 or unknown ones", () => {
    expect(capabilityRecordSchema.safeParse(capability).success).toBe(true);
    expect(capabilityRecordSchema.safeParse({ ...capability, domains: [] }).success).toBe(false);
    expect(
      capabilityRecordSchema.safeParse({
        ...capability,
        domains: ["文化旅游", "影视制作", "教育培训", "城市治理", "工业制造", "体育赛事"],
      }).success,
    ).toBe(false);
    const m = messages(capabilityRecordSchema.safeParse({ ...capability, domains: ["文化旅游", "太空"] }));
    expect(m).toEqual(["domains.1: “太空”不是有效的应用领域（可选：文化旅游、影视制作、教育培训、城市治理、工业制造、体育赛事、医疗健康、商业消费、公共文化）"]);
  });

  it("requires a known maturity", () => {
    expect(messages(capabilityRecordSchema.safeParse({ ...capability, maturity: "成熟" }))[0]).toMatch(/^maturity: /);
  });
});

describe("helpers", () => {
  it("splitList splits on the separators clerks use", () => {
    expect(splitList("VR、AR，XR,8K;5G；LED\n直播")).toEqual(["VR", "AR", "XR", "8K", "5G", "LED", "直播"]);
  });
  it("isIsoDate accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-1-5")).toBe(false);
  });
});
