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
});
