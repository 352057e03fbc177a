// The contract's fixed vocabularies: the Chinese strings are the stored values.
export const CATEGORIES = [
  "影像采集",
  "影像处理与AIGC",
  "显示与传播",
  "智能终端",
  "虚拟制作与XR",
  "内容创作与服务",
] as const;

export const DOMAINS = [
  "文化旅游",
  "影视制作",
  "教育培训",
  "城市治理",
  "工业制造",
  "体育赛事",
  "医疗健康",
  "商业消费",
  "公共文化",
] as const;

export const MATURITIES = ["研发中", "样机", "量产", "规模应用"] as const;

export const STATUSES = ["pending", "published", "closed", "rejected"] as const;

export type Category = (typeof CATEGORIES)[number];
export type Domain = (typeof DOMAINS)[number];
export type Maturity = (typeof MATURITIES)[number];
export type Status = (typeof STATUSES)[number];

export const KINDS = ["scenario", "capability"] as const;
export type Kind = (typeof KINDS)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}
export function isMaturity(value: string): value is Maturity {
  return (MATURITIES as readonly string[]).includes(value);
}
