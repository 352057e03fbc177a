// The moderators' sign-in: email and password; repeated failures are slowed, then locked.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { FormProblems, TextField } from "../components/form-fields";
import type { Messages } from "../locales/zh-CN";
import { adminConfigured, getAdmin, login } from "../utils/admin-session.server";
import { parseForm } from "../utils/form-submission.server";
import { messagesFromMatches, useMessages } from "../utils/i18n";
import { getRequestMessages } from "../utils/locale.server";
import { safeRedirect } from "../utils/safe-redirect";

function loginSchema(t: Messages) {
  return z.object({
    email: z.string({ required_error: t.form.errors.required(t.admin.email), invalid_type_error: t.form.errors.once(t.admin.email) }).max(200),
    password: z.string({ required_error: t.form.errors.required(t.admin.password), invalid_type_error: t.form.errors.once(t.admin.password) }).max(200),
    redirectTo: z.string().optional(),
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "/admin");
  if (await getAdmin(request)) throw redirect(redirectTo);
  return data({ configured: adminConfigured, redirectTo }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const t = await getRequestMessages(request);
  // The password is never sent back into the page.
  const parsed = await parseForm(request, loginSchema(t), t, { honeypot: false, hideFields: ["password"] });
  if (!parsed.ok) return data({ result: parsed.result }, { status: parsed.status });
  const result = await login(parsed.value.email, parsed.value.password);
  if (!result.ok) {
    const message = result.reason === "locked" ? t.admin.locked(result.minutes) : t.admin.loginFailed;
    const rejected = parsed.reject({}, { formErrors: [message] });
    return data({ result: rejected.result }, { status: result.reason === "locked" ? 429 : 401 });
  }
  return redirect(safeRedirect(parsed.value.redirectTo ?? null, "/admin"), {
    status: 303,
    headers: { "Set-Cookie": result.setCookie },
  });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.admin.loginTitle} · ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

export default function AdminLogin() {
  const { configured, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages();
  const schema = useMemo(() => loginSchema(t), [t]);
  const [form, fields] = useForm({
    id: "login-form",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <article className="narrow">
      <h1>{t.admin.loginTitle}</h1>
      {!configured ? <p className="notice notice-error">{t.admin.notConfigured}</p> : null}
      <Form method="post" {...getFormProps(form)}>
        <FormProblems form={form as never} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField field={fields.email} label={t.admin.email} type="email" autoComplete="username" required />
        <TextField field={fields.password} label={t.admin.password} type="password" autoComplete="current-password" required />
        <button type="submit" className="button">
          {t.admin.login}
        </button>
      </Form>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
