// The actions behind /scenarios/new and /capabilities/new: validate, store as pending, hand out the link.
import { data, redirect } from "@remix-run/node";
import { submitListingSoon, type Values } from "../models/moderation.server";
import { formSchemas, SUBMIT_TITLE_MAX } from "../models/submission-schema";
import type { Kind } from "../models/vocabulary";
import { todayInShanghai } from "./dates";
import { db } from "./db.server";
import { parseForm } from "./form-submission.server";
import { getRequestMessages } from "./locale.server";

export async function submitAction<K extends Kind>(kind: K, request: Request) {
  const t = await getRequestMessages(request);
  const schemas = formSchemas(t.form, { today: todayInShanghai() });
  const parsed = await parseForm(request, kind === "scenario" ? schemas.scenario : schemas.capability, t);
  if (!parsed.ok) return data({ result: parsed.result }, { status: parsed.status });
  const { token } = await submitListingSoon(db, kind, parsed.value as Values<K>);
  // The management link is the confirmation page: it shows the code and the link itself.
  return redirect(`/manage/${token}?new=1`, 303);
}

/**
 * A new listing's form may open with its title filled in (/scenarios/new?title=…, from a search
 * that found nothing): trimmed and cut at the form's longest title.
 */
export function prefilledTitle(request: Request): string {
  const title = new URL(request.url).searchParams.get("title") ?? "";
  return [...title.replace(/\s+/g, " ").trim()].slice(0, SUBMIT_TITLE_MAX).join("");
}
