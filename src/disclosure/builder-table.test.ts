import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { tableBuilder } from "./builder-table";

/** Whether `value` and everything reachable from it is frozen. */
function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

const DEPT = "中国共产党洛阳市涧西区委员会办公室";

describe("tableBuilder: Henan 2024 tables by hand", () => {
  it("builds the 部门支出预算表 with its total, unit and functional rows", () => {
    const r = tableBuilder(henan2024, "expenditure", {
      title: "2024年部门支出预算表",
      number: "03",
    })
      .total({ total: "969.06", basic: "682.06", project: "287.00" }, "合计")
      .org("116", DEPT, { org: "116", total: "969.06", basic: "682.06", project: "287.00" })
      .functional("201 31 01", "行政运行", {
        "code.class": "201",
        "code.section": "31",
        "code.item": "01",
        total: "558.07",
        basic: "508.07",
        "basic.salary": "456.39",
        "basic.goods": "49.68",
        "basic.capital": "2.00",
        project: "50.00",
        "project.operating": "50.00",
      })
      .functional("229-99-99", "其他支出", { total: "160.00", basic: "", project: "160.00" })
      .build();
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.value.kind).toBe("expenditure");
    expect(r.value.unit).toBe("万元"); // the kind's default unit
    expect(r.value.title).toBe("2024年部门支出预算表");
    expect(r.value.number).toBe("03");
    expect(r.value.rows.map((row) => row.key)).toEqual([
      { kind: "total" },
      { kind: "org", code: "116" },
      { kind: "functional", code: "2013101" },
      { kind: "functional", code: "2299999" },
    ]);
    expect(r.value.rows[2]?.name).toBe("行政运行");
    expect(r.value.rows[2]?.cells["basic.salary"]).toBe("456.39");
    expect(r.value.rows[3]?.cells.basic).toBe("");
    expect(isDeepFrozen(r.value)).toBe(true);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it("builds the single-row 三公 table in 元 when asked", () => {
    const r = tableBuilder(henan2024, "sanGong", { unit: "元" })
      .single({
        total: "65,000",
        abroad: "0",
        vehicles: "40,000",
        "vehicles.operation": "40,000",
        reception: "25,000",
      })
      .build();
    expect(r.ok).toBe(true);
    expect(r.value.unit).toBe("元");
    expect(r.value.rows).toEqual([
      {
        key: { kind: "single" },
        cells: {
          total: "65,000",
          abroad: "0",
          vehicles: "40,000",
          "vehicles.operation": "40,000",
          reception: "25,000",
        },
      },
    ]);
  });

  it("an empty 政府性基金 table needs a note: warning without, nothing with", () => {
    const bare = tableBuilder(henan2024, "govFundExpenditure").build();
    expect(bare.ok).toBe(true); // a warning is not an error
    expect(bare.problems).toEqual([
      {
        code: "empty-table-without-note",
        severity: "warning",
        path: ["rows"],
        table: "govFundExpenditure",
      },
    ]);
    const blankNote = tableBuilder(henan2024, "govFundExpenditure").note("  ").build();
    expect(blankNote.problems.map((p) => p.code)).toEqual(["empty-table-without-note"]);
    const noted = tableBuilder(henan2024, "govFundExpenditure")
      .note("本部门2024年无政府性基金预算拨款安排的支出。")
      .build();
    expect(noted.problems).toEqual([]);
    expect(noted.value).toEqual({
      kind: "govFundExpenditure",
      unit: "万元",
      rows: [],
      note: "本部门2024年无政府性基金预算拨款安排的支出。",
    });
  });

  it("an empty table of a kind whose note is optional has no problem", () => {
    expect(tableBuilder(henan2024, "projects").build().problems).toEqual([]);
  });

  it("keeps economic, project, line and indicator rows and table texts", () => {
    const basic = tableBuilder(henan2024, "gpbBasic")
      .economic("301 07", "505 01", "绩效工资", { econ: "30107", gov: "50501", total: "50.00" })
      .economic("302", undefined, "商品和服务支出", { total: "49.68" })
      .build();
    expect(basic.problems).toEqual([]);
    expect(basic.value.rows.map((row) => row.key)).toEqual([
      { kind: "economic", econ: "30107", gov: "50501" },
      { kind: "economic", econ: "302" },
    ]);
    const projects = tableBuilder(henan2024, "projects")
      .project(
        "2024年机关运行经费",
        { type: "其他运转类", total: "50.00" },
        "410305240000000012440",
      )
      .build();
    expect(projects.value.rows[0]?.key).toEqual({
      kind: "project",
      name: "2024年机关运行经费",
      code: "410305240000000012440",
    });
    expect(projects.value.rows[0]?.name).toBe("2024年机关运行经费");
    const targets = tableBuilder(henan2024, "departmentTargets")
      .line("budget.total", { label: "部门预算总额", amount: "969.06" }, "部门预算总额")
      .indicator(0, { level3: "预算执行率", value: "≥90%" })
      .text("annualGoal", "保障机关正常运转")
      .text("annualGoal", "保障机关高效运转")
      .build();
    expect(targets.ok).toBe(true);
    expect(targets.value.rows.map((row) => row.key)).toEqual([
      { kind: "line", line: "budget.total" },
      { kind: "indicator", index: 0 },
    ]);
    expect(targets.value.texts).toEqual({ annualGoal: "保障机关高效运转" });
  });
});

describe("TableBuilder.row: the string shorthand", () => {
  const keyOf = (kind: string, key: string) =>
    tableBuilder(henan2024, kind).row(key, {}).build().value.rows[0]?.key;

  it.each([
    ["expenditure", "total", { kind: "total" }],
    ["sanGong", " single ", { kind: "single" }],
    ["expenditure", "201 31 01", { kind: "functional", code: "2013101" }],
    ["expenditure", "２０１３１０１", { kind: "functional", code: "2013101" }],
    ["expenditure", "116001", { kind: "org", code: "116001" }],
    ["gpbBasic", "30107/50501", { kind: "economic", econ: "30107", gov: "50501" }],
    ["gpbBasic", "302 17", { kind: "economic", econ: "30217" }],
    // Dots between the groups, as printers set codes (the code reader accepts them).
    ["expenditure", "208.05.01", { kind: "functional", code: "2080501" }],
    ["expenditure", "２０８．０５", { kind: "functional", code: "20805" }],
    ["expenditure", "208·05·01", { kind: "functional", code: "2080501" }],
    ["gpbBasic", "301.01", { kind: "economic", econ: "30101" }],
    ["gpbBasic", "302.17/502.01", { kind: "economic", econ: "30217", gov: "50201" }],
    ["expenditure", "org:201", { kind: "org", code: "201" }],
    ["expenditure", "functional:201-31-01", { kind: "functional", code: "2013101" }],
    ["gpbBasic", "economic:30107/50501", { kind: "economic", econ: "30107", gov: "50501" }],
    ["projects", "project:2024年机关运行经费", { kind: "project", name: "2024年机关运行经费" }],
    ["projects", "2024年机关运行经费", { kind: "project", name: "2024年机关运行经费" }],
    ["summary", "line:revenue.gpb", { kind: "line", line: "revenue.gpb" }],
    ["summary", "revenue.gpb", { kind: "line", line: "revenue.gpb" }],
    ["departmentTargets", "indicator:3", { kind: "indicator", index: 3 }],
    ["summary", "其他", { kind: "line", line: "其他" }],
  ])("%s: %s", (kind, key, expected) => {
    expect(keyOf(kind, key)).toEqual(expected);
  });

  it("a malformed code in the shorthand is kept as printed and reported", () => {
    const r = tableBuilder(henan2024, "gpbBasic")
      .row("economic:3O1 02", { total: "1.00" }, "津贴补贴")
      .build();
    expect(r.value.rows[0]?.key).toEqual({ kind: "economic", econ: "3O1 02" });
    expect(r.problems.map((p) => [p.code, p.severity, p.path])).toEqual([
      ["malformed-code", "error", ["rows", 0, "key", "econ"]],
    ]);
    expect(r.ok).toBe(false);
  });

  it("a code printed without a leading zero (301 2) is kept as printed, read as 30102, and reported as a warning", () => {
    const r = tableBuilder(henan2024, "gpbBasic")
      .row("301 2", { total: "1.00" }, "津贴补贴")
      .build();
    expect(r.value.rows[0]?.key).toEqual({ kind: "economic", econ: "301 2" });
    expect(r.problems).toEqual([
      {
        code: "misprinted-code",
        severity: "warning",
        path: ["rows", 0, "key", "econ"],
        table: "gpbBasic",
        row: 0,
        rowKey: "economic:301 2",
        printed: "301 2",
        denotes: "30102",
      },
    ]);
    expect(r.ok).toBe(true);
  });
});

describe("TableBuilder: immutability", () => {
  it("adding a row returns a new builder and leaves the earlier one unchanged", () => {
    const empty = tableBuilder(henan2024, "expenditure");
    const one = empty.total({ total: "1.00" });
    const two = one.functional("2013101", "行政运行", { total: "1.00" });
    const other = one.functional("2080505", "机关事业单位基本养老保险缴费支出", { total: "2.00" });
    expect(empty.build().value.rows).toHaveLength(0);
    expect(one.build().value.rows).toHaveLength(1);
    expect(two.build().value.rows.map((r) => r.name)).toEqual([undefined, "行政运行"]);
    expect(other.build().value.rows.map((r) => r.name)).toEqual([
      undefined,
      "机关事业单位基本养老保险缴费支出",
    ]);
    expect(one.note("x").build().value.note).toBe("x");
    expect(one.build().value.note).toBeUndefined();
  });

  it("builders are frozen and copy the cells they are given", () => {
    const builder = tableBuilder(henan2024, "sanGong");
    expect(Object.isFrozen(builder)).toBe(true);
    const cells: Record<string, string> = { total: "6.50" };
    const withRow = builder.single(cells);
    cells.total = "9.99";
    expect(withRow.build().value.rows[0]?.cells.total).toBe("6.50");
  });

  it("building twice gives equal values", () => {
    const b = tableBuilder(henan2024, "sanGong").single({ total: "6.50" });
    expect(b.build()).toEqual(b.build());
  });
});
