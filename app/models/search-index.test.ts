import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { syntheticCorpus } from "../../scripts/synthetic-corpus";
import { capabilityRecordSchema, scenarioRecordSchema } from "./listing-schema";
import { buildIndexFromFile } from "./search-eval";
import { SearchIndex, capabilityDoc, scenarioDoc, type SearchDoc, type SearchHit } from "./search-index";
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

type Board = { scenarios: object[]; capabilities: object[] };
/**
 * The index of the first batch as a seeded board holds it (marked as demonstrations), beside a
 * labelled set's board (tests/fixtures/SET), or alone.
 */
function seededIndex(set: string | null): SearchIndex {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Board;
  const first = read("db/seed/first-batch.json");
  const other: Board = set ? read(`tests/fixtures/${set}/board.json`) : { scenarios: [], capabilities: [] };
  const demo = (items: object[]) => items.map((x) => ({ ...x, demo: true }));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seeded-")), "board.json");
  fs.writeFileSync(file, JSON.stringify({ scenarios: [...demo(first.scenarios), ...other.scenarios], capabilities: [...demo(first.capabilities), ...other.capabilities] }));
  return buildIndexFromFile(file);
}

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
  it("names the words of a query no listing holds in any form: not those held, as typed, as a synonym or as a homophone", () => {
    const index = board();
    expect(index.missingWords("火锅外卖配送")).toEqual(["火锅", "外卖", "配送"]);
    // 全景 is held; 全井 sounds like it (a slip); 360度相机 stands for 全景相机; a lone 的 is no word.
    expect(index.missingWords("火锅的全景")).toEqual(["火锅"]);
    expect(index.missingWords("全井相机")).toEqual([]);
    expect(index.missingWords("360度相机 桌椅")).toEqual(["桌椅"]);
  });
  it("counts a thesaurus term as held only where one listing holds all of it, not its words scattered over several", () => {
    const index = new SearchIndex(new Thesaurus([["搬运车", "自主移动机器人"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "自主研发工业相机", tags: ["相机"], description: "自主研发的工业相机。", category: "影像采集", organization: "甲公司", domains: ["工业制造"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "移动机器人视觉底盘", tags: ["机器人"], description: "移动机器人的视觉导航底盘。", category: "智能终端", organization: "乙公司", domains: ["工业制造"] }));
    expect(index.missingWords("搬运车")).toEqual(["搬运车"]);
    index.upsert(capabilityDoc({ code: "C3", title: "自主移动机器人", tags: ["AMR"], description: "仓库自主移动机器人。", category: "智能终端", organization: "丙公司", domains: ["工业制造"] }));
    expect(index.missingWords("搬运车")).toEqual([]);
  });
  it("drops a query of several words met in one word only, but keeps one met in two", () => {
    const index = board();
    // 全景 alone of 汽车 · 全景 · 天窗 · 漏水 · 维修: a car's sunroof, not a panoramic camera.
    expect(codes(index, "汽车全景天窗漏水维修")).toEqual([]);
    expect(codes(index, "景区 全景 导览 预约 小程序")).toContain("S1");
  });
  it("returns nothing for a short query whose weightiest words no listing holds, though one holds its lighter words", () => {
    const index = board();
    // S2 holds 违建 and 巡查, but 家政 and 保洁 (housekeeping, cleaning) are what is asked for.
    expect(index.plan("家政保洁 违建巡查").units.map((u) => u.text)).toEqual(["家政", "保洁", "违建", "巡查"]);
    expect(codes(index, "家政保洁 违建巡查")).toEqual([]);
    expect(codes(index, "街道 违建巡查")[0]).toBe("S2");
    // Words of how people talk (哪家, 想用) are not counted as unknown, in a short query too:
    // 漫游 alone is not most of 哪家 · 景区 · 全景 · 漫游.
    expect(index.plan("哪家能做景区全景漫游").units.map((u) => u.text)).toEqual(["哪家", "景区", "全景", "漫游"]);
    expect(codes(index, "哪家能做景区全景漫游")).toContain("S1");
    expect(codes(index, "景区想用全景拍樱花")).toContain("S1");
  });
  it("returns nothing for a title-like query of four words or more whose last word, the thing it asks for, no listing holds", () => {
    const index = new SearchIndex(new Thesaurus([], ["采购", "系统", "改造"]));
    index.upsert(scenarioDoc({ code: "S1", title: "物流园区集装箱箱号识别与验残", tags: ["箱号识别", "集装箱"], description: "物流园区进出口车道部署高清相机，自动识别集装箱箱号并检测箱体残损。", category: "智能处理", publisher: "某物流园", domain: "交通物流" }));
    index.upsert(capabilityDoc({ code: "C1", title: "变电站红外热成像巡检", tags: ["红外", "巡检"], description: "变电站设备红外测温与机器人巡检。", category: "影像采集", organization: "某公司", domains: ["城市治理"] }));
    // 闸机 (turnstiles) is asked for; S1 meets every word before it. Generic words after the head
    // (改造) do not hide it.
    expect(index.plan("进出车道高清相机箱号识别闸机").units.map((u) => u.text)).toEqual(["进出", "车道", "高清", "相机", "箱号", "识别", "闸机"]);
    expect(codes(index, "进出车道高清相机箱号识别闸机")).toEqual([]);
    expect(codes(index, "物流园区进出车道箱号识别闸机改造")).toEqual([]);
    // What brackets add qualifies the title: the head is outside them.
    expect(codes(index, "进出车道高清相机箱号识别（二期）")).toEqual(["S1"]);
    expect(codes(index, "进出车道高清相机箱号识别闸机（二期）")).toEqual([]);
    // A head the board holds, or only generic words after the others: found.
    expect(codes(index, "进出车道高清相机箱号识别系统")).toEqual(["S1"]);
    expect(codes(index, "进出车道高清相机箱号识别")).toEqual(["S1"]);
    // A head typed with a homophone slip is met through the word it stands for.
    expect(codes(index, "进出车道高清相机箱号试别")).toEqual(["S1"]);
    expect(codes(index, "变电站设备红外热成像智能巡捡")).toEqual(["C1"]);
    // A need told rather than titled ends in how people talk: not a head.
    expect(codes(index, "我们想在进出车道用高清相机箱号识别闸机")).toEqual(["S1"]);
    // 老 tells a need in 老是, 老有人; in 老旧, 老年人, 老城 it names, and the query is still a title.
    expect(codes(index, "老旧园区进出车道箱号识别闸机")).toEqual([]);
    expect(codes(index, "进出车道老是要人工看箱号识别闸机")).toEqual(["S1"]);
    // Four words are enough (物流 · 园区 · 车道 · 出租: S1 meets all but the thing asked for).
    expect(codes(index, "物流园区车道出租")).toEqual([]);
    // Nor are keywords typed apart, in any order.
    expect(codes(index, "进出 车道 高清 相机 箱号识别 闸机")).toEqual(["S1"]);
    // Nor clauses apart: a sentence, whose last word need not be what it asks for.
    expect(codes(index, "进出车道高清相机箱号识别，还有闸机")).toEqual(["S1"]);
    expect(codes(index, "进出车道高清相机箱号识别，闸机")).toEqual(["S1"]);
  });
  it("asks a title of five words or more to be met in a quarter of its weight; a need told in plain words, less", () => {
    const index = new SearchIndex(new Thesaurus([], ["升级", "改造"]));
    index.upsert(capabilityDoc({ code: "C1", title: "沉浸式展厅激光投影", tags: ["激光投影"], description: "多通道激光投影融合，适合展厅、剧场和影院。", category: "显示与传播", organization: "某公司", domains: ["公共文化"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "社区放映厅数字影院系统", tags: ["放映厅"], description: "社区小型数字影院，点播放映，配激光光源。", category: "显示与传播", organization: "某公司", domains: ["公共文化"] }));
    // C1 holds 影院 and 激光 of 影院 · 数字 · 放映 · 激光 · 光源: not a projector's light source.
    expect(codes(index, "影院数字放映机激光光源升级改造")).toEqual(["C2"]);
    expect(codes(index, "我们影院想把数字放映机换成激光光源")).toEqual(["C2", "C1"]);
  });
  it("lets a homophone stand in for a word some listing holds, not for two characters of two words side by side", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(scenarioDoc({ code: "S1", title: "校园食堂明厨亮灶", tags: ["明厨亮灶"], description: "后厨摄像头由学校负责日常管理。", category: "智能处理", publisher: "某学校", domain: "教育" }));
    index.upsert(capabilityDoc({ code: "C1", title: "变电站红外巡检", tags: ["巡检"], description: "变电站设备红外测温与日常巡检。", category: "影像采集", organization: "某公司", domains: ["城市治理"] }));
    // 校负 sounds like 校服 (school uniforms), but S1 holds it only across 学校 | 负责.
    expect(index.plan("校服").units[0]!.slots[0]!.substitutes).toEqual([]);
    expect(codes(index, "校服")).toEqual([]);
    expect(codes(index, "巡捡")[0]).toBe("C1");
    // A listing where the two characters stand alone (某校 · 负一层: 校 | 负) may hold them as a word.
    index.upsert(capabilityDoc({ code: "C2", title: "某校负一层共享影棚", tags: ["影棚"], description: "按小时预约。", category: "内容创作与服务", organization: "某公司", domains: ["商业消费"] }));
    expect(index.plan("校服").units[0]!.slots[0]!.substitutes).toEqual(["校负"]);
  });
  it("finds the answer to a need told in a sentence whose other words no listing holds, and not to one about something else", () => {
    const index = new SearchIndex(new Thesaurus([], ["设备"]));
    index.upsert(capabilityDoc({ code: "C1", title: "AI智能眼镜（同传翻译版）", tags: ["智能眼镜", "实时翻译"], description: "镜片上显示40种语言的实时翻译字幕，适合展会外宾接待。", category: "智能终端", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "会展客流统计", tags: ["客流"], description: "展馆入口客流统计与热力图。", category: "智能处理", organization: "乙公司", domains: ["商业消费"] }));
    // 外国 · 客人 · 参观 · 听不懂 · 中文 · 戴在 · 脸上: how people talk, held by no listing.
    const told = "外国客人来参观展会听不懂中文，有没有戴在脸上就能实时翻译的设备";
    expect(codes(index, told)[0]).toBe("C1");
    expect(codes(index, "外国客人来参观展会想吃正宗的粤菜，附近有没有推荐的餐厅")).toEqual([]);
  });
  it("counts a generic word inside a thesaurus term of several words as naming something (制作 of 虚拟制作)", () => {
    const index = new SearchIndex(new Thesaurus([["虚拟制作", "虚拟拍摄"]], ["制作"]));
    index.upsert(capabilityDoc({ code: "C1", title: "LED虚拟制作影棚", tags: ["虚拟制作"], description: "LED背景墙虚拟制作。", category: "虚拟制作与XR", organization: "甲公司", domains: ["影视制作"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "宣传片制作", tags: ["宣传片"], description: "企业宣传片拍摄与制作。", category: "内容创作与服务", organization: "乙公司", domains: ["商业消费"] }));
    index.upsert(capabilityDoc({ code: "C3", title: "VR虚拟现实头显", tags: ["VR"], description: "一体式虚拟现实头显。", category: "智能终端", organization: "丙公司", domains: ["教育培训"] }));
    // 虚拟 and 制作 are as common: 虚拟 alone is half of the query.
    expect(codes(index, "虚拟制作")[0]).toBe("C1");
    // Beside a word that names something, alone it is still generic: 宣传片 · 制作 is met by 宣传片.
    expect(codes(index, "宣传片制作")).toEqual(["C2"]);
    // A slip is read as a generic word where that makes a thesaurus term (致作 → 制作 of 虚拟制作).
    const slip = index.search("虚拟致作");
    expect(slip.readingOf).toBe("虚拟制作");
    expect(slip.hits[0]?.code).toBe("C1");
    expect(index.search("宣传片致作").readingOf).toBeNull();
  });
  it("meets a word no listing holds in full by its thesaurus terms, and one a listing holds at a lower share", () => {
    const index = new SearchIndex(new Thesaurus([["航拍", "无人机"]], ["服务"]));
    index.upsert(capabilityDoc({ code: "C1", title: "无人机倾斜摄影测量", tags: ["无人机", "测绘"], description: "无人机倾斜摄影与实景三维建模服务。", category: "影像采集", organization: "甲公司", domains: ["城市治理"] }));
    // 航拍 is on no listing: 无人机 stands for it in full, and 服务 beside it is generic.
    expect(codes(index, "航拍服务")).toEqual(["C1"]);
    // Once a listing holds 航拍 itself, the one holding it comes first and 无人机 counts for less.
    index.upsert(capabilityDoc({ code: "C2", title: "航拍宣传片制作", tags: ["航拍"], description: "城市宣传片航拍与剪辑服务。", category: "内容创作与服务", organization: "乙公司", domains: ["文化旅游"] }));
    expect(codes(index, "航拍服务")[0]).toBe("C2");
  });
  it("ranks the list a query asks of first: 哪些公司能… capabilities, 有没有单位需要… demands", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(scenarioDoc({ code: "S1", title: "热成像测温巡检需求", tags: ["热成像"], description: "变电站需要热成像测温巡检。", category: "影像采集", publisher: "某供电局", domain: "城市治理" }));
    index.upsert(capabilityDoc({ code: "C1", title: "热成像测温巡检相机", tags: ["热成像"], description: "热成像测温巡检相机。", category: "影像采集", organization: "甲公司", domains: ["城市治理"] }));
    const first = (q: string) => codes(index, q)[0];
    expect(first("我们是做热成像测温巡检的，有没有单位需要")).toBe("S1");
    expect(first("宝安哪些公司能做热成像测温巡检")).toBe("C1");
    // Both lists stay in the results.
    expect(codes(index, "宝安哪些公司能做热成像测温巡检")).toEqual(["C1", "S1"]);
  });
  it("counts the words of how people talk in a need told (今年, 要用), and the list it asks of (需求), for little", () => {
    const index = board();
    // 今年 · 需求 · 要用 no listing holds; counted at half a word each, they outweighed 无人机.
    expect(codes(index, "宝安这边今年有哪些需求要用到无人机").sort()).toEqual(["C2", "S2"]);
  });
  it("drops English words of asking and the board's own place (which companies make smart glasses in Bao'an)", () => {
    const index = new SearchIndex(new Thesaurus([["智能眼镜", "ar眼镜", "smart glasses"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "AR智能眼镜整机", tags: ["智能眼镜"], description: "轻量AR智能眼镜整机研发与制造。", category: "智能终端", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "展会外宾接待翻译", tags: ["翻译"], description: "展会需要外宾接待的实时翻译。", category: "智能终端", publisher: "某会展中心", domain: "商业消费" }));
    expect(index.plan("which companies make smart glasses in Bao'an").units.map((u) => u.text)).toEqual(["smart", "glasses"]);
    expect(codes(index, "which companies make smart glasses in Bao'an")).toEqual(["C1"]);
    expect(codes(index, "Who makes smart glasses?")).toEqual(["C1"]);
  });
  it("leaves out the words that name the list a short told need asks of (做LED屏的，看看有哪些项目可以投)", () => {
    const index = new SearchIndex(new Thesaurus([], ["项目"]));
    index.upsert(scenarioDoc({ code: "S1", title: "商场外墙LED大屏", tags: ["LED"], description: "商场外墙更换LED大屏，做裸眼3D效果。", category: "显示与传播", publisher: "某商场", domain: "商业消费" }));
    index.upsert(capabilityDoc({ code: "C1", title: "户外LED大屏工程", tags: ["LED"], description: "户外LED大屏设计与安装。", category: "显示与传播", organization: "甲公司", domains: ["商业消费"] }));
    expect(index.plan("做LED屏的，看看有哪些项目可以投").units.map((u) => u.text)).toEqual(["led"]);
    expect(codes(index, "做LED屏的，看看有哪些项目可以投")).toEqual(["S1", "C1"]);
    // In a title, or a longer need, 项目 stays a word of the query.
    expect(index.plan("LED大屏项目").units.map((u) => u.text)).toContain("项目");
  });
  it("finds nothing for a title of 9 characters or more whose naming words no listing meets in 40 % (dev-set-4 beside the first batch)", () => {
    const index = seededIndex("dev-set-4");
    // Listings meet 口腔 · 全景 · X光 apart (a dental scanner, a panoramic camera, DR), none an X-ray machine for a clinic.
    expect(index.search("口腔诊所全景X光机采购").hits.map((h) => h.code)).toEqual([]);
    // Met in full, a title as long is found.
    expect(index.search("全景相机与8K全景相机").hits.map((h) => h.code)).toContain("NL-001");
  });
  it("does not take a word that only begins a group's terms (防止 of 防止错装) for a thing no listing holds, so a title it qualifies still finds", () => {
    const index = new SearchIndex(new Thesaurus([["防错", "防止错装"], ["高空抛物", "楼上扔东西"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "高空抛物智能监控", tags: ["高空抛物", "监控"], description: "仰拍摄像机全天监控楼体，自动识别高空抛物并回溯轨迹。", category: "影像处理与AIGC", organization: "甲公司", domains: ["城市治理"] }));
    // 防止 begins 防止错装 and no listing holds 防错: a guess, not a thing asked for.
    expect(codes(index, "防止高空抛物监控")).toEqual(["C1"]);
    // A thing the thesaurus knows (防错) and no listing holds still empties a title it qualifies.
    expect(codes(index, "防错高空抛物监控")).toEqual([]);
  });
  it("reads a word no listing holds that begins a thesaurus group's terms (肺部 of 肺部结节) as that group's, not one that ends them (配送 of 无人机配送)", () => {
    const index = new SearchIndex(new Thesaurus([["肺结节", "肺部结节", "肺结节筛查"], ["无人机配送", "空中配送", "低空物流"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "肺结节AI辅助筛查", tags: ["肺结节"], description: "胸部CT肺结节自动检出与随访。", category: "影像处理与AIGC", organization: "甲公司", domains: ["医疗健康"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "低空物流无人机", tags: ["低空物流"], description: "园区无人机航线运输。", category: "智能终端", organization: "乙公司", domains: ["城市治理"] }));
    expect(codes(index, "肺部智能筛查")).toEqual(["C1"]);
    expect(index.plan("配送").units[0]!.alternatives).toEqual([]);
    // A word and one character more is often another word (交易会 is a trade fair).
    const fair = new SearchIndex(new Thesaurus([["博览会", "交易会", "展会"]]));
    fair.upsert(capabilityDoc({ code: "C1", title: "展会全景直播", tags: ["展会"], description: "展会全景直播与云看展。", category: "影像采集", organization: "丙公司", domains: ["商业消费"] }));
    expect(fair.plan("股票交易").units.map((u) => u.alternatives.length)).toEqual([0, 0]);
    expect(codes(index, "食堂配送")).toEqual([]);
  });
  it("reads words the thesaurus does not know with a part said another way, when that makes one of its terms (立体扫描 → 三维扫描)", () => {
    const make = (morphemes: string[][]) => {
      const index = new SearchIndex(Thesaurus.from({ groups: [["三维扫描", "3d扫描", "三维建模"], ["点播影院", "电影包厢"]], morphemes }));
      index.upsert(capabilityDoc({ code: "C1", title: "文物三维建模", tags: ["三维建模"], description: "馆藏器物的三维建模与线上展示。", category: "影像采集", organization: "甲公司", domains: ["文化旅游"] }));
      index.upsert(capabilityDoc({ code: "C2", title: "点播影院放映系统", tags: ["点播影院"], description: "点播影院的放映与点播系统。", category: "显示与传播", organization: "乙公司", domains: ["商业消费"] }));
      index.upsert(scenarioDoc({ code: "S1", title: "社区立体停车库", tags: ["停车"], description: "老旧小区加装立体停车库。", category: "影像采集", publisher: "某街道", domain: "城市治理" }));
      return index;
    };
    const swapping = make([["立体", "三维"], ["包房", "包厢"]]);
    expect(codes(swapping, "立体扫描")).toEqual(["C1"]);
    expect(codes(swapping, "电影包房")).toEqual(["C2"]);
    // 立体停车 makes no term: the words as typed, as before.
    expect(codes(swapping, "立体停车")).toEqual(["S1"]);
    const plain = make([]);
    expect(codes(plain, "立体扫描")).toEqual([]);
    expect(codes(plain, "电影包房")).toEqual([]);
  });
  it("finds nothing for a title whose qualifier is a thing the thesaurus knows and no listing holds in any name (婚纱 of 婚纱摄影跟拍)", () => {
    const index = new SearchIndex(new Thesaurus([["婚纱", "婚纱照", "婚纱写真", "婚庆摄影"], ["跟拍", "跟踪拍摄"]]));
    index.upsert(scenarioDoc({ code: "S1", title: "半程马拉松摄影跟拍", tags: ["跟拍", "摄影"], description: "赛道摄影跟拍，选手照片按号码布检索。", category: "内容创作与服务", publisher: "某体育局", domain: "体育赛事" }));
    // 婚庆摄影 is met in part (摄影), 婚纱 nowhere: a wedding shoot is not a marathon's.
    expect(codes(index, "婚纱摄影跟拍")).toEqual([]);
    // A qualifier the thesaurus does not know may be anything (a place, a race): left to the other rules.
    expect(codes(index, "赛道摄影跟拍")).toEqual(["S1"]);
    // The head too: a title asking for a thing the thesaurus knows and no listing holds (婚纱照,
    // qualified by what the marathon's listing holds) asks for something else.
    expect(codes(index, "马拉松摄影跟拍婚纱照")).toEqual([]);
    expect(codes(index, "马拉松摄影跟拍")).toEqual(["S1"]);
    // A sentence is not a title: its words are how people talk.
    expect(codes(index, "想找人给马拉松做摄影跟拍，婚纱那种风格也行")).toContain("S1");
  });
  it("finds nothing for a title naming a thesaurus term of which the board holds only a part (骨密度检测 by the 检测 of 跌倒检测)", () => {
    const index = new SearchIndex(new Thesaurus([["骨密度检测", "骨密度仪", "骨质疏松筛查"], ["检测", "识别"], ["老年人", "老人", "长者"], ["慢镜头", "慢动作"], ["慢镜头回放", "即时回放"]]));
    index.upsert(scenarioDoc({ code: "S1", title: "独居老人居家安全无感看护", tags: ["独居老人", "跌倒识别"], description: "老人家中安装无感设备，检测跌倒、长时间无活动，识别呼吸心率异常，告警推送网格员。", category: "智能处理", publisher: "某街道", domain: "医疗健康" }));
    index.upsert(scenarioDoc({ code: "S2", title: "长者饭堂菜品识别结算", tags: ["长者饭堂", "菜品识别"], description: "托盘放上即自动识别菜品并结算，老人刷脸核验身份。", category: "智能处理", publisher: "某街道", domain: "商业消费" }));
    index.upsert(capabilityDoc({ code: "C1", title: "赛事多机位转播", tags: ["慢动作回放", "多机位"], description: "多机位转播，精彩镜头慢动作回放。", category: "内容创作与服务", organization: "甲公司", domains: ["体育赛事"] }));
    // 检测 is held (and 识别 for it), 骨密度 nowhere: a bone-density check is not what these do.
    expect(codes(index, "老年人骨密度检测")).toEqual([]);
    expect(codes(index, "老年人跌倒检测")[0]).toBe("S1");
    // 慢镜头回放 is held whole: 慢镜头 by the listing's 慢动作, 回放 as typed.
    expect(codes(index, "慢镜头回放")).toEqual(["C1"]);
  });
  it("takes a title's word as held where each of its parts is, through its own terms (电瓶车着火 by 电动自行车 and 火灾)", () => {
    const index = new SearchIndex(new Thesaurus([["电瓶车着火", "电动车起火", "电池起火"], ["电瓶车", "电动自行车"], ["着火", "火灾"]]));
    index.upsert(scenarioDoc({ code: "S1", title: "城中村电动自行车充电火灾早期识别", tags: ["电动自行车", "火灾预警"], description: "楼道与充电棚的电动自行车火灾早期识别，及时告警。", category: "智能处理", publisher: "某街道", domain: "城市治理" }));
    // No term of the word's own group is held, but 电瓶车 and 着火 each are, by another name.
    expect(codes(index, "电瓶车着火")).toEqual(["S1"]);
    // A part no listing holds in any name leaves the word a thing the board lacks.
    expect(codes(index, "电池起火")).toEqual([]);
  });
  it("finds a slip typed as a word sounds where a character of it reads otherwise alone (较正 for 校正)", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(capabilityDoc({ code: "C1", title: "LED显示屏逐点校正服务", tags: ["逐点校正", "亮度均匀"], description: "相机采集每颗灯珠亮度色度，逐点校正后整屏均匀。", category: "显示与传播", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "学校操场改造", tags: ["操场"], description: "学校操场跑道翻新。", category: "影像采集", publisher: "某学校", domain: "教育培训" }));
    expect(codes(index, "逐点较正")).toEqual(["C1"]);
  });
  it("reads a pair that is no word as a generic word it sounds like (算力祖赁 → 算力租赁)", () => {
    const index = new SearchIndex(new Thesaurus([["算力", "gpu算力"]], ["租赁"]));
    index.upsert(capabilityDoc({ code: "C1", title: "GPU算力租赁", tags: ["算力租赁", "GPU"], description: "按小时租赁GPU算力，支持渲染与模型训练。", category: "影像处理与AIGC", organization: "甲公司", domains: ["影视制作"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "园区算力中心规划", tags: ["算力"], description: "园区算力中心规划咨询。", category: "影像处理与AIGC", publisher: "某园区", domain: "工业制造" }));
    const slip = index.search("算力祖赁");
    expect(slip.readingOf).toBe("算力租赁");
    expect(slip.hits[0]?.code).toBe("C1");
  });
  it("meets a thesaurus term with a word of grammar in it (人脸找图: 找) as written", () => {
    const index = new SearchIndex(new Thesaurus([["人脸找图", "找自己的照片", "刷脸找图"], ["马拉松", "跑步比赛"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "赛事照片直播", tags: ["照片直播", "人脸找图"], description: "马拉松赛事照片直播云平台，选手自拍即可检索本人照片。", category: "影像处理与AIGC", organization: "甲公司", domains: ["体育赛事"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "体育中心场馆预约", tags: ["预约"], description: "体育中心场馆线上预约。", category: "内容创作与服务", publisher: "某体育中心", domain: "体育赛事" }));
    // 找 is grammar to a query: read as a query, 人脸找图 was 人脸 | 图, which no listing holds
    // together, and 自己 of the query was a thing no listing has.
    expect(codes(index, "跑步比赛找自己的照片")).toEqual(["C1"]);
  });
  it("meets a thing named in one word beside a generic one (社区 | 私人影院) in that word alone", () => {
    const index = new SearchIndex(new Thesaurus([["点播影院", "私人影院", "迷你影院"]], ["社区", "系统"]));
    index.upsert(capabilityDoc({ code: "C1", title: "点播影院放映系统", tags: ["点播影院", "片库"], description: "提供点播影院整体方案：2K放映设备、授权片库与排片系统，支持10至30座小厅。", category: "显示与传播", organization: "甲公司", domains: ["公共文化"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "街道文体中心会议室改造", tags: ["会议室"], description: "街道文体中心会议室改造。", category: "显示与传播", publisher: "某街道", domain: "公共文化" }));
    // 私人影院 is met through 点播影院: 社区, which no listing need hold, no longer holds it below the floor.
    expect(codes(index, "社区私人影院")).toEqual(["C1"]);
    expect(codes(index, "私人影院")).toEqual(["C1"]);
  });
  it("takes the first word of a long title, absent from the board, as its setting (工厂 of 工厂电子产线显微缺陷检测)", () => {
    const index = new SearchIndex(new Thesaurus([["工厂", "厂区", "车间", "厂房"], ["产线", "流水线"], ["婚纱", "婚纱照"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "PCB与晶圆AOI显微检测设备", tags: ["AOI", "显微检测", "缺陷检测"], description: "面向电子制造产线的自动光学检测设备，高倍显微相机配合AI缺陷识别。", category: "影像处理与AIGC", organization: "甲公司", domains: ["工业制造"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "学校实验室安全巡检", tags: ["实验室"], description: "高校实验室安全巡检。", category: "影像采集", publisher: "某学校", domain: "教育培训" }));
    // No listing names a factory in any way; the five words after it are the detector's.
    expect(codes(index, "工厂电子产线显微缺陷检测")).toEqual(["C1"]);
    // In a shorter title the first word absent still asks for something else.
    expect(codes(index, "工厂显微检测")).toEqual([]);
  });
  it("takes who makes a thing (生产厂家, 厂商) as generic words: a title asking for its makers is not emptied by them", () => {
    // The shipped thesaurus: 厂家 was a group of its own, a thing no listing holds by name.
    const index = new SearchIndex(Thesaurus.from(JSON.parse(fs.readFileSync("db/seed/thesaurus.json", "utf8"))));
    index.upsert(capabilityDoc({ code: "C1", title: "户外LED显示屏研发制造", tags: ["LED", "户外屏"], description: "自有工厂生产户外LED显示屏，P4至P10，防水IP65。", category: "显示与传播", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "园区户外广告位招商", tags: ["广告"], description: "园区出租户外广告位。", category: "显示与传播", publisher: "某园区", domain: "商业消费" }));
    expect(codes(index, "户外LED屏生产厂家")[0]).toBe("C1");
    expect(codes(index, "户外LED屏厂商")[0]).toBe("C1");
  });
  it("does not meet a word through a thesaurus term for it by another word of the query (无人机表演 for 灯光秀 of 无人机灯光秀表演)", () => {
    const index = new SearchIndex(new Thesaurus([["无人机灯光秀", "无人机表演", "无人机编队", "编队表演"], ["航拍", "无人机"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "无人机自动机场与违建巡查", tags: ["无人机", "巡查"], description: "无人机自动起飞巡查，识别违建与消防通道占用。", category: "影像采集", organization: "甲公司", domains: ["城市治理"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "夜游景区灯光秀提升", tags: ["夜游", "灯光秀"], description: "景区夜间灯光秀改造，增加互动投影。", category: "显示与传播", publisher: "某景区", domain: "文化旅游" }));
    index.upsert(capabilityDoc({ code: "C2", title: "无人机编队表演", tags: ["编队表演"], description: "五百架无人机编队表演，节庆夜空拼字。", category: "显示与传播", organization: "乙公司", domains: ["文化旅游"] }));
    // The show meets the term in full; the drone patrol holds its 无人 · 人机, the query's own
    // first word, and nothing of a show: it is not met through the term (the light show may
    // follow as the show's answer).
    expect(codes(index, "无人机灯光秀表演")[0]).toBe("C2");
    expect(codes(index, "无人机灯光秀表演")).not.toContain("C1");
  });
  it("does not read a pair inside a thesaurus term typed as it is written (证件 of 证件照) as a homophone some listing holds (征监 of 生命体征监测)", () => {
    const index = new SearchIndex(new Thesaurus([["证件照", "一寸照", "登记照"], ["拍照亭", "自拍亭", "打卡", "摄像"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "跌倒与生命体征监测终端", tags: ["跌倒", "体征"], description: "毫米波雷达监测独居老人跌倒与呼吸心率。", category: "影像采集", organization: "甲公司", domains: ["医疗健康"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "景区游客自助打卡短视频", tags: ["打卡", "自助"], description: "打卡点布设摄像机，游客扫码自助领取短视频。", category: "内容创作与服务", publisher: "某景区", domain: "文化旅游" }));
    // 证件 sounds like 征监, and 生命|体|征|监测 is cut so that 征监 might sit in a word; but 证件
    // is typed inside 证件照, a term of the thesaurus: as meant, not a slip.
    expect(index.plan("自助证件照拍照亭").units[1]!.slots[0]!.substitutes).toEqual([]);
    expect(index.plan("自助证件拍照亭").units[1]!.slots[0]!.substitutes).toContain("征监");
    // The board has no ID photos in any name: a title asking for a booth that takes them finds
    // nothing, though a listing meets 自助 and 打卡 (dev-set-56).
    expect(codes(index, "自助证件照拍照亭")).toEqual([]);
    expect(codes(index, "自助拍照亭")).toEqual(["S1"]);
    // A slip that is no term of the thesaurus is still read through its homophones.
    expect(codes(index, "生命体证监测")).toEqual(["C1"]);
  });
  it("does not read a pair inside a thesaurus term (心率 of 运动员心率手环) as a homophone held across a word's end (新率 of 刷新|率)", () => {
    const index = new SearchIndex(new Thesaurus([["运动员", "选手"], ["心率", "心跳"], ["手环", "手表"]]));
    index.upsert(scenarioDoc({ code: "S1", title: "体育馆LED斗屏更换", tags: ["斗屏", "手环"], description: "更换斗屏，刷新率不低于3840Hz，赛事期间向运动员手环推送通知。", category: "显示与传播", publisher: "某体育馆", domain: "文化旅游" }));
    // 心率 (xin lü) sounds like 新率, which 刷新|率 holds with a lone character (dev-set-77's no-answer query).
    const unit = index.plan("运动员心率监测手环").units.find((u) => u.text.includes("心率"))!;
    expect(unit.slots.find((s) => s.term === "心率")!.substitutes).toEqual([]);
    expect(index.missingWords("运动员心率监测手环")).toContain(unit.text);
    expect(codes(index, "运动员心率监测手环")).toEqual([]);
    // Without the term in the thesaurus, the pair is read through what it sounds like.
    const bare = new SearchIndex(new Thesaurus([["运动员", "选手"]]));
    bare.upsert(scenarioDoc({ code: "S1", title: "体育馆LED斗屏更换", tags: ["斗屏"], description: "更换斗屏，刷新率不低于3840Hz。", category: "显示与传播", publisher: "某体育馆", domain: "文化旅游" }));
    expect(bare.plan("运动员心率监测手环").units.flatMap((u) => u.slots.flatMap((s) => s.substitutes))).toContain("新率");
  });
  it("does not take a word for held through a shorter term inside it (图片 for 照片 of 老照片), nor a thesaurus term for how people talk (老 of 老照片)", () => {
    const index = new SearchIndex(new Thesaurus([["老照片", "旧照片", "老照片修复"], ["照片", "图片", "相片"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "商品图片AI自动抠图", tags: ["图片", "抠图", "AI"], description: "电商商品图片批量AI抠图、换背景，支持白底图。", category: "影像处理与AIGC", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "校史馆展品图片采集", tags: ["图片", "校史"], description: "为校史馆拍摄展品高清图片并建档。", category: "影像采集", publisher: "某学校", domain: "教育培训" }));
    // No listing holds old photos in any name; 图片 stands only for 照片 (dev-set-84's no-answer query).
    expect(index.missingWords("老照片AI修复上色")).toEqual(["老照片", "修复"]);
    expect(codes(index, "老照片AI修复上色")).toEqual([]);
    // The shorter term still finds what it names.
    expect(codes(index, "照片AI抠图")[0]).toBe("C1");
  });
  it("reads a run of characters the segmenter knows no word in as the thesaurus terms inside it (检票 | 闸机 | 人脸), so a thing no listing holds is known missing", () => {
    const index = new SearchIndex(new Thesaurus([["闸机", "通道闸", "翼闸"], ["检票", "验票", "售检票"], ["人脸识别", "人脸", "刷脸"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "网约车车内视频人脸自动打码", tags: ["人脸", "打码"], description: "车内视频中乘客人脸自动识别并打码，再交监管部门。", category: "影像处理与AIGC", organization: "甲公司", domains: ["城市治理"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "地铁站人脸识别客流统计", tags: ["人脸", "客流"], description: "站厅人脸识别统计客流。", category: "影像处理与AIGC", publisher: "某地铁", domain: "城市治理" }));
    // 闸|机|人|脸: one run to the segmenter, which the listings' 人脸 alone would have met.
    expect(index.plan("闸机人脸").units.map((u) => u.text)).toEqual(["闸机", "人脸"]);
    expect(codes(index, "闸机人脸")).toEqual([]);
    expect(codes(index, "检票闸机人脸核验")).toEqual([]);
    expect(codes(index, "人脸打码")[0]).toBe("C1");
  });
  it("reads a title with 还 in a word (借还, 还原) as a title, not a need told (还有, 还要): dev-set-62's no-answer 图书馆RFID自助借还机", () => {
    const index = buildIndexFromFile("tests/fixtures/dev-set-62/board.json");
    // RFID is a thing the thesaurus knows and no listing of this board holds in any name.
    expect(codes(index, "图书馆RFID自助借还机")).toEqual([]);
    // Told, the same words are how people talk, and the library's self-service listings answer.
    expect(codes(index, "图书馆还想要自助借书的设备").length).toBeGreaterThan(0);
  });
  it("does not index the mark of a made-up publisher or company (（示例）), so it is never a slip's reading (视力 → 示例)", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(scenarioDoc({ code: "S1", title: "公开课录播", tags: ["录播"], description: "老师上公开课想录下来。", category: "影像采集", publisher: "某中学（示例）", domain: "教育培训" }));
    index.upsert(capabilityDoc({ code: "C1", title: "录播教室", tags: ["录播"], description: "常态化录播教室。", category: "影像采集", organization: "某科技公司(示例)", domains: ["教育培训"] }));
    expect(index.plan("视力").units[0]!.slots[0]!.substitutes).toEqual([]);
    expect(codes(index, "视力")).toEqual([]);
    expect(codes(index, "示例")).toEqual([]);
    expect(codes(index, "某中学")[0]).toBe("S1");
  });
  it("shows a demonstration listing beside official ones only where it meets half the query or more; alone, as before (dev-set-9 beside the first batch)", () => {
    const query = "区体育中心游泳馆水处理设备更新改造项目";
    // The seeded board alone: the made-up sports-centre listing is the best there is, met in part.
    const alone = seededIndex(null);
    expect(alone.search(query).hits[0]?.code).toBe("CJ-029");
    // Beside an official list it is left out, and with it the answers it brought.
    const seeded = seededIndex("dev-set-9");
    expect(seeded.search(query).hits.map((h) => h.code)).toEqual([]);
    // One it fits well stays, below the official ones.
    expect(seeded.search("全景相机与8K全景相机").hits.map((h) => h.code)).toContain("NL-001");
  });
  it("reads a query found only weakly as typed (智能眼睛 by a listing's 眼睛) as the thesaurus term it sounds like, and searches it as typed on request", () => {
    const index = new SearchIndex(new Thesaurus([["智能眼镜", "ar眼镜"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "AI智能眼镜", tags: ["智能眼镜"], description: "轻量AI智能眼镜，第一视角拍摄与实时翻译。", category: "智能终端", organization: "甲公司", domains: ["教育培训"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "青少年运动动作分析", tags: ["动作分析"], description: "教练光靠眼睛看很难讲清楚动作哪里不对。", category: "影像处理与AIGC", publisher: "某体校", domain: "体育赛事", demo: true }));
    // 智能 is common, 眼睛 rare: the demonstration listing S1 meets most of 智能眼睛, weakly.
    for (const code of ["S2", "S3", "S4"]) {
      index.upsert(scenarioDoc({ code, title: "智能停车诱导", tags: ["智能"], description: "智能停车与诱导屏。", category: "智能处理", publisher: "某街道", domain: "城市治理" }));
    }
    const typedOnly = index.search("智能眼睛", { asTyped: true });
    expect(typedOnly.hits[0]?.code).toBe("S1");
    expect(typedOnly.hits[0]!.score).toBeLessThan(0.5);
    const read = index.search("智能眼睛");
    expect(read.readingOf).toBe("智能眼镜");
    expect(read.typedFound).toBe(true);
    expect(read.hits[0]?.code).toBe("C1");
    const typed = index.search("智能眼睛", { asTyped: true });
    expect(typed.readingOf).toBeNull();
    expect(typed.hits.map((h) => h.code)).toContain("S1");
    // A query met well as typed is left as typed.
    expect(index.search("动作分析").readingOf).toBeNull();
  });
  it("reads a two-word title met in one word only (眼底像机 by a 摄像机's 像机) as the thesaurus term it sounds like, met in full (眼底相机)", () => {
    const index = new SearchIndex(new Thesaurus([["眼底相机", "眼底照相", "眼底照相机"]]));
    const cap = (code: string, title: string, description: string) =>
      index.upsert(capabilityDoc({ code, title, tags: [], description, category: "影像采集", organization: "甲公司", domains: ["医疗健康"] }));
    cap("C1", "无标记点步态分析系统", "四台深度摄像机组成的步态分析系统，患者无需贴点。");
    cap("C2", "免散瞳眼底相机", "全自动眼底相机，糖网AI判读。");
    cap("C3", "高清监控摄像机", "园区出入口安装高清摄像机。");
    const scenario = (code: string, title: string, description: string) =>
      index.upsert(scenarioDoc({ code, title, tags: ["眼底"], description, category: "影像采集", publisher: "某单位", domain: "医疗健康" }));
    scenario("S1", "社康糖网眼底筛查", "社康配置眼底照相设备，筛查糖尿病视网膜病变。");
    scenario("S2", "眼科眼底检查", "眼科需要眼底检查与随访。");
    scenario("S3", "学校视力与眼底普查", "中小学生眼底普查。");
    // As typed, the cameras meet 像机 (about 0.58 of the query) and the fundus listings 眼底 (below the floor).
    const results = index.search("眼底像机");
    expect(results.readingOf).toBe("眼底相机");
    expect(results.hits[0]!.code).toBe("C2");
    expect(index.search("眼底像机", { asTyped: true }).hits.map((h) => h.code)).toEqual(["C3", "C1"]);
  });
  it("reads a word that listings hold only across two of their words (视教 of 电视 | 教学) as a likely slip (手术视教 → 手术示教)", () => {
    const index = new SearchIndex(new Thesaurus([["手术示教", "示教直播"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "手术示教直播系统", tags: ["手术示教"], description: "手术室高清示教直播。", category: "显示与传播", organization: "甲公司", domains: ["医疗健康"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "电视教学录播", tags: ["录播"], description: "电视教学节目录播。", category: "内容创作与服务", organization: "乙公司", domains: ["教育培训"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "手术室护理记录", tags: ["手术"], description: "手术室护理记录的电子化。", category: "影像处理与AIGC", publisher: "某医院", domain: "医疗健康" }));
    const results = index.search("手术视教");
    expect(results.readingOf).toBe("手术示教");
    expect(results.hits[0]?.code).toBe("C1");
  });
  it("prefers the reading that makes a thesaurus term (医学影像) to one that makes a word only (医学影响)", () => {
    const index = new SearchIndex(new Thesaurus([["医学影像", "影像诊断"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "胸片AI辅助阅片", tags: ["影像诊断"], description: "放射科胸片的AI影像诊断。", category: "影像处理与AIGC", organization: "甲公司", domains: ["医疗健康"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "医学院手术示教改造", tags: ["示教"], description: "医学教学受场地影响，需要手术示教直播。", category: "显示与传播", publisher: "某医院", domain: "医疗健康" }));
    const results = index.search("医学印象");
    expect(results.readingOf).toBe("医学影像");
    expect(results.hits[0]?.code).toBe("C1");
  });
  it("reads a query that finds nothing with a slip put right, when the slip makes a bigram the listings hold (全景像机) or is one of 模糊音 (医学印象)", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(capabilityDoc({ code: "C1", title: "8K全景相机", tags: ["全景相机"], description: "8K全景相机，支持VR直播。", category: "影像采集", organization: "甲公司", domains: ["文化旅游"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "园区摄像机运维", tags: ["摄像机"], description: "园区摄像机的安装与运维。", category: "影像采集", organization: "乙公司", domains: ["城市治理"] }));
    index.upsert(capabilityDoc({ code: "C3", title: "医学影像AI辅助诊断", tags: ["医学影像"], description: "胸片医学影像的AI辅助诊断，体位摆放提示。", category: "影像处理与AIGC", organization: "丙公司", domains: ["医疗健康"] }));
    index.upsert(capabilityDoc({ code: "C4", title: "光学镜头研发", tags: ["镜头"], description: "光学镜头与科技成果转化。", category: "影像采集", organization: "丁公司", domains: ["工业制造"] }));
    // 像机 is held (摄像机), so it is no unknown slip; as typed, 全景 alone is half the query.
    const panorama = index.search("全景像机");
    expect(panorama.hits.map((h) => h.code)).toEqual(["C1"]);
    expect(panorama.readingOf).toBe("全景相机");
    // yin for ying: 印象 is a word, but not the one meant.
    const medical = index.search("医学印象");
    expect(medical.hits[0]?.code).toBe("C3");
    expect(medical.readingOf).toBe("医学影像");
    // A character of several readings typed for one that is not its commonest: 藉 (jiè, jí) for 籍.
    index.upsert(scenarioDoc({ code: "S1", title: "地方文献与古籍扫描数字化", tags: ["古籍"], description: "馆藏古籍非接触扫描。", category: "影像采集", publisher: "某图书馆", domain: "文化旅游" }));
    const books = index.search("古藉扫描");
    expect(books.readingOf).toBe("古籍扫描");
    expect(books.hits.map((h) => h.code)).toEqual(["S1"]);
    // Found as typed: read as typed.
    expect(index.search("全景相机").readingOf).toBeNull();
    expect(index.search("全景相机", { kind: "capability" }).readingOf).toBeNull();
    expect(index.search("全景像机", { kind: "capability" }).readingOf).toBe("全景相机");
    // No reading across two words typed (梯维 of 电梯 | 维保 → 体位), none that leaves one word
    // alone met, none of a three-character query (光刻机 → 光科技).
    expect(codes(index, "电梯维保")).toEqual([]);
    expect(codes(index, "光刻机")).toEqual([]);
    expect(index.search("光刻机").readingOf).toBeNull();
  });
  it("finds a slip in a pair the segmenter does not know as a word (录博系统 → 录播系统)", () => {
    const index = new SearchIndex(new Thesaurus([["录播系统", "课堂录播"]], ["系统"]));
    index.upsert(capabilityDoc({ code: "C1", title: "常态化录播系统", tags: ["录播", "课堂"], description: "教室常态化录播与直播。", category: "影像采集", organization: "甲公司", domains: ["教育培训"] }));
    // 录播 (lù bō) is no word to the segmenter (录 | 播). Beside the generic 系统, 录博 is the
    // query's one naming word, met through the homophone 录播 as typed (before session 14, 系统
    // held its share below the floor, and the thesaurus term 录播系统 was read instead).
    const typed = index.search("录博系统");
    expect(typed.hits.map((h) => h.code)).toEqual(["C1"]);
    expect(index.search("录博").hits.map((h) => h.code)).toEqual(["C1"]);
  });
  it("keeps a thesaurus term whole that the segmenter cuts into a word and a lone character (虚拟 | 人)", () => {
    const index = new SearchIndex(new Thesaurus([["数字人", "虚拟人", "虚拟主播"], ["x光", "dr"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "绿幕虚拟演播室", tags: ["虚拟演播室"], description: "绿幕抠像虚拟演播室系统，虚拟场景实时渲染。", category: "虚拟制作与XR", organization: "甲公司", domains: ["影视制作"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "政务数字人导办", tags: ["数字人"], description: "3D数字人导办一体机，语音问答。", category: "影像处理与AIGC", organization: "乙公司", domains: ["城市治理"] }));
    expect(index.plan("虚拟人").units.map((u) => u.text)).toEqual(["虚拟人"]);
    // 虚拟 alone is a virtual studio's word; the digital human is what 虚拟人 asks for.
    expect(codes(index, "虚拟人")[0]).toBe("C2");
    // Not across a Latin word: x and 光 are words of their own to the index.
    expect(index.plan("宠物x光").units.map((u) => u.text)).toEqual(["宠物", "x"]);
  });
  it("reads a word typed with a slip as the word it sounds like, with that word's other names in the thesaurus", () => {
    const index = new SearchIndex(new Thesaurus([["巡检", "巡查"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "无人机自动机场与低空巡查", tags: ["无人机", "低空巡查"], description: "无人机按航线定时巡查河道与违建。", category: "影像采集", organization: "甲公司", domains: ["城市治理"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "配电房机器人巡检", tags: ["巡检"], description: "配电房设备巡检机器人，红外测温。", category: "智能终端", organization: "乙公司", domains: ["工业制造"] }));
    // 巡捡 sounds like 巡检 (C2 holds it), whose other name 巡查 is C1's word.
    expect(index.plan("无人机巡捡").units[1]!.alternatives.length).toBeGreaterThan(0);
    expect(codes(index, "无人机巡捡")[0]).toBe("C1");
  });
  it("ends a word at a comma or a full stop: none runs on across a clause", () => {
    const index = board();
    expect(index.plan("拍片子，按小时租的棚就行").units.map((u) => u.text)).not.toContain("子按");
    expect(index.plan("全景 相机").units.map((u) => u.text)).toEqual(index.plan("全景相机").units.map((u) => u.text));
    // Nor across a colon, full-width or not: a label before it (做选题：…) is not part of the next word.
    expect(index.plan("做选题：宝安航拍").units[0]!.text).toBe("选题");
    expect(index.plan("做选题: 宝安航拍").units[0]!.text).toBe("选题");
  });
  it("reads a head cut short by a lone character no listing joins (充电 | 桩) as not held in full", () => {
    const index = new SearchIndex(new Thesaurus([], ["安装", "采购"]));
    index.upsert(scenarioDoc({ code: "S2", title: "职业院校新能源汽车维修VR实训室", tags: ["VR实训", "新能源汽车"], description: "建设新能源汽车高压电池拆装与电机维修的VR实训室，40个工位。", category: "内容制作", publisher: "某职业院校", domain: "教育" }));
    index.upsert(capabilityDoc({ code: "C3", title: "手机无线充电线圈外观视觉检测", tags: ["视觉检测"], description: "无线充电线圈的外观缺陷视觉检测设备。", category: "智能处理", organization: "某公司", domains: ["工业制造"] }));
    // The board holds 充电 (C3), not 电桩.
    const units = index.plan("新能源汽车充电桩安装").units;
    expect(units.map((u) => [u.text, u.clipped])).toEqual([["新能源", false], ["汽车", false], ["充电", true], ["安装", false]]);
    // S2 meets 新能源 and 汽车, not the charging pile asked for.
    expect(codes(index, "新能源汽车充电桩安装")).toEqual([]);
    expect(codes(index, "新能源汽车电池维修实训室安装")).toEqual(["S2"]);
  });
  it("counts generic words met for nothing beside words that name something: a listing holding only those is no answer", () => {
    const index = new SearchIndex(new Thesaurus([], ["建设", "运营", "宝安"]));
    index.upsert(scenarioDoc({ code: "S1", title: "商圈裸眼3D大屏建设与内容运营", tags: ["裸眼3D"], description: "在宝安商圈建设裸眼3D大屏，并负责三年内容运营。", category: "显示与传播", publisher: "某商圈", domain: "商业消费" }));
    index.upsert(capabilityDoc({ code: "C1", title: "新能源汽车充电桩", tags: ["充电桩"], description: "新能源汽车充电设备生产。", category: "智能终端", organization: "某公司", domains: ["城市治理"] }));
    // 充电桩 is what is asked for; S1 holds only 建设 and 运营. C1 holds 充电桩 but not the rest.
    expect(codes(index, "充电桩建设运营")).toEqual(["C1"]);
    index.remove("capability", "C1");
    expect(codes(index, "充电桩建设运营")).toEqual([]);
    // Generic words alone are the whole question: answered as before.
    expect(codes(index, "建设运营")).toEqual(["S1"]);
    // A generic word beside a word the listing holds does not stop it.
    expect(codes(index, "裸眼3D大屏建设")).toEqual(["S1"]);
    // A typo is never read as a generic word: 保安 (security guard) is not 宝安.
    expect(index.plan("保安").units[0]!.slots[0]!.substitutes).toEqual([]);
    expect(codes(index, "商场保安")).toEqual([]);
  });
  it("does not count generic words met as words met, so a listing meeting one word that names something of several is no answer", () => {
    const index = new SearchIndex(new Thesaurus([], ["委托", "运营", "服务"]));
    index.upsert(capabilityDoc({ code: "C1", title: "古籍文献高清扫描与OCR", tags: ["古籍", "OCR"], description: "接受图书馆委托，提供古籍高清扫描、图像处理与OCR识别服务，负责数字化平台运营。", category: "智能处理", organization: "某公司", domains: ["文化旅游"] }));
    // 污水 · 处理 · 委托 · 运营 · 服务: C1 meets 处理 of the two words naming something, and the
    // generic three, which do not make a second.
    expect(index.plan("污水处理厂委托运营服务").units.map((u) => u.text)).toEqual(["污水", "处理", "委托", "运营", "服务"]);
    expect(codes(index, "污水处理厂委托运营服务")).toEqual([]);
    expect(codes(index, "图像处理委托运营服务")).toEqual(["C1"]);
  });
  it("reads the last Latin word or number typed as possibly unfinished (8 → 8K), never one before it", () => {
    const index = board();
    expect(codes(index, "8")[0]).toBe("C1");
    expect(codes(index, "全景相机8")[0]).toBe("C1");
    expect(index.plan("相机 8").units[1]!.slots[0]!.substitutes).toEqual(["8k"]);
    expect(index.plan("8 相机").units[0]!.slots[0]!.substitutes).toEqual([]);
    expect(index.plan("相机 8 ").units[1]!.slots[0]!.substitutes).toEqual([]);
  });
  it("counts a word typed twice once", () => {
    expect(board().plan("保险 推荐 保险").units.map((u) => u.text)).toEqual(["保险", "推荐"]);
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
  it("does not take a pair of characters across two words (像监 of 影像 | 监测) as a term a listing is matched by", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(scenarioDoc({ code: "S1", title: "海岸线影像监测", tags: ["海漂垃圾"], description: "定期影像监测海漂垃圾的分布与数量。", category: "影像采集", publisher: "某街道", domain: "城市治理" }));
    index.upsert(capabilityDoc({ code: "C1", title: "工地扬尘影像监测", tags: ["扬尘"], description: "工地扬尘的影像监测与告警。", category: "影像采集", organization: "甲公司", domains: ["城市治理"] }));
    const terms = (index as unknown as { listingTerms(doc: unknown): { terms: { term: string }[] } }).listingTerms(
      (index as unknown as { docs: Map<string, unknown> }).docs.get("s:S1"),
    ).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["影像", "监测"]));
    expect(terms).not.toContain("像监");
  });
  it("takes a match's floor from the second-best fit when the best is a near-twin of the source", () => {
    const index = new SearchIndex(new Thesaurus([]));
    const text = "打造约1.2公里的红树林沉浸式夜游线路，融合灯光投影、真人演出和互动装置，需要创意策划、剧本导演、灯光影像设计及驻场运营。";
    index.upsert(scenarioDoc({ code: "S1", title: "红树林沉浸式夜游演艺", tags: ["沉浸式演艺", "夜游", "红树林"], description: text, category: "内容创作与服务", publisher: "某文旅局", domain: "文化旅游" }));
    // The twin: the same phrases, nearly word for word.
    index.upsert(capabilityDoc({ code: "C1", title: "红树林沉浸式夜游演艺策划", tags: ["沉浸式演艺", "夜游", "红树林"], description: text, category: "内容创作与服务", organization: "甲公司", domains: ["文化旅游"] }));
    // A partial fit: projection shows for night tours.
    index.upsert(capabilityDoc({ code: "C2", title: "水幕投影系统", tags: ["水幕投影", "夜游"], description: "扇形水幕与激光投影联动，适合海边夜游场景。", category: "显示与传播", organization: "乙公司", domains: ["文化旅游"] }));
    for (let i = 0; i < 6; i++) index.upsert(capabilityDoc({ code: `X${i}`, title: `工业相机${i}`, tags: ["相机"], description: "工业相机与镜头，适合产线检测。", category: "影像采集", organization: "丙公司", domains: ["工业制造"] }));
    expect(index.match("scenario", "S1")?.map((m) => m.code)).toEqual(["C1", "C2"]);
  });
  it("does not match on generic words: a listing sharing only 平台 · 建设 · 运营 is no match", () => {
    const index = new SearchIndex(new Thesaurus([], ["平台", "建设", "运营", "服务"]));
    index.upsert(scenarioDoc({ code: "S1", title: "商圈数字人导购平台建设运营", tags: ["数字人", "平台建设"], description: "商圈拟建设数字人导购平台，并负责平台运营服务两年。", category: "影像处理与AIGC", publisher: "某商圈", domain: "商业消费" }));
    index.upsert(capabilityDoc({ code: "C1", title: "数字人虚拟导购", tags: ["数字人", "虚拟导购"], description: "为商场提供数字人导购讲解与问答。", category: "显示与传播", organization: "甲公司", domains: ["文化旅游"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "停车平台建设运营服务", tags: ["平台建设", "运营服务"], description: "智慧停车平台建设、平台运营服务、运营数据服务与平台维护。", category: "显示与传播", organization: "乙公司", domains: ["文化旅游"] }));
    expect(index.match("scenario", "S1", 5)!.map((m) => m.code)).toEqual(["C1"]);
  });
  it("puts a listing that names the other's own things before one of the same segment and field sharing fewer of them", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(scenarioDoc({ code: "S1", title: "实体书店沉浸式VR阅读体验区", tags: ["书店", "VR", "科普"], description: "书店儿童区改造为VR阅读体验区，设置VR头显体验位，内容覆盖科普和传统文化。", category: "虚拟制作与XR", publisher: "某书城", domain: "公共文化" }));
    index.upsert(capabilityDoc({ code: "C1", title: "VR一体机头显与科普内容", tags: ["VR头显", "科普"], description: "VR一体机头显，配科普、传统文化VR内容库，已用于书店和博物馆体验区。", category: "智能终端", organization: "甲公司", domains: ["教育培训"] }));
    index.upsert(capabilityDoc({ code: "C2", title: "博物馆文物数字化", tags: ["三维扫描"], description: "文物三维扫描，VR沉浸式体验区与VR头显导览。", category: "虚拟制作与XR", organization: "乙公司", domains: ["公共文化"] }));
    const matches = index.match("scenario", "S1", 5)!;
    expect(matches.map((m) => m.code)).toEqual(["C1", "C2"]);
    // C2 is still a match: its segment and field admit it on one word.
    expect(matches[1]!.reasons.map((r) => r.type)).toEqual(["terms", "category", "domain"]);
  });
  it("on a large board, does not look for a thesaurus term's bigram many listings hold (智能 of 智能眼镜): the term is met by its rarer ones", () => {
    const index = new SearchIndex(new Thesaurus([["ar眼镜", "智能眼镜"]]));
    const other = (i: number, text: string) =>
      capabilityDoc({ code: `C${i + 2}`, title: `${text}${i}`, tags: ["停车"], description: `路侧${text}屏第${i}号方案。`, category: "智能终端", organization: `乙公司${i}`, domains: ["城市治理"] });
    index.load([
      scenarioDoc({ code: "S1", title: "AR眼镜", tags: ["AR眼镜"], description: "巡检用AR眼镜。", category: "智能终端", publisher: "某供电局", domain: "城市治理" }),
      capabilityDoc({ code: "C1", title: "智能眼镜", tags: ["智能眼镜"], description: "工业级智能眼镜。", category: "智能终端", organization: "甲公司", domains: ["城市治理"] }),
      // 150 listings of 1 500 (10 %) of the same segment and field share only 智能 with the term.
      ...Array.from({ length: 1500 }, (_, i) => other(i, i < 150 ? "智能停车诱导" : "停车诱导")),
    ]);
    // Met by 眼镜 (its own word), the listing matches as before; 智能's postings are never read.
    const looked = vi.spyOn(index as unknown as { posting: (term: string) => unknown }, "posting");
    expect(index.match("scenario", "S1", 10)!.map((m) => m.code)).toEqual(["C1"]);
    expect(looked.mock.calls.map(([term]) => term)).toEqual(["眼镜"]);
  });
  it("does not match a listing met only by other names of the listing's words, of another segment and field (no reason to show)", () => {
    const index = new SearchIndex(new Thesaurus([["看护", "监护"], ["摄像机", "影像设备"]]));
    index.upsert(capabilityDoc({ code: "C1", title: "家用摄像机看护", tags: ["看护"], description: "家用摄像机，看护老人孩子。", category: "智能终端", organization: "甲公司", domains: ["商业消费"] }));
    index.upsert(scenarioDoc({ code: "S1", title: "病房影像设备监护", tags: ["监护"], description: "病房影像设备升级与床旁监护。", category: "影像处理与AIGC", publisher: "某医院", domain: "医疗健康" }));
    index.upsert(scenarioDoc({ code: "S2", title: "商场影像设备监护", tags: ["监护"], description: "商场影像设备升级与客流监护。", category: "影像处理与AIGC", publisher: "某商场", domain: "商业消费" }));
    const matches = index.match("capability", "C1", 10)!;
    // S2 shares the field: that is a reason. S1 shares only other names of C1's words.
    expect(matches.map((m) => m.code)).toEqual(["S2"]);
    expect(matches[0]!.reasons).toEqual([{ type: "domain", domain: "商业消费" }]);
  });
  it("answers null for a listing not in the index", () => {
    expect(board().match("scenario", "NOPE")).toBeNull();
  });
});

describe("demonstration listings", () => {
  const camera = (code: string, demo: boolean) =>
    capabilityDoc({ code, title: "8K全景相机", tags: ["全景相机"], description: "提供8K全景相机与景区VR导览制作。", category: "影像采集", organization: "某影像", domains: ["文化旅游"], demo });
  const tour = (demo: boolean) =>
    scenarioDoc({ code: "S1", title: "景区全景VR导览", tags: ["全景"], description: "景区需要8K全景相机拍摄VR导览。", category: "影像采集", publisher: "某景区", domain: "文化旅游", demo });

  it("rank below an official listing that fits as well, in search and in matches, at half the score", () => {
    const index = new SearchIndex(new Thesaurus([]));
    // The demonstration one first, so that the order found would put it first.
    for (const doc of [camera("D1", true), camera("C1", false), tour(false)]) index.upsert(doc);
    const hits = index.search("全景相机", { kind: "capability" }).hits;
    expect(hits.map((h) => h.code)).toEqual(["C1", "D1"]);
    expect(hits[1]!.score).toBeCloseTo(hits[0]!.score / 2, 6);
    const matches = index.match("scenario", "S1")!;
    expect(matches.map((m) => m.code)).toEqual(["C1", "D1"]);
    expect(matches[1]!.score).toBeCloseTo(matches[0]!.score / 2, 1);
  });

  it("do not change how official listings rank against each other", () => {
    const board = (withDemo: boolean) => {
      const index = new SearchIndex(new Thesaurus([]));
      index.upsert(scenarioDoc({ code: "S1", title: "实体书店沉浸式VR阅读体验区", tags: ["书店", "VR", "科普"], description: "书店儿童区改造为VR阅读体验区，设置VR头显体验位，内容覆盖科普和传统文化。", category: "虚拟制作与XR", publisher: "某书城", domain: "公共文化" }));
      index.upsert(capabilityDoc({ code: "C1", title: "VR一体机头显与科普内容", tags: ["VR头显", "科普"], description: "VR一体机头显，配科普、传统文化VR内容库，已用于书店和博物馆体验区。", category: "智能终端", organization: "甲公司", domains: ["教育培训"] }));
      index.upsert(capabilityDoc({ code: "C2", title: "博物馆文物数字化", tags: ["三维扫描"], description: "文物三维扫描，VR沉浸式体验区与VR头显导览。", category: "虚拟制作与XR", organization: "乙公司", domains: ["公共文化"] }));
      if (withDemo)
        index.upsert(capabilityDoc({ code: "D1", title: "书店沉浸式VR阅读体验区整体方案", tags: ["书店", "VR阅读", "科普"], description: "为实体书店儿童区打造沉浸式VR阅读体验区：VR头显体验位、科普和传统文化内容、书店阅读活动运营。", category: "虚拟制作与XR", organization: "示例公司", domains: ["公共文化"], demo: true }));
      return index.match("scenario", "S1", 5)!.map((m) => m.code).filter((c) => c !== "D1");
    };
    expect(board(false)).toEqual(["C1", "C2"]);
    expect(board(true)).toEqual(["C1", "C2"]);
  });
  it("keep their full score while the board has only demonstration listings, and lose it when an official one comes", () => {
    const index = new SearchIndex(new Thesaurus([]));
    index.upsert(camera("D1", true));
    index.upsert(tour(true));
    const alone = index.search("全景相机", { kind: "capability" }).hits[0]!.score;
    expect(index.match("scenario", "S1")!.map((m) => m.code)).toEqual(["D1"]);
    index.upsert(camera("C1", false));
    const hits = index.search("全景相机", { kind: "capability" }).hits;
    expect(hits.map((h) => h.code)).toEqual(["C1", "D1"]);
    expect(hits[1]!.score).toBeCloseTo(alone / 2, 6);
    // The official one withdrawn: the demonstration listing is scored in full again.
    index.remove("capability", "C1");
    expect(index.search("全景相机", { kind: "capability" }).hits[0]!.score).toBeCloseTo(alone, 6);
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

describe("SearchIndex on a larger board", () => {
  const groups = [["全景相机", "360度相机"], ["航拍", "无人机"], ["数字人", "虚拟人", "虚拟主播"]];
  const corpus = syntheticCorpus(2000, 3);
  const docs = [...corpus.scenarios.map((s) => scenarioDoc(s)), ...corpus.capabilities.map((c) => capabilityDoc(c))];
  const queries = ["全景", "直播", "无人机 巡检", "AI视频生成", "数字人", "我们景区想做夜游沉浸式体验", "內窺竟"];
  it("is made of listings the contract accepts (bench:http imports the corpus)", () => {
    const problems = [
      ...corpus.scenarios.filter((s) => !scenarioRecordSchema.safeParse(s).success).map((s) => s.code),
      // With the maturity bench:http gives every capability.
      ...corpus.capabilities.filter((c) => !capabilityRecordSchema.safeParse({ ...c, maturity: "量产" }).success).map((c) => c.code),
    ];
    expect(problems.slice(0, 5)).toEqual([]);
  });
  const fresh = (list: SearchDoc[]) => {
    const index = new SearchIndex(new Thesaurus(groups), { cacheSize: 0 });
    index.load(list);
    return index;
  };
  const summary = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.code}:${h.score.toFixed(6)}:${h.answers?.code ?? ""}`);

  it("ranks a first page, a deeper page and a filtered page as the full ranking does", () => {
    const index = fresh(docs);
    // Most of these are broad enough that a first page is picked from more than 64 hits.
    expect(queries.filter((q) => index.search(q).total > 80).length).toBeGreaterThanOrEqual(4);
    for (const q of queries) {
      const all = index.search(q).hits;
      expect(all.length, q).toBeGreaterThan(0);
      for (let i = 1; i < all.length; i++) expect(all[i]!.score, q).toBeLessThanOrEqual(all[i - 1]!.score);
      // Fresh results each time (no cache): the first page is picked without a full sort.
      expect(summary(index.search(q).slice(0, 20)), q).toEqual(summary(all.slice(0, 20)));
      expect(summary(index.search(q).slice(60, 80)), q).toEqual(summary(all.slice(60, 80)));
      expect(index.search(q).total, q).toBe(all.length);
      const capabilities = index.search(q, { kind: "capability" });
      expect(summary(capabilities.slice(0, 10)), q).toEqual(summary(all.filter((h) => h.kind === "capability").slice(0, 10)));
      expect(capabilities.total, q).toBe(all.filter((h) => h.kind === "capability").length);
    }
  });

  it("keeps its prepared postings within their bound, the least recently used going first, and ranks as an unbounded index does", () => {
    const bound = 6000;
    const index = new SearchIndex(new Thesaurus(groups), { cacheSize: 0, postingEntries: bound });
    index.load(docs);
    const unbounded = fresh(docs);
    const inside = index as unknown as { postings: Map<string, { size: number }>; postingEntries: number };
    const more = ["VR", "体积视频", "古籍 扫描", "工业相机 缺陷 检测", "医学影像 AI", "裸眼3D", "光影秀", "LED 虚拟拍摄", "内窥镜", "无人机 巡检"];
    for (let round = 0; round < 3; round++)
      for (const q of more) {
        index.search("直播"); // asked between every other query: the most recently used
        const got = index.search(q).hits.map((h) => `${h.code}:${h.score.toFixed(6)}`);
        expect(got, q).toEqual(unbounded.search(q).hits.map((h) => `${h.code}:${h.score.toFixed(6)}`));
        const entries = [...inside.postings.values()].reduce((sum, p) => sum + p.size, 0);
        expect(entries).toBe(inside.postingEntries);
        expect(entries).toBeLessThanOrEqual(bound);
        // Postings went, but not 直播's, used just before.
        expect(inside.postings.has("直播"), q).toBe(true);
      }
    // The bound was reached: all the postings these queries ask for hold more entries.
    const everything = fresh(docs);
    for (const q of ["直播", ...more]) everything.search(q);
    expect((everything as unknown as { postingEntries: number }).postingEntries).toBeGreaterThan(2 * bound);
  });

  it("after edits and removals finds exactly the listings a freshly built index finds", () => {
    const index = fresh(docs);
    for (const q of queries) index.search(q); // postings prepared before the edits
    const current = new Map(docs.map((d) => [`${d.kind}:${d.code}`, d]));
    // 2 000 listings: up to 20 changes (an edit is a removal and an addition) keep the postings
    // of the terms the changed listings do not hold.
    for (let i = 0; i < 7; i++) {
      const target = docs[i * 37]!;
      const donor = docs[docs.length - 1 - i * 41]!;
      const edited = { ...target, title: donor.title, tags: donor.tags, body: donor.body };
      index.upsert(edited);
      current.set(`${target.kind}:${target.code}`, edited);
      index.search(queries[i % queries.length]!); // and used again between edits
    }
    const removed = [docs[5]!, docs[1500]!, docs[777]!];
    for (const d of removed) {
      index.remove(d.kind, d.code);
      current.delete(`${d.kind}:${d.code}`);
    }
    expect((index as unknown as { postings: Map<string, unknown> }).postings.size).toBeGreaterThan(0);
    const rebuilt = fresh([...current.values()]);
    for (const q of queries) {
      const got = index.search(q).hits.filter((h) => !h.answers);
      const want = rebuilt.search(q).hits.filter((h) => !h.answers);
      expect(new Set(got.map((h) => h.code)), q).toEqual(new Set(want.map((h) => h.code)));
      for (const d of removed) expect(got.map((h) => h.code), q).not.toContain(d.code);
      // Scores come from statistics of a few changes ago: equal to well within a percent.
      const wanted = new Map(want.map((h) => [h.code, h.score]));
      for (const h of got) expect(Math.abs(h.score - wanted.get(h.code)!), `${q} ${h.code}`).toBeLessThan(0.01 * wanted.get(h.code)!);
    }
  });
});

describe("answers in the results", () => {
  it("never rank above a hit that fits the best hit better", () => {
    let checked = 0;
    // Every labelled set written apart from the search code (tests/fixtures/dev-set*).
    const sets = fs.readdirSync("tests/fixtures").filter((d) => d.startsWith("dev-set")).map((d) => `tests/fixtures/${d}`);
    expect(sets.length).toBeGreaterThanOrEqual(65);
    for (const set of sets) {
      const index = buildIndexFromFile(`${set}/board.json`);
      const queries = JSON.parse(fs.readFileSync(`${set}/queries.json`, "utf8")) as { query: string; type: "all" | "scenario" | "capability" }[];
      for (const q of queries) {
        const hits = index.search(q.query, { kind: q.type === "all" ? null : q.type }).hits;
        const best = index.search(q.query).hits[0];
        if (!best) continue;
        // The order of the match the answers are drawn from (without reasons: ANSWER_EXPANSIONS
        // of the other names, where the match panel takes them all).
        const drawn = (index as unknown as { matchScored(kind: string, code: string, limit: number, withReasons: boolean): { code: string }[] | null }).matchScored(best.kind, best.code, 10, false);
        const order = (drawn ?? []).map((m) => m.code);
        hits.forEach((h, rank) => {
          if (!h.answers) return;
          checked++;
          // Every match listed before this answer that is a hit of the words ranks above it.
          for (const code of order.slice(0, order.indexOf(h.code))) {
            const other = hits.findIndex((x) => x.code === code && !x.answers);
            if (other >= 0) expect(other, `${q.query}: ${code} before answer ${h.code}`).toBeLessThan(rank);
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
