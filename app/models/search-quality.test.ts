// The quality floor: search and match quality on the labelled sets must not fall below what was reached.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIndexFromFile, evaluate, matchGrades } from "./search-eval";

/** A labelled set's board, queries and match judgements, in tests/fixtures/DIR. */
const labelled = (dir: string) => ["board.json", "queries.json", "match-notes.json"].map((f) => `tests/fixtures/${dir}/${f}`);

const sets = [
  {
    name: "the labelled first batch",
    files: ["db/seed/first-batch.json", "tests/fixtures/search-queries.json", "tests/fixtures/seed-match-notes.json"],
    // Levels reached (see `npm run eval:search`), rounded down.
    floor: { ndcg10: 0.92, mrr: 0.97, recall10: 0.90, hit3: 1, ndcg5: 0.92 },
  },
  {
    // Written apart from the search code and its tuning, like the held-out check (its misses
    // then showed the gaps the Taiwan-vocabulary and plain-word thesaurus groups now fill).
    name: "the second labelled set (tests/fixtures/dev-set)",
    files: labelled("dev-set"),
    floor: { ndcg10: 0.97, mrr: 0.99, recall10: 0.96, hit3: 1, ndcg5: 0.96 },
  },
  {
    // A third set by another writer, about other corners of the trade (site safety, dental CBCT,
    // substation thermal imaging…); kept as a check, not tuned on — though four of its
    // plain-language misses were given as examples to the helper who wrote the plain-word
    // thesaurus groups. Its ten no-answer queries get nothing since generic words (专业, 辅导)
    // alone no longer answer a query that names something. Tuned on once since (session 5): 老片翻新
    // and 高清化 joined the 4K restoration group for its miss 老片翻新高清化.
    name: "the third labelled set (tests/fixtures/dev-set-2)",
    files: labelled("dev-set-2"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.99, hit3: 1, ndcg5: 1 },
  },
  {
    // A fourth set by another writer who saw neither the code, the thesaurus nor the other sets'
    // queries (archives, museums, sports replay, deepfake detection…). Its first reading, before
    // anything was changed for it: nDCG@10 0.944, MRR 0.966, recall@10 0.962, 8 of 12 no-answer
    // queries empty, match 1.000 / 0.979. Three changes followed from its misses (the last Latin
    // word typed completes, short queries about words no listing holds find nothing, 相片 = 照片).
    // Then generic words (db/seed/thesaurus.json's `generic`) emptied two more: 商场保安服务外包 (no
    // longer 宝安 by homophone, 服务 · 外包 generic) and 新能源汽车充电桩建设运营 (建设 · 运营), and
    // the rule for long queries mostly of unknown words the last, 社区长者食堂餐饮配送招标.
    name: "the fourth labelled set (tests/fixtures/dev-set-3)",
    files: labelled("dev-set-3"),
    floor: { ndcg10: 0.97, mrr: 0.99, recall10: 0.99, hit3: 1, ndcg5: 0.98 },
  },
  {
    // A fifth, by a writer who saw only the contract, the product note and the article (thermal,
    // X-ray, hyperspectral, event cameras, free-viewpoint replay…; 16 no-answer queries, some in
    // the board's own words in another sense). Its first reading, before anything was changed for
    // it: nDCG@10 0.948, MRR 0.964, recall@10 0.922, 4 of 16 no-answer queries empty, match 1.000 /
    // 0.979. Then: homophone-aware word cuts (泥头车忙区), two thesaurus groups (自由视点 · 子弹时间,
    // xr棚), more generic words (机关, 办公, 活动, 策划…) that count for nothing beside words that
    // name something, long queries mostly of unknown words. Five no-answer queries still get hits:
    // needs next to the board's (plate-recognition barriers, campus face-recognition gates) or in
    // its words in another sense (数字人民币, 荔枝采摘节, 防汛物资 → 应急).
    name: "the fifth labelled set (tests/fixtures/dev-set-4)",
    files: labelled("dev-set-4"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.99, noneMissed: 1 },
  },
  {
    // A sixth, written the same way (session 6: football auto-tracking, substation vs forest
    // thermal, medical vs industrial endoscopes, book-shop VR, FOD, HUD…). First reading, before
    // anything was changed for it: nDCG@10 0.965, MRR 0.988, recall@10 0.948, 13 of 16 no-answer
    // queries empty, match 1.000 / 0.976. Then: 小朋友 · 少儿 and 看书 · 阅读 in the thesaurus, the
    // head rule from four words (工业园区厂房出租) and for a head cut short (充电 | 桩: 新能源汽车充电桩安装
    // is not a NEV-repair training room). Still met: 婚纱摄影跟拍 (football auto-tracking).
    name: "the sixth labelled set (tests/fixtures/dev-set-5)",
    files: labelled("dev-set-5"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.98, hit3: 1, ndcg5: 0.98, noneMissed: 0 },
  },
  {
    // A seventh, written the same way from less common corners (lens modules, CMOS testing, ToF,
    // underwater and high-speed cameras, camera traps, archive OCR, e-paper…). First reading, before
    // anything was changed for it: nDCG@10 0.928, MRR 0.964, recall@10 0.911, 14 of 16 no-answer
    // queries empty (12 at the session's start), match 1.000 / 0.971. Then three thesaurus entries
    // (外语 · 多语种, 转弯防碰撞 · 盲区预警, 森林相机 · 红外触发相机). Still met: 无人机驾驶员培训
    // (drone shows, by 无人机 alone) and 档案密集柜 (密集 read as a typo of 米级).
    name: "the seventh labelled set (tests/fixtures/dev-set-6)",
    files: labelled("dev-set-6"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 2 },
  },
  {
    // An eighth, half of its queries long project titles (…系统采购项目, …改造工程), 17 with no
    // answer. First reading, before anything was changed for it: nDCG@10 0.935, MRR 0.938, recall@10
    // 0.934, 14 of 17 empty, match 1.000 / 0.992 — at the session's start 0.956, 0.962, 10 of 17: the
    // head rule had emptied two long titles. Then: a title's head is looked for outside brackets
    // (（二期）), and words of talk (哪家, 想用) are not counted as unknown in short queries either.
    // Then 制作 joined the generic words (消防通道划线及标识牌制作: 15 of 17 empty). Still emptied
    // by the head rule: 滨海夜游楼体动画演出项目 (the listings say 光影秀, not 演出). Lost to the
    // title floor (session 7): 园区员工未佩戴安全头盔智能抓拍系统, a factory's 安全帽 in a rider's words.
    name: "the eighth labelled set (tests/fixtures/dev-set-7)",
    files: labelled("dev-set-7"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.97, hit3: 1, ndcg5: 0.99, noneMissed: 3 },
  },
  {
    // A ninth (session 7), written the same way: needs as clerks and sales leads say them (18),
    // long procurement titles, corners such as ports, funerals, weather, kitchens (明厨亮灶). First
    // reading, before anything was changed for it: nDCG@10 0.960, MRR 0.967, recall@10 0.963, only
    // 7 of 16 no-answer queries empty, match 1.000 / 0.971. Then: a homophone stands in only for a
    // word some listing holds (校服 is not 学校|负责), 设备 joined the generic words, a title of
    // five words or more must be met in a quarter of its weight, and a comma ends a word
    // (拍片子，按小时租的棚: no 子按). Still met: 卫星遥感影像耕地非农化监测服务（2026年度） and three
    // needs in plain words close to listings on the board (胃镜肠镜 AI, 车载夜视, 幼儿园摄像头).
    name: "the ninth labelled set (tests/fixtures/dev-set-9)",
    files: labelled("dev-set-9"),
    // Recall 0.969 → 0.957 with the everyday-and-English thesaurus groups of session 8: 防山火摄像头
    // had found the forest-fire listing only as an answer to a hit that is no longer first.
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 3 },
  },  {
    // A tenth (session 7), written the same way: short keywords as investors and sales leads type
    // them, 12 homophone slips, 16 no-answer queries half of them close to imaging (眼底相机, 光刻机,
    // 条码扫描枪). First reading, with the ninth set's changes in: nDCG@10 0.926, MRR 0.958, recall@10
    // 0.915, 16 of 16 empty, match hit@3 0.971 (the bookshop VR scenario found the VR-headset maker
    // that names 书店 and 科普 fifth, behind listings of its own category and domain sharing one
    // acronym), nDCG@5 0.963. Then: matches are ordered with text counting for more (0.75, category
    // 0.1, domain 0.15; which listings are matches is decided as before), and the thesaurus groups
    // 报警 · 告警 · 预警, 肺癌 · 肺结节, PCB · 电路板, 录课 · 录播, 筛查 · 早筛; a thesaurus term cut
    // into a word and a lone character (虚拟 | 人) is kept whole.
    name: "the tenth labelled set (tests/fixtures/dev-set-8)",
    files: labelled("dev-set-8"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0 },
  },  {
    // dev-set-11 (session 7), written for matching: all 40 scenarios judged, with tempting listings
    // of the same segment and field that do something else, and full answers in another segment or
    // field or in other words; 60 queries, 4 with no answer. First reading, before anything was
    // changed for it: nDCG@10 0.946, MRR 0.973, recall@10 0.947, 2 of 4 empty, match 1.000 / 0.982.
    // Then a word typed with a slip reads the thesaurus as the word it sounds like (无人机巡捡 →
    // 巡检 · 巡查). Still met: 卫星遥感影像数据订阅, 病理切片数字化扫描 (archive and relic digitising).
    name: "dev-set-11 (tests/fixtures/dev-set-11)",
    files: labelled("dev-set-11"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.98, noneMissed: 1 },
  },  {
    // dev-set-10 (session 7), as the board's three kinds of users type: clerks' sentences, sales
    // leads' product words and acronyms, investors' short keywords; 14 with no answer. First reading,
    // with all this session's changes and before any for it: nDCG@10 0.930, MRR 0.965, recall@10
    // 0.926, 13 of 14 empty, match 1.000 / 0.979. Then four thesaurus entries (翻新 with 老照片修复,
    // 热感 with 热成像, 盗图 · 版权监测, 水下拍摄 · 海底拍摄). Still met: 安检X光机 (a DR listing meets
    // both x and 光机 through the thesaurus's DR).
    name: "dev-set-10 (tests/fixtures/dev-set-10)",
    files: labelled("dev-set-10"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.98, noneMissed: 0 },
  },
  {
    // dev-set-12 (session 8): 24 scenarios and 32 capabilities across the trade, 60 queries of every
    // kind, 6 with no answer, 20 scenarios' matches judged. First reading, before anything was
    // changed for it: nDCG@10 0.951, MRR 0.963, recall@10 0.933, 6 of 6 empty, match 1.000 / 0.965;
    // beside the first batch 0.930 / 0.944, 5 of 6. Then a query that finds nothing is read with a
    // slip put right: 医学印象 (yin for ying, 模糊音) → 医学影像, and beside the first batch, whose
    // 摄像机 holds 像机, 全景像机 → 全景相机.
    name: "dev-set-12 (tests/fixtures/dev-set-12)",
    files: labelled("dev-set-12"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 20 },
  },
  {
    // dev-set-13 (session 8): less common corners (orchards, ports, elderly care, water mains, courts),
    // 11 sentences. First reading, before anything was changed for it: nDCG@10 0.889, MRR 0.897,
    // 6 of 6 empty, match 1.000 / 1.000. Then a told need's words that no listing holds count for half.
    name: "dev-set-13 (tests/fixtures/dev-set-13)",
    files: labelled("dev-set-13"),
    floor: { ndcg10: 0.99, mrr: 1, recall10: 0.99, hit3: 1, ndcg5: 1, noneMissed: 0, scenarios: 22 },
  },
  {
    // dev-set-14 (session 8): synonyms in no listing's text, procurement titles, all 30 scenarios'
    // matches judged. First reading: 0.864 / 0.867, 4 of 6 empty, match 1.000 / 0.987. Then told
    // needs, thesaurus terms met in full for a word no listing holds (航拍服务), and the everyday and
    // English thesaurus groups (大屏, machine vision). Still met: 婚纱摄影跟拍, 机场安检X光机.
    name: "dev-set-14 (tests/fixtures/dev-set-14)",
    files: labelled("dev-set-14"),
    floor: { ndcg10: 0.95, mrr: 0.95, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-15 (session 8): everyday and English words no listing holds (屏幕, 拍片子, 监控探头,
    // machine vision, digital human). First reading: 0.742 / 0.774, 6 of 7 empty, match 1.000 /
    // 0.984. Still below the bar: 拍片子 (an X-ray here, a film shoot in dev-set-9), 宠物 alone, 智能眼睛
    // (a decoy says 眼睛), a flat tour told without any of its words. Still met: 单反相机维修.
    name: "dev-set-15 (tests/fixtures/dev-set-15)",
    files: labelled("dev-set-15"),
    floor: { ndcg10: 0.89, mrr: 0.92, recall10: 0.88, hit3: 1, ndcg5: 0.98, noneMissed: 1 },
  },
  {
    // dev-set-16 (session 8): the right capability in other words than its scenario, tempting ones of
    // the same segment and field beside it. First reading: 0.845 / 0.883, 4 of 6 empty, match 1.000
    // / 0.910. Match order is below the bar (0.915): 无人认领 meets 无人机, 机场 an airport and a
    // drone dock. Still met: 无人机灯光秀表演, 医学影像 肺结节 辅助诊断.
    name: "dev-set-16 (tests/fixtures/dev-set-16)",
    files: labelled("dev-set-16"),
    floor: { ndcg10: 0.93, mrr: 0.98, recall10: 0.93, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 32 },
  },
  {
    // dev-set-17 (session 8), its brief naming no word of another set's misses: the nearest thing to
    // the held-out check this session. First reading, before anything was changed for it: nDCG@10
    // 0.961, MRR 0.981, recall@10 0.950, 6 of 7 empty, match 1.000 / 0.978 (through the JSON API the
    // same; beside the first batch 0.955 / 0.981, 5 of 7). Then a funeral group (葬礼 · 殡仪 · 追思).
    // Still met: 医院CT影像云胶片.
    name: "dev-set-17 (tests/fixtures/dev-set-17)",
    files: labelled("dev-set-17"),
    // 0.980 / 1.000 → 0.961 / 0.981 and 7 of 7 empty with the absent-qualifier rule (session 10):
    // 盲人导航眼镜 lost its answer (导航 nowhere on the board), 医院CT影像云胶片 is empty.
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.94, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 24 },
  },
  {
    // dev-set-18 (session 8), its brief naming no word of another set's misses: the district's second
    // batch as it might look, every scenario's right capability worded otherwise. First reading,
    // before anything was changed for it: nDCG@10 0.901, MRR 0.938, recall@10 0.897, 6 of 6 empty,
    // match 1.000 / 1.000. Then a slip may be read as a generic word where that makes a thesaurus
    // term (虚拟致作 → 虚拟制作). Still below: XR (the set counts VR and AR listings as XR), 智能眼睛,
    // 看不见字的读者怎样才能自己读书.
    name: "dev-set-18 (tests/fixtures/dev-set-18)",
    files: labelled("dev-set-18"),
    floor: { ndcg10: 0.93, mrr: 0.97, recall10: 0.9, hit3: 1, ndcg5: 1, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-19 (session 9), a neutral brief: a next district batch across every domain. First
    // reading, before anything was changed for it: nDCG@10 0.859, MRR 0.870, recall@10 0.846, 2 of 6
    // empty, match 1.000 / 0.973. Then 车辆识别 out of the number-plate group, and a thesaurus
    // extension whose brief named three of its missed words as examples (观影室, voice cloning,
    // 摔X). Still met: 医院CT机采购, 监控录像数据恢复, 无人机灯光秀表演; still missed: 马路摆摊,
    // Hawk-Eye, 老片子翻新.
    name: "dev-set-19 (tests/fixtures/dev-set-19)",
    files: labelled("dev-set-19"),
    floor: { ndcg10: 0.94, mrr: 0.95, recall10: 0.93, hit3: 1, ndcg5: 0.96, noneMissed: 3, scenarios: 30 },
  },
  {
    // dev-set-20 (session 9), a neutral brief: the board as a marketplace for investors and sales
    // leads. First reading, before anything was changed for it: nDCG@10 0.846, MRR 0.878, recall@10
    // 0.819, 6 of 6 empty, match 1.000 / 0.950. Then English words of asking, a short need's words
    // naming the list it asks of, and the thesaurus extension (品检, 电驴). Still missed: 集卡,
    // 外宣片, two decoys (包裹3D扫描量尺寸, 电池柜温度热力图).
    name: "dev-set-20 (tests/fixtures/dev-set-20)",
    files: labelled("dev-set-20"),
    // Match nDCG@5 0.950 → 0.938 with session 10's thesaurus extension: 品牌片 = 宣传片 puts a
    // brand-film studio beside the LED stage for a car advert shot in the studio.
    floor: { ndcg10: 0.88, mrr: 0.92, recall10: 0.85, hit3: 1, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-21 (session 9), a neutral brief: front-line people's needs in plain words. First
    // reading, before anything was changed for it: nDCG@10 0.879, MRR 0.926, recall@10 0.888, 4 of 6
    // empty, match 1.000 / 0.954. Then the made-up mark (（示例）) out of the index, 看黑板 out of the
    // vision group, and an area-by-area thesaurus extension (挂水, 褥疮). Still met: CT机采购.
    name: "dev-set-21 (tests/fixtures/dev-set-21)",
    files: labelled("dev-set-21"),
    floor: { ndcg10: 0.9, mrr: 0.93, recall10: 0.89, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-22 (session 9), a neutral brief: the imaging chain end to end. Its first reading,
    // before anything was changed for it, is its level: nDCG@10 0.889, MRR 0.935, recall@10 0.890,
    // 6 of 6 empty, match 1.000 / 0.970. Missed: AI试衣, 自媒体外包, P1.2小间距屏, 查眼睛 for a
    // fundus camera.
    name: "dev-set-22 (tests/fixtures/dev-set-22)",
    files: labelled("dev-set-22"),
    floor: { ndcg10: 0.9, mrr: 0.94, recall10: 0.9, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-23 (session 10), a neutral brief: the district's next batch across every category and
    // domain. Its first reading, before anything was changed for it, is its level: nDCG@10 0.932,
    // MRR 0.944, recall@10 0.924, 3 of 6 empty, match 1.000 / 0.992 (one scenario whose best fit is
    // partial). Missed: 肺部小结节智能阅片, 360度环绕慢动作回放; met: 婚纱摄影工作室, 影像产业园厂房租赁.
    // Then a thesaurus extension and words that begin a group's terms (肺部 of 肺部结节): 0.955 / 0.972.
    name: "dev-set-23 (tests/fixtures/dev-set-23)",
    files: labelled("dev-set-23"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.99, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-24 (session 10), a neutral brief: the board a year on, the article's priority areas,
    // typed on a phone. First reading, before anything was changed for it: nDCG@10 0.894, MRR
    // 0.907, recall@10 0.887, 5 of 6 empty, match 1.000 / 0.950 (two scenarios whose best fit is
    // partial). Missed: 老相片翻新, 产品表面瑕疵自动检查, 古董立体建档, VHS转数码; met: 婚纱摄影跟拍.
    name: "dev-set-24 (tests/fixtures/dev-set-24)",
    files: labelled("dev-set-24"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.96, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-25 (session 10), a neutral brief: the board as a visiting delegation, a journalist and
    // an investor explore it. Its first reading, after the session's changes, before anything was
    // changed for it, is its level: nDCG@10 0.923, MRR 0.954, recall@10 0.895, 5 of 6 empty, match
    // 0.967 / 0.947 (an eye-screening demand whose only, stretched, fit is a camera module).
    name: "dev-set-25 (tests/fixtures/dev-set-25)",
    files: labelled("dev-set-25"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.93, hit3: 0.96, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-26 (session 10), a neutral brief: factories, the port, the airport, utilities, sites,
    // water, farms and estates, typed by engineers. First reading, as dev-set-25: nDCG@10 0.957, MRR
    // 0.981, recall@10 0.920, 5 of 6 empty, match 0.967 / 0.917 (a water plant's floc imaging whose
    // only fit is general defect-detection software).
    name: "dev-set-26 (tests/fixtures/dev-set-26)",
    files: labelled("dev-set-26"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 0.96, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-27 (session 10), a neutral brief: public services (hospitals, schools, libraries,
    // venues, eldercare, emergencies). Read once as it came at 9520029, with every change of the
    // session in: nDCG@10 0.946, MRR 0.958, recall@10 0.923, 6 of 6 empty, match 1.000 / 0.937.
    name: "dev-set-27 (tests/fixtures/dev-set-27)",
    files: labelled("dev-set-27"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.93, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-28 (session 10), a neutral brief: the content and media side (film, short dramas,
    // live commerce, esports, XR, AIGC, display, venues). Read once as it came at 48bf21a, with
    // every change of the session in: nDCG@10 0.874, MRR 0.898, recall@10 0.852, 5 of 6 empty, match
    // 1.000 / 0.942 — below the bar. Missed: 电影包房, 盗版追踪, 片场数字影像工程师 (DIT), 集群飞行表演
    // (a drone light show), 电竞赛事转拨 (a slip the word cut hides), 全景相机硬件采购 (硬件 read as
    // the title's head; since, a generic word). Met: ARRI摄影机镜头租赁.
    name: "dev-set-28 (tests/fixtures/dev-set-28)",
    files: labelled("dev-set-28"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-29 (session 10), a neutral brief: an ordinary next batch across every category and
    // domain. Read once as it came at 2c1bcf5: nDCG@10 0.945, MRR 0.963, recall@10 0.942, 6 of 6
    // empty, match 0.967 / 0.968 (a street inspectors' body camera whose only fit is partial).
    // Missed: 360度实景看景区 (ICU cuts 实景看景区 into single characters, joined as one word no
    // listing holds), 社区小电影院.
    name: "dev-set-29 (tests/fixtures/dev-set-29)",
    files: labelled("dev-set-29"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-30 (session 10), a neutral brief: city and community life (street offices, urban
    // villages, schools, parks, markets, the elderly), typed by residents and grid workers. Read once
    // as it came at 2a38c8a: nDCG@10 0.952, MRR 0.972, recall@10 0.918, 3 of 6 empty, match 1.000 /
    // 0.960. Met: 红树林观鸟 鸟类自动识别, 老旧小区水管漏水内窥检测, 无人机送快递到小区 — each close to a
    // listing's words, as its writer said.
    name: "dev-set-30 (tests/fixtures/dev-set-30)",
    files: labelled("dev-set-30"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 2, scenarios: 30 },
  },
  {
    // dev-set-31 (session 11), a neutral brief: venues of culture and learning (library, museum,
    // archive, schools, sports centre, convention centre), needs written tersely, offers in small
    // firms' trade words. Read once as it came at fe6c015: nDCG@10 0.907, MRR 0.954, recall@10
    // 0.864, 5 of 6 empty, match 0.967 / 0.921 (a low-vision aid whose only fit is partial). Missed:
    // 古藉扫描 (藉 read jiè; since, every reading of a slip), 人工智能生成内容 (AIGC spelt out).
    // Met: 图书馆RFID自助借还机.
    name: "dev-set-31 (tests/fixtures/dev-set-31)",
    files: labelled("dev-set-31"),
    floor: { ndcg10: 0.94, mrr: 0.98, recall10: 0.91, hit3: 0.96, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-32 (session 11), a neutral brief: a sales lead hunting for buyers — offers in trade
    // jargon and model numbers; demands of hospitals, police and traffic, emergencies, environment
    // and water. Read once as it came at fe6c015: nDCG@10 0.957, MRR 0.972, recall@10 0.935, 5 of 6
    // empty, match 1.000 / 0.964. Missed: 环保局晚上想测广告屏是不是太亮 (太亮 for 光污染). Met:
    // 道路噪声自动监测.
    name: "dev-set-32 (tests/fixtures/dev-set-32)",
    files: labelled("dev-set-32"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-33 (session 11), a neutral brief: an ordinary next batch as an investor and a
    // journalist search it. Read once as it came at fe6c015: nDCG@10 0.940, MRR 0.944, recall@10
    // 0.932, 5 of 6 empty, match 1.000 / 0.987. Missed: AI帮医生看片子, 拍戏用的电子布景, and
    // 做选题：宝安今年有哪些需求要用到无人机 (since, a colon ends a word and talk counts for little).
    // Met: 胶片相机维修.
    name: "dev-set-33 (tests/fixtures/dev-set-33)",
    files: labelled("dev-set-33"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.97, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-34 (session 11), a neutral brief: factories, industrial parks and logistics (batteries,
    // moulds, SMT lines, the port gate, airport cargo). Read once as it came at 0f86299: nDCG@10
    // 0.955, MRR 0.972, recall@10 0.932, 6 of 6 empty, match 1.000 / 0.941 (a VOC-leak demand whose
    // only fit, a partial one, ranks second). Missed: 塑胶壳 色偏 在线检测.
    name: "dev-set-34 (tests/fixtures/dev-set-34)",
    files: labelled("dev-set-34"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-35 (session 11), a neutral brief: display, XR and AIGC firms and the venues of culture,
    // tourism and commerce, typed on phones (traditional characters, slips, English words mixed in).
    // Read once as it came at 0f86299: nDCG@10 0.961, MRR 0.972, recall@10 0.944, 6 of 6 empty, match
    // 1.000 / 0.939 (partial fits below 5). Missed: 酒店云看房.
    name: "dev-set-35 (tests/fixtures/dev-set-35)",
    files: labelled("dev-set-35"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.94, hit3: 1, ndcg5: 0.95, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-36 (session 11), a neutral brief: an ordinary batch by many hands (terse, long,
    // official, a salesman's). Read once as it came at 0f86299: nDCG@10 0.964, MRR 0.981, recall@10
    // 0.960, 6 of 6 empty, match 1.000 / 0.977 — the whole bar met. Missed: 电子沙盘.
    name: "dev-set-36 (tests/fixtures/dev-set-36)",
    files: labelled("dev-set-36"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.99, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-37 (session 11), a neutral brief: hospitals, clinics, elderly care, rehabilitation and
    // schools, typed by their staff in everyday words. Read once as it came at c6821fa (every change
    // of the session but the acronyms and terms held together): nDCG@10 0.920, MRR 0.944, recall@10
    // 0.878, 6 of 6 empty, match 1.000 / 0.971. Missed: 中风后手脚康复锻炼, 拍完片子手机上看, 手术视教.
    name: "dev-set-37 (tests/fixtures/dev-set-37)",
    files: labelled("dev-set-37"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.91, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-38 (session 11), a neutral brief: the batch an official assembles before the 对接会,
    // every category and domain. Read once as it came at c6821fa: nDCG@10 0.948, MRR 0.963,
    // recall@10 0.919, 6 of 6 empty, match 1.000 / 0.974 — the whole bar. Missed: 防止楼上乱扔东西的监控,
    // 水上灯光表演.
    name: "dev-set-38 (tests/fixtures/dev-set-38)",
    files: labelled("dev-set-38"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.93, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-39 (session 11), a neutral brief: sport, events, concerts, esports and broadcasting.
    // Read once as it came at c6821fa: nDCG@10 0.892, MRR 0.904, recall@10 0.878, 3 of 6 empty, match
    // 1.000 / 0.979. Missed: 大屏幕出租, 跳绳自动数数, Hawk-Eye, OB van (since, in the acronym groups).
    // Met: 体育彩票销售终端, 运动员兴奋剂检测, 体育场馆空调节能改造 — sport words held, the thing asked not.
    name: "dev-set-39 (tests/fixtures/dev-set-39)",
    files: labelled("dev-set-39"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.95, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-40 (session 11), a neutral brief: an ordinary next batch as departments and companies
    // write it. Read once as it came at 1c81119, with every change of the session in: nDCG@10 0.969,
    // MRR 0.978, recall@10 0.963, 5 of 6 empty, match 1.000 / 0.976. Met: X光安检图像识别.
    name: "dev-set-40 (tests/fixtures/dev-set-40)",
    files: labelled("dev-set-40"),
    floor: { ndcg10: 0.97, mrr: 0.97, recall10: 0.98, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-41 (session 11), a neutral brief: urban governance and public safety, typed by clerks
    // and residents. Read once as it came at 1c81119: nDCG@10 0.926, MRR 0.935, recall@10 0.914, 6 of
    // 6 empty, match 1.000 / 0.944. Missed: 司机打瞌睡提醒, 房屋外墙掉砖, 城市内捞 (内涝).
    name: "dev-set-41 (tests/fixtures/dev-set-41)",
    files: labelled("dev-set-41"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.95, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-42 (session 11), a neutral brief: the content side (short dramas, film, livestreams,
    // AIGC, virtual production, museums' digital content), the synonyms' words taken out of the
    // listings by their writer. Read once as it came at 1c81119: nDCG@10 0.877, MRR 0.895, recall@10
    // 0.844, 5 of 6 empty, match 0.967 / 0.938. Missed: 私人影院系统 and 夜间灯光秀 (thesaurus words,
    // but met only through other names a listing's part of the word cuts to 0.8 · 0.8), 网上看展,
    // 品牌虚拟形象大使.
    name: "dev-set-42 (tests/fixtures/dev-set-42)",
    files: labelled("dev-set-42"),
    floor: { ndcg10: 0.94, mrr: 0.96, recall10: 0.91, hit3: 0.96, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-43 (session 12), a neutral brief: the airport, the port, roads and transport. Read
    // once as it came at aee3f92 (search as at the session's start): nDCG@10 0.930, MRR 0.944, 5 of
    // 6 empty, match 1.000 / 0.967. Missed: 司机打瞌睡提醒 (missed in dev-set-41 too), 泥头车没盖篷布抓拍,
    // 安检机图像自动找危险品. Met: 港口岸电系统改造.
    name: "dev-set-43 (tests/fixtures/dev-set-43)",
    files: labelled("dev-set-43"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-44 (session 12), a neutral brief: street offices, communities, property managers and
    // old estates, in plain words. Read once as it came at aee3f92: nDCG@10 0.951, MRR 0.972, 5 of 6
    // empty, match 0.967 / 0.966. Missed: an investor's 社区养老 query; the hillside scenario whose
    // only fits are partial (drones) is matched to a fall-detection radar through 监测 first. Met:
    // 小区加装电梯施工队.
    name: "dev-set-44 (tests/fixtures/dev-set-44)",
    files: labelled("dev-set-44"),
    floor: { ndcg10: 0.95, mrr: 0.97, recall10: 0.92, hit3: 0.96, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-45 (session 12), a neutral brief: rivers, coast, parks, farms and the environment.
    // Read once as it came at aee3f92: nDCG@10 0.856, MRR 0.886, 4 of 6 empty, match 1.000 / 0.923 —
    // a field whose words the thesaurus hardly knew (偷排, 卫片, 大棚, 野泳); 无人机巡和 missed as 和 was
    // read as grammar (b34cfd0). Met: 商场客流热力统计, 口腔数字化扫描仪.
    name: "dev-set-45 (tests/fixtures/dev-set-45)",
    files: labelled("dev-set-45"),
    floor: { ndcg10: 0.9, mrr: 0.93, recall10: 0.88, hit3: 1, ndcg5: 0.93, noneMissed: 2, scenarios: 30 },
  },
  {
    // dev-set-46 (session 12), a neutral brief: a mixed batch as the district would publish it,
    // writers of varied skill. Read once as it came at b34cfd0: nDCG@10 0.947, MRR 0.981, 6 of 6
    // empty, match 1.000 / 0.957 — the whole bar. Missed: 录博系统 (录播).
    name: "dev-set-46 (tests/fixtures/dev-set-46)",
    files: labelled("dev-set-46"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.93, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-47 (session 12), a neutral brief: retail, malls, exhibitions, the night economy and
    // livestream selling. Read once as it came at b34cfd0: nDCG@10 0.864, MRR 0.869, 5 of 6 empty,
    // match 1.000 / 0.958. Missed: 网红拍照机, 商场电子指路牌, 会议同声传译字幕, 网上办展平台, 断货提醒
    // 货架拍照. Met: 口腔数字化扫描仪 (also a no-answer query of dev-set-45's writer).
    name: "dev-set-47 (tests/fixtures/dev-set-47)",
    files: labelled("dev-set-47"),
    floor: { ndcg10: 0.97, mrr: 0.97, recall10: 0.98, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-48 (session 12), a neutral brief: small manufacturers' inspection, measurement and
    // training needs. Read once as it came at 4528c1c (with the larger thesaurus): nDCG@10 0.889,
    // MRR 0.926, 5 of 6 empty, match 1.000 / 0.978 (with the thesaurus as at the session's start:
    // 0.871 / 0.907, 5 of 6). Missed: trade slang (云斑 for Mura, 料盘, 头盔 for 安全帽), 视觉工程师速成班.
    // Met: 注塑机节能改造.
    name: "dev-set-48 (tests/fixtures/dev-set-48)",
    files: labelled("dev-set-48"),
    floor: { ndcg10: 0.94, mrr: 0.98, recall10: 0.91, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-49 (session 12), a neutral brief: schools, colleges, kindergartens, typed on phones.
    // Read once as it came at 4528c1c: nDCG@10 0.935, MRR 0.948, 6 of 6 empty, match 1.000 / 0.961
    // (thesaurus as at the session's start: 0.936 / 0.948, 4 of 6). Missed: 小朋友睡觉踢被子提醒,
    // 异地同上一堂课; the sign-language scenario has only a partial fit.
    name: "dev-set-49 (tests/fixtures/dev-set-49)",
    files: labelled("dev-set-49"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-50 (session 12), a neutral brief: the publicity office, libraries, museums, cultural
    // centres and their content, XR and digitisation firms. Read once as it came at 4528c1c: nDCG@10
    // 0.899, MRR 0.907, 5 of 6 empty, match 0.967 / 0.937 (thesaurus as at the session's start: 0.883 /
    // 0.889, 4 of 6). Missed: 视频素材库管理, 活动照片实时上传分享, 旧书电子化, 儿童涂鸦动起来; the
    // multispectral-imaging scenario, whose only fits are partial, gets neither in its top 5.
    // Met: 文物库房温湿度监测.
    name: "dev-set-50 (tests/fixtures/dev-set-50)",
    files: labelled("dev-set-50"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.94, hit3: 0.96, ndcg5: 0.93, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-51 (session 12), a neutral brief: the next ordinary batch, every category. Read once as
    // it came at 272a7fa (every change of the session in): nDCG@10 0.955, MRR 0.963, 5 of 6 empty,
    // match 1.000 / 0.997. Missed: 3D立体广告片, 远程看病视频连线. Met: 老照片修复上色 (照片 of the
    // group term met by a listing's 图片).
    name: "dev-set-51 (tests/fixtures/dev-set-51)",
    files: labelled("dev-set-51"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.95, hit3: 1, ndcg5: 1, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-52 (session 12), a neutral brief: hospitals, 社康, elderly care and disability,
    // partly in everyday words. Read once as it came at 272a7fa: nDCG@10 0.938, MRR 0.954, 3 of 6
    // empty, match 1.000 / 0.943. Met: 核磁共振设备租赁, 医护人员排班软件, 放射科防护铅衣 (the thing
    // asked, 铅衣 or 排班, no listing holds; the rest the board does).
    name: "dev-set-52 (tests/fixtures/dev-set-52)",
    files: labelled("dev-set-52"),
    floor: { ndcg10: 0.95, mrr: 0.97, recall10: 0.93, hit3: 1, ndcg5: 0.94, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-53 (session 12), a neutral brief: emergencies, fire, typhoons and floods, site safety.
    // Read once as it came at 272a7fa: nDCG@10 0.964, MRR 0.981, 5 of 6 empty, match 1.000 / 0.970.
    // Missed: 铲车撞人. Met: 消防水带压力检测设备.
    name: "dev-set-53 (tests/fixtures/dev-set-53)",
    files: labelled("dev-set-53"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.94, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-54 (session 12), a neutral brief: scenic areas, parks, heritage villages and tourism.
    // Read once as it came at 03fea93 (every change of the session in): nDCG@10 0.951, MRR 0.967,
    // 5 of 6 empty, match 1.000 / 0.969. Missed: 宝安文旅里有没有跟红树林相关的数字化项目. Met:
    // 热气球观光飞行.
    name: "dev-set-54 (tests/fixtures/dev-set-54)",
    files: labelled("dev-set-54"),
    floor: { ndcg10: 0.96, mrr: 0.98, recall10: 0.96, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-55 (session 12), a neutral brief: the imaging chain itself (chips, sensors, optics,
    // modules, displays, XR) as suppliers and buyers. Read once as it came at 03fea93: nDCG@10 0.950,
    // MRR 0.954, 6 of 6 empty, match 1.000 / 0.981 — the whole bar. Missed: 屏幕色差矫正, 逐点教正
    // (校 is jiào as well as xiào; the listings' pairs are keyed by their first reading only).
    name: "dev-set-55 (tests/fixtures/dev-set-55)",
    files: labelled("dev-set-55"),
    floor: { ndcg10: 0.98, mrr: 0.99, recall10: 0.97, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-56 (session 13), a neutral brief: the next ordinary batch, a mix of a dozen kinds of posters. Read once as it came at 8152167
    // (search as at 3afc78d): nDCG@10 0.968, MRR 0.978, 3 of 6 empty, match 1.000 / 0.974 (4 of 6 at bbd846d). Missed: 胶囊内窥镜研发 and ISP影像芯片流片合作 (内窥镜, 影像芯片 held), 我们是做AR眼镜的，想看看宝安哪些单位有需求.
    name: "dev-set-56 (tests/fixtures/dev-set-56)",
    files: labelled("dev-set-56"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.96, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-57 (session 13), a neutral brief: community life and public safety: grids, elderly people living alone, night streets, estates. Read once as it came at 8152167
    // (search as at 3afc78d): nDCG@10 0.987, MRR 1.000, 4 of 6 empty, match 1.000 / 0.981. Missed: 噪音扰民分贝监测 (扰民 of 避免强光扰民), 老年大学摄影培训课.
    name: "dev-set-57 (tests/fixtures/dev-set-57)",
    files: labelled("dev-set-57"),
    floor: { ndcg10: 0.99, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-58 (session 13), a neutral brief: sport: PE teaching and exams, venues, youth events, pools, marathon broadcasting. Read once as it came at 8152167
    // (search as at 3afc78d): nDCG@10 0.951, MRR 1.000, 5 of 6 empty, match 0.967 / 0.934. Missed: 运动员兴奋剂检测 (兴奋剂 cut 兴奋 | 剂), 哪些单位在找无人机航拍服务; match CJ-8828 (a partial fit only).
    name: "dev-set-58 (tests/fixtures/dev-set-58)",
    files: labelled("dev-set-58"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.95, hit3: 0.96, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-59 (session 13), a neutral brief: selling: cross-border e-commerce, live commerce, brands, product photography, malls. Read once as it came at 8152167
    // (search as at 3afc78d): nDCG@10 0.928, MRR 0.963, 5 of 6 empty, match 0.967 / 0.938. Missed: 远程看工厂, 网店详情页美工 (synonyms, nothing found); 车载环视摄像头模组 (全景影像 in the surround-view group); match CJ-8926 (a partial fit only).
    name: "dev-set-59 (tests/fixtures/dev-set-59)",
    files: labelled("dev-set-59"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.95, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-60 (session 13), a neutral brief: the next ordinary batch, spring 2027, every domain. Read once as it came at 1eda171:
    // nDCG@10 0.938, MRR 0.963, 5 of 6 empty, match 0.967 / 0.935. Missed: 老录像带翻新, 虚幻引擎实时渲染 (synonyms, nothing found), 摄像头模组代工 (模组 held); match CJ-9024 and CJ-9030 (partial fits only).
    name: "dev-set-60 (tests/fixtures/dev-set-60)",
    files: labelled("dev-set-60"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.93, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-61 (session 13), a neutral brief: transport and logistics: metro, buses, the airport and port, warehouses, traffic police. Read once as it came at 1eda171:
    // nDCG@10 0.960, MRR 0.972, 3 of 6 empty, match 0.967 / 0.958. Missed: container OCR, 检票闸机人脸核验 (检|票|闸|机|人|脸 one run: the cut at thesaurus terms, 9f2bb32, came from it), 航班延误预测模型, 高速公路动态称重治超; match CJ-9130 (partial fits only).
    name: "dev-set-61 (tests/fixtures/dev-set-61)",
    files: labelled("dev-set-61"),
    floor: { ndcg10: 0.97, mrr: 0.99, recall10: 0.95, hit3: 0.96, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-62 (session 13), a neutral brief: culture and media: libraries, museums, archives, the media centre, crews, heritage. Read once as it came at 1eda171:
    // nDCG@10 0.972, MRR 1.000, 5 of 6 empty, match 1.000 / 0.969. Missed: 图书馆RFID自助借还机 (自助借还 held), 博物馆三百件展品想做成3D模型放到网上的数字展厅.
    name: "dev-set-62 (tests/fixtures/dev-set-62)",
    files: labelled("dev-set-62"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-63 (session 13), a neutral brief: health and care — community health centres,
    // imaging departments, care homes, rehabilitation, mother and child. Read once as it came at
    // cfc2e2c (search as at 0e66764): nDCG@10 0.917, MRR 0.944, 4 of 6 empty, match 0.967 / 0.956.
    // Missed: 胃镜肠镜录像存档, 早产儿病房视频探望, 救护车视频连线医院 (paraphrases, nothing found),
    // 病理切片数字化扫描仪, 胎儿四维彩超写真; match CJ-9329 (a partial fit only).
    name: "dev-set-63 (tests/fixtures/dev-set-63)",
    files: labelled("dev-set-63"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.93, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-64 (session 13), a neutral brief: factories and industrial parks: electronics, moulds, batteries, packaging, warehouses, park safety and energy. Read once as it came at cbd770b (search
    // as at 0e66764, every change of the session in): nDCG@10 0.930, MRR 0.944, 5 of 6 empty, match 1.000 / 0.962. Missed: 仓储点货无人机, 网店产品图AI出图, 发布会直播切台设备 (synonyms, nothing found), 注塑模流分析仿真软件.
    name: "dev-set-64 (tests/fixtures/dev-set-64)",
    files: labelled("dev-set-64"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-65 (session 13), a neutral brief: a mixed batch written plainly by street offices', schools' and venues' clerks, the offers by sales staff (its writer numbered it 65; renumbered 95). Read once as it came at cbd770b (search
    // as at 0e66764, every change of the session in): nDCG@10 0.977, MRR 1.000, 6 of 6 empty, match 1.000 / 0.966 — the whole bar.
    name: "dev-set-65 (tests/fixtures/dev-set-65)",
    files: labelled("dev-set-65"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-66 (session 14): schools, universities, training centres and children's education. Read once as it came at 0af2f7a (the search as session 13
    // left it): nDCG@10 0.938, MRR 0.944, 6 of 6 empty, match 1.000 / 0.986 (MRR below the bar: three synonyms found nothing).
    name: "dev-set-66 (tests/fixtures/dev-set-66)",
    files: labelled("dev-set-66"),
    floor: { ndcg10: 0.99, mrr: 1, recall10: 0.99, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-67 (session 14): environment, water, ecology and city management. Read once as it came at 0af2f7a (the search as session 13
    // left it): nDCG@10 0.965, MRR 0.981, 5 of 6 empty, match 1.000 / 0.929.
    name: "dev-set-67 (tests/fixtures/dev-set-67)",
    files: labelled("dev-set-67"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.92, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-68 (session 14): tourism, night economy, exhibitions and commercial streets. Read once as it came at 0af2f7a (the search as session 13
    // left it): nDCG@10 0.959, MRR 0.981, 5 of 6 empty, match 0.967 / 0.939.
    name: "dev-set-68 (tests/fixtures/dev-set-68)",
    files: labelled("dev-set-68"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-69 (session 14): a plain mixed batch such as the district would publish next quarter. Read once as it came at 0af2f7a (the search as session 13
    // left it): nDCG@10 0.958, MRR 0.963, 5 of 6 empty, match 1.000 / 0.984.
    name: "dev-set-69 (tests/fixtures/dev-set-69)",
    files: labelled("dev-set-69"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.96, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-70 (session 14): a plain mixed batch, written as real clerks and sales staff would. Read once as it came at 266c4dc (the session's first
    // six search and thesaurus changes in): nDCG@10 0.970, MRR 0.981, 6 of 6 empty, match 1.000 / 0.983 — the whole bar.
    name: "dev-set-70 (tests/fixtures/dev-set-70)",
    files: labelled("dev-set-70"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-71 (session 14): hospitals, community health centres, care homes and disability services
    // (29 scenarios with a fit: CJ-10129, child refraction screening, has none on this board). Read once as it came at 266c4dc (the session's first
    // six search and thesaurus changes in): nDCG@10 0.981, MRR 0.988, 6 of 6 empty, match 1.000 / 0.911 (one scenario judged with no fit counts 0 in nDCG@5).
    name: "dev-set-71 (tests/fixtures/dev-set-71)",
    files: labelled("dev-set-71"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.97, hit3: 1, ndcg5: 0.91, noneMissed: 0, scenarios: 29 },
  },
  {
    // dev-set-72 (session 14): manufacturing: electronics, batteries, precision parts, moulds, warehouses. Read once as it came at 266c4dc (the session's first
    // six search and thesaurus changes in): nDCG@10 0.952, MRR 0.981, 6 of 6 empty, match 1.000 / 0.935.
    name: "dev-set-72 (tests/fixtures/dev-set-72)",
    files: labelled("dev-set-72"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.92, hit3: 1, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-73 (session 14): film, TV, short video, broadcasting, games and the creative industries. Read once as it came at 266c4dc (the session's first
    // six search and thesaurus changes in): nDCG@10 0.889, MRR 0.898, 6 of 6 empty, match 1.000 / 0.956 (five synonyms found nothing).
    name: "dev-set-73 (tests/fixtures/dev-set-73)",
    files: labelled("dev-set-73"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.95, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-74 (session 14): a plain mixed batch, written as real clerks and sales staff would. Read once as it came at cd15663 (the session's search
    // and thesaurus changes up to then in; matching as session 13 left it): nDCG@10 0.925, MRR 0.951, 6 of 6 empty, match 1.000 / 0.994 — the whole bar.
    name: "dev-set-74 (tests/fixtures/dev-set-74)",
    files: labelled("dev-set-74"),
    floor: { ndcg10: 0.93, mrr: 0.96, recall10: 0.94, hit3: 1, ndcg5: 0.99, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-75 (session 14): public safety, emergency response, traffic, the airport and the port. Read once as it came at cd15663 (the session's search
    // and thesaurus changes up to then in; matching as session 13 left it): nDCG@10 0.944, MRR 0.972, 3 of 6 empty, match 1.000 / 0.958.
    name: "dev-set-75 (tests/fixtures/dev-set-75)",
    files: labelled("dev-set-75"),
    floor: { ndcg10: 0.96, mrr: 0.99, recall10: 0.9, hit3: 1, ndcg5: 0.95, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-76 (session 14): retail, e-commerce, cross-border sellers, brands and consumer electronics. Read once as it came at cd15663 (the session's search
    // and thesaurus changes up to then in; matching as session 13 left it): nDCG@10 0.911, MRR 0.914, 6 of 6 empty, match 1.000 / 0.972.
    name: "dev-set-76 (tests/fixtures/dev-set-76)",
    files: labelled("dev-set-76"),
    floor: { ndcg10: 0.92, mrr: 0.93, recall10: 0.93, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-77 (session 14): culture, heritage, libraries, archives, sport venues and community events. Read once as it came at cd15663 (the session's search
    // and thesaurus changes up to then in; matching as session 13 left it): nDCG@10 0.953, MRR 0.981, 5 of 6 empty, match 1.000 / 0.965.
    name: "dev-set-77 (tests/fixtures/dev-set-77)",
    files: labelled("dev-set-77"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.91, hit3: 1, ndcg5: 0.96, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-78 (session 14): a plain mixed batch, written as real clerks and sales staff would. Read once as it came at b8a1a87 (every search and
    // thesaurus change of the session but the last two in): nDCG@10 0.912, MRR 0.926, 6 of 6 empty, match 1.000 / 0.985.
    name: "dev-set-78 (tests/fixtures/dev-set-78)",
    files: labelled("dev-set-78"),
    floor: { ndcg10: 0.91, mrr: 0.92, recall10: 0.91, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-79 (session 14): a first-year batch by street offices, schools, hospitals and venues, with the article's companies. Read once as it came at b8a1a87 (every search and
    // thesaurus change of the session but the last two in): nDCG@10 0.963, MRR 0.981, 5 of 6 empty, match 1.000 / 0.994.
    name: "dev-set-79 (tests/fixtures/dev-set-79)",
    files: labelled("dev-set-79"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.99, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-80 (session 14): smart city, government services and communities. Read once as it came at b8a1a87 (every search and
    // thesaurus change of the session but the last two in): nDCG@10 0.938, MRR 0.948, 4 of 6 empty, match 1.000 / 0.952.
    name: "dev-set-80 (tests/fixtures/dev-set-80)",
    files: labelled("dev-set-80"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.98, hit3: 1, ndcg5: 0.95, noneMissed: 2, scenarios: 30 },
  },
  {
    // dev-set-81 (session 14): the imaging industry's own needs: chips, modules, optics, panels, XR makers, AIGC studios, their park. Read once as it came at b8a1a87 (every search and
    // thesaurus change of the session but the last two in): nDCG@10 0.857, MRR 0.870, 6 of 6 empty, match 1.000 / 0.980.
    name: "dev-set-81 (tests/fixtures/dev-set-81)",
    files: labelled("dev-set-81"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-82 (session 15): Bao'an's airport, port, logistics parks and transport. Read once as it came at da0c07b: nDCG@10 0.911, MRR 0.926, 5 of 6 empty, match 1.000 / 0.972.
    name: "dev-set-82 (tests/fixtures/dev-set-82)",
    files: labelled("dev-set-82"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-83 (session 15): construction sites, property management, old-village renewal, pipe networks. Read once as it came at da0c07b: nDCG@10 0.958, MRR 0.981, 4 of 6 empty, match 0.967 / 0.933.
    name: "dev-set-83 (tests/fixtures/dev-set-83)",
    files: labelled("dev-set-83"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 0.96, ndcg5: 0.93, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-84 (session 15): a mixed second-year batch across every field and segment. Read once as it came at da0c07b: nDCG@10 0.943, MRR 0.963, 5 of 6 empty, match 1.000 / 0.983.
    name: "dev-set-84 (tests/fixtures/dev-set-84)",
    files: labelled("dev-set-84"),
    floor: { ndcg10: 0.94, mrr: 0.96, recall10: 0.91, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-85 (session 15): energy, water and utilities: substations, solar, water works, river chiefs. Read once as it came at da0c07b: nDCG@10 0.955, MRR 0.981, 5 of 6 empty, match 0.967 / 0.936.
    name: "dev-set-85 (tests/fixtures/dev-set-85)",
    files: labelled("dev-set-85"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 0.96, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-86 (session 15): media, broadcasting and commerce: the 融媒体中心, live-streaming e-commerce, cross-border sellers, brands, exhibitions. Read once as it came at 9e60647 (search code and thesaurus as at 380ddac): nDCG@10 0.962, MRR 0.981, 5 of 6 empty, match 1.000 / 0.994.
    name: "dev-set-86 (tests/fixtures/dev-set-86)",
    files: labelled("dev-set-86"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 1, ndcg5: 0.99, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-87 (session 15): the coast, the sea and ecology: mangroves, wetlands, beaches, fisheries, the sea wall. Read once as it came at 9e60647 (search code and thesaurus as at 380ddac): nDCG@10 0.948, MRR 0.981, 6 of 6 empty, match 1.000 / 0.921.
    name: "dev-set-87 (tests/fixtures/dev-set-87)",
    files: labelled("dev-set-87"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.92, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-88 (session 15): museums, libraries, archives and cultural heritage. Read once as it came at 9e60647 (search code and thesaurus as at 380ddac): nDCG@10 0.933, MRR 0.963, 6 of 6 empty, match 1.000 / 0.969.
    name: "dev-set-88 (tests/fixtures/dev-set-88)",
    files: labelled("dev-set-88"),
    floor: { ndcg10: 0.96, mrr: 0.99, recall10: 0.94, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-89 (session 15): a mixed batch in plain words by small organisations (canteens, kindergartens, clinics, shops, clubs). Read once as it came at 9e60647 (search code and thesaurus as at 380ddac): nDCG@10 0.902, MRR 0.932, 5 of 6 empty, match 0.967 / 0.928.
    name: "dev-set-89 (tests/fixtures/dev-set-89)",
    files: labelled("dev-set-89"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.94, hit3: 0.96, ndcg5: 0.92, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-90 (session 15): hospitals and public health, second round: radiology, endoscopy, pathology, ophthalmology, 社康, telemedicine, the CDC
    // (29 scenarios with a fit: CJ-12030, checking herbal dispensing by camera, has none). Read once as it came at b6981f3: nDCG@10 0.948, MRR 0.954, 6 of 6 empty, match 1.000 / 0.943 (one scenario judged with no fit counts 0).
    name: "dev-set-90 (tests/fixtures/dev-set-90)",
    files: labelled("dev-set-90"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.97, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 29 },
  },
  {
    // dev-set-91 (session 15): vocational schools, colleges and training: technician colleges, labs, driving schools, skills competitions, exams. Read once as it came at b6981f3: nDCG@10 0.948, MRR 0.969, 6 of 6 empty, match 1.000 / 0.975.
    name: "dev-set-91 (tests/fixtures/dev-set-91)",
    files: labelled("dev-set-91"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-92 (session 15): factories, second round: SMT and PCB, moulds, batteries, injection moulding, printing, food, warehouses. Read once as it came at b6981f3: nDCG@10 0.908, MRR 0.926, 5 of 6 empty, match 0.967 / 0.949.
    name: "dev-set-92 (tests/fixtures/dev-set-92)",
    files: labelled("dev-set-92"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.93, hit3: 0.96, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-93 (session 15): a third-year mixed round, capabilities in the marketing language companies use (brands, claims, awards). Read once as it came at b6981f3: nDCG@10 0.958, MRR 0.972, 5 of 6 empty, match 0.967 / 0.940.
    name: "dev-set-93 (tests/fixtures/dev-set-93)",
    files: labelled("dev-set-93"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.95, hit3: 0.96, ndcg5: 0.94, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-94 (session 15): culture and tourism, second round: scenic spots, night tours, festivals, hotels and homestays, the tourism bureau (its writer opened a file of thesaurus groups by mistake before writing the queries). Read once as it came at 49d2b62: nDCG@10 0.934, MRR 0.964, 6 of 6 empty, match 1.000 / 0.945.
    name: "dev-set-94 (tests/fixtures/dev-set-94)",
    files: labelled("dev-set-94"),
    floor: { ndcg10: 0.94, mrr: 0.97, recall10: 0.91, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-95 (session 15): public safety and emergencies, second round, with privacy rules on what may be filmed. Read once as it came at 49d2b62: nDCG@10 0.922, MRR 0.941, 5 of 6 empty, match 1.000 / 0.973.
    name: "dev-set-95 (tests/fixtures/dev-set-95)",
    files: labelled("dev-set-95"),
    floor: { ndcg10: 0.95, mrr: 0.97, recall10: 0.94, hit3: 1, ndcg5: 0.97, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-96 (session 15): sports, esports and events: stadiums, PE exams, marathons, pools, esports, concerts and exhibitions. Read once as it came at 49d2b62: nDCG@10 0.943, MRR 0.981, 6 of 6 empty, match 1.000 / 0.942.
    name: "dev-set-96 (tests/fixtures/dev-set-96)",
    files: labelled("dev-set-96"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-97 (session 15): a mixed batch seen by sales leads and investors, with startups offering the same thing in different words. Read once as it came at 49d2b62: nDCG@10 0.909, MRR 0.951, 6 of 6 empty, match 1.000 / 0.984.
    name: "dev-set-97 (tests/fixtures/dev-set-97)",
    files: labelled("dev-set-97"),
    floor: { ndcg10: 0.9, mrr: 0.95, recall10: 0.88, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-98 (session 15): retail and consumer services, second round: malls, supermarkets, restaurants, salons, car and furniture stores, pharmacies. Read once as it came at 69d76ce (45a3022's search, comments changed): nDCG@10 0.899, MRR 0.917, 6 of 6 empty, match 1.000 / 0.984.
    name: "dev-set-98 (tests/fixtures/dev-set-98)",
    files: labelled("dev-set-98"),
    floor: { ndcg10: 0.95, mrr: 0.97, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-99 (session 15): government services: the service hall, 12345, courts, tax and social security, market supervision, civil affairs, party-building. Read once as it came at 69d76ce: nDCG@10 0.949, MRR 0.981, 6 of 6 empty, match 1.000 / 0.944.
    name: "dev-set-99 (tests/fixtures/dev-set-99)",
    files: labelled("dev-set-99"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.89, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-100 (session 15): food, markets and farms: canteens and 明厨亮灶, markets and food checks, orchards, cold storage. Read once as it came at 69d76ce: nDCG@10 0.967, MRR 0.972, 4 of 6 empty, match 0.967 / 0.940.
    name: "dev-set-100 (tests/fixtures/dev-set-100)",
    files: labelled("dev-set-100"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.97, hit3: 0.96, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-101 (session 15): a mixed batch typed in a hurry: short titles, terse descriptions, queries of two to six characters. Read once as it came at 69d76ce: nDCG@10 0.950, MRR 0.981, 6 of 6 empty, match 0.967 / 0.947.
    name: "dev-set-101 (tests/fixtures/dev-set-101)",
    files: labelled("dev-set-101"),
    floor: { ndcg10: 0.94, mrr: 0.98, recall10: 0.92, hit3: 0.96, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-102 (session 15): urban management and sanitation: 城管 patrols, vendors, billboards, garbage stations, 泥头车, public toilets. Read once as it came at 201634f: nDCG@10 0.938, MRR 0.972, 6 of 6 empty, match 1.000 / 0.946.
    name: "dev-set-102 (tests/fixtures/dev-set-102)",
    files: labelled("dev-set-102"),
    floor: { ndcg10: 0.95, mrr: 0.99, recall10: 0.95, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-103 (session 15): elderly care, childcare and disability services: nursing homes, 托育, autism, the blind and the deaf. Read once as it came at 201634f: nDCG@10 0.901, MRR 0.951, 4 of 6 empty, match 1.000 / 0.959.
    name: "dev-set-103 (tests/fixtures/dev-set-103)",
    files: labelled("dev-set-103"),
    floor: { ndcg10: 0.94, mrr: 0.98, recall10: 0.88, hit3: 1, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-104 (session 15): the imaging industry's own cluster, second round: the park, incubators, testing, patents, supply chain. Read once as it came at 201634f: nDCG@10 0.948, MRR 0.969, 6 of 6 empty, match 1.000 / 0.992 (the whole bar).
    name: "dev-set-104 (tests/fixtures/dev-set-104)",
    files: labelled("dev-set-104"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.99, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-105 (session 15): Latin terms, acronyms and traditional characters: foreign-invested, Hong Kong and Taiwan firms. Read once as it came at 201634f: nDCG@10 0.966, MRR 1.000, 6 of 6 empty, match 1.000 / 0.963 (the whole bar).
    name: "dev-set-105 (tests/fixtures/dev-set-105)",
    files: labelled("dev-set-105"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.91, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-106 (session 15): primary and secondary schools, second round: classrooms, gates, school buses, PE, labs, libraries, campus media. Read once as it came at 6d767e6: nDCG@10 0.946, MRR 0.954, 5 of 6 empty, match 1.000 / 0.943.
    name: "dev-set-106 (tests/fixtures/dev-set-106)",
    files: labelled("dev-set-106"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.97, hit3: 1, ndcg5: 0.94, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-107 (session 15): roads, traffic and parking: traffic police, bridges and tunnels, buses and the metro, parking, e-bikes. Read once as it came at 6d767e6: nDCG@10 0.945, MRR 0.972, 6 of 6 empty, match 1.000 / 0.965 (the whole bar).
    name: "dev-set-107 (tests/fixtures/dev-set-107)",
    files: labelled("dev-set-107"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.92, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-108 (session 15): demands posted by enterprises: factories, malls, hotels, developers, logistics, private clinics and schools, brands. Read once as it came at 6d767e6: nDCG@10 0.978, MRR 0.988, 4 of 6 empty, match 1.000 / 0.967.
    name: "dev-set-108 (tests/fixtures/dev-set-108)",
    files: labelled("dev-set-108"),
    floor: { ndcg10: 0.97, mrr: 0.98, recall10: 0.95, hit3: 1, ndcg5: 0.96, noneMissed: 2, scenarios: 30 },
  },
  {
    // dev-set-109 (session 15): a mixed batch with queries dictated by voice: fillers, no punctuation, numbers in words, voice-input homophones. Read once as it came at eb6ea34 (before the voice fillers became grammar at 6d767e6: 4 of 6 after): nDCG@10 0.969, MRR 0.972, 3 of 6 empty, match 1.000 / 0.991.
    name: "dev-set-109 (tests/fixtures/dev-set-109)",
    files: labelled("dev-set-109"),
    floor: { ndcg10: 0.96, mrr: 0.97, recall10: 0.96, hit3: 1, ndcg5: 0.99, noneMissed: 2, scenarios: 30 },
  },
  {
    // dev-set-110 (session 16): electronics and semiconductor factories: SMT lines, AOI, X-ray, wafer, panel and battery inspection. Read once as it came at 6ab5e1a: nDCG@10 0.906, MRR 0.944, 5 of 6 empty, match 1.000 / 0.953.
    name: "dev-set-110 (tests/fixtures/dev-set-110)",
    files: labelled("dev-set-110"),
    floor: { ndcg10: 0.95, mrr: 0.98, recall10: 0.94, hit3: 1, ndcg5: 0.95, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-111 (session 16): agriculture, fisheries, forestry and parks: pests, fish ponds, nursery stock, invasive plants, typhoon damage. Read once as it came at 6ab5e1a: nDCG@10 0.898, MRR 0.907, 6 of 6 empty, match 1.000 / 0.946.
    name: "dev-set-111 (tests/fixtures/dev-set-111)",
    files: labelled("dev-set-111"),
    floor: { ndcg10: 0.97, mrr: 0.99, recall10: 0.97, hit3: 1, ndcg5: 0.94, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-112 (session 16): specialist clinics: dental, eye, skin, pathology, rehabilitation, community health centres, veterinary. Read once as it came at 6ab5e1a: nDCG@10 0.949, MRR 0.954, 6 of 6 empty, match 1.000 / 0.988.
    name: "dev-set-112 (tests/fixtures/dev-set-112)",
    files: labelled("dev-set-112"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-113 (session 16): the whole industry, queries typed as keyword groups apart, as into a shopping site's search box. Read once as it came at 6ab5e1a: nDCG@10 0.978, MRR 1.000, 5 of 6 empty, match 1.000 / 0.984.
    name: "dev-set-113 (tests/fixtures/dev-set-113)",
    files: labelled("dev-set-113"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-114 (session 16): film, TV, advertising and virtual production: LED stages, motion capture, grading, dubbing, rentals. Read once as it came at 6ab5e1a: nDCG@10 0.915, MRR 0.932, 6 of 6 empty, match 1.000 / 0.938.
    name: "dev-set-114 (tests/fixtures/dev-set-114)",
    files: labelled("dev-set-114"),
    floor: { ndcg10: 0.95, mrr: 0.96, recall10: 0.96, hit3: 1, ndcg5: 0.93, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-115 (session 16): environment enforcement: outfalls, dust, dumping, cooking fumes, noise, black-odour water, carbon. Read once as it came at 6ab5e1a: nDCG@10 0.905, MRR 0.963, 5 of 6 empty, match 1.000 / 0.944.
    name: "dev-set-115 (tests/fixtures/dev-set-115)",
    files: labelled("dev-set-115"),
    floor: { ndcg10: 0.94, mrr: 1, recall10: 0.87, hit3: 1, ndcg5: 0.94, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-116 (session 16): logistics, warehousing, cross-border e-commerce and trade fairs. Read once as it came at ccef011: nDCG@10 0.929, MRR 0.963, 6 of 6 empty, match 1.000 / 0.976.
    name: "dev-set-116 (tests/fixtures/dev-set-116)",
    files: labelled("dev-set-116"),
    floor: { ndcg10: 0.96, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-117 (session 16): residential estates, property management and community life, some queries as a residents' group chat would put them. Read once as it came at ca6e90b: nDCG@10 0.984, MRR 1.000, 5 of 6 empty, match 1.000 / 0.977.
    name: "dev-set-117 (tests/fixtures/dev-set-117)",
    files: labelled("dev-set-117"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.97, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-118 (session 16): utilities and infrastructure: substations and lines, gas, water supply, towers, tunnels, bridges, the metro. Read once as it came at ccef011: nDCG@10 0.978, MRR 1.000, 6 of 6 empty, match 1.000 / 0.969.
    name: "dev-set-118 (tests/fixtures/dev-set-118)",
    files: labelled("dev-set-118"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.95, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-119 (session 16): the whole industry as a visiting investor and a company's sales lead explore it. Read once as it came at ca6e90b: nDCG@10 0.984, MRR 1.000, 5 of 6 empty, match 1.000 / 0.990.
    name: "dev-set-119 (tests/fixtures/dev-set-119)",
    files: labelled("dev-set-119"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.99, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-120 (session 16): market supervision, food safety and public health. Read once as it came at cba91c1: nDCG@10 0.940, MRR 0.963, 6 of 6 empty, match 1.000 / 0.976.
    name: "dev-set-120 (tests/fixtures/dev-set-120)",
    files: labelled("dev-set-120"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.94, hit3: 1, ndcg5: 0.97, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-121 (session 16): hotels, homestays, theme parks, beaches and night-time tourism. Read once as it came at 9aa1673: nDCG@10 0.985, MRR 1.000, 5 of 6 empty, match 1.000 / 0.974.
    name: "dev-set-121 (tests/fixtures/dev-set-121)",
    files: labelled("dev-set-121"),
    floor: { ndcg10: 0.98, mrr: 1, recall10: 0.98, hit3: 1, ndcg5: 0.97, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-122 (session 16): listings in the trade's words, queries in the everyday words of parents, shop owners, retirees and a village clerk. Read once as it came at da20fa0: nDCG@10 0.937, MRR 0.944, 6 of 6 empty, match 1.000 / 0.988.
    name: "dev-set-122 (tests/fixtures/dev-set-122)",
    files: labelled("dev-set-122"),
    floor: { ndcg10: 0.99, mrr: 1, recall10: 0.99, hit3: 1, ndcg5: 0.98, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-123 (session 16): the upstream imaging supply chain: lenses, sensor modules, ISP tuning, coatings, LiDAR parts, display drivers. Read once as it came at 62f4ba8: nDCG@10 0.845, MRR 0.861, 5 of 6 empty, match 1.000 / 0.983.
    name: "dev-set-123 (tests/fixtures/dev-set-123)",
    files: labelled("dev-set-123"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.98, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-124 (session 16): education technology from kindergartens to vocational colleges and the teacher-training centre. Read once as it came at 2662b4a: nDCG@10 0.980, MRR 1.000, 6 of 6 empty, match 1.000 / 0.969 — the whole bar.
    name: "dev-set-124 (tests/fixtures/dev-set-124)",
    files: labelled("dev-set-124"),
    floor: { ndcg10: 0.97, mrr: 1, recall10: 0.96, hit3: 1, ndcg5: 0.96, noneMissed: 0, scenarios: 30 },
  },
  {
    // dev-set-125 (session 16): emergency management, firefighting and disaster response. Read once as it came at 98203d0: nDCG@10 0.892, MRR 0.917, 5 of 6 empty, match 1.000 / 0.946.
    name: "dev-set-125 (tests/fixtures/dev-set-125)",
    files: labelled("dev-set-125"),
    floor: { ndcg10: 0.96, mrr: 0.99, recall10: 0.95, hit3: 1, ndcg5: 0.94, noneMissed: 1, scenarios: 30 },
  },
  {
    // dev-set-126 (session 16): an ordinary mixed third-year batch across all nine domains, one scenario judged with no fit (CJ-15621). Read once as it came at 0c15d90: nDCG@10 0.949, MRR 0.963, 5 of 6 empty, match 1.000 / 0.937.
    name: "dev-set-126 (tests/fixtures/dev-set-126)",
    files: labelled("dev-set-126"),
    floor: { ndcg10: 0.94, mrr: 0.96, recall10: 0.92, hit3: 1, ndcg5: 0.93, noneMissed: 1, scenarios: 29 },
  },



];

for (const set of sets) {
  describe(`search quality on ${set.name}`, () => {
    const [board, queries, matches] = set.files as [string, string, string];
    const report = evaluate(
      buildIndexFromFile(board),
      JSON.parse(fs.readFileSync(queries, "utf8")),
      matchGrades(JSON.parse(fs.readFileSync(matches, "utf8"))),
    );

    it("keeps nDCG@10, MRR and recall@10 at or above the floor", () => {
      expect(report.search.queries).toBeGreaterThanOrEqual(40);
      expect(report.search.ndcg10).toBeGreaterThanOrEqual(set.floor.ndcg10);
      expect(report.search.mrr).toBeGreaterThanOrEqual(set.floor.mrr);
      expect(report.search.recall10).toBeGreaterThanOrEqual(set.floor.recall10);
    });

    it("returns nothing for the queries with no right answer", () => {
      expect(report.search.noneTotal).toBeGreaterThanOrEqual(3);
      const missed = report.failures.filter((f) => f.includes("expected nothing"));
      expect(missed.length, missed.join("\n")).toBeLessThanOrEqual(("noneMissed" in set.floor ? set.floor.noneMissed : undefined) ?? 0);
    });

    it("puts a fitting capability in the top 3 for every scenario, and orders matches well", () => {
      // 25 judged scenarios (the bar for the first batch's set); dev-set-12 judged 20.
      expect(report.match.pairs).toBeGreaterThanOrEqual(("scenarios" in set.floor ? set.floor.scenarios : undefined) ?? 25);
      expect(report.match.hit3).toBeGreaterThanOrEqual(set.floor.hit3);
      expect(report.match.ndcg5).toBeGreaterThanOrEqual(set.floor.ndcg5);
    });
  });
}
