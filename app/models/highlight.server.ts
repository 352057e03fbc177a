// Marking the words a query matched inside a listing's text, and picking the snippet to show.
import { normalize } from "./analysis";

export type Segment = { text: string; mark: boolean };

const HAN = /\p{Script=Han}/u;

/**
 * Each character normalised once (NFKC, lower case, simplified): a page highlights thousands of
 * characters, drawn from a few thousand distinct ones. Cleared if it grows past what text holds.
 */
const normalisedChar = new Map<string, string>();
function normaliseChar(c: string): string {
  let n = normalisedChar.get(c);
  if (n === undefined) {
    if (normalisedChar.size >= 50_000) normalisedChar.clear();
    n = normalize(c);
    normalisedChar.set(c, n);
  }
  return n;
}

/**
 * Splits text into marked and unmarked runs. A Han pair is marked when the search matched it
 * (typed, a homophone of a typo, or from a thesaurus term); Latin words when matched whole.
 */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  const chars = [...text];
  if (!matched.length || !chars.length) return [{ text, mark: false }];
  const terms = new Set(matched);
  const norm = chars.map(normaliseChar);
  const mark = new Array<boolean>(chars.length).fill(false);

  for (let i = 0; i + 1 < chars.length; i++) {
    if (!HAN.test(norm[i]!) || !HAN.test(norm[i + 1]!)) continue;
    const bigram = norm[i]! + norm[i + 1]!;
    if (terms.has(bigram)) mark[i] = mark[i + 1] = true;
  }
  // Latin words: compare on the normalised text, mapped back to the original characters.
  const latin = matched.filter((t) => !HAN.test(t));
  if (latin.length) {
    const joined = norm.join("");
    const owner: number[] = [];
    norm.forEach((n, i) => {
      for (let k = 0; k < n.length; k++) owner.push(i);
    });
    for (const word of latin) {
      const re = new RegExp(`(?<![a-z0-9])${word.replace(/[.+]/g, "\\$&")}(?![a-z0-9])`, "g");
      for (const m of joined.matchAll(re)) {
        for (let k = m.index!; k < m.index! + word.length; k++) mark[owner[k]!] = true;
      }
    }
  }

  const out: Segment[] = [];
  chars.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && last.mark === mark[i]) last.text += c;
    else out.push({ text: c, mark: mark[i]! });
  });
  return out;
}

/** The stretch of a long text (about `size` characters) with the most marked characters. */
export function snippet(segments: Segment[], size = 110): Segment[] {
  const chars: { c: string; mark: boolean }[] = [];
  for (const s of segments) for (const c of s.text) chars.push({ c, mark: s.mark });
  if (chars.length <= size) return segments;
  let best = 0;
  let bestStart = 0;
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i]!.mark) count++;
    if (i >= size && chars[i - size]!.mark) count--;
    if (i >= size - 1 && count > best) {
      best = count;
      bestStart = i - size + 1;
    }
  }
  // Start a little before the window's first match, so the words lead into it.
  let first = bestStart;
  while (first < chars.length && !chars[first]!.mark) first++;
  const start = Math.max(0, Math.min(first - Math.floor(size / 4), chars.length - size));
  const slice = chars.slice(start, start + size);
  const out: Segment[] = [];
  if (start > 0) out.push({ text: "…", mark: false });
  for (const ch of slice) {
    const last = out[out.length - 1];
    if (last && last.mark === ch.mark && last.text !== "…") last.text += ch.c;
    else out.push({ text: ch.c, mark: ch.mark });
  }
  if (start + size < chars.length) out.push({ text: "…", mark: false });
  return out;
}
