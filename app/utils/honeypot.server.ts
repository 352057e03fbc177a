// The honeypot on every public form (remix-utils): a hidden field people leave empty and bots fill.
import { Honeypot, SpamError } from "remix-utils/honeypot/server";

// No "valid from" timestamp: it would make every page with a form differ per request (no caching),
// and it only catches bots that forge it. The field itself must be present and empty.
export const honeypot = new Honeypot({ validFromFieldName: null });
export const HONEYPOT_FIELD = honeypot.getInputProps().nameFieldName;

export function isSpam(formData: FormData): boolean {
  if (!formData.has(HONEYPOT_FIELD)) return true;
  try {
    honeypot.check(formData);
    return false;
  } catch (error) {
    if (error instanceof SpamError) return true;
    throw error;
  }
}
