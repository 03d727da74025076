import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../scripts/example";
import { catalog2024 } from "../src/catalog/2024";
import { validateDisclosure } from "../src/disclosure";
import { checkDisclosure, RULES, shanghaiProfile } from "../src/rules";
import { parseDisclosureJson } from "../src/schema";
import { henan2024, shanghai } from "../src/templates";

describe("the embedded Henan example and the demo", () => {
  it.each(EXAMPLES.map((e) => [e.file, e.json] as const))(
    "%s is generated from its fixture and up to date (npm run gen:example)",
    (file, json) => {
      const committed = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
      expect(committed).toBe(json());
    },
  );

  it("the Shanghai example parses and keeps its document's 1 元 break of the 302 subtotal", () => {
    const text = readFileSync(
      new URL("../examples/shanghai-finance-2025.json", import.meta.url),
      "utf8",
    );
    const parsed = parseDisclosureJson(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error[0]));
    expect(parsed.value.meta.department.name).toBe("上海市财政局");
    const report = checkDisclosure(parsed.value, {
      profile: shanghaiProfile,
      template: shanghai,
      catalog: catalog2024,
    });
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.path?.row, f.difference])).toContainEqual([
      "rollup",
      "economic:302",
      "1",
    ]);
  });

  it("passes validateDisclosure, reporting once the 210 row the 财政拨款收支预算表 prints twice (old and current name, one blank)", () => {
    const text = readFileSync(new URL("../examples/henan-2024.json", import.meta.url), "utf8");
    const parsed = parseDisclosureJson(text);
    if (!parsed.ok) throw new Error("the example does not parse");
    const r = validateDisclosure(parsed.value, henan2024);
    expect(r.ok).toBe(true);
    expect(
      r.problems.map((p) => [p.code, p.severity, p.path[1], "rowKey" in p ? p.rowKey : ""]),
    ).toEqual([["duplicate-row", "warning", 3, "functional:210"]]);
  });

  it("npm run demo prints the checked tables, the aggregates and a caught error in Chinese and English", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    expect(out).toContain("部门支出预算表: 9 行");
    expect(out).toContain(`${RULES.length} 条规则 — ${RULES.length} pass, 0 fail`);
    expect(out).toContain("errors 0, warnings 0");
    expect(out).toMatch(/覆盖：14 张表印出 [0-9,]+ 个数据单元格，理解 [0-9,]+ 个，未理解 0 个/u);
    expect(out).toMatch(
      /coverage: 14 tables, [0-9,]+ printed cells, [0-9,]+ understood, 0 not understood/u,
    );
    expect(out).toContain("基本支出 682.06万元 (recomputed 682.06万元 ✓) = 70.38%");
    expect(out).toContain("项目支出 287.00万元 (recomputed 287.00万元 ✓) = 29.62%");
    expect(out).toContain(
      "“三公”经费 6.50万元 (recomputed 6.50万元 ✓) = 出国 0万元 + 公务用车 4.00万元 + 接待 2.50万元",
    );
    expect(out).toContain("机构运转经费 49.68万元 (recomputed 49.68万元 ✓)");
    expect(out).not.toContain("✗");
    expect(out).toContain("= 16.08%");
    expect(out).toMatch(
      /\[nature\] 【部门支出预算表】2013101 行「基本支出\/小计」列 为 508.07，.*应为 508.08/u,
    );
    expect(out).toMatch(
      /\[nature\] \[Expenditure\] row 2013101, column "基本支出\/小计" is 508.07, .*gives 508.08/u,
    );
  });
});
