import { describe, expect, it } from "vitest";
import type { Disclosure } from "../disclosure";
import { henan2024 } from "../templates";
import { checkDisclosure, henan2024Profile, RULES, renderFinding } from ".";
import type { Profile, Rule } from "./types";

const NOTE = "注：因四舍五入原因，表中合计数与分项之和可能存在尾差。";

/** A 三公 table: 合计 against 公务用车 4.00 + 接待 2.60 (three printed figures: ± 0.015 万元). */
const sanGong = (total: string, note?: string, texts: Disclosure["texts"] = []): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { name: "x" },
    units: [],
  },
  tables: [
    {
      kind: "sanGong",
      unit: "万元",
      ...(note === undefined ? {} : { note }),
      rows: [
        {
          key: { kind: "single" },
          cells: {
            total,
            abroad: "",
            vehicles: "4.00",
            "vehicles.purchase": "",
            "vehicles.operation": "4.00",
            reception: "2.60",
          },
        },
      ],
    },
  ],
  texts,
});
const sums = (d: Disclosure, profile: Profile = henan2024Profile) =>
  checkDisclosure(d, { profile, template: henan2024 }).findings.filter(
    (f) => f.ruleId === "sanGong.sum",
  );

describe("a declared rounding (尾差) and the interval of a sum", () => {
  it("without a declaration, a cent off is an error as before", () => {
    const [f] = sums(sanGong("6.59"));
    expect(f?.severity).toBe("error");
    expect(f?.params.rounding).toBeUndefined();
  });

  it("with the note, a gap within ± half a step × (parts + 1) is info, with the reason", () => {
    for (const total of ["6.59", "6.61"]) {
      const [f] = sums(sanGong(total, NOTE));
      expect(f?.severity).toBe("info");
      expect(f?.params).toMatchObject({
        rounding: "declared",
        roundingSlack: "0.015",
        roundingUnit: "万元",
        declaredBy: "note",
      });
    }
    const report = checkDisclosure(sanGong("6.59", NOTE), {
      profile: henan2024Profile,
      template: henan2024,
    });
    expect(report.outcomes.find((o) => o.ruleId === "sanGong.sum")?.outcome).toBe("pass");
    const f = report.findings.find((x) => x.ruleId === "sanGong.sum");
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain(
      "表注说明数据因四舍五入存在尾差，该差额在所涉各数四舍五入的范围（±0.015万元）内，不作为错误。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      "The table's note declares rounding differences",
    );
  });

  it("with the note, a gap beyond the rounding is still an error", () => {
    for (const total of ["6.58", "6.62", "5.60"]) {
      const [f] = sums(sanGong(total, NOTE));
      expect(f?.severity).toBe("error");
      expect(f?.params.rounding).toBeUndefined();
    }
  });

  it("a section of the document may declare it for every table", () => {
    const [f] = sums(
      sanGong("6.59", undefined, [{ title: "名词解释", body: "本报告数据因四舍五入存在尾差。" }]),
    );
    expect(f?.params).toMatchObject({ rounding: "declared", declaredBy: "document" });
  });

  it("a note that declares nothing of the kind changes nothing", () => {
    for (const note of [
      "注：本表增长率按四舍五入保留一位小数。",
      "注：本表合计数与分项之和不存在尾差。",
    ]) {
      const [f] = sums(sanGong("6.59", note));
      expect(f?.severity).toBe("error");
    }
  });

  it("a rule that does not declare `sums` is left as it reports", () => {
    const own = RULES.find((r) => r.id === "sanGong.sum") as Rule;
    const plain: Rule = { ...own, sums: false };
    const profile: Profile = { ...henan2024Profile, rules: [plain] };
    const [f] = sums(sanGong("6.59", NOTE), profile);
    expect(f?.severity).toBe("error");
  });
});
