// Calendar dates as the district sees them (Asia/Shanghai), written YYYY-MM-DD.
const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function todayInShanghai(now: Date = new Date()): string {
  return dayFormat.format(now);
}

/** A deadline has passed once the day after it has begun in Shenzhen. */
export function isPastDeadline(deadline: string | null, today: string = todayInShanghai()): boolean {
  return deadline !== null && deadline < today;
}
