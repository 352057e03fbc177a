// The 对接意向 form's action on a listing's public page.
import { data, redirect } from "@remix-run/node";
import { addInterestSoon } from "../models/interest.server";
import { formSchemas } from "../models/submission-schema";
import type { Kind } from "../models/vocabulary";
import { todayInShanghai } from "./dates";
import { db } from "./db.server";
import { parseForm } from "./form-submission.server";
import { getRequestMessages } from "./locale.server";

export async function interestAction(kind: Kind, code: string, request: Request) {
  const t = await getRequestMessages(request);
  const schema = formSchemas(t.form, { today: todayInShanghai() }).interest;
  const parsed = await parseForm(request, schema, t);
  if (!parsed.ok) return data({ result: parsed.result }, { status: parsed.status });
  const added = await addInterestSoon(db, kind, code, parsed.value);
  if (!added.ok && added.reason === "notFound") throw data({ message: t.errors.listingNotFound(code) }, { status: 404 });
  if (!added.ok) {
    const rejected = parsed.reject({ ownCode: [t.form.errors.ownCodeUnknown(parsed.value.ownCode ?? "")] });
    return data({ result: rejected.result }, { status: rejected.status });
  }
  const base = kind === "scenario" ? "/scenarios" : "/capabilities";
  return redirect(`${base}/${encodeURIComponent(code)}?interest=sent#interest`, 303);
}
