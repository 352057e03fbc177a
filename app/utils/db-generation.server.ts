// A value that changes whenever the database does, by this process or another: for caches of
// answers computed from the whole board.
import { PUBLISHED_STATE_SQL } from "../../server/public-state.js";
import { sqlite } from "./db.server";

const dataVersion = sqlite.prepare("pragma data_version").pluck();
const totalChanges = sqlite.prepare("select total_changes()").pluck();

/** Changes when another connection commits (data_version) or this one writes (total_changes). */
export function dbGeneration(): string {
  return `${dataVersion.get() as number}:${totalChanges.get() as number}`;
}

/** Remembers `compute`'s answer until the database changes. */
export function untilDbChanges<T>(compute: () => T): () => T {
  let generation: string | null = null;
  let value: T;
  return () => {
    const now = dbGeneration();
    if (now !== generation) {
      value = compute();
      generation = now;
    }
    return value;
  };
}

// What the public sees changes only with the published listings: a count and the newest change
// among them, per list. A pending submission or a 对接意向 moves neither.
const publishedSignature = sqlite.prepare(PUBLISHED_STATE_SQL).pluck();

const currentPublished = untilDbChanges(() => publishedSignature.get() as string);

/** A value that changes whenever the published listings do (see untilPublishedChanges). */
export function publishedState(): string {
  return currentPublished();
}

/**
 * Remembers `compute`'s answer until the published listings change (published, edited, closed):
 * for figures drawn from them alone, such as the home page's counts.
 */
export function untilPublishedChanges<T>(compute: () => T): () => T {
  const memo = publishedMemo<T>(1);
  return () => memo("", compute);
}

/**
 * A small store of answers by key (an export's filters, say), emptied when the published listings
 * change; at most `maxEntries`, the oldest dropped first.
 */
export function publishedMemo<T>(maxEntries: number): (key: string, compute: () => T) => T {
  let signature: string | null = null;
  const entries = new Map<string, T>();
  return (key, compute) => {
    const now = currentPublished();
    if (now !== signature) {
      entries.clear();
      signature = now;
    }
    if (entries.has(key)) return entries.get(key)!;
    const value = compute();
    entries.set(key, value);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return value;
  };
}
