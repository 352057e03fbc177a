// Group commit: the writes of the forms that arrive in the same turn of the event loop (a burst of
// submissions and 对接意向 at a 对接会) go into one transaction, each in a savepoint of its own.
import type { Db } from "./database.server";

type Queued = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void; failed?: () => void };
const queues = new WeakMap<Db, Queued[]>();

/**
 * Runs `work` (synchronous writes on db) with the other works queued in this turn, in one
 * IMMEDIATE transaction, each in a savepoint: one that throws is rolled back alone and its promise
 * rejected, the others go on. Every promise settles only once the transaction has committed (an
 * answered write is on disk), or rejects with the error if the transaction as a whole fails.
 * `failed` runs for a work that did not land, to forget what it had assumed (a number given out).
 */
export function writeSoon<T>(db: Db, work: () => T, failed?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const queue = queues.get(db) ?? queues.set(db, []).get(db)!;
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject, failed });
    if (queue.length === 1) setImmediate(() => writeQueued(db));
  });
}

function writeQueued(db: Db) {
  const batch = queues.get(db)!.splice(0);
  const outcomes: ({ value: unknown } | { error: unknown })[] = [];
  try {
    db.transaction(
      (tx) => {
        for (const q of batch) {
          try {
            outcomes.push({ value: tx.transaction(() => q.work()) });
          } catch (error) {
            q.failed?.();
            outcomes.push({ error });
          }
        }
      },
      // IMMEDIATE: take the write lock first (waiting on the busy timeout); a read that turns into
      // a write fails at once with "database is locked" if another connection wrote in between.
      { behavior: "immediate" },
    );
  } catch (error) {
    for (const q of batch) {
      q.failed?.();
      q.reject(error);
    }
    return;
  }
  batch.forEach((q, i) => {
    const outcome = outcomes[i]!;
    if ("error" in outcome) q.reject(outcome.error);
    else q.resolve(outcome.value);
  });
}
