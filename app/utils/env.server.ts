// The board's settings, read from the environment once and validated.
import { z } from "zod";

const boolean = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("./data/board.db"),
  // Load db/seed/first-batch.json when the database has no listings at all.
  SEED_FIRST_BATCH: boolean.default("true"),
  // Public origin used in sitemap.xml and feeds, e.g. https://imaging.baoan.example.cn;
  // when unset the request's own origin is used.
  SITE_URL: z.string().url().optional(),
  // The moderator account, created or updated at start. Without both, nobody can sign in.
  ADMIN_EMAIL: z.string().trim().toLowerCase().email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "ADMIN_PASSWORD needs at least 10 characters").optional(),
  // Signs the session cookie. Without it a random secret is made at start (sessions then end
  // with a restart); set it in production.
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET needs at least 16 characters").optional(),
  // Failed sign-ins per e-mail before a lock, and the lock's length.
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  // Largest form body, and largest upload at /admin/import (server.js refuses bigger ones first).
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment settings:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
  throw new Error("Invalid environment settings: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither");
}
