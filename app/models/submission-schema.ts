// The forms' rules: one Zod schema per form, used in the browser (Conform) and on the server.
import { z } from "zod";
import type { Messages } from "../locales/zh-CN";
import { isIsoDate, splitList } from "./listing-schema";
import { CATEGORIES, DOMAINS, MATURITIES } from "./vocabulary";

type FormMessages = Messages["form"];
type Label = keyof FormMessages["labels"];

/**
 * "submit": a new entry from the public, with the issue's limits (title 4–80, description
 * 20–2000, phone or e-mail, deadline not past). "moderate": a moderator's edit, which must also
 * accept what the official import allows (longer texts, the named companies without contacts,
 * deadlines already past).
 */
export type FormMode = "submit" | "moderate";

const LIMITS = {
  submit: { title: [4, 80], description: [20, 2000], cases: 2000, contactRequired: true, pastDeadline: false },
  moderate: { title: [2, 120], description: [10, 5000], cases: 2000, contactRequired: false, pastDeadline: true },
} as const;

/** The longest title the public form takes. */
export const SUBMIT_TITLE_MAX = LIMITS.submit.title[1];

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 20;

// C0 controls other than tab and line breaks, DEL, C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Direction marks and overrides: invisible, and used to make text read differently than it is.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// What a decoder puts in place of bytes that are not UTF-8.
const REPLACEMENT = /\uFFFD/;

function length(value: string) {
  return [...value].length;
}

/** A mainland mobile (optionally +86), a landline with its area code, or a 400/800 number. */
export function isMainlandPhone(value: string): boolean {
  const v = value.replace(/[\s()（）]/g, (c) => (c === ")" || c === "）" ? "-" : "")).replace(/--+/g, "-");
  return (
    /^(\+?86-?)?1[3-9]\d{9}$/.test(v.replace(/-/g, "")) ||
    /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) ||
    /^[48]00-?\d{3}-?\d{4}$/.test(v)
  );
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/**
 * A form's schema plus rules across fields (a phone or an e-mail), reported together with the
 * fields' own messages: Zod runs an object's refinements only once every field is valid, and a
 * person fixing a form should see everything that is wrong at once.
 */
function withCrossChecks<T extends z.ZodTypeAny>(schema: T, check: (raw: Record<string, unknown>) => { path: string; message: string }[]) {
  const checked = z.any().transform((raw: unknown, ctx): z.output<T> => {
    // An empty field is a missing one (what Conform does for the schemas it can see into).
    const input: Record<string, unknown> = {};
    if (raw && typeof raw === "object") {
      for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        const kept = Array.isArray(value) ? value.filter((v) => v !== "") : value;
        if (kept !== "" && !(Array.isArray(kept) && !kept.length)) input[key] = kept;
      }
    }
    const parsed = schema.safeParse(input);
    const issues = parsed.success ? [] : parsed.error.issues;
    for (const issue of issues) ctx.addIssue({ ...issue, code: "custom" });
    for (const extra of check(input)) {
      if (!issues.some((i) => i.path.join(".") === extra.path && i.message === extra.message)) {
        ctx.addIssue({ code: "custom", path: [extra.path], message: extra.message });
      }
    }
    return parsed.success && !issues.length && !check(input).length ? parsed.data : z.NEVER;
  });
  // The field rules alone, for Conform's HTML constraints (it cannot read through the wrapper).
  return Object.assign(checked, { fields: schema });
}

// Building the schemas costs more than using them: kept per language, mode and day.
const built = new WeakMap<FormMessages, Map<string, ReturnType<typeof buildFormSchemas>>>();

export function formSchemas(t: FormMessages, options: { mode?: FormMode; today: string }) {
  const byKey = built.get(t) ?? built.set(t, new Map()).get(t)!;
  const key = `${options.mode ?? "submit"}|${options.today}`;
  let schemas = byKey.get(key);
  if (!schemas) {
    if (byKey.size > 8) byKey.clear();
    schemas = buildFormSchemas(t, options);
    byKey.set(key, schemas);
  }
  return schemas;
}

function buildFormSchemas(t: FormMessages, options: { mode?: FormMode; today: string }) {
  const mode = options.mode ?? "submit";
  const limits = LIMITS[mode];
  const e = t.errors;
  // The schema being built names its title and description the way its form does.
  let kindLabels: Partial<Record<Label, string>> = {};
  const label = (name: Label) => kindLabels[name] ?? t.labels[name];

  /** Checks every piece of free text shares: one value, no control, direction or broken characters. */
  function clean(l: string, value: string, ctx: z.RefinementCtx, multiline: boolean) {
    if (CONTROL.test(value)) ctx.addIssue({ code: "custom", message: e.control(l) });
    else if (BIDI.test(value)) ctx.addIssue({ code: "custom", message: e.bidi(l) });
    else if (REPLACEMENT.test(value)) ctx.addIssue({ code: "custom", message: e.encoding(l) });
    else if (!multiline && /[\r\n]/.test(value)) ctx.addIssue({ code: "custom", message: e.oneLine(l) });
  }

  function normalise(value: string, multiline: boolean) {
    const v = value.normalize("NFC").replace(/\r\n?/g, "\n");
    return (multiline ? v : v.replace(/[\t ]+/g, " ")).trim();
  }

  function single(name: Label, choose = false) {
    const l = label(name);
    return z.string({ required_error: choose ? e.choose(l) : e.required(l), invalid_type_error: e.once(l) });
  }

  function text(name: Label, min: number, max: number, multiline = false) {
    const l = label(name);
    return single(name)
      .transform((v) => normalise(v, multiline))
      .superRefine((v, ctx) => {
        clean(l, v, ctx, multiline);
        const n = length(v);
        if (n === 0) ctx.addIssue({ code: "custom", message: e.required(l) });
        else if (n < min) ctx.addIssue({ code: "custom", message: e.tooShort(l, min, n) });
        else if (n > max) ctx.addIssue({ code: "custom", message: e.tooLong(l, max, n) });
      });
  }

  function optional(name: Label, max: number, multiline = false) {
    const l = label(name);
    return single(name)
      .optional()
      .transform((v) => (v == null ? null : normalise(v, multiline) || null))
      .superRefine((v, ctx) => {
        if (v == null) return;
        clean(l, v, ctx, multiline);
        const n = length(v);
        if (n > max) ctx.addIssue({ code: "custom", message: e.tooLong(l, max, n) });
      });
  }

  function oneOf<T extends readonly [string, ...string[]]>(name: Label, values: T) {
    return single(name, true)
      .transform((v) => v.normalize("NFC").trim())
      .refine((v): v is T[number] => (values as readonly string[]).includes(v), {
        message: e.notInList(label(name)),
      })
      .transform((v) => v as T[number]);
  }

  /** Repeated fields, or one field holding a 、- or comma-separated list. */
  const asList = (v: unknown) =>
    v == null ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === "string" ? splitList(x) : [x]));

  const tags = z.preprocess(
    asList,
    z.array(z.string(), { invalid_type_error: e.required(label("tags")) }).superRefine((items, ctx) => {
      for (const tag of items) clean(label("tags"), tag, ctx, false);
      const long = items.find((tag) => length(tag) > MAX_TAG_LENGTH);
      if (long !== undefined)
        ctx.addIssue({ code: "custom", message: e.tagTooLong(MAX_TAG_LENGTH, long.length > 30 ? `${[...long].slice(0, 12).join("")}…` : long) });
      if (new Set(items).size > MAX_TAGS) ctx.addIssue({ code: "custom", message: e.tooManyTags(MAX_TAGS, new Set(items).size) });
    }),
  ).transform((items) => [...new Set(items as string[])]);

  const domains = z.preprocess(
    asList,
    z.array(z.string()).superRefine((items, ctx) => {
      if (items.some((d) => !(DOMAINS as readonly string[]).includes(d)))
        ctx.addIssue({ code: "custom", message: e.notInList(label("domains")) });
      const n = new Set(items).size;
      if (n < 1) ctx.addIssue({ code: "custom", message: e.domainsMin });
      if (n > 5) ctx.addIssue({ code: "custom", message: e.domainsMax(5) });
    }),
  ).transform((items) => [...new Set(items as string[])] as (typeof DOMAINS)[number][]);

  const contact = {
    contactName: text("contactName", 2, 30),
    contactPhone: optional("contactPhone", 30).refine((v) => v == null || isMainlandPhone(v), { message: e.phone }),
    contactEmail: optional("contactEmail", 100).refine((v) => v == null || EMAIL.test(v), { message: e.email }),
  };
  const moderatorContact = {
    contactName: optional("contactName", 50),
    contactPhone: optional("contactPhone", 30).refine((v) => v == null || /^[0-9+()\- ]{5,30}$/.test(v) || isMainlandPhone(v), {
      message: e.phone,
    }),
    contactEmail: optional("contactEmail", 100).refine((v) => v == null || EMAIL.test(v), { message: e.email }),
  };

  /** A phone or an e-mail, as posted: the message goes beside both fields. */
  function contactMissing(raw: Record<string, unknown>, required: boolean) {
    const given = (v: unknown) => typeof v === "string" && v.trim() !== "";
    if (!required || given(raw.contactPhone) || given(raw.contactEmail)) return [];
    return ["contactPhone", "contactEmail"].map((path) => ({ path, message: e.contactNeeded }));
  }

  const deadline = optional("deadline", 10).superRefine((v, ctx) => {
    if (v == null) return;
    if (!isIsoDate(v)) ctx.addIssue({ code: "custom", message: e.dateFormat });
    else if (!limits.pastDeadline && v < options.today) ctx.addIssue({ code: "custom", message: e.datePast(options.today) });
  });

  kindLabels = t.scenarioLabels;
  const scenario = withCrossChecks(
    z.object({
      title: text("title", limits.title[0], limits.title[1]),
      publisher: text("publisher", 2, 100),
      category: oneOf("category", CATEGORIES),
      domain: oneOf("domain", DOMAINS),
      tags,
      description: text("description", limits.description[0], limits.description[1], true),
      location: optional("location", 100),
      budget: optional("budget", 50),
      deadline,
      ...(mode === "submit" ? contact : moderatorContact),
    }),
    (raw) => contactMissing(raw, limits.contactRequired),
  );

  kindLabels = t.capabilityLabels;
  const capability = withCrossChecks(
    z.object({
      title: text("title", limits.title[0], limits.title[1]),
      organization: text("organization", 2, 100),
      category: oneOf("category", CATEGORIES),
      domains,
      tags,
      description: text("description", limits.description[0], limits.description[1], true),
      maturity: oneOf("maturity", MATURITIES),
      cases: optional("cases", limits.cases, true),
      ...(mode === "submit" ? contact : moderatorContact),
    }),
    (raw) => contactMissing(raw, limits.contactRequired),
  );

  kindLabels = {};
  const interest = withCrossChecks(
    z.object({
      organization: text("organization", 2, 100),
      contactName: text("contactName", 2, 30),
      contactPhone: contact.contactPhone,
      contactEmail: contact.contactEmail,
      message: text("message", 5, 1000, true),
      ownCode: optional("ownCode", 40).refine((v) => v == null || /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(v), {
        message: e.codeFormat,
      }),
    }),
    (raw) => contactMissing(raw, true),
  );

  const reason = z.object({
    reason: text("reason", 2, 500, true),
  });

  const closeNote = z.object({
    reason: optional("reason", 500, true),
  });

  return { scenario, capability, interest, reason, closeNote };
}

export type FormSchemas = ReturnType<typeof buildFormSchemas>;
export type ScenarioSubmission = z.infer<FormSchemas["scenario"]>;
export type CapabilitySubmission = z.infer<FormSchemas["capability"]>;
export type InterestSubmission = z.infer<FormSchemas["interest"]>;
