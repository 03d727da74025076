/**
 * A share whose part the text names right before 占 (`基本支出占比70.38%`): that measure's figure is
 * the part, wherever it is printed in the paragraph (before, or right after: `基本支出占70.38%，为
 * 682.06万元`), not the sentence's last figure.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const shares = (text: string) => read(text).claims.filter((c) => c.startsWith("percent"));
const HEAD = "2024年支出合计969.06万元，其中：";

describe("a share's part is the measure named right before 占", () => {
  it.each([
    `${HEAD}基本支出682.06万元，项目支出287.00万元，基本支出占比70.38%。`,
    `${HEAD}基本支出682.06万元、项目支出287.00万元，基本支出所占比重为70.38%。`,
    `${HEAD}基本支出682.06万元，项目支出287.00万元。基本支出占比70.38%。`,
  ])("of a figure before it: %s", (text) => {
    expect(shares(text)).toEqual(["percent share spending|nature=basic 70.38 - p1 w0"]);
  });

  it("each of two, named before each 占", () => {
    expect(
      shares(
        `${HEAD}基本支出682.06万元，项目支出287.00万元；基本支出占比70.38%，项目支出占比29.62%。`,
      ),
    ).toEqual([
      "percent share spending|nature=basic 70.38 - p1 w0",
      "percent share spending|nature=project 29.62 - p2 w0",
    ]);
  });

  it("of the figure named before it, against the whole named after it", () => {
    expect(
      shares(
        "2024年支出合计969.06万元，基本支出682.06万元，项目支出287.00万元，基本支出占支出合计的70.38%，项目支出占29.62%。",
      )[0],
    ).toBe("percent share spending|nature=basic 70.38 - p1 w0");
  });

  it.each([
    [`${HEAD}基本支出占70.38%，为682.06万元；项目支出占29.62%，为287.00万元。`, "p1", "p3"],
    [`${HEAD}基本支出占70.38%，是682.06万元；项目支出占29.62%，是287.00万元。`, "p1", "p3"],
  ])("of a figure right after it: %s", (text, basic, project) => {
    expect(read(text)).toEqual({
      claims: [
        "amount spending 969.06万元 current budget equals [969.06万元]",
        "amount spending|nature=basic 682.06万元 current budget equals [682.06万元]",
        `percent share spending|nature=basic 70.38 - ${basic} w0`,
        "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
        `percent share spending|nature=project 29.62 - ${project} w0`,
      ],
      unplaced: [],
    });
  });

  it("a named part whose figure the sentence never prints has no share placed", () => {
    expect(read(`${HEAD}项目支出287.00万元，基本支出占70.38%。`)).toEqual({
      claims: [
        "amount spending 969.06万元 current budget equals [969.06万元]",
        "amount spending|nature=project 287.00万元 current budget equals [287.00万元]",
      ],
      unplaced: [`no-base false [70.38%] in [${HEAD}项目支出287.00万元，基本支出占70.38%。]`],
    });
  });

  it.each([
    "编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元，占项目支出的95.37%。",
    "项目支出287.00万元，涉及项目预算资金273.71万元，占项目支出的95.37%。",
  ])("%s: a part read as its whole itself has no share placed", (text) => {
    const r = read(text);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.unplaced.some((u) => u.startsWith("no-base false [95.37%]"))).toBe(true);
  });
});
