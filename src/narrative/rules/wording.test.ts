import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker(
  "narrative.path",
  "narrative.reason",
  "narrative.residue",
  "narrative.amount",
);

const expenditure = tableBuilder(henan2024, "expenditure")
  .functional("2013101", "行政运行", { total: "558.07" })
  .functional("2299999", "其他支出", { total: "160.00" })
  .build().value;
const run = (body: string) => check(disclosure([expenditure], body));

describe("narrative.path", () => {
  it("passes a path named as the tables and the catalog name it", () => {
    const r = run(
      "“一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）”558.07万元。",
    );
    expect([outcome(r, "narrative.path"), findings(r, "narrative.path")]).toEqual(["pass", []]);
    expect(outcome(r, "narrative.amount")).toBe("pass");
  });

  it("warns of a 项 under the wrong 款, and still checks its amount where it is", () => {
    const r = run(
      "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”558.70万元。",
    );
    const f = one(r, "narrative.path");
    expect([f.severity, f.params.kind, f.params.code, f.params.expected]).toEqual([
      "warning",
      "wrong-parent",
      "2013101",
      "20131",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "【情况说明】““一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”558.70万元” 中的“行政运行”（2013101）不在所写的上级科目下，应在 20131 下。",
    );
    expect(one(r, "narrative.amount").params.kind).toBe("digit");
  });

  it("notes 其它 for 其他 and a former name at info", () => {
    const r = run(
      "“其它支出（类）其他支出（款）其他支出（项）”160.00万元；“医疗卫生与计划生育支出”科目0.00万元。",
    );
    expect(
      findings(r, "narrative.path").map((f) => [f.severity, f.params.kind, f.params.expected]),
    ).toEqual([
      ["info", "variant", "其他支出"],
      ["info", "alias", "卫生健康支出"],
    ]);
    expect(outcome(r, "narrative.path")).toBe("pass");
    expect(
      findings(r, "narrative.path").map((f) => renderFinding(f, profileOf().rules, "zh-CN")),
    ).toEqual([
      "【情况说明】““其它支出（类）其他支出（款）其他支出（项）”160.00万元” 中的“其它支出”应写作“其他支出”。",
      "【情况说明】““医疗卫生与计划生育支出”科目0.00万元” 中的“医疗卫生与计划生育支出”是科目 210 的旧称，现名“卫生健康支出”。",
    ]);
    expect(
      findings(r, "narrative.path").map((f) => renderFinding(f, profileOf().rules, "en")),
    ).toEqual([
      '[情况说明] "“其它支出（类）其他支出（款）其他支出（项）”160.00万元": "其它支出" is written "其他支出" in the catalog.',
      '[情况说明] "“医疗卫生与计划生育支出”科目0.00万元": "医疗卫生与计划生育支出" is a former name of 210, now "卫生健康支出".',
    ]);
  });

  it("says a wrong path once however often it is printed, and in English too", () => {
    const wrong =
      "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”558.07万元";
    const r = run(`${wrong}，主要用于机构运转。2023年${wrong}。`);
    expect(findings(r, "narrative.path").map((f) => f.params.code)).toEqual(["2013101"]);
    expect(renderFinding(one(r, "narrative.path"), profileOf().rules, "en")).toBe(
      `[情况说明] "${wrong}": "行政运行" (2013101) is not under the 科目 printed before it but under 20131.`,
    );
  });

  it("is not applicable to a text that names no 科目", () => {
    for (const text of ["收入总计558.07万元。", "“三公”经费6.50万元，比上年增加1.50万元。"])
      expect([text, outcome(run(text), "narrative.path")]).toEqual([text, "not-applicable"]);
  });
});

describe("narrative.reason", () => {
  it("warns of an empty reason (主要原因是。), not of one that says something", () => {
    const r = run(
      "公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其他收入减少，主要原因：无此项收入。",
    );
    const f = one(r, "narrative.reason");
    expect([f.severity, f.path?.raw]).toEqual(["warning", "主要原因是"]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "【情况说明】“与2023年预算持平，主要原因是” 之后没有写明原因。",
    );
  });

  it("passes reasons that say something, and is not applicable without any", () => {
    expect(outcome(run("主要原因是厉行节约。"), "narrative.reason")).toBe("pass");
    expect(outcome(run("收入总计1.00万元。"), "narrative.reason")).toBe("not-applicable");
    // template residue is no reason
    expect(outcome(run("XX单位收入总计1.00万元。"), "narrative.reason")).toBe("not-applicable");
    const empty = run("其他收入0.00万元，比上年减少1.00万元，主要原因：。");
    expect(renderFinding(one(empty, "narrative.reason"), profileOf().rules, "en")).toBe(
      '[情况说明] "比上年减少1.00万元，主要原因" is followed by no reason.',
    );
  });
});

describe("narrative.residue", () => {
  it("warns of each piece of template residue", () => {
    const r = run("XX单位2024年收入总计1.00万元，主要用于……等支出，主要原因是（请填写原因）。");
    expect(findings(r, "narrative.residue").map((f) => f.params.residue)).toEqual([
      "XX",
      "……",
      "（请填写原因）",
    ]);
    expect(
      renderFinding(
        one(run("主要原因是待补充。"), "narrative.residue"),
        profileOf().rules,
        "zh-CN",
      ),
    ).toBe("【情况说明】中留有模板占位内容“待补充”（主要原因是待补充）。");
    expect(
      renderFinding(one(run("主要原因是待补充。"), "narrative.residue"), profileOf().rules, "en"),
    ).toBe('[情况说明] still holds the template placeholder "待补充" (主要原因是待补充).');
    expect(outcome(run("主要原因是厉行节约。"), "narrative.residue")).toBe("pass");
    const none = check({ ...disclosure([expenditure], ""), texts: [] });
    expect(outcome(none, "narrative.residue")).toBe("not-applicable");
  });
});

describe("narrative.path with a catalog of another year than the document's", () => {
  const wrongByCatalog =
    "2024年一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）专项业务（项）20.00万元。";
  const unknown =
    "2024年一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）数字政府建设（项）20.00万元。";
  const at = (body: string, year: number) => {
    const r = check(
      disclosure([expenditure], body.replaceAll("2024年", `${year}年`), henan2024, year),
    );
    return [
      outcome(r, "narrative.path"),
      findings(r, "narrative.path").map((f) => [f.severity, f.outcome, f.params.kind]),
    ];
  };

  it("a 项 the catalog alone places under another 款 is a warning in the catalog's year, unverified info in another", () => {
    expect(at(wrongByCatalog, 2024)).toEqual(["fail", [["warning", "fail", "wrong-parent"]]]);
    expect(at(wrongByCatalog, 2025)).toEqual([
      "insufficient-data",
      [["info", "insufficient-data", "wrong-parent"]],
    ]);
    expect(at(wrongByCatalog, 2023)[0]).toBe("insufficient-data");
  });

  it("a 项 the tables print under another 款 stays a warning: the tables are of the document's year", () => {
    const text =
      "2025年一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）558.07万元。";
    expect(at(text, 2025)).toEqual(["fail", [["warning", "fail", "wrong-parent"]]]);
  });

  it("a name no source knows is coverage in the catalog's year, unverified info in another (never an error)", () => {
    expect(at(unknown, 2024)).toEqual(["not-applicable", []]);
    expect(at(unknown, 2026)).toEqual([
      "insufficient-data",
      [["info", "insufficient-data", "unresolved"]],
    ]);
  });

  it("renders the unverified findings with both years", () => {
    const r = check(
      disclosure([expenditure], unknown.replace("2024年", "2025年"), henan2024, 2025),
    );
    const f = one(r, "narrative.path");
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("2024 年的目录中找不到");
    expect(renderFinding(f, profileOf().rules, "en")).toContain("the document is of 2025");
  });
});
