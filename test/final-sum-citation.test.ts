/**
 * A finding between two sums cites neither as a printed cell. The 规划和自然资源局 决算 with the
 * 一般公共预算表's 基本支出 column left out: 基本支出 is then only a sum, of the 基本支出表's classes
 * (301 4,816.14 + 303 67.96 + 302 440.90 + 310 39.76 = 5,364.76) and of its footer (人员经费合计
 * 4,884.09 + 公用经费合计 480.66 = 5,364.75). The finding names the first as a sum of those four
 * cells, never as "row 301 … is 5,364.76" (row 301 prints 4,816.14).
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { RULES, renderFinding } from "../src/rules";
import { CASES, checkFixture, mapTables } from "./metamorphic/support";

const planning = CASES.find((c) => c.name.includes("规划和自然资源局"));

describe("a difference between two sums", () => {
  it("names the sum the finding is about by its cells", () => {
    if (planning === undefined) throw new Error("no planning fixture");
    const v = mapTables(planning.fixture, (t) => {
      if (t.title !== "一般公共预算财政拨款支出决算表") return t;
      const keep = t.headers.map((h, i) => (h === "基本支出" ? -1 : i)).filter((i) => i >= 0);
      return {
        ...t,
        headers: keep.map((i) => t.headers[i] ?? ""),
        rows: t.rows.map((r) => keep.map((i) => r[i] ?? "")),
      };
    });
    const f = checkFixture(planning, v).findings.find(
      (x) => x.ruleId === "nature" && x.params.via === "nature.basic",
    );
    expect([f?.actual, f?.expected]).toEqual(["5364.76", "5364.75"]);
    const en = f === undefined ? "" : renderFinding(f, RULES, "en", final2024);
    expect(en.startsWith("The sum of ")).toBe(true);
    for (const row of ["301", "303", "302", "310"]) expect(en).toContain(`row ${row}, column`);
    expect(en).toContain("(4816.14)");
    expect(en).not.toMatch(/^\[[^\]]*\] row 301/u);
    const zh = f === undefined ? "" : renderFinding(f, RULES, "zh-CN", final2024);
    expect(zh).toMatch(/之和 为 5,364\.76，按 基本支出 = 人员经费 \+ 公用经费 应为 5,364\.75/u);
  });
});
