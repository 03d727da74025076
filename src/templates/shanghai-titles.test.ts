/**
 * Shanghai documents titling the 财务收支预算总表 as the national form does (`部门收支总表`,
 * `收支预算总表`): read as the Shanghai 收支总表, the 财政拨款收支总表 still its own table.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../printed";
import { shanghai } from "./shanghai";

const kindOf = (title: string) =>
  readPrintedTable(
    { title, unit: "元", headers: ["项目", "合计"], rows: [["合计", "1"]] },
    { template: shanghai, year: 2024 },
  ).kind;

describe("Shanghai 收支总表 titles", () => {
  it.each([
    "2024年部门收支总表",
    "某局2024年单位收支总表",
    "2024年收支总表",
    "2024年部门收支预算总表",
    "某区某局2024年收支预算总表",
    "2024年部门财务收支预算总表",
  ])("%s: summary", (title) => {
    expect(kindOf(title)).toBe("summary");
  });

  it.each([
    "2024年财政拨款收支总表",
    "某局2024年部门财政拨款收支总表",
    "2024年财政拨款收支预算总表",
  ])("%s: still fiscalSummary", (title) => {
    expect(kindOf(title)).toBe("fiscalSummary");
  });
});
