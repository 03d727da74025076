/**
 * Zero false alarms on 情况说明 other departments print, checked through the whole checker against
 * the Henan fixture's tables: 类 and 款 named without （类） (in 其中 lists, numbered items, after a
 * fund's lead-in, under a nature's 其中), a table pasted into the text as tab- or space-separated
 * cells, wrapped lines and page furniture inside a sentence, full-width digits and figures in 元.
 * A wrong figure in the same wording is still found.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

/** The narrative findings above info with `body` as the 情况说明 of the Henan fixture's tables. */
const alarms = (body: string): string[] => henanProbe.alarms(body);

const GPB = "2024年一般公共预算支出969.06万元";

describe("类 and 款 named alone before their figures", () => {
  it.each([
    `${GPB}，其中：一般公共服务支出635.07万元，社会保障和就业支出73.69万元，卫生健康支出47.28万元，住房保障支出53.02万元，其他支出160.00万元。`,
    `${GPB}，其中：\n1.一般公共服务支出635.07万元，占65.53%；\n2.社会保障和就业支出73.69万元，占7.60%；\n3.卫生健康支出47.28万元，占4.88%；\n4.住房保障支出53.02万元，占5.47%。`,
    "一般公共预算支出按功能分类，一般公共服务支出635.07万元，占65.53%；社会保障和就业支出73.69万元，占7.60%。",
    "按支出功能分类科目：一般公共服务支出635.07万元，社会保障和就业支出73.69万元。",
    "其中：住房改革支出53.02万元，行政事业单位医疗47.28万元，行政事业单位养老支出73.69万元。",
    "基本支出682.06万元，其中：一般公共服务支出508.07万元。",
    "项目支出287.00万元，其中一般公共服务支出127.00万元，其他支出160.00万元。",
    "一般公共服务支出635.07万元，其中：基本支出508.07万元，项目支出127.00万元。",
    "一般公共服务支出635.07万元，同比增加100.00万元，增长18.69%，主要原因是人员增加。",
    "卫生健康支出47.28万元，占一般公共预算支出的4.88%。",
    `${GPB}，其中：教育支出0万元，科学技术支出0万元。`,
    // a second name and figure in the clause of a path's figure
    "一般公共服务支出（类）635.07万元和社会保障和就业支出73.69万元。",
    "一般公共服务支出（类）635.07万元和其他支出73.69万元。",
    // a use's money, a 其他 under no parent: not read
    "社会保障和就业支出73.69万元，主要用于离退休人员支出21.10万元、机关事业单位基本养老保险缴费支出52.59万元。",
    "项目支出287.00万元，主要用于：一般公共服务支出200.00万元，其他支出87.00万元。",
  ])("%s", (body) => {
    expect(alarms(body)).toEqual([]);
  });

  it.each([
    [`${GPB}，其中：一般公共服务支出653.07万元。`, "635.07万元"],
    ["基本支出682.06万元，其中：一般公共服务支出509.07万元。", "508.07万元"],
    ["项目支出287.00万元，其中一般公共服务支出128.00万元。", "127.00万元"],
    ["其中：住房改革支出35.02万元。", "53.02万元"],
  ])("a wrong figure is found: %s", (body, expected) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(new RegExp(`^narrative\\.amount: .*表中为 ${expected}`, "u")),
    ]);
  });
});

describe("tables pasted as cells, wraps and furniture inside a sentence, other digits and units", () => {
  it.each([
    "项目\t本年预算\t上年预算\n收入合计\t969.06万元\t834.84万元\n支出合计\t969.06万元\t834.84万元",
    "单位：万元\n项目\t2024年预算数\t2023年预算数\t增减额\t增减率\n一般公共服务支出\t635.07\t535.07\t100.00\t18.69%\n合计\t969.06\t834.84\t134.22\t16.08%",
    "一般公共服务支出   635.07   535.07\n社会保障和就业支出   73.69   73.69",
    "收入预算 969.06 万元   比上年 834.84 万元",
    `${GPB}，其中：一般公共服务支出635.07万\n元，社会保障和就业支出73.69万元，卫生健康支\n出47.28万元，住房保障支出53.02万元。`,
    `${GPB}，\n2024年中国共产党洛阳市涧西区委员会办公室部门预算\n其中：一般公共服务支出635.07万元，社会保障和就业支出73.69万元。`,
    "中共洛阳市涧西区委办公室 2024年收入总计 969.06万元，\n— 3 —\n支出总计 969.06 万元，与 2023 年预算相比，收支总计各增加\n134.22 万元，增长 16.08%。主要原因：人员数量增加。",
    "２０２４年收入总计９６９．０６万元，比上年增加１３４．２２万元，增长１６．０８％，主要原因是人员增加。",
    "2024年收入预算9,690,600元，比上年增加1,342,200元，增长16.08%，主要原因是人员增加。",
    "2024年“三公”经费预算6.50万元，其中因公出国（境）费0元，公务用车购置及运行维护费40,000元，公务接待费25,000元。",
    "2024年“三公”经费预算6.50万元，较2023年预算数7.50万元减少1.00万元，同比下降13.33%，主要原因是厉行节约。",
    "2024年机构运转经费预算49.68万元，较2023年预算数增加6.13万元，同比增长14.08%，主要原因是公用经费增加。",
  ])("%s", (body) => {
    expect(alarms(body)).toEqual([]);
  });

  it.each([
    ["项目\t本年预算\t上年预算\n收入合计\t996.06万元\t834.84万元", "969.06万元"],
    ["２０２４年收入总计９６９．６０万元。", "969.06万元"],
    ["2024年收入预算9,690,060元。", "9,690,600元"],
  ])("a wrong figure is found: %s", (body, expected) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(new RegExp(`^narrative\\.amount: .*表中为 ${expected}`, "u")),
    ]);
  });
});
