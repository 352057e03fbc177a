// 对接意向 on a published listing: the public count and the form (contact details stay private).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, useLocation } from "@remix-run/react";
import { HoneypotInputs } from "remix-utils/honeypot/react";
import { useMessages } from "../utils/i18n";
import { FormProblems, TextArea, TextField } from "./form-fields";
import { useFormSchemas } from "./listing-form";

export function InterestPanel({ count, sent, lastResult }: { count: number; sent: boolean; lastResult?: SubmissionResult<string[]> | null }) {
  const t = useMessages();
  const schema = useFormSchemas().interest;
  const [form, fields] = useForm({
    id: "interest-form",
    lastResult,
    constraint: getZodConstraint(schema.fields),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const l = t.form.labels;
  const f = fields as Record<string, (typeof fields)[string]>;
  // Without JavaScript the answer (thanks or the messages) opens at this panel, not at the top.
  const action = `${useLocation().pathname}#interest`;
  return (
    <section className="interest-panel" id="interest" aria-labelledby="interest-title">
      <h2 id="interest-title">{t.interest.title}</h2>
      <p className="interest-count" data-count={count}>
        {count ? t.interest.count(count) : t.interest.none}
      </p>
      {sent ? (
        <p className="notice notice-ok" role="status">
          {t.interest.thanks}
        </p>
      ) : null}
      <p className="field-hint">{t.interest.intro}</p>
      <Form method="post" {...getFormProps(form)} action={action} preventScrollReset className="interest-form">
        <FormProblems form={form as never} />
        <HoneypotInputs label={t.form.honeypot} />
        <input type="hidden" name="intent" value="interest" />
        <TextField field={f.organization!} label={l.organization} required autoComplete="organization" />
        <TextField field={f.contactName!} label={l.contactName} required autoComplete="name" />
        <p className="field-hint">{t.form.hints.interestContact}</p>
        <TextField field={f.contactPhone!} label={l.contactPhone} type="tel" hint={t.form.hints.phone} autoComplete="tel" />
        <TextField field={f.contactEmail!} label={l.contactEmail} type="email" autoComplete="email" />
        <TextArea field={f.message!} label={l.message} hint={t.form.hints.message} required rows={5} />
        <TextField field={f.ownCode!} label={l.ownCode} hint={t.form.hints.ownCode} maxLength={40} />
        <button type="submit" className="button">
          {t.interest.submit}
        </button>
      </Form>
    </section>
  );
}
