// Text with the words a search matched in <mark>; always rendered as text, never as HTML.
import type { Segment } from "../models/highlight.server";

export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
