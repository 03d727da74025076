/**
 * A line table's side printing zeros beside no label (`| | 0.00 | | 0.00 |`, a form's empty line
 * filled with zeros by another printer): it states nothing, so it is kept and reported as coverage
 * (`unplaced-row`, info), never as a warning. A figure beside no label is still a warning, and a
 * total its lines do not add up to is still caught.
 */
import { describe, expect, it } from "vitest";
import type { Profile } from "../rules";
import type { Template } from "../templates";
import {
  serious as aboveInfo,
  checkAlone,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided as table,
} from "./test-support";
import type { PrintedTable } from "./types";

const summary = (blank: string[], total = "100.00") =>
  table("2025年部门收支总表", [
    ["一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "70.00"],
    ["", "", "二、城乡社区支出", "30.00"],
    blank,
    ["本年收入合计", total, "本年支出合计", "100.00"],
    ["收入总计", total, "支出总计", "100.00"],
  ]);

const serious = (p: PrintedTable, template: Template, profile: Profile) => {
  const r = readUnder(p, template);
  if (r.table === undefined) throw new Error(p.title);
  return aboveInfo(checkAlone([r.table], { template, profile, documentKind: "部门" }));
};

const ZEROS: readonly (readonly string[])[] = [
  ["", "0.00", "", "0.00"],
  ["", "0", "", "-"],
  ["", "0.00", "", ""],
  ["", "", "", "0.00"],
  ["　", "-0.00", "", "0.00"],
];

describe("zeros beside no label in a line table", () => {
  describe.each(TEMPLATES)("under %s", (_, template, profile) => {
    it.each(ZEROS)("| %s | %s | %s | %s |: kept, reported as coverage", (...blank) => {
      const p = summary(blank);
      const r = readUnder(p, template);
      expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
      const coverage = r.problems.filter((x) => x.code === "unplaced-row");
      expect(coverage.length).toBeGreaterThan(0);
      expect(coverage.every((x) => x.severity === "info" && x.path.row === 2)).toBe(true);
      expect(serious(p, template, profile)).toEqual([]);
    });

    it("a figure beside no label is still a warning", () => {
      const r = readUnder(summary(["", "5.00", "", "0.00"]), template);
      expect(
        r.problems.filter((x) => x.code === "unplaced-row" && x.severity === "warning"),
      ).toHaveLength(1);
    });

    it("a 收入总计 its lines do not add up to is still caught beside the zeros", () => {
      const p = summary(["", "0.00", "", "0.00"], "110.00");
      expect(serious(p, template, profile).length).toBeGreaterThan(0);
    });
  });
});
