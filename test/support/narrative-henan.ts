/**
 * The Henan 2024 情况说明 (and the same figures in other districts' words), its variant, and the
 * inputs that write it back with `renderNarrative`: shared by the fast reading tests
 * (test/narrative-read.test.ts, run per mutant) and the whole-check ones
 * (test/narrative-fixtures.test.ts).
 */
import { amount } from "../../src/amount";
import { henan2024Narrative, type NarrativeInputs } from "../../src/narrative";
import { henan2024 } from "../../src/templates";

/** Every Henan figure right, worded as other templates word them. */
export const VARIANT = [
  "一、收入支出预算总体情况",
  "2024年收入总计969.06万元，较上年增加134.22万元，增长16.08%；支出总计969.06万元。增长的主要原因是人员经费增加。",
  "二、收入预算情况",
  "2024年收入预算969.06万元，其中：一般公共预算拨款收入969.06万元，占100.00%。",
  "三、支出预算情况",
  "2024年支出预算969.06万元，其中：基本支出682.06万元，占70.38%；项目支出287.00万元，占29.62%。",
  "四、一般公共预算支出情况",
  "2024年一般公共预算支出969.06万元。按功能分类：“一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）”558.07万元；一般行政管理事务（项）77.00万元；“住房保障支出”科目53.02万元。",
  "五、一般公共预算基本支出情况",
  "2024年一般公共预算基本支出682.06万元，其中：人员经费和公用经费分别为630.38万元、51.68万元，分别占92.42%和7.58%。",
  "六、“三公”经费",
  "2024年“三公”经费预算6.50万元，同比减少1.00万元，下降13.33%。其中：因公出国（境）费0.00万元，与上年持平；公务接待费2.50万元，较上年减少1.00万元，主要原因是厉行节约；公务用车购置及运行维护费4.00万元（其中：公务用车购置费0.00万元，公务用车运行维护费4.00万元），与上年持平。",
  "七、机构运转经费",
  "2024年机构运转经费49.68万元，包括公用经费15.52万元、工会经费5.65万元、职工福利费7.07万元、公务用车运行维护费4.00万元等。",
  "八、政府性基金与国有资本经营预算",
  "本部门2024年没有政府性基金预算拨款安排的支出，也无国有资本经营预算拨款安排的支出。",
  "九、政府采购与绩效",
  "2024年本部门无政府采购预算。纳入绩效目标管理的项目11个，涉及资金287.00万元。",
  "十、国有资产",
  "截至2023年12月31日，本部门共有车辆2辆，其中一般公务用车2辆。",
].join("\n");

/** What `renderNarrative` needs to write the Henan 情况说明 from its tables. */
const reason = "人员数量增加，人员经费增加；按照上级要求，开展相关工作，公用经费增加。";
export const HENAN_INPUTS: NarrativeInputs = {
  template: henan2024Narrative,
  tables: henan2024,
  name: "中共洛阳市涧西区委办公室",
  prior: {
    "spending.total": amount("834.84"),
    gpb: amount("834.84"),
    sanGong: amount("7.50"),
    "sanGong.abroad": amount("0"),
    "sanGong.reception": amount("3.50"),
    "sanGong.vehicles.purchase": amount("0"),
    "sanGong.vehicles.operation": amount("4.00"),
    operatingCost: amount("43.55"),
  },
  reasons: {
    "spending.total": reason,
    gpb: reason,
    "sanGong.reception": "厉行节约，缩减公务接待支出。",
    operatingCost: "按照上级要求，开展相关工作，公用经费增加。",
  },
  assets: {
    asOf: "2023年期末",
    vehicles: 2,
    vehicleCategories: [["一般公务用车", 2]],
    equipment: [
      ["单位价值50万元以上通用设备", 0, "套"],
      ["单位价值100万元以上专用设备", 0, "套"],
    ],
  },
  // the document types the 公务用车 subtotal as 4 (the table prints 4.00)
  printed: { "sanGong.vehicles": "4" },
};
