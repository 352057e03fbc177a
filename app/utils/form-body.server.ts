// Reading a posted form safely: a size cap while reading, only form encodings, broken bytes kept
// visible (as U+FFFD, which the form schemas refuse with a message beside the field).
import { data } from "@remix-run/node";
import { env } from "./env.server";


export type FormBody =
  | { ok: true; formData: FormData }
  /** Not a form encoding, or unreadable: an empty form, so every required field is named too. */
  | { ok: false; formData: FormData; problem: "contentType" | "malformed"; status: 415 | 400 };

class TooLarge extends Error {}

async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) throw new TooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not cancel(): that would close the connection before the 413 is sent. The rest of the
      // body is read and thrown away once the answer is out (drainLeftBodies in server/guards.js;
      // Node does not, for a body begun), so the kept-alive connection serves the next request.
      reader.releaseLock();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The posted form, read at most `maxBytes` (a bigger body is answered 413 at once). A body that is
 * not a form comes back as an empty form with the problem named, so the page can show both the
 * general message and each required field's.
 */
export async function readForm(request: Request, maxBytes = env.MAX_BODY_BYTES): Promise<FormBody> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(request, maxBytes);
  } catch (error) {
    if (error instanceof TooLarge) throw data({ reason: "tooLarge" }, { status: 413 });
    throw error;
  }
  if (type === "application/x-www-form-urlencoded") {
    // Invalid UTF-8 (raw or percent-encoded) decodes to U+FFFD, which the schemas refuse by field.
    const text = new TextDecoder("utf-8").decode(bytes);
    const formData = new FormData();
    for (const [key, value] of new URLSearchParams(text)) formData.append(key, value);
    return { ok: true, formData };
  }
  if (type === "multipart/form-data") {
    try {
      const formData = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": request.headers.get("Content-Type")! } }).formData();
      return { ok: true, formData };
    } catch {
      return { ok: false, formData: new FormData(), problem: "malformed", status: 400 };
    }
  }
  return { ok: false, formData: new FormData(), problem: "contentType", status: 415 };
}
