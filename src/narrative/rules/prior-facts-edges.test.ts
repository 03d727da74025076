import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import type { ClaimSubject } from "../types";
import { priorLookup } from "./prior-facts";
import { disclosure } from "./test-support";

const h = (kind: string) => tableBuilder(henan2024, kind);
/** Last year's 三公 7.50 (接待 3.50, 出国 blank, 公务用车运行 4.00). */
const sanGong: Table = h("sanGong")
  .single({
    total: "7.50",
    abroad: "",
    vehicles: "4.00",
    "vehicles.purchase": "",
    "vehicles.operation": "4.00",
    reception: "3.50",
  })
  .build().value;
/** Last year's 一般公共预算 spending 834.84, the only 财政拨款 it shows. */
const gpb: Table = h("gpbExpenditure").total({ total: "834.84" }).build().value;
const lastYear = (body: string, tables: readonly Table[] = [sanGong, gpb]) =>
  disclosure(tables, body, henan2024, 2023);
const S = (concept: string, coords: ClaimSubject["coords"] = {}) =>
  ({ concept, coords }) as ClaimSubject;
const value = (f: { value: { value: string } | null } | undefined) => f?.value?.value;

describe("priorLookup: last year's printed figures", () => {
  it("a budget answers 上年预算 and not 上年执行数; a 决算 the other way round", () => {
    const budget = priorLookup({ disclosure: lastYear(""), template: henan2024 });
    expect([budget.stage, budget.year]).toEqual(["budget", 2023]);
    expect(value(budget.value(S("sanGong"), "budget"))).toBe("7.50");
    expect(budget.value(S("sanGong"), "execution")).toBeUndefined();
    const final = priorLookup({ disclosure: lastYear(""), template: henan2024, stage: "final" });
    expect(value(final.value(S("sanGong"), "execution"))).toBe("7.50");
    expect(final.value(S("sanGong"), "budget")).toBeUndefined();
  });

  it("a blank cell or a figure nowhere printed is no figure", () => {
    const prior = priorLookup({ disclosure: lastYear(""), template: henan2024 });
    expect(prior.printed(S("sanGong", { item: "abroad" }))).toBeUndefined();
    expect(prior.printed(S("procurement"))).toBeUndefined();
  });

  it("财政拨款 spending through the funds when only 一般公共预算 shows", () => {
    const prior = priorLookup({ disclosure: lastYear(""), template: henan2024 });
    expect(value(prior.printed(S("spending", { fund: "government" })))).toBe("834.84");
  });

  it("takes from last year's text only this year's figures stated as such that no table prints", () => {
    const prior = priorLookup({
      disclosure: lastYear(
        "2023年政府采购预算12.00万元，计划2024年完成。“三公”经费预算7.60万元。本单位共有车辆5辆。",
        [sanGong],
      ),
      template: henan2024,
    });
    expect(value(prior.printed(S("procurement")))).toBe("12.00");
    expect(value(prior.printed(S("sanGong")))).toBe("7.50");
  });

  it("a figure its tables state, even blank, is not taken from its text", () => {
    const prior = priorLookup({
      disclosure: lastYear("因公出国（境）费预算0.50万元。"),
      template: henan2024,
    });
    expect(prior.printed(S("sanGong", { item: "abroad" }))).toBeUndefined();
  });

  it("a 无 in last year's text is no printed figure", () => {
    const prior = priorLookup({
      disclosure: lastYear("本单位无政府采购预算。"),
      template: henan2024,
    });
    expect(prior.printed(S("procurement"))).toBeUndefined();
  });

  it.each([
    ["201", "一般公共服务支出", "300.00"],
    ["208", "社会保障和就业支出", "41.20"],
  ])(
    "a unit's own table bound after the department's is not read: %s %s is no figure of the department",
    (code, name, figure) => {
      const unitTable: Table = h("gpbExpenditure")
        .total({ total: "400.00" })
        .functional(code, name, { total: figure })
        .build().value;
      const prior = priorLookup({
        disclosure: lastYear("", [sanGong, gpb, unitTable]),
        template: henan2024,
      });
      expect(prior.printed(S("spending", { fund: "gpb", functional: code }))).toBeUndefined();
      // the department's own figure is still read
      expect(value(prior.printed(S("spending", { fund: "gpb" })))).toBe("834.84");
    },
  );

  it.each(["0.00", "0"])(
    "a former name's row printed %s above the code's row is residue: last year's 210 is 47.28",
    (zero) => {
      const fiscal: Table = h("fiscalSummary")
        .functional("210", "医疗卫生与计划生育支出", { "spending.total": zero })
        .functional("210", "卫生健康支出", { "spending.total": "47.28" })
        .build().value;
      const prior = priorLookup({
        disclosure: lastYear("", [sanGong, fiscal]),
        template: henan2024,
      });
      const subject = S("spending", { fund: "government", functional: "210" });
      expect(value(prior.printed(subject))).toBe("47.28");
    },
  );
});
