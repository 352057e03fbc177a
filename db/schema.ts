// The database tables: the one source of truth for what the board stores.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

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
  ],
);

export type ScenarioRow = typeof scenarios.$inferSelect;
export type CapabilityRow = typeof capabilities.$inferSelect;
