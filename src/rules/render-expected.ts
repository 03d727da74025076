/**
 * The messages of the findings of render.test.ts's scenarios, word for word, per rule id in
 * scenario order: `[zh-CN, en]`, rendered with the scenario's template. Test data (not part of
 * the library, left out of mutation testing like targets-scenarios.ts): each line was read
 * against its scenario, the figures worked out by hand (e.g. totals: 900.00 + 69.06 = 969.06
 * against 969.16 printed, a difference of 0.10; sanGong.bound: 3.22万元 = 32,200元 against
 * 32,210元, −10元). @internal
 */
export const RENDERED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  "template.match": [
    [
      '披露注明的模板是“shanghai”，却按“henan2024”检查：表格会被当作别的表，真实的问题看不到。请用 templateById("shanghai") 取得模板，并用该模板的配置（profileFor）检查。',
      'The disclosure names template "shanghai" but was checked with "henan2024": its tables are read as other kinds and their real problems are not seen. Check it with templateById("shanghai") and that template\'s profile (profileFor).',
    ],
  ],
  "tables.repeated": [
    [
      "第 2 张表《某事业单位2024年一般公共预算“三公”经费预算表》又是一张【一般公共预算“三公”经费预算表】，第 1 张已是：可能是所属单位自己的单位预算表。只检查第一张，这张未检查。",
      'Table 2 ("某事业单位2024年一般公共预算“三公”经费预算表") is another [“Three public expenses”], as table 1 is: perhaps a unit\'s own budget table. Only the first is checked; this one is not.',
    ],
    [
      "第 3 张表又是一张【一般公共预算“三公”经费预算表】，第 1 张已是：可能是所属单位自己的单位预算表。只检查第一张，这张未检查。",
      "Table 3 is another [“Three public expenses”], as table 1 is: perhaps a unit's own budget table. Only the first is checked; this one is not.",
    ],
  ],
  balance: [
    [
      "【部门收支预算表】“收入总计”行「收入/金额」列 为 969.06，按 收入总计 = 支出总计 应为 969.07（【部门收支预算表】“支出总计”行「支出/金额」列（969.07）），相差 -0.01万元。",
      '[Revenue and expenditure summary] line "收入总计", column "收入/金额" is 969.06, but total revenue = total spending gives 969.07 ([Revenue and expenditure summary] line "支出总计", column "支出/金额" (969.07)): a difference of -0.01 万元.',
    ],
  ],
  totals: [
    [
      "【部门收支预算表】“收入总计”行「收入/金额」列 为 969.16，按 收入总计 = 本年收入 + 上年结转结余 应为 969.06（【部门收支预算表】“本年收入合计”行「收入/金额」列（900.00）、【部门收支预算表】“上年结转结余”行「收入/金额」列（69.06）），相差 0.10万元。",
      '[Revenue and expenditure summary] line "收入总计", column "收入/金额" is 969.16, but total revenue = this year + carry-over gives 969.06 ([Revenue and expenditure summary] line "本年收入合计", column "收入/金额" (900.00); [Revenue and expenditure summary] line "上年结转结余", column "收入/金额" (69.06)): a difference of 0.10 万元.',
    ],
  ],
  rollup: [
    [
      "【部门支出预算表】201 行「合计」列 为 1,635.08，按 下级行之和 应为 1,635.07（【部门支出预算表】20131 行「合计」列（1,635.07）），相差 0.01万元。",
      '[Expenditure] row 201, column "合计" is 1,635.08, but the sum of its child rows gives 1,635.07 ([Expenditure] row 20131, column "合计" (1,635.07)): a difference of 0.01 万元.',
    ],
  ],
  nature: [
    [
      "【部门支出预算表】合计行「合计」列 为 969.06，按 合计 = 基本支出 + 项目支出 应为 969.07（【部门支出预算表】合计行「基本支出/小计」列（682.06）、【部门支出预算表】合计行「项目支出/小计」列（287.01）），相差 -0.01万元。",
      '[Expenditure] total row, column "合计" is 969.06, but total = basic + project gives 969.07 ([Expenditure] total row, column "基本支出/小计" (682.06); [Expenditure] total row, column "项目支出/小计" (287.01)): a difference of -0.01 万元.',
    ],
  ],
  funds: [
    [
      "【支出经济分类汇总表】合计行「总计」列 为 100.10，按 合计 = 各资金来源之和 应为 100.00（【支出经济分类汇总表】合计行「一般公共预算/小计」列（80.00）、【支出经济分类汇总表】合计行「事业收入」列（20.00）），相差 0.10万元。",
      '[Expenditure by economic classification] total row, column "总计" is 100.10, but total = Σ fund sources gives 100.00 ([Expenditure by economic classification] total row, column "一般公共预算/小计" (80.00); [Expenditure by economic classification] total row, column "事业收入" (20.00)): a difference of 0.10 万元.',
    ],
  ],
  "same-fact": [
    [
      "【部门支出预算表】合计行「合计」列 为 969.06，按 同一数字在另一处的印刷值 应为 969.05（【部门收支预算表】“本年支出合计”行「支出/金额」列（969.05）），相差 0.01万元。",
      '[Expenditure] total row, column "合计" is 969.06, but the same figure printed elsewhere gives 969.05 ([Revenue and expenditure summary] line "本年支出合计", column "支出/金额" (969.05)): a difference of 0.01 万元.',
    ],
    [
      "【部门收支预算表】“本年支出合计”行「支出/金额」列 为 2,517.78万元，按 同一数字在另一处的印刷值 应为 25,177,789元（【部门支出预算表】合计行「合计」列（25,177,789）），相差 11元，可由不同精度的四舍五入解释。",
      '[Revenue and expenditure summary] line "本年支出合计", column "支出/金额" is 2,517.78 万元; by the same figure printed elsewhere it should be 25,177,789 元 ([Expenditure] total row, column "合计" (25,177,789)); the difference 11 元 is within rounding of the printed precisions.',
    ],
  ],
  projectSplit: [
    [
      "【一般公共预算基本支出预算表】30201 行「本年一般公共预算基本支出/合计」列 为 12.00，不应大于 10.00（【支出经济分类汇总表】30201 行「总计」列（10.00））：基本支出不应超过该科目全部支出。",
      '[General public budget basic expenditure] row 30201, column "本年一般公共预算基本支出/合计" is 12.00, more than 10.00 ([Expenditure by economic classification] row 30201, column "总计" (10.00)): basic spending exceeds all spending on the code.',
    ],
  ],
  "sanGong.sum": [
    [
      "【一般公共预算“三公”经费预算表】「“三公”经费合计」列 为 6.50，按 “三公”经费 = 出国 + 公务用车 + 接待 应为 6.60（【一般公共预算“三公”经费预算表】「公务用车购置及运行费/小计」列（4.00）、【一般公共预算“三公”经费预算表】「公务接待费」列（2.60）），相差 -0.10万元。",
      '[“Three public expenses”] column "“三公”经费合计" is 6.50, but three public expenses = abroad + vehicles + reception gives 6.60 ([“Three public expenses”] column "公务用车购置及运行费/小计" (4.00); [“Three public expenses”] column "公务接待费" (2.60)): a difference of -0.10 万元.',
    ],
  ],
  "sanGong.bound": [
    [
      "“三公”各项不小于其经济科目之和：缺少按经济分类款的支出（三公口径内的资金），无法检查。",
      "Each 三公 item is at least its economic codes: not checked, the tables lack spending by economic 款 in the 三公 funds.",
    ],
    [
      "“三公”各项不小于其经济科目之和：缺少按经济分类款的支出（三公口径内的资金），无法检查。",
      "Each 三公 item is at least its economic codes: not checked, the tables lack spending by economic 款 in the 三公 funds.",
    ],
    [
      "【“三公”经费和机关运行经费预算表】「“三公”经费预算数/公务接待费」列 为 3.22万元，不应小于 32,210元（【一般公共预算基本支出部门预算经济分类预算表】30217 行「一般公共预算基本支出/合计」列（32,210））：“三公”经费含基本和项目支出，不应小于 30217 之和。",
      '[“Three public expenses” and government operating costs] column "“三公”经费预算数/公务接待费" is 3.22 万元, less than 32,210 元 ([General public budget basic expenditure] row 30217, column "一般公共预算基本支出/合计" (32,210)): 三公 covers basic and project money, so it cannot be less than 30217.',
    ],
  ],
  "operatingCost.definition": [
    [
      "【行政（事业）单位机构运转经费预算表】合计行「合计」列 为 49.68，按口径应为 51.68（【部门支出预算表】合计行「基本支出/公用经费/商品和服务支出」列（51.68）），相差 -2.00万元。",
      '[Institutional operating costs] total row, column "合计" is 49.68, but its definition gives 51.68 ([Expenditure] total row, column "基本支出/公用经费/商品和服务支出" (51.68)): a difference of -2.00 万元.',
    ],
    [
      "【行政（事业）单位机构运转经费预算表】合计行「合计」列 为 1,052.00，不应大于 1,051.68（【一般公共预算支出预算表】合计行「基本支出/公用经费/商品和服务支出」列（1,049.68）、【一般公共预算支出预算表】合计行「基本支出/公用经费/资本性支出」列（2.00））：机关运行经费只含行政和参公单位的公用经费。",
      '[Institutional operating costs] total row, column "合计" is 1,052.00, more than 1,051.68 ([General public budget expenditure] total row, column "基本支出/公用经费/商品和服务支出" (1,049.68); [General public budget expenditure] total row, column "基本支出/公用经费/资本性支出" (2.00)): operating costs cover public spending only.',
    ],
    [
      "机构运转经费符合其口径：缺少基本支出公用经费，无法检查。",
      "Operating costs match their definition: not checked, the tables lack basic public spending.",
    ],
  ],
  ofWhich: [
    [
      "【支出经济分类汇总表】合计行「一般公共预算/其中：财政拨款」列 为 85.00，不应大于 80.00（【支出经济分类汇总表】合计行「一般公共预算/小计」列（80.00））：“其中”数大于所属数。",
      '[Expenditure by economic classification] total row, column "一般公共预算/其中：财政拨款" is 85.00, more than 80.00 ([Expenditure by economic classification] total row, column "一般公共预算/小计" (80.00)): a part exceeds its whole.',
    ],
  ],
  "precision.truncated": [
    [
      "【部门收支预算表】“本年支出合计”行「支出/金额」列 为 2,517.77万元，与 25,177,789元（【部门支出预算表】合计行「合计」列（25,177,789））只在截尾（而非四舍五入）时相符。",
      '[Revenue and expenditure summary] line "本年支出合计", column "支出/金额" is 2,517.77 万元: it matches 25,177,789 元 ([Expenditure] total row, column "合计" (25,177,789)) only if truncated, not rounded half-up.',
    ],
  ],
  "code.known": [
    [
      "【一般公共预算基本支出预算表】30298 行「部门预算支出经济分类科目/科目名称」列（其他）：部门经济分类科目 30298 不存在于目录中。",
      '[General public budget basic expenditure] row 30298, column "部门预算支出经济分类科目/科目名称" (其他): departmental code 30298 does not exist in the catalog.',
    ],
    [
      "【部门支出预算表】2013104 行「功能分类科目名称」列（某事务）：功能分类科目 2013104 不在所给的（不完整的）目录中，未能核实。",
      '[Expenditure] row 2013104, column "功能分类科目名称" (某事务): functional code 2013104 is not in the (partial) catalog given: unverified.',
    ],
  ],
  "code.name": [
    [
      "【一般公共预算基本支出预算表】30202 行「部门预算支出经济分类科目/科目名称」列（咨询费）：科目 30202 印作“咨询费”，目录名称为“印刷费”。",
      '[General public budget basic expenditure] row 30202, column "部门预算支出经济分类科目/科目名称" (咨询费): code 30202 is printed as "咨询费", but the catalog names it "印刷费".',
    ],
    [
      "【部门支出预算表】210 行「功能分类科目名称」列（医疗卫生与计划生育支出）：科目 210 印作“医疗卫生与计划生育支出”，这是目录中的别名或旧称（现名“卫生健康支出”）。",
      '[Expenditure] row 210, column "功能分类科目名称" (医疗卫生与计划生育支出): code 210 is printed as "医疗卫生与计划生育支出", an alias or former name (now "卫生健康支出").',
    ],
  ],
  "code.nameConsistent": [
    [
      "科目 210 在 【一般公共预算支出预算表】210 行「功能分类科目名称」列（医疗卫生与计划生育支出） 印作“医疗卫生与计划生育支出”，在别处印作“卫生健康支出”。",
      'Code 210 is printed as "医疗卫生与计划生育支出" at [General public budget expenditure] row 210, column "功能分类科目名称" (医疗卫生与计划生育支出) but as "卫生健康支出" elsewhere.',
    ],
  ],
  "econ.mapping": [
    [
      "【一般公共预算基本支出预算表】30217/50502 行「政府预算支出经济分类科目/科目编码」列（50502）：部门经济分类 30217 对应政府经济分类 50502，但对机关应为 50206。",
      '[General public budget basic expenditure] row 30217/50502, column "政府预算支出经济分类科目/科目编码" (50502): 30217 is paired with 50502, but for 机关 the allowed targets are 50206.',
    ],
    [
      "【一般公共预算基本支出预算表】39909/59999 行「政府预算支出经济分类科目/科目编码」列（59999）：目录中没有部门经济分类 39909 的对应规则，未能核实其对应 59999。",
      '[General public budget basic expenditure] row 39909/59999, column "政府预算支出经济分类科目/科目编码" (59999): the mapping has no rule for 39909; its pair 59999 is unverified.',
    ],
  ],
  "rows.duplicate": [
    [
      "【部门支出预算表】2013101 行：该行与第 1 行重复。",
      "[Expenditure] row 2013101: this row repeats row 1.",
    ],
  ],
  "amount.negative": [
    [
      "【部门支出预算表】合计行「合计」列（-5.00） 为负数。",
      '[Expenditure] total row, column "合计" (-5.00) is negative.',
    ],
  ],
  "table.emptyNote": [
    [
      "【政府性基金支出预算表】为空表，但没有说明。",
      "[Government fund expenditure] is empty but carries no note.",
    ],
  ],
  "cell.blank": [
    [
      "【部门支出预算表】2013101 行「基本支出/小计」列（空） 为空白：没有恒等式确认它为零，按“无数值”处理。",
      '[Expenditure] row 2013101, column "基本支出/小计" (blank) is blank: no identity confirms it is zero, so it is read as "no value".',
    ],
  ],
  "cell.unreadable": [
    [
      "【部门支出预算表】合计行「合计」列（12.3.4）：不是有效的金额。",
      '[Expenditure] total row, column "合计" (12.3.4): not a valid amount.',
    ],
  ],
  "code.misprint": [
    [
      "【一般公共预算基本支出预算表】30102 行：编码印作“301 2”，少了前导 0，按 30102 读取。",
      '[General public budget basic expenditure] row 30102: the code is printed "301 2" without a leading zero; read as 30102.',
    ],
  ],
  "table.note": [
    [
      "【政府性基金支出预算表】注明“注：本单位无政府性基金预算拨款安排的支出，故本表为空表。”，但表中印有金额（如 5.00）。",
      '[Government fund expenditure] notes "注：本单位无政府性基金预算拨款安排的支出，故本表为空表。", but the table prints amounts (e.g. 5.00).',
    ],
    [
      "【国有资本经营支出预算表】的空表说明“注：本单位无政府性基金预算拨款安排的支出，故本表无数据。”说的是另一类预算（政府性基金）。",
      '[State capital operation expenditure]\'s empty-table note "注：本单位无政府性基金预算拨款安排的支出，故本表无数据。" speaks of another budget (政府性基金).',
    ],
  ],
  "presentation.blankZero": [
    [
      "【部门支出预算表】合计行「项目支出/小计」列（空） 为空白，同一数字在 【项目支出预算表】合计行「合计」列（0.00） 印为零。",
      '[Expenditure] total row, column "项目支出/小计" (blank) is blank, while the same figure is printed as zero at [Project expenditure] total row, column "合计" (0.00).',
    ],
  ],
  "project.code": [
    [
      "【项目支出预算表】办公楼维修 行「code」列（4103052400）：项目编码 4103052400 不是 21 位、前 8 位为数字的编码。",
      '[Project expenditure] row 办公楼维修, column "code" (4103052400): project code 4103052400 is not 21 characters with 8 leading digits.',
    ],
    [
      "【项目支出预算表】会议保障 行「code」列（410305230000000012440）：项目编码 410305230000000012440 的年度为 2023，与本预算年度 2024 不同。",
      '[Project expenditure] row 会议保障, column "code" (410305230000000012440): project code 410305230000000012440 carries year 2023, not 2024.',
    ],
  ],
  "targets.money": [
    [
      "【项目绩效目标汇总表】甲 行「项目金额（万元）/资金总额」列：项目“甲”的资金总额为 11.00，项目支出表中为 10.00（【项目支出预算表】甲 行「合计」列（10.00）），相差 1.00万元。",
      '[Project performance targets] row 甲, column "项目金额（万元）/资金总额": the total of project "甲" is 11.00, but the project spending table gives 10.00 ([Project expenditure] row 甲, column "合计" (10.00)), a difference of 1.00 万元.',
    ],
    [
      "各项目绩效目标资金等于项目支出表金额：缺少项目支出表，无法检查。",
      "Each project's target money equals its project spending: not checked, the tables lack a project spending table.",
    ],
  ],
  "targets.sum": [
    [
      "【项目绩效目标汇总表】甲 行「项目金额（万元）/资金总额」列：1 个项目的绩效目标资金合计为 30.00，项目支出为 20.00（【部门支出预算表】合计行「项目支出/小计」列（20.00）），相差 10.00万元。",
      '[Project performance targets] row 甲, column "项目金额（万元）/资金总额": the target money of 1 project is 30.00, but project spending gives 20.00 ([Expenditure] total row, column "项目支出/小计" (20.00)), a difference of 10.00 万元.',
    ],
  ],
  "targets.coverage": [
    [
      "【项目绩效目标汇总表】甲 行「项目单位（项目名称）」列：项目“甲”的绩效目标没有任何指标。",
      '[Project performance targets] row 甲, column "项目单位（项目名称）": the targets of project "甲" list no indicator.',
    ],
    [
      "【项目支出预算表】乙 行「合计」列：项目“乙”没有绩效目标。",
      '[Project expenditure] row 乙, column "合计": project "乙" has no performance targets.',
    ],
    [
      "【项目绩效目标汇总表】丙 行「项目单位（项目名称）」列：项目“丙”有绩效目标，但项目支出表中没有这个项目。",
      '[Project performance targets] row 丙, column "项目单位（项目名称）": project "丙" has targets but is not in the project spending table.',
    ],
    [
      "每个项目都有绩效目标：缺少绩效目标，无法检查。",
      "Every project has performance targets: not checked, the tables lack performance targets.",
    ],
  ],
  "targets.budget": [
    [
      "【部门（单位）整体绩效目标表】“部门预算总额”行「金额」列：预算情况“资金总额”为 969.06，部门预算中为 969.16（【部门收支预算表】“收入总计”行「收入/金额」列（969.16）），相差 -0.10万元。",
      '[Department-wide performance targets] line "部门预算总额", column "金额": budget line "total" is 969.06, but the disclosure gives 969.16 ([Revenue and expenditure summary] line "收入总计", column "收入/金额" (969.16)), a difference of -0.10 万元.',
    ],
    [
      "【部门（单位）整体绩效目标表】“单位资金”行「金额」列：预算情况“单位资金”可能含上年结转，也可能只是本年收入，而本部门印有可能属于该来源的上年结转：无法与本年收入比较，未检查。",
      '[Department-wide performance targets] line "单位资金", column "金额": budget line "unit funds" may hold last year\'s carry-over or this year\'s money only, and the disclosure prints carry-over that may be of that source: it cannot be compared with this year\'s revenue, not checked.',
    ],
  ],
  "targets.indicators": [
    [
      "【项目绩效目标汇总表】甲 行「绩效指标/指标值」列（项目“甲”）：指标“社会效益”：指标值“≥”无效：比较符号后缺少数值。",
      '[Project performance targets] row 甲, column "绩效指标/指标值" (project "甲"): indicator "社会效益": invalid indicator value "≥": a comparison without a number after it.',
    ],
    [
      "【项目绩效目标汇总表】项目“甲”的指标行「绩效指标/指标值」列：指标“数量”没有指标值。",
      '[Project performance targets] an indicator row of project "甲", column "绩效指标/指标值": indicator "数量" has no value.',
    ],
    [
      "【项目绩效目标汇总表】甲 行「项目单位（项目名称）」列（项目“甲”）：没有满意度指标。",
      '[Project performance targets] row 甲, column "项目单位（项目名称）" (project "甲"): no satisfaction (满意度) indicator.',
    ],
    [
      "【项目绩效目标汇总表】乙 行「项目单位（项目名称）」列（项目“乙”）：没有产出指标。",
      '[Project performance targets] row 乙, column "项目单位（项目名称）" (project "乙"): no output (产出) indicator.',
    ],
    [
      "【项目绩效目标汇总表】乙 行「项目单位（项目名称）」列（项目“乙”）：没有满意度指标。",
      '[Project performance targets] row 乙, column "项目单位（项目名称）" (project "乙"): no satisfaction (满意度) indicator.',
    ],
    [
      "【绩效目标】projects/0 name：项目名称为空。",
      "[targets] projects/0 name: the project has no name.",
    ],
    [
      "【绩效目标】projects/0 indicators/0/level1：指标“无类别”没有一级指标。",
      '[targets] projects/0 indicators/0/level1: indicator "无类别" has no 一级 (level-1 category).',
    ],
    [
      "【绩效目标】projects/0 indicators/1/level1：指标体系（project2021）中没有一级指标“决策指标”（本库未收录，不是文件的错误）。",
      '[targets] projects/0 indicators/1/level1: framework project2021 has no 一级 "决策指标" (a gap of the library, not of the document).',
    ],
    [
      "【绩效目标】projects/0 indicators/2/level2：指标体系（project2021）中一级指标“产出指标”下没有二级指标“满意度”（本库未收录，不是文件的错误）。",
      '[targets] projects/0 indicators/2/level2: framework project2021 has no 二级 "满意度" under "产出指标" (a gap of the library, not of the document).',
    ],
  ],
  "targets.formMoney": [
    [
      "【项目绩效目标汇总表】甲 行「项目金额（万元）/资金总额」列（项目“甲”）：政府预算资金 + 财政专户管理资金 + 单位资金 = 9.00，与资金总额 10.00 相差 1.00。",
      '[Project performance targets] row 甲, column "项目金额（万元）/资金总额" (project "甲"): government funds + special-account funds + unit funds = 9.00, not the total 10.00 (a difference of 1.00).',
    ],
    [
      "【绩效目标】projects/0 money/other（项目“乙”）：其他资金：金额“1,0”无效：第 2 个字符处的千位分隔符位置不对（小数点前应每三位一组）。",
      '[targets] projects/0 money/other (project "乙"): other funds: invalid amount "1,0": the thousands separator at character 2 is misplaced (groups of three digits before the point).',
    ],
    [
      "【绩效目标】projects/0 money/grant（项目“乙”）：财政拨款 6.00 大于资金总额 5.00。",
      '[targets] projects/0 money/grant (project "乙"): grant 6.00 is more than the total 5.00.',
    ],
    [
      "【绩效目标】department budget/total：基本支出 + 项目支出 = 969.07，与资金总额 969.06 相差 -0.01。",
      "[targets] department budget/total: basic spending + project spending = 969.07, not the total 969.06 (a difference of -0.01).",
    ],
  ],
};
