// The database tables: the one source of truth for what the board stores.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// Columns both kinds of listing share (CONTRACT.md "Listings").
function listingColumns() {
  return {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    title: text("title").notNull(),
    category: text("category").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    description: text("description").notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    batch: text("batch"),
    status: text("status", { enum: ["pending", "published", "closed", "rejected"] })
      .notNull()
      .default("pending"),
    // Demonstration listings written for the board, not the district's official rows.
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
    publishedAt: text("published_at"),
    // Submissions only: the SHA-256 of the private management link's token (the token itself is
    // shown once, to the submitter), and the moderator's reason for a rejection.
    manageTokenHash: text("manage_token_hash"),
    moderationNote: text("moderation_note"),
  };
}

export const scenarios = sqliteTable(
  "scenarios",
  {
    ...listingColumns(),
    publisher: text("publisher").notNull(),
    domain: text("domain").notNull(),
    location: text("location"),
    budget: text("budget"),
    deadline: text("deadline"),
  },
  (t) => [
    index("scenarios_status_code").on(t.status, t.code),
    index("scenarios_category").on(t.category),
    index("scenarios_domain").on(t.domain),
    // The search index catches up on changes by updated_at.
    index("scenarios_updated_at").on(t.updatedAt),
    uniqueIndex("scenarios_manage_token").on(t.manageTokenHash),
  ],
);

export const capabilities = sqliteTable(
  "capabilities",
  {
    ...listingColumns(),
    organization: text("organization").notNull(),
    domains: text("domains", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    maturity: text("maturity").notNull(),
    cases: text("cases"),
  },
  (t) => [
    index("capabilities_status_code").on(t.status, t.code),
    index("capabilities_category").on(t.category),
    index("capabilities_updated_at").on(t.updatedAt),
    uniqueIndex("capabilities_manage_token").on(t.manageTokenHash),
  ],
);

export const LISTING_KINDS = ["scenario", "capability"] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

// 对接意向: someone says "we can work on this" about a published listing. The contact details are
// private: moderators and the listing's submitter see them, the public sees only the count.
export const interests = sqliteTable(
  "interests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    listingKind: text("listing_kind", { enum: LISTING_KINDS }).notNull(),
    listingCode: text("listing_code").notNull(),
    organization: text("organization").notNull(),
    contactName: text("contact_name").notNull(),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    message: text("message").notNull(),
    // The code of the interested party's own listing that fits, when they have one.
    ownCode: text("own_code"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("interests_listing").on(t.listingKind, t.listingCode)],
);

// Moderators. The account from ADMIN_EMAIL / ADMIN_PASSWORD is created or updated at start.
export const admins = sqliteTable("admins", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  // scrypt$N$r$p$salt$hash (base64), see app/models/admin-auth.server.ts
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
});

// Signed-in moderators: the cookie carries a random token, the table its SHA-256.
export const adminSessions = sqliteTable(
  "admin_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    adminId: integer("admin_id")
      .notNull()
      .references(() => admins.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("admin_sessions_expires").on(t.expiresAt)],
);

// Failed sign-ins per e-mail address: slowed, then locked for a while. Kept in the database so a
// restart does not reset an attacker's count.
export const loginFailures = sqliteTable("login_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailedAt: text("last_failed_at").notNull(),
  lockedUntil: text("locked_until"),
});

// Every moderation action: who, what, when, the listing before and after.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    listingKind: text("listing_kind", { enum: LISTING_KINDS }),
    listingCode: text("listing_code"),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
    note: text("note"),
  },
  (t) => [index("audit_log_listing").on(t.listingKind, t.listingCode), index("audit_log_at").on(t.at)],
);

export type InterestRow = typeof interests.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ScenarioRow = typeof scenarios.$inferSelect;
export type CapabilityRow = typeof capabilities.$inferSelect;
