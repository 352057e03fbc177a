import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../utils/database.server";
import { ensureAdminAccount, hashPassword, sessionAdmin, signIn, verifyPassword } from "./admin-auth.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "board-auth-"));
const { db, sqlite } = openDatabase(path.join(dir, "auth.db"));
const policy = { maxFailures: 4, lockMinutes: 15 };
const slept: number[] = [];
const sleep = async (ms: number) => void slept.push(ms);

beforeAll(async () => {
  await ensureAdminAccount(db, "admin@example.cn", "first-password-1");
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("passwords", () => {
  it("are stored as salted scrypt hashes that verify only the right password", async () => {
    const a = await hashPassword("密码 correct horse");
    const b = await hashPassword("密码 correct horse");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("密码 correct horse", a)).toBe(true);
    expect(await verifyPassword("密码 correct hors", a)).toBe(false);
    expect(await verifyPassword("anything", "plain-text")).toBe(false);
  });

  it("are replaced when the setting changes, which ends the old sessions", async () => {
    const signedIn = await signIn(db, "admin@example.cn", "first-password-1", policy);
    expect(signedIn.ok).toBe(true);
    const token = signedIn.ok ? signedIn.sessionToken : "";
    expect(sessionAdmin(db, token)?.email).toBe("admin@example.cn");
    await ensureAdminAccount(db, "admin@example.cn", "second-password-2");
    expect(sessionAdmin(db, token)).toBeNull();
    expect((await signIn(db, "admin@example.cn", "first-password-1", policy)).ok).toBe(false);
    expect((await signIn(db, "ADMIN@example.cn ", "second-password-2", policy)).ok).toBe(true);
  });
});

describe("sign-in", () => {
  it("slows repeated failures, then locks the address even for the right password, until the lock runs out", async () => {
    await ensureAdminAccount(db, "locked@example.cn", "right-password-3");
    const t0 = new Date("2026-11-26T08:00:00Z");
    slept.length = 0;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await signIn(db, "locked@example.cn", "wrong", policy, t0, sleep));
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["failed", "failed", "failed", "locked"]);
    expect(slept).toEqual([1000]);
    const during = await signIn(db, "locked@example.cn", "right-password-3", policy, new Date(t0.getTime() + 14 * 60_000), sleep);
    expect(during).toEqual({ ok: false, reason: "locked", minutes: 1 });
    const after = await signIn(db, "locked@example.cn", "right-password-3", policy, new Date(t0.getTime() + 16 * 60_000), sleep);
    expect(after.ok).toBe(true);
  });

  it("treats an unknown address like a wrong password, and sessions expire", async () => {
    expect(await signIn(db, "nobody@example.cn", "whatever-1", policy, new Date(), sleep)).toEqual({ ok: false, reason: "failed" });
    const now = new Date("2026-11-26T08:00:00Z");
    const r = await signIn(db, "admin@example.cn", "second-password-2", policy, now, sleep);
    if (!r.ok) throw new Error("sign-in failed");
    expect(sessionAdmin(db, r.sessionToken, new Date(now.getTime() + 11 * 3600_000))).not.toBeNull();
    expect(sessionAdmin(db, r.sessionToken, new Date(now.getTime() + 13 * 3600_000))).toBeNull();
    expect(sessionAdmin(db, "forged-token", now)).toBeNull();
  });
});
