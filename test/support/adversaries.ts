/**
 * The adversarial texts the linearity guard (test/support/linear-guard.ts) feeds the scanners of
 * ./scanners.ts: long runs of what scanners treat specially, texts shaped as a 情况说明, and inputs
 * shaped for one reader (指标值, unit lines …). Add one where a new scanner treats a shape specially.
 */

/** An adversarial text of about `n` characters. */
export interface Adversary {
  readonly name: string;
  readonly make: (n: number) => string;
}

/** `unit` repeated to about `n` characters, then `tail`. */
const run =
  (unit: string, tail = "x") =>
  (n: number) =>
    unit.repeat(Math.max(1, Math.floor(n / unit.length))) + tail;

/**
 * Long runs of what scanners treat specially (digits, separators, spaces, brackets, numbering,
 * years, units, table numbers), each ending with a character that rejects, and the inputs
 * issue 11 measured.
 */
export const ADVERSARIES: readonly Adversary[] = [
  ...["1", "１", " ", "\u3000", "\n", ",", ".", "-", "/", "、", "(", "（", "“", "一", "%"].map(
    (c) => ({ name: `${JSON.stringify(c)} × n`, make: run(c) }),
  ),
  ...[
    "1,",
    "1.",
    "201 ",
    "1、",
    "（一）",
    "其中：",
    "2024年",
    "（万元）",
    "预算05表",
    "（续）",
    "1万元，",
    "合 计",
    "本表无基本支出安排，",
    '{"a":',
  ].map((u) => ({ name: `${JSON.stringify(u)} × n/${u.length}`, make: run(u) })),
  { name: "balanced [] nesting", make: (n) => `${"[".repeat(n / 2)}${"]".repeat(n / 2)}` },
  {
    name: "balanced {} nesting",
    make: (n) => `${'{"a":'.repeat(n / 6)}1${"}".repeat(n / 6)}`,
  },
  { name: "执行数…安排… (issue 11)", make: run("执行数为1万元，预算安排2万元，", "") },
  { name: "digits then 万元 (issue 11)", make: (n) => `${"1".repeat(n)} 万元` },
  { name: "spaces then x (issue 11)", make: (n) => `${" ".repeat(n)}x` },
  { name: "a、…、a (issue 11)", make: (n) => `a${"、".repeat(n)}a` },
  {
    name: "决算 五(三) items naming their 项 in the same words",
    make: run("1、a（类）b（款）c（项）。主要用于：c支出。\n", ""),
  },
  { name: "决算 placeholders", make: run("增长（下降）XX，", "") },
  {
    name: "决算 cause years and 共有车辆 (因…于2023年 …共有车辆1辆，其中：…)",
    make: run("因于2023年共有车辆1辆，其中：其他用车1辆；截至2024年，", ""),
  },
  { name: "level marks to the end (名称（类）)", make: run("、（类）", "") },
  { name: "layout words (单位：, 第1页, 栏次)", make: run("单位：第1页栏次1", "") },
];

/**
 * 情况说明 paragraphs of the shapes the text readers treat specially (changes, 类 shares, 三公
 * items, in brackets), their repeated part run on: fed only to the scanners that read a
 * 情况说明 ({@link TEXT_READERS}).
 */
export const TEXT_ADVERSARIES: readonly Adversary[] = [
  ...(
    [
      ["2024年度收入支出总计1万元，与2023年度相比，", "收入增加1万元，"],
      ["2024年度收入支出总计1万元，与2023年度相比，", "增加"],
      ["一般公共预算财政拨款支出1万元，主要用于以下方面：", "a（类）1万元、"],
      // 类 printed without （类）: a plain list, one with a share naming a whole, a mixed one
      ["一般公共预算财政拨款支出1万元，主要用于以下方面：", "a支出1万元、"],
      ["一般公共预算财政拨款支出1万元，主要用于以下方面：", "a支出1万元，占b的"],
      ["一般公共预算财政拨款支出1万元，主要用于以下方面：", "a（类）1万元，其中b支出1万元，占"],
      // 五(三)'s opener in other words; rates said as a part of the budget without their %
      ["一般公共预算财政拨款支出年初预算数为1万元，", "基本支出决算1万元，决算"],
      ["一般公共预算财政拨款支出年初预算为1万元，", "占预算的为年初预算数的"],
      ["三、支出决算情况说明\n2024年度", "支出决算支出决算数"],
      // comparisons whose sentences move no amount, each sentence after the one before
      ["一般公共预算财政拨款支出1万元，占本年支出合计的1%，", "比上年提高1个百分点。"],
      ["一般公共预算财政拨款支出1万元，占本年支出合计的1%，", "一般公共预算财政拨款支出"],
      ["“三公”经费财政拨款支出年初预算为1万元，其中：", "公务接待费决算为1万元。"],
      ["“三公”经费财政拨款支出年初预算为1万元（其中：", "因公出国（境）费（"],
      ["本年收入合计1万元，其中：", "财政拨款收入1万元、"],
      ["本年支出合计1万元，其中：基本支出1万元，分别占", "1%、"],
      ["本年收入合计1万元；\n", "其他收入1万元；\n"],
      ["本年支出合计1万元，", "1万元"],
      ["七、“三公”经费\n“三公”经费决算中，", "公务接待费支出决算支出"],
      ["七、“三公”经费\n“三公”经费决算中，", "公务接待费1万元，占的"],
      ["一般公共预算财政拨款支出年初预算为1万元，主要原因", "，预算执行率"],
      ["七、“三公”经费\n“三公”经费比上年", "增加（"],
      ["本年收入合计1万元，其中：", "a其他收入1万元，占"],
      ["2024年度政府采购支出总额1万元，", "授予中小企业合同金额占政府采购支出总额的"],
      ["2024年度收入合计1万元，", "收入合计"],
      ["机关运行经费支出1万元，与", "2023年度1万元相比，"],
      [
        "一般公共预算财政拨款支出年初预算为1万元，支出决算为1万元。其中：\n1、a（类）b（款）c（项）。年初预算为1万元，支出决算为1万元。",
        "决算数小于持平",
      ],
      [
        "“三公”经费财政拨款支出预算为1万元，支出决算为1万元。\n",
        "（1）公务接待费支出1万元，较上年",
      ],
      ["“三公”经费财政拨款支出预算为1万元，支出决算为1万元。", "与2023年度相比，培训费减少1万元。"],
      ["七、“三公”经费\n年初预算1万元，", "国内公务接待费1万元，"],
      [
        "七、“三公”经费\n“三公”经费财政拨款支出年初预算为1万元，支出决算为1万元，其中：公务接待费决算为1万元。\n比上年",
        "公务接待费比上年减少",
      ],
      // lines a page wrapped, joined into one paragraph: mid-clause, mid-number, mid-unit
      ["本年支出合计1万元，其中：", "基本支出1万元，占1%，项目支出\n"],
      ["一般公共预算财政拨款支出年初预算为", "1\n2"],
      ["七、“三公”经费\n", "1万\n元，"],
      ["  一般公共预算财政拨款支出年初预算为1万元，\n", "　　1.\n39万元。\n"],
      ["本年支出合计1万元，其中：基本支出", "1\n\n- 3 -\n\n"],
      // a page's number and running header between every two lines of one paragraph
      ["2024年度政府采购支出总额1万元，", "1\n- 3 -\n某局2024年度部门决算\n\n"],
      // a running header with no page's number between every two lines of one paragraph
      ["本年支出合计1万元，其中：", "基本支出1\n2024年度部门决算公开\n"],
      // headings and items run into one line, each splitting it
      ["一、收入支出决算总体情况说明", "。二、a情况说明"],
      ["其中：", "：1、情况说明b；（2）"],
      // one paragraph joined from many full lines, split at an item naming its 项 in each
      ["一般公共预算财政拨款支出年初预算为1万元，", "1万元。2、a（项）x，\n"],
      // 比 / 较 that compare with no year, and ones that do without a change
      ["机关运行经费支出1万元，", "比20x较"],
      ["“三公”经费财政拨款支出年初预算为1万元，其中：", "公务接待费决算为1万元，比2023年1万元"],
    ] as const
  ).map(([head, unit]) => ({
    name: `决算 ${head.slice(0, 12)}… then ${JSON.stringify(unit)} × n`,
    make: (n: number) => head + run(unit, "")(n),
  })),
  {
    // each bracket restores what its sentence had before it: the parts list is cut, never copied
    name: "预算 brackets of parts after the parts of one 其中 list",
    make: (n: number) =>
      `2024年支出合计1万元，其中：${run("基本支出1万元（含人员经费1万元、公用经费1万元），", "")(n)}`,
  },
  {
    name: "预算 brackets opened in brackets, then a figure and their closing",
    make: (n: number) => {
      const k = Math.floor(n / 8);
      return `公务接待费1万元${"（含".repeat(k)}基本支出1万元${"）".repeat(k)}，比上年减少1万元。`;
    },
  },
  {
    // a bracket never closed ends with its sentence; each clause in it is read once
    name: "预算 brackets after figures never closed, changes and shares in them",
    make: (n: number) =>
      `公务接待费1万元（含基本支出1万元，${run("比上年减少1万元，占5%，公用经费1万元（含", "")(n)}。`,
  },
  {
    // a list of what a measure is made of, opened by a colon, goes on over every ；
    name: "预算 a 主要包括 list without end",
    make: (n: number) =>
      `机关运行经费2万元，主要包括：${run("办公费1万元；公务接待费1万元等，比上年增加1万元；", "")(n)}`,
  },
  {
    name: "预算 changes through 至, ranges and rates per head, levels moved to",
    make: run(
      "由3万元减少1万元至2万元，每人每天1万元至2万元不等，由1万元调整为2万元，减少1万元，",
      "",
    ),
  },
  {
    // each 均 is of the figures since the one before it, not of every figure of the sentence
    name: "预算 均…持平 after each two figures of one sentence",
    make: (n: number) =>
      `2024年公务接待费与上年相比，${run("公务接待费1万元，公务用车运行费2万元，均与上年持平，", "")(n)}`,
  },
];

/** `head`, then `unit` repeated to about `n` characters, named for the report. */
const shaped = (kind: string, pairs: readonly (readonly [string, string])[]): Adversary[] =>
  pairs.map(([head, unit]) => ({
    name: `${kind} ${head} then ${JSON.stringify(unit)} × n`,
    make: (n: number) => head + run(unit, "")(n),
  }));

/**
 * Shapes one kind of reader treats specially, fed only to the scanners named in `readers`:
 * 指标值 (placeholders, ranges, dates, suffixes, units in brackets), unit lines (a unit and
 * the years, dates and pages printed after it) and a 情况说明's vehicle lists (for the narrative
 * rules: the other adversaries add nothing there to what they give the text section alone).
 */
export const SHAPED_ADVERSARIES: readonly {
  readonly shapes: string;
  readonly readers: readonly string[];
  readonly adversaries: readonly Adversary[];
}[] = [
  {
    shapes: "指标值",
    readers: ["parseIndicatorValue"],
    adversaries: shaped("指标值", [
      ["≥", "X-"],
      ["≥", "X."],
      ["", "X%-"],
      ["≥", "X月"],
      ["≥X", "年X"],
      ["≥90", "%-X"],
      ["85%-90", "%以上"],
      ["≥90", "(%)"],
      ["≥X%", "(Ⅱ类)"],
      ["≥", "(X)"],
      ["2024年", "X月"],
      ["", "2X"],
      ["≥90", "%,≤1"],
      // two bounds with no joiner (`≥90%≤100%`, `≥90%～≤100%`)
      ["≥90", "%≤1"],
      ["≥90%", "～≤"],
      // scope words before the figure (`全年≥12次`)
      ["", "全年"],
      ["全年≥", "累计≥"],
      ["≥1,", "且"],
      ["“≥90%", "。”"],
      ["≥1(次)", "/年("],
      ["12月", "中旬"],
    ]),
  },
  {
    shapes: "unit line",
    readers: ["readUnitLine"],
    adversaries: shaped("unit line", [
      ["单位：万元", "2024年"],
      ["单位：万元", "第1页/"],
      ["单位：万元", "2024-1-"],
      ["单位：万元", "2024年1月1"],
      ["单位：万元", "(第"],
      ["单位：", "万元 1"],
      ["单位：万元", "表1-"],
      ["单位：万元", "附表"],
      ["单位：万元", "预算0"],
    ]),
  },
  {
    // The vehicles by kind summed against their count (src/narrative/rules/vehicle-sums.ts): lists
    // of kinds that never end, lists opened again and again, a count's digits without end.
    shapes: "vehicle lists",
    readers: ["checkDisclosure with the narrative rules (a text section)"],
    adversaries: shaped("vehicle list", [
      ["共有车辆5辆，其中：", "一般公务用车1辆、"],
      ["共有车辆5辆，其中：", "一般公务用车1辆、执法执勤用车1辆；共有车辆2辆，其中"],
      ["共有车辆5辆，其中：一般公务用车", "1"],
      ["共有车辆5辆，其中：", "其他用车1辆，其中"],
      ["", "共有车辆1辆，其中：其他用车1辆。"],
      ["共有车辆5辆，其中：", "（"],
    ]),
  },
];

/** The scanners that read a 情况说明 (budget or 决算). */
export const TEXT_READERS: readonly string[] = [
  "readFinalNarrative",
  "extractClaims (情况说明)",
  "checkDisclosure with the final profile (a text section, heading, department)",
  "checkDisclosure with the narrative rules (a text section)",
];
