/**
 * The fixtures' 情况说明 as other provinces' and districts' printers word the same facts (北京, 浙江,
 * 广东, 江苏, 四川, 湖北 district 部门预算), each sentence true to the fixture's tables, through the
 * whole checker: no narrative finding above info. A figure falsified in the same wording is still
 * found, and the figures the reader places are shown (the silence is a reading, not a sentence
 * given up on). Found by a fifth probe of invented variants (2026-12-06).
 */
import { describe, expect, it } from "vitest";
import { financeProbe, henanProbe, itFindsAgainst, welfareProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a bracket of words after a measure glosses it (机关运行经费（公用经费）…)", () => {
  it.each([
    ["2024年本部门机关运行经费（公用经费）预算49.68万元。", "operatingCost = 49.68万元"],
    [
      "2024年部门机关运行经费（指行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款基本支出安排的公用经费）49.68万元。",
      "operatingCost = 49.68万元",
    ],
    ["2024年公用经费（机关运行经费）51.68万元。", "spending|nature=basic.public = 51.68万元"],
    ["2024年基本支出（人员经费和公用经费）682.06万元。", "spending|nature=basic = 682.06万元"],
    [
      "2024年“三公”经费（含因公出国（境）费、公务用车购置及运行费和公务接待费）预算6.50万元，比上年减少1.00万元，主要原因是厉行节约。",
      "sanGong = 6.50万元",
    ],
  ])("%s", (body, figure) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([figure]);
  });

  itFindsAgainst(
    henanProbe,
    "a wrong figure after the gloss is found against the measure before it: %s",
    [
      ["2024年本部门机关运行经费（公用经费）预算51.68万元。", /49\.68万元/u],
      [
        "2024年“三公”经费（因公出国（境）费、公务用车购置及运行费、公务接待费）预算2.50万元。",
        /6\.50万元/u,
      ],
      ["2024年基本支出（人员经费和公用经费）630.38万元。", /682\.06万元/u],
    ],
  );
});

describe("a label's colon before its figure (（一）因公出国（境）费：0万元)", () => {
  it.each([
    [
      "（一）因公出国（境）费：0万元；（二）公务用车购置及运行费：4.00万元；（三）公务接待费：2.50万元。",
      [
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
    [
      "收入总计：969.06万元，支出总计：969.06万元。",
      ["revenue.total = 969.06万元", "spending.total = 969.06万元"],
    ],
    [
      "（二）公务接待费：2.50万元，比上年减少1.00万元，下降28.57%，主要原因是厉行节约。",
      ["sanGong|item=reception = 2.50万元"],
    ],
    ["机构运转经费：49.68万元。", ["operatingCost = 49.68万元"]],
    [
      "一般公共服务支出：635.07万元；社会保障和就业支出：73.69万元；卫生健康支出：47.28万元。",
      [
        "spending|functional=201 = 635.07万元",
        "spending|functional=208 = 73.69万元",
        "spending|functional=210 = 47.28万元",
      ],
    ],
    [
      "2024年部门收支预算总额969.06万元，比上年增加134.22万元。\n（一）收入预算：969.06万元，其中一般公共预算拨款收入969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员增加。",
      [
        "revenue = 969.06万元",
        "spending = 969.06万元",
        "revenue = 969.06万元",
        "revenue|fund=gpb = 969.06万元",
      ],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    ["（三）公务接待费：3.50万元。", /“（三）公务接待费：3\.50万元” .*2\.50万元/u],
    ["收入总计：969.60万元。", /“收入总计：969\.60万元” .*969\.06万元/u],
    ["社会保障和就业支出：76.39万元。", /73\.69万元/u],
  ])("a wrong figure after the colon is found, quoted with its label: %s", (body, message) => {
    expect(alarms(body)).toEqual([expect.stringMatching(message)]);
  });
});

describe("a 分别 list after a lead-in naming its whole (“三公”经费中，A、B、C分别为…)", () => {
  it.each([
    [
      "2024年“三公”经费中，因公出国（境）费、公务用车购置及运行费、公务接待费分别为0万元、4.00万元和2.50万元。",
      [
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
    [
      "2024年支出预算中，基本支出、项目支出分别为682.06万元和287.00万元，分别占70.38%和29.62%。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  itFindsAgainst(henanProbe, "a wrong figure of the list is found: %s", [
    [
      "2024年“三公”经费中，因公出国（境）费、公务用车购置及运行费、公务接待费分别为0万元、4.00万元和3.50万元。",
      /2\.50万元/u,
    ],
    ["2024年基本支出中，人员经费、公用经费分别为630.38万元和15.68万元。", /51\.68万元/u],
  ]);

  it("a 三公 item within a nature's lead-in is still its line, not the item (基本支出中，公务接待费…)", () => {
    expect(placed("基本支出中，公务接待费1.50万元。")).toEqual([]);
  });
});

describe("none as other printers word it (未安排…, …未安排, …：无, …为零)", () => {
  it.each([
    ["2024年未安排因公出国（境）费。", ["sanGong|item=abroad = 0万元"]],
    [
      "（一）因公出国（境）费：无。\n（二）公务接待费：2.50万元。",
      ["sanGong|item=abroad = 0万元", "sanGong|item=reception = 2.50万元"],
    ],
    [
      "2024年因公出国（境）费未安排预算，公务用车购置费为零。",
      ["sanGong|item=abroad = 0万元", "sanGong|item=vehicles.purchase = 0万元"],
    ],
    [
      "本部门2024年不安排公务用车购置费，公务用车运行维护费4.00万元。",
      ["sanGong|item=vehicles.purchase = 0万元", "sanGong|item=vehicles.operation = 4.00万元"],
    ],
    ["2024年本部门未安排政府采购预算。", ["procurement = 0万元"]],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    ["2024年公务接待费：无。"],
    ["2024年本单位未安排机关运行经费。"],
    ["因公出国（境）费未安排预算，公务接待费为零。"],
  ])("true of the Shanghai welfare home: %s", (body) => {
    expect(welfareProbe.alarms(body)).toEqual([]);
    expect(welfareProbe.placed(body).length).toBeGreaterThan(0);
  });

  it.each([
    ["2024年未安排公务接待费。", henanProbe, /称没有此项，但表中为 2\.50万元/u],
    ["（三）公务接待费：无。", henanProbe, /“（三）公务接待费：无” 称没有此项/u],
    ["2024年公务用车运行维护费预算为零。", henanProbe, /4\.00万元/u],
    ["2025年本单位未安排机关运行经费。", financeProbe, /2,517\.78万元/u],
    ["2025年因公出国（境）费：无。", financeProbe, /288\.70万元/u],
  ])("a none the tables deny is found: %s", (body, probe, message) => {
    expect(probe.alarms(body)).toEqual([expect.stringMatching(message)]);
  });

  it.each(["公务接待费无明显变化。", "2024年“三公”经费无超支。", "公务接待费比上年增长为零。"])(
    "words after the none word say something else of the measure: %s",
    (body) => {
      expect(alarms(body)).toEqual([]);
      expect(placed(body)).toEqual([]);
    },
  );
});

describe("万元 printed once, after a list's last figure (分别为682.06、287.00万元)", () => {
  it.each([
    [
      "2024年基本支出、项目支出分别为682.06、287.00万元，分别占70.38%、29.62%。",
      ["spending|nature=basic = 682.06万元", "spending|nature=project = 287.00万元"],
    ],
    [
      "2024年“三公”经费6.50万元，其中因公出国（境）费、公务用车购置及运行费、公务接待费分别为0、4.00和2.50万元。",
      [
        "sanGong = 6.50万元",
        "sanGong|item=abroad = 0万元",
        "sanGong|item=vehicles = 4.00万元",
        "sanGong|item=reception = 2.50万元",
      ],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    ["2024年基本支出、项目支出分别为628.06、287.00万元。", /682\.06万元/u],
    [
      "2024年“三公”经费6.50万元，其中因公出国（境）费、公务用车购置及运行费、公务接待费分别为0、3.00、2.50万元。",
      /4\.00万元/u,
    ],
  ])("a wrong figure before the unit is found: %s", (body, table) => {
    expect(alarms(body)).toEqual(expect.arrayContaining([expect.stringMatching(table)]));
  });
});

describe("the Henan 情况说明 rewritten as another district prints it, every class at once", () => {
  const body = [
    "第一部分 2024年部门预算情况说明",
    "一、收支预算总体情况",
    "收入总计：969.06万元，支出总计：969.06万元，比上年各增加134.22万元，增长16.08%，主要原因是人员数量增加，人员经费增加。",
    "二、支出预算情况",
    "2024年支出预算中，基本支出、项目支出分别为682.06、287.00万元，分别占70.38%、29.62%。",
    "三、一般公共预算基本支出情况",
    "2024年一般公共预算基本支出中，人员经费、公用经费分别为630.38和51.68万元。",
    "四、“三公”经费预算情况",
    "2024年“三公”经费预算6.50万元，较上年减少1.00万元，下降13.33%。其中：",
    "1.因公出国（境）费：无，与上年持平；",
    "2.公务用车购置及运行费：4.00万元（其中公务用车购置费未安排，公务用车运行维护费4.00万元），与上年持平；",
    "3.公务接待费：2.50万元，较上年减少1.00万元，主要原因是厉行节约。",
    "五、机关运行经费",
    "2024年机关运行经费（公用经费中的日常运转支出）预算49.68万元，比上年增加6.13万元，增长14.08%，主要原因是按照上级要求开展相关工作。",
    "六、政府采购情况",
    "2024年本部门未安排政府采购预算。",
    "七、国有资产占有使用情况",
    "截至2023年12月31日，本部门共有车辆2辆，其中一般公务用车2辆。",
    "八、绩效目标设置情况",
    "2024年本部门11个项目实行绩效目标管理，涉及资金287.00万元。",
  ].join("\n");

  it("raises no narrative finding and reads the figures of each class", () => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual([
      "revenue.total = 969.06万元",
      "spending.total = 969.06万元",
      "spending|nature=basic = 682.06万元",
      "spending|nature=project = 287.00万元",
      "spending|fund=gpb|nature=basic.personnel = 630.38万元",
      "spending|fund=gpb|nature=basic.public = 51.68万元",
      "sanGong = 6.50万元",
      "sanGong|item=abroad = 0万元",
      "sanGong|item=vehicles = 4.00万元",
      "sanGong|item=vehicles.purchase = 0万元",
      "sanGong|item=vehicles.operation = 4.00万元",
      "sanGong|item=reception = 2.50万元",
      "operatingCost = 49.68万元",
      "procurement = 0万元",
      "spending|nature=project = 287.00万元",
    ]);
  });

  it.each([
    ["分别为682.06、287.00万元", "分别为682.06、278.00万元", /287\.00万元/u],
    ["公务接待费：2.50万元", "公务接待费：3.50万元", /2\.50万元/u],
    [
      "人员经费、公用经费分别为630.38和51.68万元",
      "人员经费、公用经费分别为603.38和51.68万元",
      /630\.38万元/u,
    ],
  ])("a figure falsified in it is found (%s → %s)", (from, to, table) => {
    expect(alarms(body.replace(from, to))).toEqual(
      expect.arrayContaining([expect.stringMatching(table)]),
    );
  });
});
