// The moderator's session cookie and the guard every admin page and action goes through.
import { randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { endSession, ensureAdminAccount, sessionAdmin, signIn, type AdminSession } from "../models/admin-auth.server";
import { db } from "./db.server";
import { env } from "./env.server";

const store = globalThis as unknown as { __boardAdminReady?: Promise<void>; __boardSessionSecret?: string };

// Without SESSION_SECRET a random one per process: sessions then end with a restart.
store.__boardSessionSecret ??= env.SESSION_SECRET ?? randomBytes(32).toString("base64url");
if (!env.SESSION_SECRET && env.NODE_ENV === "production" && env.ADMIN_EMAIL) {
  console.warn("SESSION_SECRET is not set: moderator sessions will end when the server restarts");
}

/** Resolves once the configured moderator account exists (its password hash is made at start). */
export function adminReady(): Promise<void> {
  store.__boardAdminReady ??=
    env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? ensureAdminAccount(db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD) : Promise.resolve();
  return store.__boardAdminReady;
}
void adminReady();

export const adminConfigured = Boolean(env.ADMIN_EMAIL && env.ADMIN_PASSWORD);

const sessionCookie = createCookie("board_admin", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: env.NODE_ENV === "production",
  secrets: [store.__boardSessionSecret],
  // A session cookie: gone when the browser closes; the server's own expiry is 12 hours.
});

async function sessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export async function getAdmin(request: Request): Promise<AdminSession | null> {
  await adminReady();
  const token = await sessionToken(request);
  return token ? sessionAdmin(db, token) : null;
}

/** Every admin loader and action starts here: anyone not signed in goes to the sign-in page. */
export async function requireAdmin(request: Request): Promise<AdminSession> {
  const admin = await getAdmin(request);
  if (admin) return admin;
  const url = new URL(request.url);
  const back = request.method === "GET" ? url.pathname + url.search : "/admin";
  throw redirect(`/admin/login?redirectTo=${encodeURIComponent(back)}`, {
    status: 303,
    headers: { "Cache-Control": "no-store" },
  });
}

export async function login(email: string, password: string) {
  await adminReady();
  const result = await signIn(db, email, password, { maxFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES });
  if (!result.ok) return result;
  return { ...result, setCookie: await sessionCookie.serialize(result.sessionToken) };
}

export async function logout(request: Request): Promise<string> {
  const token = await sessionToken(request);
  if (token) endSession(db, token);
  return sessionCookie.serialize("", { maxAge: 0 });
}
