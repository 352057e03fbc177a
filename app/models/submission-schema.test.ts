import { describe, expect, it } from "vitest";
import { en } from "../locales/en";
import { zhCN } from "../locales/zh-CN";
import { formSchemas, isMainlandPhone } from "./submission-schema";

const today = "2026-11-26";
const zh = formSchemas(zhCN.form, { today });

const capability = {
  title: "8K全景直播整体方案",
  organization: "示例影像科技有限公司",
  category: "影像采集",
  domains: ["文化旅游", "体育赛事"],
  tags: "全景、直播，8K",
  description: "提供8K全景直播的采集、拼接、编码和分发整体方案，适用于赛事与景区。",
  maturity: "量产",
  contactName: "张三",
  contactPhone: "13800138000",
};

const scenario = {
  title: "景区夜游沉浸式体验",
  publisher: "宝安区文化广电旅游体育局",
  category: "虚拟制作与XR",
  domain: "文化旅游",
  description: "希望在景区夜间开放时段提供沉浸式光影与AR导览体验，吸引年轻游客。",
  contactName: "李四",
  contactEmail: "lisi@example.cn",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("form schemas", () => {
  it("accept a good capability: trimmed, NFC, tags split on 、 and commas, domains de-duplicated", () => {
    const result = zh.capability.safeParse({ ...capability, title: "  8K全景直播整体方案 ", domains: ["文化旅游", "文化旅游"] });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      title: "8K全景直播整体方案",
      tags: ["全景", "直播", "8K"],
      domains: ["文化旅游"],
      cases: null,
      contactEmail: null,
    });
  });

  it("accept tags posted as repeated fields and a single domain as a string", () => {
    const result = zh.capability.safeParse({ ...capability, tags: ["全景", "直播、8K"], domains: "文化旅游" });
    expect(result.data?.tags).toEqual(["全景", "直播", "8K"]);
    expect(result.data?.domains).toEqual(["文化旅游"]);
  });

  it("keep the issue's limits, counted in characters", () => {
    const e = errorsOf(zh.scenario.safeParse({ ...scenario, title: "短标题", description: "太短" }));
    expect(e.title).toEqual(["名称至少 4 个字（现在 3 个）".replace("名称", "场景名称")]);
    expect(e.description?.[0]).toContain("场景描述至少 20 个字");
    expect(zh.scenario.safeParse({ ...scenario, title: "景".repeat(80) }).success).toBe(true);
    expect(errorsOf(zh.scenario.safeParse({ ...scenario, title: "景".repeat(81) })).title?.[0]).toBe("场景名称最多 80 个字（现在 81 个）");
    expect(zh.scenario.safeParse({ ...scenario, title: "😀😀😀😀" }).success).toBe(true);
  });

  it("refuse more than 10 tags and a tag over 20 characters", () => {
    const many = Array.from({ length: 11 }, (_, i) => `词${i}`).join("、");
    expect(errorsOf(zh.capability.safeParse({ ...capability, tags: many })).tags).toEqual(["关键词最多 10 个（现在 11 个）"]);
    expect(errorsOf(zh.capability.safeParse({ ...capability, tags: "x".repeat(10_000) })).tags?.[0]).toMatch(/^每个关键词最多 20 个字/);
  });

  it("need 1–5 domains from the vocabulary, and vocabulary values for the selects", () => {
    expect(errorsOf(zh.capability.safeParse({ ...capability, domains: [] })).domains).toEqual(["请至少选择一个适用领域"]);
    expect(errorsOf(zh.capability.safeParse({ ...capability, domains: ["文化旅游", "影视制作", "教育培训", "城市治理", "工业制造", "体育赛事"] })).domains).toEqual([
      "适用领域最多选择 5 个",
    ]);
    expect(errorsOf(zh.capability.safeParse({ ...capability, domains: ["火星"] })).domains).toEqual(["请从列表中选择适用领域"]);
    const e = errorsOf(zh.capability.safeParse({ ...capability, category: "'; DROP TABLE scenarios; --", maturity: undefined }));
    expect(e.category).toEqual(["请从列表中选择产业环节"]);
    expect(e.maturity).toEqual(["请选择成熟度"]);
  });

  it("need a mainland phone or an email, and say so beside both", () => {
    const e = errorsOf(zh.capability.safeParse({ ...capability, contactPhone: undefined }));
    expect(e.contactPhone).toEqual(["联系电话和电子邮箱至少填写一项"]);
    expect(e.contactEmail).toEqual(["联系电话和电子邮箱至少填写一项"]);
    expect(errorsOf(zh.capability.safeParse({ ...capability, contactPhone: "12345" })).contactPhone?.[0]).toMatch(/^联系电话应为手机号/);
    expect(errorsOf(zh.capability.safeParse({ ...capability, contactEmail: "not-an-email" })).contactEmail).toEqual(["电子邮箱格式不正确，例如 name@example.cn"]);
  });

  it("know mainland phone numbers", () => {
    for (const ok of ["13800138000", "+86 138 0013 8000", "0755-12345678", "(0755)12345678", "010-1234567-123", "400-123-4567"]) expect(isMainlandPhone(ok), ok).toBe(true);
    for (const bad of ["12345", "23800138000", "1380013800", "<script>", "☎️13800138000", "0755-123"]) expect(isMainlandPhone(bad), bad).toBe(false);
  });

  it("refuse a deadline before today or not a real date, and accept today", () => {
    expect(errorsOf(zh.scenario.safeParse({ ...scenario, deadline: "2026-11-25" })).deadline).toEqual(["截止日期不能早于今天（2026-11-26）"]);
    expect(errorsOf(zh.scenario.safeParse({ ...scenario, deadline: "2026-02-30" })).deadline).toEqual(["截止日期应为有效日期，格式 YYYY-MM-DD"]);
    expect(zh.scenario.safeParse({ ...scenario, deadline: today }).success).toBe(true);
  });

  it("refuse control characters, direction marks, broken encoding, line breaks in one-line fields, and a field given twice", () => {
    const e = (title: unknown) => errorsOf(zh.scenario.safeParse({ ...scenario, title })).title?.[0];
    expect(e("景区夜游\u0000体验")).toBe("场景名称含有控制字符，请删除后重试");
    expect(e("景区\u202E夜游体验")).toBe("场景名称含有不可见的文字方向控制符，请删除后重试");
    expect(e("景区\u200F夜游体验")).toBe("场景名称含有不可见的文字方向控制符，请删除后重试");
    expect(e("景区\uFFFD夜游体验")).toBe("场景名称含有无法识别的字符（编码错误），请重新输入");
    expect(e("景区夜游\n体验")).toBe("场景名称不能换行");
    expect(e(["景区夜游体验", "另一个"])).toBe("场景名称只能填写一次");
    // A description may have paragraphs, and markup is only text.
    const ok = zh.scenario.safeParse({ ...scenario, description: `${scenario.description}\r\n<script>alert(1)</script> 😀` });
    expect(ok.data?.description).toBe(`${scenario.description}\n<script>alert(1)</script> 😀`);
  });

  it("speak English when built with English messages", () => {
    const english = formSchemas(en.form, { today });
    const e = errorsOf(english.capability.safeParse({ ...capability, title: "", contactPhone: "12" }));
    expect(e.title).toEqual(["Please fill in capability title"]);
    expect(e.contactPhone?.[0]).toMatch(/^Give a mobile number/);
  });

  it("let moderators keep imported listings: longer texts, no contact, past deadlines", () => {
    const moderate = formSchemas(zhCN.form, { today, mode: "moderate" });
    const imported = { ...scenario, title: "景".repeat(100), contactName: undefined, contactEmail: undefined, deadline: "2026-01-31" };
    expect(moderate.scenario.safeParse(imported).success).toBe(true);
    expect(zh.scenario.safeParse(imported).success).toBe(false);
  });

  it("check 对接意向: a contact, a message of at most 1000 characters, a well-formed own code", () => {
    const interest = { organization: "示例科技", contactName: "王五", contactEmail: "wang@example.cn", message: "我们可以提供全景直播方案。" };
    expect(zh.interest.safeParse(interest).success).toBe(true);
    expect(errorsOf(zh.interest.safeParse({ ...interest, message: "好".repeat(1001) })).message).toEqual(["留言最多 1000 个字（现在 1001 个）"]);
    expect(errorsOf(zh.interest.safeParse({ ...interest, contactEmail: undefined })).contactPhone).toEqual(["联系电话和电子邮箱至少填写一项"]);
    expect(errorsOf(zh.interest.safeParse({ ...interest, ownCode: "<img src=x>" })).ownCode).toEqual(["编号只能包含字母、数字、点、下划线和连字符"]);
  });
});
