// Which language a page is in, and its messages (client and server).
import { useRouteLoaderData } from "@remix-run/react";
import { en } from "../locales/en";
import { zhCN, type Messages } from "../locales/zh-CN";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

type RootData = { locale: Locale } | undefined;

/** The current page's language, from the root loader (Chinese when it is unavailable). */
export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as RootData;
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useMessages(): Messages {
  return getMessages(useLocale());
}

/** For `meta` functions, which cannot call hooks. */
export function messagesFromMatches(matches: readonly { id: string; data: unknown }[]): Messages {
  const root = matches.find((m) => m.id === "root")?.data as RootData;
  return getMessages(root?.locale ?? DEFAULT_LOCALE);
}

/** Shows a date-time stored as ISO text as the calendar day in Shenzhen. */
export function formatDay(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d);
}
