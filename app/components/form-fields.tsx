// Form pieces shared by every form: labelled fields with their hint and their errors beside them.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useMessages } from "../utils/i18n";

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

type Meta = FieldMetadata<unknown>;

function Label({ field, label, required }: { field: Meta; label: string; required?: boolean }) {
  const t = useMessages();
  return (
    <label htmlFor={field.id}>
      {label}
      <span className={required ? "req" : "opt"}>{required ? t.form.required : t.form.optional}</span>
    </label>
  );
}

function Hint({ field, hint }: { field: Meta; hint?: string }) {
  return hint ? (
    <p id={`${field.id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
}

/** aria-describedby: the hint, then the errors when there are some. */
function describedBy(field: Meta, hint?: string) {
  return [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

/** The hint only: Conform's prop getters add the error list's id themselves when the field is invalid. */
function hintId(field: Meta, hint?: string) {
  return hint ? `${field.id}-hint` : undefined;
}

function Shell({ field, label, hint, required, children }: { field: Meta; label: string; hint?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className={`field${field.errors?.length ? " field-invalid" : ""}`}>
      <Label field={field} label={label} required={required} />
      <Hint field={field} hint={hint} />
      {children}
      <ErrorList id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextField({
  field,
  label,
  hint,
  required,
  type = "text",
  ...rest
}: {
  field: Meta;
  label: string;
  hint?: string;
  required?: boolean;
  type?: "text" | "email" | "tel" | "date" | "password";
  autoComplete?: string;
  min?: string;
  maxLength?: number;
  inputMode?: "text" | "tel" | "email";
}) {
  return (
    <Shell field={field} label={label} hint={hint} required={required}>
      <input
        {...getInputProps(field, { type, ariaDescribedBy: hintId(field, hint) })}
        {...rest}
        required={required}
        key={field.key}
      />
    </Shell>
  );
}

export function TextArea({ field, label, hint, required, rows = 6 }: { field: Meta; label: string; hint?: string; required?: boolean; rows?: number }) {
  return (
    <Shell field={field} label={label} hint={hint} required={required}>
      <textarea {...getTextareaProps(field, { ariaDescribedBy: hintId(field, hint) })} required={required} rows={rows} key={field.key} />
    </Shell>
  );
}

export function SelectField({
  field,
  label,
  hint,
  options,
}: {
  field: Meta;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
}) {
  const t = useMessages();
  return (
    <Shell field={field} label={label} hint={hint} required>
      <select {...getSelectProps(field, { ariaDescribedBy: hintId(field, hint) })} required key={field.key}>
        <option value="">{t.form.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** A list of tags in one text box (、 or comma between them), whatever shape it was posted in. */
export function TagsField({ field, label, hint }: { field: Meta; label: string; hint?: string }) {
  const initial = field.initialValue as unknown;
  const value = Array.isArray(initial) ? initial.join("、") : typeof initial === "string" ? initial : "";
  return (
    <Shell field={field} label={label} hint={hint}>
      <input
        type="text"
        id={field.id}
        name={field.name}
        form={undefined}
        defaultValue={value}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, hint)}
        key={field.key}
      />
    </Shell>
  );
}

/** Checkboxes for a multi-valued vocabulary field (posted as repeated fields). */
export function CheckboxGroup({
  field,
  label,
  hint,
  options,
}: {
  field: Meta;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
}) {
  const t = useMessages();
  const initial = field.initialValue as unknown;
  const chosen = new Set(Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []);
  return (
    <fieldset
      className={`field checkbox-group${field.errors?.length ? " field-invalid" : ""}`}
      aria-describedby={describedBy(field, hint)}
      id={field.id}
      tabIndex={-1}
    >
      <legend>
        {label}
        <span className="req">{t.form.required}</span>
      </legend>
      <Hint field={field} hint={hint} />
      <div className="checkboxes" key={field.key}>
        {options.map((o, i) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={field.name} value={o.value} defaultChecked={chosen.has(o.value)} id={`${field.id}-${i}`} />
            {o.label}
          </label>
        ))}
      </div>
      <ErrorList id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/** The form's own messages (not about one field) and a count of the fields to correct. */
export function FormProblems({ form }: { form: FormMetadata<Record<string, unknown>, string[]> }) {
  const t = useMessages();
  // The form's own messages sit under the empty name (and the form's id): they are not fields.
  const fieldErrors = Object.entries(form.allErrors).filter(([name, errors]) => name !== "" && name !== form.id && errors.length);
  const general = form.errors ?? [];
  if (!general.length && !fieldErrors.length) return null;
  return (
    <div className="form-problems" role="alert" id={form.errorId}>
      {general.map((e) => (
        <p key={e}>{e}</p>
      ))}
      {fieldErrors.length ? <p>{t.form.errors.summary(fieldErrors.length)}</p> : null}
    </div>
  );
}
