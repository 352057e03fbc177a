import { describe, expect, it } from "vitest";
import { listQueryToSearch, parseListQuery } from "./list-query";

const parse = (kind: "scenario" | "capability", search: string) => parseListQuery(kind, new URLSearchParams(search));

describe("parseListQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("scenario", "")).toEqual({
      ok: true,
      query: { q: null, category: null, domain: null, status: null, maturity: null, page: 1, pageSize: 20 },
    });
  });

  it("reads every filter and treats empty values as absent", () => {
    const r = parse("scenario", "q=%20全景%20&category=影像采集&domain=文化旅游&status=expired&page=2&pageSize=5&maturity=");
    expect(r).toEqual({
      ok: true,
      query: { q: "全景", category: "影像采集", domain: "文化旅游", status: "expired", maturity: null, page: 2, pageSize: 5 },
    });
    expect(parse("capability", "maturity=量产&category=")).toMatchObject({ ok: true, query: { maturity: "量产", category: null } });
  });

  it("refuses values outside the vocabularies, naming the parameter and the allowed values", () => {
    const r = parse("scenario", "category=影像");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatchObject({ param: "category", kind: "notAllowed", value: "影像" });
      expect(r.problem.kind === "notAllowed" && r.problem.allowed).toContain("影像采集");
    }
    expect(parse("capability", "domain=Sports")).toMatchObject({ ok: false, problem: { param: "domain" } });
    expect(parse("scenario", "status=closed")).toMatchObject({ ok: false, problem: { param: "status" } });
    expect(parse("capability", "maturity=成熟")).toMatchObject({ ok: false, problem: { param: "maturity" } });
  });

  it("ignores the other kind's filter and parameters it does not know", () => {
    expect(parse("capability", "status=whatever&utm_source=x")).toMatchObject({ ok: true, query: { status: null } });
    expect(parse("scenario", "maturity=whatever")).toMatchObject({ ok: true, query: { maturity: null } });
  });

  it("refuses bad pages and page sizes", () => {
    for (const bad of ["page=0", "page=-1", "page=1.5", "page=abc", "page=1e3", "pageSize=0", "page=9999999"]) {
      expect(parse("scenario", bad), bad).toMatchObject({ ok: false, problem: { kind: "notPositiveInteger" } });
    }
    expect(parse("scenario", "pageSize=101")).toMatchObject({ ok: false, problem: { kind: "tooLarge", max: 100 } });
    expect(parse("scenario", "pageSize=100")).toMatchObject({ ok: true, query: { pageSize: 100 } });
  });

  it("refuses a repeated filter and an overlong keyword", () => {
    expect(parse("scenario", "category=影像采集&category=智能终端")).toMatchObject({
      ok: false,
      problem: { param: "category", kind: "repeated" },
    });
    expect(parse("scenario", `q=${"全".repeat(101)}`)).toMatchObject({ ok: false, problem: { kind: "tooLong" } });
    expect(parse("scenario", `q=${"全".repeat(100)}`)).toMatchObject({ ok: true });
  });
});

describe("listQueryToSearch", () => {
  it("round-trips through parseListQuery and leaves defaults out", () => {
    const r = parse("scenario", "category=显示与传播&domain=体育赛事&page=3&pageSize=50&q=LED");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const search = listQueryToSearch(r.query);
    expect(parse("scenario", search.slice(1))).toEqual(r);
    expect(listQueryToSearch({ page: 1, pageSize: 20 })).toBe("");
  });
});
