import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { type Coordinates, type Decomposition, type Fact, factKey } from "../../facts";
import type { AnyFact, DerivedFact } from "../../rules/derive";
import type { RuleContext } from "../../rules/types";
import type { Span } from "../types";
import {
  claimCoords,
  type FactScope,
  phrase,
  readTexts,
  reference,
  tableFacts,
  textCell,
} from "./read";

const printed = (coords: Coordinates, value: string | null, concept = "revenue"): Fact => ({
  concept: concept as Fact["concept"],
  coords,
  value: value === null ? null : amount(value),
  source: { table: "income", row: "total", column: JSON.stringify(coords), raw: value ?? "" },
});
const derived = (coords: Coordinates, value: string, concept = "revenue"): DerivedFact => ({
  concept: concept as Fact["concept"],
  coords,
  value: amount(value),
  table: "income",
  via: { kind: "rollup", column: "total" },
  parts: [],
  sources: [],
});
/** 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营, as the profiles decompose it. */
const GOVERNMENT: Decomposition = {
  id: "fund.government",
  rule: "funds",
  parent: { coords: { fund: "government" } },
  children: [
    { coords: { fund: "gpb" } },
    { coords: { fund: "govFund" } },
    { coords: { fund: "soe" } },
  ],
};
const scope = (facts: readonly AnyFact[], decompositions = [GOVERNMENT]): FactScope => {
  const groups = new Map<string, AnyFact[]>();
  for (const f of facts) {
    const k = factKey(f.concept, f.coords);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return { groups, definitions: { decompositions } };
};
const values = (facts: readonly AnyFact[]) => facts.map((f) => f.value?.value ?? null);

describe("phrase: what a message quotes", () => {
  it("does not stop at a comma grouping thousands", () => {
    const body = "项目支出比上年增加1,200.46万元，与上年持平。收入总计12，345.00万元。";
    expect(phrase(body, span_(body, "1,200.46万元"))).toBe("项目支出比上年增加1,200.46万元");
    expect(phrase(body, span_(body, "12，345.00万元"))).toBe("收入总计12，345.00万元");
    // A comma before fewer or more than three digits still ends a clause.
    const list = "车辆2,3辆";
    expect(phrase(list, span_(list, "3辆"))).toBe("3辆");
  });

  it("goes back over a label's colon right before the figure (`收入总计：969.60万元`)", () => {
    const body = "（一）收入预算： 969.60万元，其中：财政拨款969.06万元。";
    expect(phrase(body, span_(body, "969.60万元"))).toBe("（一）收入预算： 969.60万元");
    // a colon with words after it is a break
    expect(phrase(body, span_(body, "969.06万元"))).toBe("财政拨款969.06万元");
  });

  const body = "收入总计969.06万元，比上年增加134.22万元，增长16.08%。支出总计969.06万元。";
  const span = (text: string, from = 0): Span => {
    const start = body.indexOf(text, from);
    return { start, end: start + text.length, text };
  };

  it("goes back to the clause break, or to further ones, never over a sentence end", () => {
    expect(phrase(body, span("134.22万元"))).toBe("比上年增加134.22万元");
    expect(phrase(body, span("134.22万元"), 2)).toBe("收入总计969.06万元，比上年增加134.22万元");
    expect(phrase(body, span("134.22万元"), 3)).toBe("收入总计969.06万元，比上年增加134.22万元");
    expect(phrase(body, span("16.08%"), 3)).toBe(
      "收入总计969.06万元，比上年增加134.22万元，增长16.08%",
    );
    const second = span("969.06万元", 10);
    expect(phrase(body, second, 2)).toBe("支出总计969.06万元");
    expect(phrase(body, span("969.06万元"))).toBe("收入总计969.06万元");
  });

  it("at most 60 characters back, with its spaces and line breaks made one space", () => {
    const long = `${"一".repeat(70)}969.06万元`;
    const s = { start: 70, end: long.length, text: "969.06万元" };
    expect(phrase(long, s)).toBe(`${"一".repeat(60)}969.06万元`);
    expect(phrase(long, s, 2)).toBe(`${"一".repeat(60)}969.06万元`);
    const spaced = " 比上年  增加\t1.00万元";
    const at = spaced.indexOf("1.00");
    expect(phrase(spaced, { start: at, end: spaced.length, text: "1.00万元" })).toBe(
      "比上年 增加 1.00万元",
    );
    // a line break ends a clause
    expect(phrase("比上年增加\n1.00万元", { start: 6, end: 12, text: "1.00万元" })).toBe(
      "1.00万元",
    );
  });
});

describe("facts of a claim", () => {
  it("last year's figure of a subject is at period prior; a text cell names its span", () => {
    expect(claimCoords({ concept: "revenue", coords: { fund: "gpb" } }, "prior")).toEqual({
      fund: "gpb",
      period: "prior",
    });
    expect(claimCoords({ concept: "revenue", coords: { fund: "gpb" } }, "current")).toEqual({
      fund: "gpb",
    });
    expect(
      textCell(
        { title: "情况说明", body: "收入总计969.06万元" },
        { start: 4, end: 14, text: "969.06万元" },
      ),
    ).toEqual({ table: "text", row: "情况说明", column: "4-14", raw: "969.06万元" });
  });

  it("reference: a printed value first, else a printed blank, else a derived figure", () => {
    const blank = printed({}, null);
    const value = printed({}, "969.06");
    const sum = derived({}, "969.07");
    expect(reference([sum, blank, value])).toBe(value);
    expect(reference([sum, blank])).toBe(blank);
    expect(reference([sum])).toBe(sum);
    expect(reference([])).toBeUndefined();
  });
});

describe("tableFacts: a subject's figures in the tables", () => {
  const government = { concept: "revenue" as const, coords: { fund: "government" as const } };

  it("its own key's printed figures first", () => {
    const own = printed({ fund: "government" }, "950.12");
    expect(
      tableFacts(scope([own, printed({ fund: "gpb" }, "950.12")]), government, "current"),
    ).toEqual([own]);
  });

  it("through the fund decomposition when the other funds are nil (财政拨款 = 一般公共预算)", () => {
    const facts = [printed({ fund: "gpb" }, "950.12"), printed({ fund: "govFund" }, "0.00")];
    expect(values(tableFacts(scope(facts), government, "current"))).toEqual(["950.12"]);
    // 政府性基金 money too: no single fund stands for it
    const two = [printed({ fund: "gpb" }, "950.12"), printed({ fund: "govFund" }, "5.00")];
    expect(tableFacts(scope(two), government, "current")).toEqual([]);
    // last year's: at period prior
    const prior = [printed({ fund: "gpb", period: "prior" }, "900.00")];
    expect(values(tableFacts(scope(prior), government, "prior"))).toEqual(["900.00"]);
    expect(tableFacts(scope(prior), government, "current")).toEqual([]);
  });

  it("a derived figure only when no printed one stands for it through the funds", () => {
    const sum = derived({ fund: "government" }, "950.12");
    const gpb = printed({ fund: "gpb" }, "950.12");
    expect(tableFacts(scope([sum, gpb]), government, "current")).toEqual([gpb]);
    expect(tableFacts(scope([sum]), government, "current")).toEqual([sum]);
    expect(tableFacts(scope([]), government, "current")).toEqual([]);
  });

  it("only a decomposition of that one fund, and only for a subject with a fund", () => {
    const facts = [printed({ fund: "gpb" }, "950.12")];
    const other: Decomposition = { ...GOVERNMENT, parent: { coords: { fund: "unitFunds" } } };
    const wider: Decomposition = {
      ...GOVERNMENT,
      parent: { coords: { fund: "government", nature: "basic" } },
    };
    expect(tableFacts(scope(facts, [other, wider]), government, "current")).toEqual([]);
    expect(tableFacts(scope(facts), { concept: "revenue", coords: {} }, "current")).toEqual([]);
    // a decomposition that finds no figure gives way to the next
    const empty: Decomposition = { ...GOVERNMENT, children: [{ coords: { fund: "soe" } }] };
    expect(values(tableFacts(scope(facts, [empty, GOVERNMENT]), government, "current"))).toEqual([
      "950.12",
    ]);
  });
});

describe("readTexts", () => {
  const ctxOf = (body: string) =>
    ({
      disclosure: { meta: { year: 2024 }, tables: [], texts: [{ title: "情况说明", body }] },
    }) as unknown as RuleContext;

  it("reads each section once per check: the rules of one check share the reading", () => {
    const ctx = ctxOf("2024年收入预算969.06万元。");
    const first = readTexts(ctx);
    expect(readTexts(ctx)).toBe(first);
    expect(first.map((r) => r.section.title)).toEqual(["情况说明"]);
    expect(first[0]?.reading.claims.length).toBeGreaterThan(0);
  });

  it("reads again for another check, with that check's text", () => {
    const a = readTexts(ctxOf("2024年收入预算969.06万元。"));
    const b = readTexts(ctxOf("本单位无政府性基金预算拨款安排的支出。"));
    expect(b).not.toBe(a);
    expect(b[0]?.section.body).toBe("本单位无政府性基金预算拨款安排的支出。");
  });
});

/** The span of `text` in `body` (its first occurrence). */
function span_(body: string, text: string): Span {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text };
}
