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
