// Moderator accounts, passwords (scrypt), sign-in with slowing and locking, and sessions.
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { adminSessions, admins, loginFailures } from "../../db/schema";
import type { Db } from "../utils/database.server";

// scrypt's recommended interactive cost (2^15); about 50–100 ms and 32 MiB per hash.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SESSION_HOURS = 12;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...SCRYPT, maxmem: 128 * SCRYPT.N * SCRYPT.r * 2 });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const N = Number(n);
  const R = Number(r);
  const key = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64"), expected.length, {
    N,
    r: R,
    p: Number(p),
    maxmem: 128 * N * R * 2,
  });
  return timingSafeEqual(key, expected);
}

/** The account from the settings: created, or its password replaced when it has changed. */
export async function ensureAdminAccount(db: Db, email: string, password: string): Promise<void> {
  const existing = db.select().from(admins).where(eq(admins.email, email)).get();
  if (existing && (await verifyPassword(password, existing.passwordHash))) return;
  const passwordHash = await hashPassword(password);
  if (existing) {
    db.update(admins)
      .set({ passwordHash, updatedAt: new Date().toISOString() })
      .where(eq(admins.id, existing.id))
      .run();
    // A changed password signs out every session made with the old one.
    db.delete(adminSessions).where(eq(adminSessions.adminId, existing.id)).run();
  } else {
    db.insert(admins).values({ email, passwordHash }).run();
  }
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type LoginPolicy = { maxFailures: number; lockMinutes: number };

export type LoginResult =
  | { ok: true; sessionToken: string; email: string }
  | { ok: false; reason: "failed" }
  | { ok: false; reason: "locked"; minutes: number };

// Every attempt costs a hash, for known and unknown addresses alike, so timing tells nothing.
const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${Buffer.alloc(16).toString("base64")}$${Buffer.alloc(KEY_LENGTH).toString("base64")}`;

/**
 * Checks a sign-in. Failures are counted per e-mail address: from the third on each answer is
 * slowed by a second more (at most 5), and at `maxFailures` the address is locked for
 * `lockMinutes`, also for the right password.
 */
export async function signIn(
  db: Db,
  emailInput: string,
  password: string,
  policy: LoginPolicy,
  now = new Date(),
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  const key = `email:${email}`;
  const record = db.select().from(loginFailures).where(eq(loginFailures.key, key)).get();
  if (record?.lockedUntil && record.lockedUntil > now.toISOString()) {
    const minutes = Math.ceil((Date.parse(record.lockedUntil) - now.getTime()) / 60_000);
    return { ok: false, reason: "locked", minutes };
  }
  const admin = db.select().from(admins).where(eq(admins.email, email)).get();
  const valid = await verifyPassword(password, admin?.passwordHash ?? DUMMY_HASH);
  if (admin && valid) {
    db.delete(loginFailures).where(eq(loginFailures.key, key)).run();
    const sessionToken = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
    db.insert(adminSessions).values({ tokenHash: tokenHash(sessionToken), adminId: admin.id, expiresAt }).run();
    db.delete(adminSessions).where(lt(adminSessions.expiresAt, now.toISOString())).run();
    return { ok: true, sessionToken, email };
  }
  // A lock that has run out starts a fresh count.
  const failures = (record && !record.lockedUntil ? record.failures : 0) + 1;
  const lockedUntil =
    failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() : null;
  db.insert(loginFailures)
    .values({ key, failures, lastFailedAt: now.toISOString(), lockedUntil })
    .onConflictDoUpdate({ target: loginFailures.key, set: { failures, lastFailedAt: now.toISOString(), lockedUntil } })
    .run();
  if (lockedUntil) return { ok: false, reason: "locked", minutes: policy.lockMinutes };
  if (failures >= 3) await sleep(Math.min(failures - 2, 5) * 1000);
  return { ok: false, reason: "failed" };
}

export type AdminSession = { adminId: number; email: string };

export function sessionAdmin(db: Db, sessionToken: string, now = new Date()): AdminSession | null {
  const row = db
    .select({ adminId: admins.id, email: admins.email, expiresAt: adminSessions.expiresAt })
    .from(adminSessions)
    .innerJoin(admins, eq(admins.id, adminSessions.adminId))
    .where(eq(adminSessions.tokenHash, tokenHash(sessionToken)))
    .get();
  if (!row || row.expiresAt <= now.toISOString()) return null;
  return { adminId: row.adminId, email: row.email };
}

export function endSession(db: Db, sessionToken: string): void {
  db.delete(adminSessions).where(and(eq(adminSessions.tokenHash, tokenHash(sessionToken)))).run();
}
