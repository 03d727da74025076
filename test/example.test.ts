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
    // the narrative: every claim read, those the tables state checked, one changed figure caught
    expect(out).toContain("## 情况说明 / Narrative: 51 claims read (26 amounts,");
    expect(out).toContain("0 numbers unplaced");
    expect(out).toMatch(
      /630\.38万元 +spending\|fund=gpb\|nature=basic\.personnel +table 630\.38万元 ✓/u,
    );
    expect(out).toContain(
      "narrative.amount pass, narrative.percent pass (10 percentages recomputed)",
    );
    expect(out).toContain("“三公”经费 6.50 → 6.05 — 1 finding");
    expect(out).toContain("支出预算为6.05万元” 与表中不符：表中为 6.50万元");
    expect(out).toContain("disagrees with the tables: they give 6.50 万元");
  });

  it("npm run demo checks the embedded 决算 and prints its execution report", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    expect(out).toContain("# 上海市普陀区规划和自然资源局 2024年部门决算");
    // 9,746.50 of 年初预算 10,210.34 (the README's 95.457% → 95.46%, the text's 95.45% caught)
    expect(out).toContain("执行率 95.46%");
    expect(out).toContain("完成年初预算的 95.45%，9746.50 ÷ 10210.34 得 95.46%");
    expect(out).toContain("2120201 城乡社区规划与管理: 3110.14 → 2739.56 (88.08%)");
    expect(out).toContain("控制率 13.68%");
    expect(out).toContain("绩效 预算执行率 = 9746.50/10210.34 = 95.46%");
  });

  it("npm run demo scores two Henan targets against sample actuals (numbers worked by hand)", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    expect(out).toContain("绩效目标 / Performance targets: 11 个项目, 38 个部门整体指标");
    // 9.80 (98% of 10) + 50 + 30 + 10
    expect(out).toContain("2024年通联值班费 (10.00万元): 99.80 分 优");
    // 10 × 3.20/3.50 = 9.14; 50 × (3000/3150 → 0.9523 + 1/2 + 1 + 0) / 4 = 30.65; 30; 10 × 88/95 → 0.9263 = 9.26
    expect(out).toContain("2024年劳务派遣人员经费 (3.50万元): 79.05 分 中 (incomplete");
    expect(out).toContain(
      "每月薪资: 目标 ≤3000元/人, 实际 3150元/人 → 未达成 margin -150元/人, credit 0.9523",
    );
    expect(out).toContain("= 930.30/969.06 = 96.00% (目标 ≥90%) → 达成");
    expect(out).toContain("= 6.20/6.50 = 95.38% (目标 ≤100%) → 达成");
  });
});
