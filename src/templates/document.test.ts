import { describe, expect, it } from "vitest";
import { FUNDS } from "../facts";
import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import type { Template } from "./types";

const TEMPLATES: readonly Template[] = [henan2024, shanghai, nationalMinimum];
const KINDS = ["部门", "单位"] as const;

describe("the parts a template requires (issue 14)", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s names only its own table kinds, each part once",
    (_, t) => {
      for (const kind of KINDS) {
        const parts = t.document?.required[kind] ?? [];
        expect(parts.length).toBeGreaterThan(0);
        const ids = parts.map((p) => `${p.kind}:${p.id}`);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of parts) {
          if (p.kind === "text") expect(p.titles.length).toBeGreaterThan(0);
          else
            for (const id of p.tables)
              expect([p.id, t.tables.some((k) => k.id === id)]).toEqual([p.id, true]);
        }
      }
    },
  );

  it.each([henan2024, shanghai].map((t) => [t.id, t] as const))(
    "%s requires at least the national minimum (财预〔2016〕143号) in both kinds of document",
    (_, t) => {
      for (const kind of KINDS) {
        const floor = (nationalMinimum.document?.required[kind] ?? []).map(
          (p) => `${p.kind}:${p.id}`,
        );
        const own = new Set((t.document?.required[kind] ?? []).map((p) => `${p.kind}:${p.id}`));
        expect(floor.filter((id) => !own.has(id))).toEqual([]);
        expect(floor.length).toBe(13);
      }
    },
  );

  it("requires every Henan table and the nine Shanghai tables, but not the Shanghai project form nor the tables read where printed", () => {
    const tables = (t: Template) =>
      (t.document?.required.部门 ?? []).flatMap((p) => (p.kind === "table" ? p.tables : []));
    expect(tables(henan2024).sort()).toEqual(
      henan2024.tables
        .filter((k) => k.derived !== false)
        .map((k) => k.id)
        .sort(),
    );
    for (const t of [henan2024, shanghai, nationalMinimum])
      expect(tables(t)).not.toEqual(expect.arrayContaining(["procurement"]));
    expect(tables(shanghai)).toHaveLength(9);
    expect(tables(shanghai)).not.toContain("projectForm");
  });

  it("the 国有资本经营 table of the national minimum is required since 2018", () => {
    const soe = nationalMinimum.document?.required.单位.find((p) => p.id === "soeExpenditure");
    expect(soe?.since).toBe(2018);
  });

  it("itemised sections name funds of the vocabulary", () => {
    for (const t of TEMPLATES)
      for (const s of t.document?.itemised ?? [])
        for (const f of s.funds) expect(FUNDS).toContain(f);
    expect(shanghai.document?.itemised?.[0]?.headings).toContain("财政拨款支出主要内容");
    expect(henan2024.document?.itemised).toBeUndefined();
  });
});
