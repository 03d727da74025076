/**
 * A project form (申报表, one project a table: label / content pairs, then its indicator grid in the
 * same table) printed under a title a table of projects shares, read with a template that knows no
 * form (Henan's, the national minimum): its labels fill the project column. Before, the rows after
 * the form's labels (the grid's `一级指标` header, `产出指标`, `满意度指标` …) were read as projects:
 * `targets.coverage` warned of targets of no project, and of projects without targets, on a correct
 * document. Then the form was left unread (a gap of the reading); now, printed as one grid (its
 * labels, then its indicator grid's header row), it is read as a table of its one project
 * (`printed/form-grid.ts`), a form's title (`申报表`) listing some projects only.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import type { Disclosure, Table } from "../../disclosure";
import { readTargets } from "../../performance";
import { readPrintedTable } from "../../printed";
import { henan2024, nationalMinimum, type Template } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";

const read = (title: string, headers: string[], rows: string[][], template: Template): Table => {
  const r = readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );
  if (r.table === undefined) throw new Error(title);
  return r.table;
};

/** A form of one project, its first row taken for the headers; its grid headed as `grid`. */
function form(
  template: Template,
  name: string,
  money: string,
  grid: readonly string[],
  title = "2025年项目支出绩效目标申报表",
): Table {
  return read(
    title,
    ["项目名称", name, "", ""],
    [
      ["主管部门", "某县教育局", "实施单位", "某县第一中学"],
      ["项目资金（万元）", "年度资金总额", money, ""],
      ["", "其中：财政拨款", money, ""],
      ["", "其他资金", "", ""],
      ["年度绩效目标", "完成全年任务", "", ""],
      [...grid],
      ["产出指标", "数量指标", "完成数量", "≥1项"],
      ["", "质量指标", "验收合格率", "100%"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ],
    template,
  );
}

const projects = (template: Template) =>
  read(
    "2025年项目支出表",
    ["项目名称", "项目类型", "合计"],
    [
      ["合计", "", "160.00"],
      ["校舍维修", "特定目标类", "40.00"],
      ["学生资助", "特定目标类", "120.00"],
    ],
    template,
  );

function check(template: Template, tables: Table[]) {
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { name: "某县教育局" },
      units: [],
    },
    tables: [projects(template), ...tables],
    texts: [],
  };
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  return {
    projects: readTargets(tables, template).targets?.projects.map((p) => p.name) ?? [],
    findings: checkDisclosure(d, { profile, template })
      .findings.filter((f) => f.severity !== "info")
      .map((f) => [f.ruleId, String(f.params.project ?? "")]),
  };
}

const TEMPLATES = [
  ["henan2024", henan2024],
  ["nationalMinimum", nationalMinimum],
] as const;

describe.each(TEMPLATES)("%s: project forms under a title of a table of projects", (_, t) => {
  it.each([
    [["一级指标", "二级指标", "三级指标", "指标值"]],
    [["绩效指标", "二级指标", "三级指标", "指标值"]],
    [["指标类别", "二级指标", "指标名称", "目标值"]],
  ])("grid headed %j: each form's project read, nothing to report", (grid) => {
    const forms = [form(t, "校舍维修", "40.00", grid), form(t, "学生资助", "120.00", grid)];
    expect(check(t, forms)).toEqual({ projects: ["校舍维修", "学生资助"], findings: [] });
  });

  it("under 项目支出绩效目标表: the form's project read, as a table of that one project is", () => {
    const grid = ["一级指标", "二级指标", "三级指标", "指标值"];
    const title = "2025年项目支出绩效目标表";
    const forms = [form(t, "校舍维修", "40.00", grid, title)];
    // Henan's 项目支出绩效目标表 lists every project (the national minimum requires no targets for
    // every one): the other project's missing targets are found there, as they are when the one
    // project is printed as a row of a table of projects under that title.
    const coverage = t === henan2024 ? [["targets.coverage", "学生资助"]] : [];
    expect(check(t, forms)).toEqual({ projects: ["校舍维修"], findings: coverage });
  });

  it.each([
    [
      [
        ["项目主管部门", "某县教育局", "项目实施单位", "某县第一中学"],
        ["资金情况（万元）", "年度资金总额（万元）", "40.00", ""],
        ["", "其中：财政资金", "40.00", ""],
        ["绩效目标", "完成全年任务", "", ""],
      ],
    ],
    [
      [
        ["项目概况", "维修教学楼", "", ""],
        ["立项依据", "县政府文件", "", ""],
        ["项目资金情况(万元)", "40.00", "", ""],
        ["长期目标", "三年完成", "", ""],
        ["年度目标", "完成当年任务", "", ""],
      ],
    ],
    [
      [
        ["部门名称", "某县教育局", "", ""],
        ["项目属性", "经常性项目", "项目期限", "1年"],
        ["预算金额（万元）", "40.00", "", ""],
      ],
    ],
    [
      [
        ["单位名称", "某县第一中学", "", ""],
        ["资金总额（元）", "400000.00", "", ""],
        ["实施期绩效目标", "三年完成", "", ""],
      ],
    ],
    [
      [
        ["申报单位", "某县第一中学", "", ""],
        ["经办人", "张三", "联系方式", "12345678"],
        ["主管部门", "某县教育局", "", ""],
        ["年度资金总额", "40.00", "", ""],
      ],
    ],
  ])("a form of other labels %#: its project read, nothing to report", (labels) => {
    const table = read(
      "2025年项目支出绩效目标申报表",
      ["项目名称", "校舍维修", "", ""],
      [
        ...labels,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "完成数量", "≥1项"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
      ],
      t,
    );
    expect(check(t, [table])).toEqual({ projects: ["校舍维修"], findings: [] });
  });

  it("a form beside a table of the other projects: nothing to report", () => {
    const grid = ["一级指标", "二级指标", "三级指标", "指标值"];
    const table = read(
      "2025年项目支出绩效目标表",
      ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
      [
        ["学生资助", "120.00", "产出指标", "数量指标", "资助人数", "≥100人"],
        ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
      ],
      t,
    );
    const r = check(t, [table, form(t, "校舍维修", "40.00", grid)]);
    expect(r).toEqual({ projects: ["学生资助", "校舍维修"], findings: [] });
  });

  it("bites: a table of projects under the same title still reads them, a wrong total found", () => {
    const table = read(
      "2025年项目支出绩效目标申报表",
      ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
      [
        ["校舍维修", "44.00", "产出指标", "数量指标", "维修面积", "≥500平方米"],
        ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
        ["学生资助", "120.00", "产出指标", "数量指标", "资助人数", "≥100人"],
        ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
      ],
      t,
    );
    const r = check(t, [table]);
    expect(r.projects).toEqual(["校舍维修", "学生资助"]);
    expect(r.findings).toContainEqual(["targets.money", "校舍维修"]);
  });
});
