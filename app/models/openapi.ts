// The OpenAPI 3 description of the board's public JSON API (CONTRACT.md "JSON API").
import { CATEGORIES, DOMAINS, MATURITIES } from "./vocabulary";

const error = {
  description: "Bad parameters: a sentence saying which and why",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const notFound = { ...error, description: "No published listing with this code" };

const listParameters = [
  { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, description: "Keyword (substring of the listing's words)" },
  { name: "category", in: "query", schema: { type: "string", enum: [...CATEGORIES] }, description: "产业环节" },
  { name: "domain", in: "query", schema: { type: "string", enum: [...DOMAINS] }, description: "应用领域" },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
];
const code = { name: "code", in: "path", required: true, schema: { type: "string" }, example: "CJ-001" };
const limit = (max: number, fallback: number) => ({ name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: max, default: fallback } });

const common = {
  code: { type: "string", description: "编号, unique and stable" },
  title: { type: "string" },
  category: { type: "string", enum: [...CATEGORIES] },
  tags: { type: "array", items: { type: "string" }, maxItems: 10 },
  description: { type: "string" },
  contactName: { type: "string", nullable: true },
  contactPhone: { type: "string", nullable: true },
  contactEmail: { type: "string", nullable: true },
  batch: { type: "string", nullable: true, example: "首批" },
  status: { type: "string", enum: ["published"], description: "Only published listings are public" },
  demo: { type: "boolean", description: "Demonstration listing, not part of the official list" },
  publishedAt: { type: "string", format: "date-time", nullable: true },
  updatedAt: { type: "string", format: "date-time" },
};

const page = (item: string) => ({
  type: "object",
  required: ["items", "total", "page", "pageSize"],
  properties: {
    items: { type: "array", items: { $ref: `#/components/schemas/${item}` } },
    total: { type: "integer" },
    page: { type: "integer" },
    pageSize: { type: "integer" },
  },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "宝安新质影像 · 场景需求与能力清单 API",
      version: "1.0.0",
      description:
        "Read-only, public: published scenario demands (场景需求) and capabilities (能力) of Bao'an district's new-imaging industry board. Lists are in code order, 20 a page by default, the same as the list pages. Errors are `{ \"error\": \"…\" }` in Chinese, or English with the board's `lang` cookie.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/scenarios": {
        get: {
          summary: "Scenario demands",
          parameters: [...listParameters, { name: "status", in: "query", schema: { type: "string", enum: ["open", "expired"] }, description: "征集中 / 已截止 (by deadline)" }],
          responses: { 200: { description: "A page of scenario demands", content: { "application/json": { schema: page("Scenario") } } }, 400: error },
        },
      },
      "/api/capabilities": {
        get: {
          summary: "Capabilities",
          parameters: [...listParameters, { name: "maturity", in: "query", schema: { type: "string", enum: [...MATURITIES] } }],
          responses: { 200: { description: "A page of capabilities", content: { "application/json": { schema: page("Capability") } } }, 400: error },
        },
      },
      "/api/scenarios/{code}": {
        get: { summary: "One scenario demand", parameters: [code], responses: { 200: { description: "The listing", content: { "application/json": { schema: { $ref: "#/components/schemas/Scenario" } } } }, 404: notFound } },
      },
      "/api/capabilities/{code}": {
        get: { summary: "One capability", parameters: [code], responses: { 200: { description: "The listing", content: { "application/json": { schema: { $ref: "#/components/schemas/Capability" } } } }, 404: notFound } },
      },
      "/api/search": {
        get: {
          summary: "Search both lists (Chinese-aware), best first",
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 100 }, example: "全景相机" },
            { name: "type", in: "query", schema: { type: "string", enum: ["all", "scenario", "capability"], default: "all" } },
            limit(100, 20),
          ],
          responses: { 200: { description: "Results", content: { "application/json": { schema: { $ref: "#/components/schemas/SearchResults" } } } }, 400: error },
        },
      },
      "/api/scenarios/{code}/matches": {
        get: { summary: "Capabilities that fit a scenario demand, best first", parameters: [code, limit(50, 10)], responses: { 200: { description: "Matches", content: { "application/json": { schema: { $ref: "#/components/schemas/Matches" } } } }, 400: error, 404: notFound } },
      },
      "/api/capabilities/{code}/matches": {
        get: { summary: "Scenario demands a capability could answer, best first", parameters: [code, limit(50, 10)], responses: { 200: { description: "Matches", content: { "application/json": { schema: { $ref: "#/components/schemas/Matches" } } } }, 400: error, 404: notFound } },
      },
    },
    components: {
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
        Scenario: {
          type: "object",
          properties: {
            ...common,
            publisher: { type: "string", description: "发布单位" },
            domain: { type: "string", enum: [...DOMAINS] },
            location: { type: "string", nullable: true },
            budget: { type: "string", nullable: true, example: "50万元" },
            deadline: { type: "string", format: "date", nullable: true },
            expired: { type: "boolean", description: "The deadline has passed (已截止)" },
          },
        },
        Capability: {
          type: "object",
          properties: {
            ...common,
            organization: { type: "string", description: "企业/机构" },
            domains: { type: "array", items: { type: "string", enum: [...DOMAINS] }, minItems: 1, maxItems: 5 },
            maturity: { type: "string", enum: [...MATURITIES] },
            cases: { type: "string", nullable: true, description: "典型案例" },
          },
        },
        SearchResults: {
          type: "object",
          properties: {
            query: { type: "string" },
            results: {
              type: "array",
              items: { type: "object", properties: { type: { type: "string", enum: ["scenario", "capability"] }, code: { type: "string" }, title: { type: "string" }, score: { type: "number" } } },
            },
          },
        },
        Matches: {
          type: "object",
          properties: {
            code: { type: "string" },
            results: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  type: { type: "string", enum: ["scenario", "capability"] },
                  code: { type: "string" },
                  title: { type: "string" },
                  score: { type: "number", minimum: 0, maximum: 1 },
                  reasons: { type: "array", items: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
  };
}
