// An action's first step for every form: read the body safely, check the honeypot, validate with
// the form's schema, and answer a rejection the same way everywhere (status, messages, input kept).
import { parseWithZod } from "@conform-to/zod";
import type { SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { Messages } from "../locales/zh-CN";
import { readForm } from "./form-body.server";
import { isSpam } from "./honeypot.server";

export type Rejected = { ok: false; status: 400 | 415; result: SubmissionResult<string[]> };
export type Accepted<T> = {
  ok: true;
  value: T;
  reject: (fieldErrors: Record<string, string[]>, options?: { formErrors?: string[]; hideFields?: string[] }) => Rejected;
};

export async function parseForm<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
  t: Messages,
  options: { honeypot?: boolean; maxBytes?: number; hideFields?: string[] } = {},
): Promise<Accepted<z.output<S>> | Rejected> {
  const body = await readForm(request, options.maxBytes);
  const submission = parseWithZod(body.formData, { schema });
  if (!body.ok) {
    const message = body.problem === "contentType" ? t.form.errors.contentType : t.form.errors.malformed;
    return { ok: false, status: body.status, result: submission.reply({ formErrors: [message], hideFields: options.hideFields }) };
  }
  if (options.honeypot !== false && isSpam(body.formData)) {
    return { ok: false, status: 400, result: submission.reply({ formErrors: [t.form.errors.spam], hideFields: options.hideFields }) };
  }
  if (submission.status !== "success") return { ok: false, status: 400, result: submission.reply({ hideFields: options.hideFields }) };
  return {
    ok: true,
    value: submission.value,
    reject: (fieldErrors, more = {}) => ({
      ok: false,
      status: 400,
      result: submission.reply({ fieldErrors, formErrors: more.formErrors, hideFields: more.hideFields ?? options.hideFields }),
    }),
  };
}
