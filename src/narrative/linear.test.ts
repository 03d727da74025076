import { describe, expect, it } from "vitest";
import { readNarrative } from "./extract";

/**
 * Linear time, shown by counting the reader's elementary steps (characters visited, lexicon
 * probes, tokens handled, look-backs) at n and 10n characters: the ratio must stay near 10, never
 * the 100 or 1000 of a quadratic or cubic reader. No wall clock: `npm run bench` times it.
 */
const PARAGRAPH =
  "中共洛阳市涧西区委办公室 2024年收入总计 969.06万元，支出总计 969.06 万元，与 2023 年预算相比，收支总计各增加134.22 万元，增长 16.08%。其中：基本支出 682.06万元，占 70.38%；项目支出 287.00万元，占 29.62%。“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元。\n";

const INPUTS: Readonly<Record<string, (n: number) => string>> = {
  "realistic paragraphs": (n) => PARAGRAPH.repeat(Math.ceil(n / PARAGRAPH.length)).slice(0, n),
  // the input that took the old percentage reader ≈ 20 s at 16,000 characters
  "执行数为1万元，预算安排2万元， repeated": (n) =>
    "执行数为1万元，预算安排2万元，".repeat(Math.ceil(n / 16)).slice(0, n),
  "a run of digits": (n) => "1".repeat(n),
  "a run of spaces": (n) => " ".repeat(n),
  "digits and grouping commas": (n) => "1,000,".repeat(Math.ceil(n / 6)).slice(0, n),
  "dots and digits": (n) => "1.1.1.1.".repeat(Math.ceil(n / 8)).slice(0, n),
  "open brackets": (n) => "（".repeat(n),
  "path markers with short names": (n) => "名（项）".repeat(Math.ceil(n / 4)).slice(0, n),
  "a name of n characters before （项）": (n) => `${"名".repeat(n - 10)}（项）1.00万元`,
  "quotes before 科目": (n) => `${"“".repeat(n - 10)}科目1.00万元`,
  "a long 科目 name, then many figures in its clause": (n) =>
    `${"名".repeat(n / 2)}（项）${"1万元".repeat(Math.ceil(n / 6))}`.slice(0, n),
  "shares without end": (n) => "其中：基本支出1万元，占50%；".repeat(Math.ceil(n / 16)).slice(0, n),
  "one unbroken sentence of changes": (n) =>
    "比上年增加1万元，增长1%，".repeat(Math.ceil(n / 14)).slice(0, n),
  "分别 lists without end": (n) =>
    "基本支出、项目支出分别为1万元、2万元，分别增长1%，".repeat(Math.ceil(n / 28)).slice(0, n),
  "分别 lists of changes, each with its total": (n) =>
    "人员经费、公用经费分别增加1万元、2万元，合计比上年增加3万元，增长1%、2%，合计增长3%，"
      .repeat(Math.ceil(n / 46))
      .slice(0, n),
  "分别 lists, then figures of their own measures and a measure's total": (n) =>
    "人员经费、公用经费分别为1万元、2万元；项目支出3万元，比上年增长1%；支出合计6万元；"
      .repeat(Math.ceil(n / 44))
      .slice(0, n),
  "其中 after figures of several measures, each part's whole weighed": (n) =>
    "基本支出1万元、项目支出2万元，其中人员经费1万元、公务接待费1万元，占50%；"
      .repeat(Math.ceil(n / 38))
      .slice(0, n),
  "X and ellipsis runs": (n) => "XX……".repeat(Math.ceil(n / 4)).slice(0, n),
  "brackets opened after a figure and never closed, each clause a change": (n) =>
    `公务接待费1万元（含基本支出1万元，${"比上年减少1万元，占5%，（含".repeat(Math.ceil(n / 18))}`.slice(
      0,
      n,
    ),
  "a 主要包括 list opened by a colon without end": (n) =>
    `机关运行经费2万元，主要包括：${"办公费、印刷费1万元；工会经费1万元，增加1万元；".repeat(Math.ceil(n / 25))}`.slice(
      0,
      n,
    ),
  "a list of figures with one unit at its end (`1、2、…、3万元`)": (n) =>
    `${`基本支出、项目支出分别为${"1.5、2和".repeat(Math.ceil(n / 6))}`.slice(0, n - 3)}3万元`,
  "changes through 至, ranges and rates per head": (n) =>
    "由3万元减少1万元至2万元，每人每天1万元至2万元不等，由1万元调整为2万元，"
      .repeat(Math.ceil(n / 38))
      .slice(0, n),
  "a none before a list of measures without end (`未安排A和B和…`)": (n) =>
    `未安排${"因公出国（境）费和".repeat(Math.ceil(n / 9))}公务接待费。`,
  "a none before a list of measures joined by 、": (n) =>
    `本年度未安排${"因公出国（境）费、".repeat(Math.ceil(n / 9))}公务接待费。`,
  "a 除…外 before a none, again and again in one sentence": (n) =>
    `${"除公务接待费外，本部门2024年度因公出国（境）费均未安排，".repeat(Math.ceil(n / 28))}。`,
  "a 除…外, then a none before a list of measures joined by 、": (n) =>
    `除公务接待费外，本年度未安排${"因公出国（境）费、".repeat(Math.ceil(n / 9))}公务用车购置费。`,
  "a none before a list of funds joined by 、 and 和": (n) =>
    `本部门无${"政府性基金预算、国有资本经营预算和".repeat(Math.ceil(n / 17))}财政专户管理资金安排的支出。`,
  "a none before a list of measures joined by 及, quoted": (n) =>
    `未安排${"“三公”经费及".repeat(Math.ceil(n / 7))}公务接待费预算。`,
};

const steps = (text: string): number => {
  const s = { n: 0 };
  readNarrative(text, { year: 2024 }, s);
  return s.n;
};

describe("extractClaims is linear in the text", () => {
  it.each(Object.entries(INPUTS))("%s: 10× the text, at most 11× the steps", (_, make) => {
    const small = steps(make(20_000));
    const large = steps(make(200_000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(11);
    // and a constant number of steps per character, whatever the input (the units' names are
    // looked for in a pass of their own: 8 before it)
    expect(large / 200_000).toBeLessThan(9);
  });
});

describe("extractClaims is linear with the department's units named", () => {
  const options = {
    year: 2024,
    department: { code: "301", name: "某某市某某局" },
    units: [
      { code: "301001", name: "某某市某某局（本级）" },
      { code: "301002", name: "某某市信息中心" },
      { code: "301003", name: "某某市信息中心分中心" },
    ],
  };
  const INPUTS_WITH_UNITS: Readonly<Record<string, (n: number) => string>> = {
    "units named again and again in one sentence, brackets between": (n) =>
      "某某市信息中心支出1万元（某某市某某局本级2万元），本级1万元，所属单位1万元，占5%，"
        .repeat(Math.ceil(n / 44))
        .slice(0, n),
    "a unit's name's first characters without end": (n) =>
      "某某市信息".repeat(Math.ceil(n / 5)).slice(0, n),
    "names of units the tables do not list, each before a figure's subject": (n) =>
      "某某人武部2024年支出1万元；二、某某学校收支预算情况\n收入预算1万元。"
        .repeat(Math.ceil(n / 38))
        .slice(0, n),
    "units' figures in one 其中 list without end (`…1万元、县一中2万元和实验二小3万元`)": (n) =>
      `支出预算9万元，其中：${"某某市信息中心1万元、县一中2万元和实验二小为3万元、".repeat(Math.ceil(n / 30))}`.slice(
        0,
        n,
      ),
    "a name without end ending in a kind of organisation before 收入": (n) =>
      `${"某局".repeat(Math.ceil(n / 2))}收入1万元`.slice(0, n),
  };
  it.each(Object.entries(INPUTS_WITH_UNITS))(
    "%s: 10× the text, at most 11× the steps",
    (_, make) => {
      const count = (text: string) => {
        const s = { n: 0 };
        readNarrative(text, options, s);
        return s.n;
      };
      const small = count(make(20_000));
      const large = count(make(200_000));
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(11);
      expect(large / 200_000).toBeLessThan(12);
    },
  );
});
