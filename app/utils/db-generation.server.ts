// A value that changes whenever the database does, by this process or another: for caches of
// answers computed from the whole board.
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
