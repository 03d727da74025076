/**
 * A name cell that prints its row's own code again beside the code columns (`2013101 行政运行`,
 * `201一般公共服务支出`, `[201]…`, `201-…`, `行政运行（2013101）`, economic `30107 绩效工资`): the
 * name is the rest. Was: a `code.name` warning on every such row ("印作“2013101 行政运行”，目录名称为
 * “行政运行”") and `code.nameConsistent` against the same 科目 printed without its code. A code
 * in the name that is not the row's own, and a wrong name after the row's code, are still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed/types";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { henanAlarms } from "./support/henan-alarms";

const CODE_HEADER = /(?:类|款|项|科目编码|编码)$/u;
const NAME_HEADER = /名称$/u;

/** Henan with every coded row's name cell printed as `form(code, name)`. */
function withCodeInName(form: (code: string, name: string) => string): DisclosureFixture {
  const tables = henan2024Fixture.tables.map((t): PrintedTable => {
    const last = t.headers.map((h) => h.split("/").at(-1) ?? "");
    const names = last.flatMap((h, i) => (NAME_HEADER.test(h) ? [i] : []));
    if (names.length === 0) return t;
    const rows = t.rows.map((r) =>
      r.map((cell, ci) => {
        if (!names.includes(ci) || cell === "") return cell;
        // the code columns right before this name column
        let code = "";
        for (let j = ci - 1; j >= 0 && CODE_HEADER.test(last[j] ?? ""); j--)
          code = (r[j] ?? "") + code;
        return code === "" ? cell : form(code, cell);
      }),
    );
    return { ...t, rows };
  });
  return { ...henan2024Fixture, tables };
}

const base = henanAlarms(henan2024Fixture);

describe("a name cell printing its row's own code", () => {
  it.each([
    ["code then name", (c: string, n: string) => `${c}${n}`],
    ["code, space, name", (c: string, n: string) => `${c} ${n}`],
    ["code in brackets", (c: string, n: string) => `[${c}]${n}`],
    ["code in 【】", (c: string, n: string) => `【${c}】${n}`],
    ["code, dash", (c: string, n: string) => `${c}-${n}`],
    ["name, code in brackets after", (c: string, n: string) => `${n}（${c}）`],
  ])("%s: no new alarm", (_label, form) => {
    const fx = withCodeInName(form);
    // the variant really changed some name cells
    expect(fx.tables.some((t, i) => t !== henan2024Fixture.tables[i])).toBe(true);
    expect(henanAlarms(fx).filter((l) => !base.includes(l))).toEqual([]);
  });

  it("a wrong name after the row's own code is still found", () => {
    // 30101 is 基本工资; 津贴补贴 is 30102's name
    const fx = withCodeInName((c, n) => (c === "30101" ? `${c} 津贴补贴` : `${c} ${n}`));
    expect(henanAlarms(fx).filter((l) => !base.includes(l))).toContainEqual(
      expect.stringMatching(/^code\.name .*economic:30101\//u),
    );
  });

  it("another code before the name is not taken for the row's own", () => {
    const fx = withCodeInName((c, n) => (c === "30101" ? `30102 ${n}` : `${c} ${n}`));
    expect(henanAlarms(fx).filter((l) => !base.includes(l))).toContainEqual(
      expect.stringMatching(/^code\.name .*economic:30101\//u),
    );
  });
});
