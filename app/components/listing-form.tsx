// The form for a listing of either kind: new submissions, the submitter's edit, the moderator's edit.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { HoneypotInputs } from "remix-utils/honeypot/react";
import { formSchemas, type FormMode } from "../models/submission-schema";
import { CATEGORIES, DOMAINS, MATURITIES, type Kind } from "../models/vocabulary";
import { todayInShanghai } from "../utils/dates";
import { useMessages } from "../utils/i18n";
import { CheckboxGroup, FormProblems, SelectField, TagsField, TextArea, TextField } from "./form-fields";

export function useFormSchemas(mode: FormMode = "submit") {
  const t = useMessages();
  return useMemo(() => formSchemas(t.form, { mode, today: todayInShanghai() }), [t, mode]);
}

type Props = {
  kind: Kind;
  mode?: FormMode;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Record<string, unknown>;
  submitLabel: string;
  /** The action's intent, for pages with several forms. */
  intent?: string;
  action?: string;
  honeypot?: boolean;
};

export function ListingForm({ kind, mode = "submit", lastResult, defaultValue, submitLabel, intent, action, honeypot = true }: Props) {
  const t = useMessages();
  const schemas = useFormSchemas(mode);
  const schema = kind === "scenario" ? schemas.scenario : schemas.capability;
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: `${kind}-form`,
    lastResult,
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema.fields),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const l = t.form.labels;
  const kindLabels = kind === "scenario" ? t.form.scenarioLabels : t.form.capabilityLabels;
  const vocab = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v] ?? v }));
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === (intent ?? null);
  // Remix's Form posts without JavaScript too; Conform's noValidate leaves checking to the schema.
  const f = fields as Record<string, (typeof fields)[string]>;
  return (
    <Form method="post" action={action} {...getFormProps(form)} className="listing-form">
      <FormProblems form={form as never} />
      {honeypot ? <HoneypotInputs label={t.form.honeypot} /> : null}
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <fieldset className="form-section">
        <legend>{t.submit.basics}</legend>
        <TextField
          field={f.title!}
          label={kindLabels.title}
          hint={mode === "submit" ? (kind === "scenario" ? t.form.hints.scenarioTitle : t.form.hints.capabilityTitle) : undefined}
          required
        />
        {kind === "scenario" ? (
          <TextField field={f.publisher!} label={l.publisher} required autoComplete="organization" />
        ) : (
          <TextField field={f.organization!} label={l.organization} required autoComplete="organization" />
        )}
        <SelectField field={f.category!} label={l.category} options={vocab(CATEGORIES, t.vocab.category)} />
        {kind === "scenario" ? (
          <SelectField field={f.domain!} label={l.domain} options={vocab(DOMAINS, t.vocab.domain)} />
        ) : (
          <CheckboxGroup field={f.domains!} label={l.domains} hint={t.form.hints.domains} options={vocab(DOMAINS, t.vocab.domain)} />
        )}
        {kind === "capability" ? <SelectField field={f.maturity!} label={l.maturity} options={vocab(MATURITIES, t.vocab.maturity)} /> : null}
        <TagsField field={f.tags!} label={l.tags} hint={t.form.hints.tags} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t.submit.details}</legend>
        <TextArea
          field={f.description!}
          label={kindLabels.description}
          hint={mode === "submit" ? (kind === "scenario" ? t.form.hints.scenarioDescription : t.form.hints.capabilityDescription) : undefined}
          required
          rows={8}
        />
        {kind === "scenario" ? (
          <>
            <TextField field={f.location!} label={l.location} />
            <TextField field={f.budget!} label={l.budget} hint={t.form.hints.budget} />
            <TextField
              field={f.deadline!}
              label={l.deadline}
              type="date"
              hint={mode === "submit" ? t.form.hints.deadline : undefined}
              min={mode === "submit" ? todayInShanghai() : undefined}
            />
          </>
        ) : (
          <TextArea field={f.cases!} label={l.cases} rows={4} />
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t.submit.contact}</legend>
        {mode === "submit" ? <p className="field-hint">{t.form.hints.contact}</p> : null}
        <TextField field={f.contactName!} label={l.contactName} required={mode === "submit"} autoComplete="name" />
        <TextField field={f.contactPhone!} label={l.contactPhone} type="tel" hint={t.form.hints.phone} autoComplete="tel" />
        <TextField field={f.contactEmail!} label={l.contactEmail} type="email" autoComplete="email" />
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  );
}
