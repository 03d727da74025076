import { describe, expect, it } from "vitest";
import { type CatalogProblem, formatCatalogProblem } from "./problems";

const codeError = {
  code: "wrong-system",
  expectedPrefix: "3",
  input: "50101",
  position: 0,
  system: "departmental",
} as const;

/** One problem of every code. */
const problems: readonly CatalogProblem[] = [
  { code: "invalid-year", input: 0 },
  { code: "invalid-code", input: "50101", position: 0, error: codeError },
  { code: "level-mismatch", input: "30101", position: 1, declared: "类", actual: "款" },
  { code: "parent-mismatch", input: "30101", position: 1, declared: "302", expected: "301" },
  { code: "unexpected-parent", input: "301", position: 0, declared: "3" },
  { code: "duplicate-code", input: "301", position: 2, firstPosition: 0 },
  { code: "missing-parent", input: "30201", position: 0, parent: "302" },
  { code: "empty-name", input: "301", position: 0 },
  {
    code: "invalid-alias-years",
    input: "210",
    position: 0,
    alias: { name: "旧名", from: 2019, to: 2018 },
  },
  { code: "invalid-mapping-code", input: "5010", position: 3, field: "to" },
  { code: "empty-mapping-field", input: "30101", position: 0, field: "unitKinds" },
  { code: "invalid-unit-kind", input: "事业", position: 0 },
  { code: "unknown-mapping-code", input: "30210", position: 0, field: "from" },
  { code: "system-mismatch", input: "government", expected: "departmental", field: "departmental" },
  { code: "year-mismatch", input: 2023, expected: 2024, field: "mapping" },
];

describe("formatCatalogProblem", () => {
  it("renders Chinese by default and English on request", () => {
    const p: CatalogProblem = {
      code: "duplicate-code",
      input: "301",
      position: 2,
      firstPosition: 0,
    };
    expect(formatCatalogProblem(p)).toBe("第3条：编码“301”与第1条重复");
    expect(formatCatalogProblem(p, "en")).toBe('entry 3: code "301" repeats entry 1');
  });

  it("renders the parameters of each problem", () => {
    expect(formatCatalogProblem(problems[2] as CatalogProblem, "en")).toBe(
      'entry 2: code "30101" is a section (款) code but is marked class (类)',
    );
    expect(formatCatalogProblem(problems[13] as CatalogProblem)).toBe(
      "部门经济分类目录：应为部门预算支出经济分类，实为政府预算支出经济分类",
    );
    expect(formatCatalogProblem(problems[9] as CatalogProblem)).toBe(
      "第4条对应规则：政府经济分类编码“5010”无效",
    );
  });

  it("gives every problem a distinct message in both locales, naming its input", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = problems.map((p) => formatCatalogProblem(p, locale));
      expect(new Set(messages).size).toBe(problems.length);
      problems.forEach((p, k) => {
        // the Chinese message names a system by its Chinese name (checked above)
        if (p.code === "system-mismatch" && locale === "zh-CN") return;
        expect(messages[k]).toContain(String(p.input));
      });
    }
  });
});
