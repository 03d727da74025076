/**
 * The message tests' scenarios (render.test.ts), per rule id of RULES: one small disclosure (or
 * several) that makes the rule report, each checked with that rule alone. Test data (not part of
 * the library, left out of mutation testing like targets-scenarios.ts and render-expected.ts);
 * render-expected.ts holds their findings' messages word for word. @internal
 */
import { type Table, type Targets, tableBuilder, type UnitType } from "../disclosure";
import { henan2024, shanghai, type Template } from "../templates";
import { nationalProfile, shanghaiProfile } from "./profiles";
import { TARGET_SCENARIOS } from "./targets-scenarios";
import type { Profile } from "./types";

/** A scenario: the tables (and text, targets) of one disclosure, and how to check it. @internal */
export interface Scenario {
  readonly tables: readonly Table[];
  readonly profile?: Profile;
  readonly template?: Template;
  readonly catalog?: true;
  readonly unitType?: UnitType;
  readonly text?: string;
  /** The template the disclosure's meta names, when not the one checked against. */
  readonly named?: string;
  readonly targets?: Targets;
}

const h = (kind: string, unit?: "元") =>
  tableBuilder(henan2024, kind, unit === undefined ? {} : { unit });
const s = (kind: string) => tableBuilder(shanghai, kind);

const SAN_GONG = { total: "6.50", abroad: "", vehicles: "4.00", reception: "2.50" };

/** Per rule id, the disclosures that make it report (each its own check). @internal */
export const SCENARIOS: Readonly<Record<string, readonly Scenario[]>> = {
  "template.match": [{ tables: [], named: "shanghai" }],
  "tables.repeated": [
    {
      tables: [
        h("sanGong").single(SAN_GONG).build().value,
        {
          ...h("sanGong").single({ total: "0.00", reception: "0.00" }).build().value,
          title: "某事业单位2024年一般公共预算“三公”经费预算表",
        },
        h("sanGong").single({ total: "1.00", reception: "1.00" }).build().value,
      ],
    },
  ],
  balance: [
    {
      tables: [
        h("summary")
          .line("revenue.total", { "income.amount": "969.06" })
          .line("spending.total", { "spending.amount": "969.07" })
          .build().value,
      ],
    },
  ],
  totals: [
    {
      tables: [
        h("summary")
          .line("revenue", { "income.amount": "900.00" })
          .line("revenue.carryover", { "income.amount": "69.06" })
          .line("revenue.total", { "income.amount": "969.16" })
          .build().value,
      ],
    },
  ],
  rollup: [
    {
      tables: [
        h("expenditure")
          .functional("201", "一般公共服务支出", { total: "1,635.08" })
          .functional("20131", "党委办公厅（室）及相关机构事务", { total: "1,635.07" })
          .build().value,
      ],
    },
  ],
  nature: [
    {
      tables: [
        h("expenditure").total({ total: "969.06", basic: "682.06", project: "287.01" }).build()
          .value,
      ],
    },
  ],
  funds: [
    {
      tables: [
        h("economicSummary")
          .total({
            total: "100.10",
            gpb: "80.00",
            govFund: "",
            soe: "",
            specialAccount: "",
            business: "20.00",
            superior: "",
            affiliated: "",
            operating: "",
            other: "",
          })
          .build().value,
      ],
    },
  ],
  "same-fact": [
    {
      tables: [
        h("expenditure").total({ total: "969.06" }).build().value,
        h("summary").line("spending", { "spending.amount": "969.05" }).build().value,
      ],
    },
    {
      // rounding across units (info)
      tables: [
        h("expenditure", "元").total({ total: "25,177,789" }).build().value,
        h("summary").line("spending", { "spending.amount": "2,517.78" }).build().value,
      ],
    },
  ],
  projectSplit: [
    {
      tables: [
        h("economicSummary").row("30201", { total: "10.00" }, "办公费").build().value,
        h("gpbBasic").row("30201", { total: "12.00" }, "办公费").build().value,
      ],
    },
  ],
  "sanGong.sum": [
    {
      tables: [
        h("sanGong")
          .single({ ...SAN_GONG, reception: "2.60" })
          .build().value,
      ],
    },
  ],
  "sanGong.bound": [
    {
      tables: [
        h("sanGong").single(SAN_GONG).build().value,
        h("gpbBasic").row("30217", { total: "3.00" }, "公务接待费").build().value,
      ],
    },
    { tables: [h("sanGong").single(SAN_GONG).build().value] },
    {
      // 3.22万元 against 32,210元: rounding across units (info)
      profile: shanghaiProfile,
      template: shanghai,
      tables: [
        s("sanGongAndOperating")
          .single({ total: "3.22", abroad: "", reception: "3.22", vehicles: "" })
          .build().value,
        s("gpbBasic").row("302 17", { total: "32,210" }, "公务接待费").build().value,
      ],
    },
  ],
  "operatingCost.definition": [
    {
      tables: [
        h("operatingCost").total({ total: "49.68" }).build().value,
        h("expenditure").total({ "basic.goods": "51.68" }).build().value,
      ],
    },
    {
      profile: nationalProfile,
      tables: [
        h("operatingCost").total({ total: "1,052.00" }).build().value,
        h("gpbExpenditure").total({ "basic.goods": "1,049.68", "basic.capital": "2.00" }).build()
          .value,
      ],
    },
    { tables: [h("operatingCost").total({ total: "49.68" }).build().value] },
  ],
  ofWhich: [
    { tables: [h("economicSummary").total({ gpb: "80.00", "gpb.grant": "85.00" }).build().value] },
  ],
  "precision.truncated": [
    {
      tables: [
        h("expenditure", "元").total({ total: "25,177,789" }).build().value,
        h("summary").line("spending", { "spending.amount": "2,517.77" }).build().value,
      ],
    },
  ],
  "code.known": [
    {
      catalog: true,
      tables: [
        h("gpbBasic").row("30298", { total: "1.00" }, "其他").build().value,
        h("expenditure").functional("2013104", "某事务", { total: "1.00" }).build().value,
      ],
    },
  ],
  "code.name": [
    {
      catalog: true,
      tables: [
        h("gpbBasic").row("30202", { total: "1.00" }, "咨询费").build().value,
        h("expenditure").functional("210", "医疗卫生与计划生育支出", { total: "1.00" }).build()
          .value,
      ],
    },
  ],
  "code.nameConsistent": [
    {
      tables: [
        h("expenditure").functional("210", "卫生健康支出", { total: "1.00" }).build().value,
        h("gpbExpenditure").functional("210", "医疗卫生与计划生育支出", { total: "1.00" }).build()
          .value,
      ],
    },
  ],
  "econ.mapping": [
    {
      catalog: true,
      tables: [
        h("gpbBasic")
          .row("30217/50502", { total: "1.00" }, "公务接待费")
          .row("39909/59999", { total: "1.00" }, "经常性赠与")
          .build().value,
      ],
    },
  ],
  "rows.duplicate": [
    {
      tables: [
        h("expenditure")
          .functional("2013101", "行政运行", { total: "1.00" })
          .functional("2013101", "行政运行", { total: "1.00" })
          .build().value,
      ],
    },
  ],
  "amount.negative": [{ tables: [h("expenditure").total({ total: "-5.00" }).build().value] }],
  "table.emptyNote": [{ tables: [h("govFundExpenditure").build().value] }],
  "cell.blank": [
    {
      tables: [
        h("expenditure").functional("2013101", "行政运行", { total: "1.00", basic: "" }).build()
          .value,
      ],
    },
  ],
  "cell.unreadable": [
    {
      tables: [h("expenditure").total({ total: "12.3.4", extra: "1.00" }).build().value],
    },
  ],
  "code.misprint": [
    { tables: [h("gpbBasic").row("301 2", { total: "1.00" }, "津贴补贴").build().value] },
  ],
  "table.note": [
    {
      // an empty-table note under a table that prints amounts
      tables: [
        h("govFundExpenditure")
          .total({ total: "5.00" })
          .note("注：本单位无政府性基金预算拨款安排的支出，故本表为空表。")
          .build().value,
      ],
    },
    {
      // a 国有资本经营 table whose empty-table note speaks of 政府性基金
      tables: [
        h("soeExpenditure").note("注：本单位无政府性基金预算拨款安排的支出，故本表无数据。").build()
          .value,
      ],
    },
  ],
  "presentation.blankZero": [
    {
      tables: [
        // 项目支出 blank in the 支出表, 0.00 in the 项目支出表
        h("expenditure").total({ total: "969.06", basic: "969.06", project: "" }).build().value,
        h("projects").total({ total: "0.00" }).build().value,
      ],
    },
  ],
  "project.code": [
    {
      tables: [
        h("projects")
          .project("办公楼维修", { total: "1.00" }, "4103052400")
          .project("会议保障", { total: "1.00" }, "410305230000000012440")
          .build().value,
      ],
    },
  ],
  ...TARGET_SCENARIOS,
};
