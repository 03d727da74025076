/**
 * Shares as other departments word them, through the whole checker against the Henan fixture's
 * tables (201 一般公共服务支出 635.07 of 一般公共预算支出 969.06 = 65.53%, 208 73.69 = 7.60%, 210
 * 47.28 = 4.88%, 221 53.02 = 5.47%): a 科目's share before its figure, a whole named by a lead-in
 * clause (`…按功能分类，`), a figure after its share opened by other words than 为. No narrative
 * finding above info on a correct text; a wrong figure in each wording is still found (the
 * silence is a reading, not a sentence given up on).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { extractClaims } from "../src/narrative";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { henanProbe } from "./support/narrative-alarms";

const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
/** The narrative findings above info with `body` as the 情况说明 of the Henan fixture's tables. */
const alarms = (body: string): string[] => henanProbe.alarms(body);
/** How many shares the reader placed. */
const shares = (body: string): number =>
  extractClaims(body, {
    year: 2024,
    tables: henan.tables,
    catalog: catalog2024.functional,
  }).claims.filter((c) => c.kind === "percent" && c.relation === "share").length;

const GPB = "2024年一般公共预算支出969.06万元";
const WORDINGS: readonly (readonly [string, number])[] = [
  [
    `${GPB}，其中：一般公共服务支出占65.53%，为635.07万元；社会保障和就业支出占7.60%，为73.69万元；卫生健康支出占4.88%，为47.28万元；住房保障支出占5.47%，为53.02万元。`,
    4,
  ],
  [
    `${GPB}，其中：一般公共服务支出占比65.53%，计635.07万元；社会保障和就业支出占比7.60%，计73.69万元。`,
    2,
  ],
  [`${GPB}，其中：一般公共服务支出所占比重为65.53%，金额635.07万元。`, 1],
  [`${GPB}，其中：一般公共服务支出（类）占65.53%，为635.07万元。`, 1],
  ["一般公共服务支出占一般公共预算支出的65.53%，为635.07万元。", 1],
  [
    "一般公共预算支出按支出功能分类科目划分：一般公共服务支出635.07万元，占65.53%；社会保障和就业支出73.69万元，占7.60%；卫生健康支出47.28万元，占4.88%；住房保障支出53.02万元，占5.47%。",
    4,
  ],
  [
    `${GPB}，从功能分类来看，一般公共服务支出635.07万元，占65.53%；社会保障和就业支出73.69万元，占7.60%。`,
    2,
  ],
  [`${GPB}，分功能科目看，一般公共服务支出635.07万元，占65.53%。`, 1],
  [`${GPB}，按功能科目分：一般公共服务支出635.07万元，占65.53%。`, 1],
  [
    "一般公共预算支出按功能科目划分，一般公共服务支出占65.53%，为635.07万元；社会保障和就业支出占7.60%，为73.69万元。",
    2,
  ],
  [
    `${GPB}，按功能分类，一般公共服务支出635.07万元，占比65.53%；社会保障和就业支出73.69万元，占比7.60%；卫生健康支出47.28万元，占比4.88%；住房保障支出53.02万元，占比5.47%。`,
    4,
  ],
  [
    "2024年一般公共预算基本支出682.06万元，其中：人员经费占92.42%，为630.38万元；公用经费占7.58%，为51.68万元。",
    2,
  ],
  [
    "2024年支出合计969.06万元，其中：基本支出占比70.38%，共682.06万元；项目支出占比29.62%，共287.00万元。",
    2,
  ],
  [
    "本部门2024年支出预算中，基本支出所占比例为70.38%，金额682.06万元；项目支出所占比例为29.62%，金额287.00万元。",
    2,
  ],
  [
    `${GPB}，具体为：一般公共服务支出（类）635.07万元，占65.53%；社会保障和就业支出（类）73.69万元，占7.60%；卫生健康支出（类）47.28万元，占4.88%；住房保障支出（类）53.02万元，占5.47%。`,
    4,
  ],
  [`${GPB}，情况如下：一般公共服务支出635.07万元，占65.53%。`, 1],
];

describe("a share before its figure, or of the whole a lead-in names: read, and no alarm", () => {
  it.each(WORDINGS)("%s", (body, n) => {
    expect(alarms(body)).toEqual([]);
    expect(shares(body)).toBe(n);
  });
});

describe("a wrong figure in each wording is still found", () => {
  /** The first figure among `figures` the text prints, with one digit swapped. */
  const wrong = (body: string): [string, string] => {
    for (const [right, bad] of [
      ["635.07", "653.07"],
      ["630.38", "603.38"],
      ["682.06", "628.06"],
    ] as const)
      if (body.includes(right)) return [body.replace(right, bad), right];
    throw new Error(`no figure to swap in ${body}`);
  };
  it.each(WORDINGS)("the amount: %s", (body) => {
    const [bad, right] = wrong(body);
    expect(alarms(bad)).toContainEqual(
      expect.stringMatching(new RegExp(`^narrative\\.amount: .*${right}`, "u")),
    );
  });

  it.each(WORDINGS)("the share: %s", (body) => {
    const first = body.match(/(\d+)\.(\d)(\d)%/u);
    if (first === null) throw new Error("no share");
    // 65.53% → 65.35%: the last two digits swapped (never equal in these wordings)
    const bad = body.replace(first[0], `${first[1]}.${first[3]}${first[2]}%`);
    expect(alarms(bad)).toContainEqual(expect.stringMatching(/^narrative\.percent: /u));
  });
});
