// Validation of listing records as they arrive in an import file (CONTRACT.md "Import file").
import { z } from "zod";
import { CATEGORIES, DOMAINS, MATURITIES } from "./vocabulary";

// Control characters other than tab and newlines never belong in a listing.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function chars(value: string) {
  return [...value].length;
}

/** Trimmed, NFC-normalised text with a length in characters (not UTF-16 units). */
function text(label: string, min: number, max: number) {
  return z
    .string({
      required_error: `缺少${label}`,
      invalid_type_error: `${label}应为文本`,
    })
    .transform((v) => v.normalize("NFC").trim())
    .refine((v) => !CONTROL.test(v), `${label}含有控制字符`)
    .refine((v) => chars(v) >= min, min === 1 ? `${label}不能为空` : `${label}至少 ${min} 个字`)
    .refine((v) => chars(v) <= max, `${label}最多 ${max} 个字`);
}

/** Optional text: absent, null or blank all mean "not given" and are stored as null. */
function optionalText(label: string, max: number) {
  return z
    .union([z.string(), z.null(), z.undefined()], {
      errorMap: () => ({ message: `${label}应为文本` }),
    })
    .transform((v) => (v == null ? null : v.normalize("NFC").trim() || null))
    .refine((v) => v == null || !CONTROL.test(v), `${label}含有控制字符`)
    .refine((v) => v == null || chars(v) <= max, `${label}最多 ${max} 个字`);
}

function oneOf<T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .string({ required_error: `缺少${label}`, invalid_type_error: `${label}应为文本` })
    .transform((v) => v.normalize("NFC").trim())
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), (v) => ({
      message: `“${v}”不是有效的${label}（可选：${values.join("、")}）`,
    }))
    .transform((v) => v as T[number]);
}

/** Splits a cell such as "VR、AR，全景" into items: the form and spreadsheet habit. */
export function splitList(value: string): string[] {
  return value
    .split(/[、,，;；\n\r]+/)
    .map((s) => s.normalize("NFC").trim())
    .filter(Boolean);
}

function list<T extends z.ZodTypeAny>(label: string, item: T, min: number, max: number) {
  return z
    .preprocess(
      (v) => (v == null ? [] : typeof v === "string" ? splitList(v) : v),
      z.array(item, { invalid_type_error: `${label}应为列表` }),
    )
    .transform((items: z.infer<T>[]) => [...new Set(items)])
    .refine((items) => items.length >= min, `${label}至少 ${min} 项`)
    .refine((items) => items.length <= max, `${label}最多 ${max} 项`);
}

const tags = list("关键词", text("关键词", 1, 20), 0, 10);

const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const code = text("编号", 1, 40).refine(
  (v) => v === "" || CODE.test(v),
  "编号只能包含字母、数字、点、下划线和连字符，且以字母或数字开头",
);

const PHONE = /^[0-9+()\- ]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const contactFields = {
  contactName: optionalText("联系人", 50),
  contactPhone: optionalText("联系电话", 30).refine(
    (v) => v == null || PHONE.test(v),
    "联系电话格式不正确（只能含数字、空格、+、-、括号）",
  ),
  contactEmail: optionalText("电子邮箱", 100).refine(
    (v) => v == null || EMAIL.test(v),
    "电子邮箱格式不正确",
  ),
  batch: optionalText("批次", 20),
};

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isIsoDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const scenarioRecordSchema = z.object({
  code,
  title: text("场景名称", 2, 120),
  publisher: text("发布单位", 2, 100),
  category: oneOf("产业环节", CATEGORIES),
  domain: oneOf("应用领域", DOMAINS),
  tags,
  description: text("场景描述", 10, 5000),
  location: optionalText("实施地点", 100),
  budget: optionalText("预算", 50),
  deadline: optionalText("截止日期", 10).refine(
    (v) => v == null || isIsoDate(v),
    "截止日期应为 YYYY-MM-DD 格式的有效日期",
  ),
  ...contactFields,
});

export const capabilityRecordSchema = z.object({
  code,
  title: text("能力名称", 2, 120),
  organization: text("企业/机构", 2, 100),
  category: oneOf("产业环节", CATEGORIES),
  domains: list("适用领域", oneOf("应用领域", DOMAINS), 1, 5),
  tags,
  description: text("能力描述", 10, 5000),
  maturity: oneOf("成熟度", MATURITIES),
  cases: optionalText("典型案例", 2000),
  ...contactFields,
});

export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;
export type CapabilityRecord = z.infer<typeof capabilityRecordSchema>;
