import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { henan2024Example } from "../scripts/example";
import { RULES } from "../src/rules";

describe("the embedded Henan example and the demo", () => {
  it("examples/henan-2024.json is generated from the fixture and up to date (npx tsx scripts/generate-example.ts)", () => {
    const committed = readFileSync(new URL("../examples/henan-2024.json", import.meta.url), "utf8");
    expect(committed).toBe(henan2024Example());
  });

  it("npm run demo prints the checked tables, the aggregates and a caught error in Chinese and English", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
    });
    expect(out).toContain("部门支出预算表: 9 行");
    expect(out).toContain(`${RULES.length} 条规则 — ${RULES.length} pass, 0 fail`);
    expect(out).toContain("errors 0, warnings 0");
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
