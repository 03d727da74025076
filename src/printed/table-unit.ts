import { UNITS, type Unit } from "../amount";
import type { TableKind } from "../templates";
import { plainText } from "./cells";
import { bareMoneyUnit } from "./header-notes";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";
import { readUnitLine, type UnitLine } from "./unit-line";

/** A unit the table prints somewhere, with the text it prints it in (kept when it is unknown). */
export interface PrintedUnit {
  readonly line: UnitLine;
  readonly text: string;
}

const NONE: PrintedUnit = { line: { kind: "none" }, text: "" };

/** A label a unit note opens with (`单位：`, `金额单位：`), after `plainText` (NFKC). */
const LABEL = /^(?:金额|货币|计量)?单位:/u;

/**
 * What a short text (a bracket's, a header level's) says of the money unit: none when it is no
 * unit note (`按功能分类科目`, `个`, `元/人`: a rate per head is no unit of the table), the unit
 * (`元`, `单位：万元`, `人民币元`), or `unknown` for a money unit the reader does not take
 * (`千元`, `美元`, `单位：元（万元）`). On `plainText` text. Linear.
 */
export function moneyUnitNote(text: string): UnitLine {
  const labelled = LABEL.test(text);
  const bare = labelled ? text.replace(LABEL, "") : text;
  if (bare === "" || bare.includes("/")) return { kind: "none" };
  if (labelled) {
    const line = readUnitLine(text);
    return line.kind === "unknown" && !bare.includes("元") ? { kind: "none" } : line;
  }
  const named = bare.startsWith("人民币") ? bare.slice(3) : bare;
  if ((UNITS as readonly string[]).includes(named)) return readUnitLine(named);
  // A money unit of its own (`千元`, `美元`, `百万元`): short, ending in 元.
  return named.endsWith("元") && named.length <= 4 ? { kind: "unknown" } : { kind: "none" };
}

/**
 * The unit a title prints after its name: in a closing bracket (`部门支出总表（单位：元）`,
 * `…（元）`, `…(单位:万元)`) or after a `单位：` label (`部门支出总表 单位：万元`); `none` when it
 * prints none (`…（按功能分类科目）` is no unit). One scan back to the last bracket or label.
 */
export function titleUnit(title: string): PrintedUnit {
  const text = plainText(title);
  if (text.endsWith(")")) {
    const open = text.lastIndexOf("(");
    if (open < 0) return NONE;
    const inner = text.slice(open + 1, -1);
    const line = moneyUnitNote(inner);
    return line.kind === "none" ? NONE : { line, text: inner };
  }
  const label = text.lastIndexOf("单位:");
  if (label <= 0) return NONE;
  const note = text.slice(label);
  const line = moneyUnitNote(note);
  return line.kind === "none" ? NONE : { line, text: note };
}

/**
 * The money unit a header level notes: the whole level (`单位：元`, `万元`, `（万元）`) or its
 * closing bracket (`合计（元）`). @internal
 */
export function levelUnit(level: string): UnitLine {
  const text = plainText(level);
  if (LABEL.test(text)) return moneyUnitNote(text);
  const bare = bareMoneyUnit(level);
  if (bare !== undefined) return moneyUnitNote(bare);
  if (!text.endsWith(")")) return { kind: "none" };
  const open = text.lastIndexOf("(");
  return open <= 0 ? { kind: "none" } : moneyUnitNote(text.slice(open + 1, -1));
}

/**
 * Whether a column prints money: an amount column, or a text column the kind's targets layout
 * reads as money (a 绩效 table's 年度主要任务 预算金额, a project's 资金总额 kept as text). @internal
 */
export function printsMoney(
  column: NonNullable<ColumnMatch["column"]>,
  kind: TableKind | undefined,
): boolean {
  if (column.role === "amount") return true;
  const layout = kind?.targets;
  if (layout === undefined) return false;
  if (layout.taskMoney !== undefined && Object.hasOwn(layout.taskMoney, column.key)) return true;
  const field = layout.fields?.[column.key];
  return field?.startsWith("money.") === true;
}

/**
 * The unit the amount headers name (`合计（元）`, `基本支出（元）`, a level `单位：元` over them):
 * the one unit where all that name one name the same, `unknown` where they name different ones
 * or one the reader does not take (`千元`), `none` where none names one. Only headers placed on
 * a column of money are read (an amount column, or one the kind's targets layout reads as money:
 * `预算数（元）`): a code's, a name's or a text's (`计量单位（个）`) is no money, and a header placed
 * on no column may name another measure's unit (`单价（元）` beside figures in 万元). A level that
 * is a labelled caption alone (`单位：元`, `金额单位：元`) is the table's unit line printed in the
 * header grid, read over any column (`单位：元/科目编码`).
 */
export function headersUnit(columns: readonly ColumnMatch[], kind?: TableKind): PrintedUnit {
  const found = new Set<Unit>();
  const notes: string[] = [];
  let unknown = false;
  for (const c of columns) {
    const money = c.column !== undefined && printsMoney(c.column, kind);
    for (const level of c.header.split("/")) {
      // Over a column of no money, only a labelled caption (`单位：元`) is the table's unit line.
      if (!money && !LABEL.test(plainText(level))) continue;
      const line = levelUnit(level);
      if (line.kind === "none") continue;
      notes.push(level.trim());
      if (line.kind === "unit") found.add(line.unit);
      else unknown = true;
    }
  }
  const text = [...new Set(notes)].join("；");
  const [only] = found;
  if (!unknown && found.size === 0) return NONE;
  if (unknown || found.size > 1 || only === undefined) return { line: { kind: "unknown" }, text };
  return { line: { kind: "unit", unit: only }, text };
}

/**
 * The table's own unit line: the one printed above it (or given by the caller), else the one its
 * title prints (`部门支出总表（单位：元）`).
 */
export function printedUnitLine(printed: PrintedTable): PrintedUnit {
  const raw = printed.unit ?? "";
  const line = readUnitLine(raw);
  return line.kind === "none" ? titleUnit(printed.title) : { line, text: raw };
}

/**
 * A unit printed in one place (the money headers `合计（元）`, a line table's money lines
 * `年度资金总额（元）`: `other`) checked against the unit the table states elsewhere (`stated`):
 * where it states none, `other`'s; where both name the same, that one; where they differ, neither
 * is picked: the unit is unknown, both printed texts kept.
 */
function agreed(stated: PrintedUnit, other: PrintedUnit): PrintedUnit {
  if (other.line.kind === "none") return stated;
  if (stated.line.kind === "none") return other;
  if (
    stated.line.kind === "unit" &&
    other.line.kind === "unit" &&
    stated.line.unit === other.line.unit
  )
    return stated;
  return { line: { kind: "unknown" }, text: `${stated.text}；${other.text}` };
}

/**
 * The table's unit, from the first place that prints one: its unit line (`printedUnitLine`), a
 * unit line among its rows (`layout`), its amount headers (`headers`); the kind's default where
 * none does. A place naming a unit the reader does not take, or two, makes the unit unknown:
 * the default is used, `unknown-unit` reported and the printed text kept as `unknownUnit`, never
 * silently of the default. The unit the amount headers name (`合计（元）`, `项目金额（元）`) and the
 * one a line table's money lines print with their labels (`lines`: `年度资金总额（元）`) are the
 * table's where it states none, and must agree with the one it states (a unit line, the title's):
 * two different units are `unknown-unit`, both texts kept, never one picked.
 */
export function readTableUnit(
  printed: PrintedTable,
  kind: TableKind,
  places: {
    readonly line: PrintedUnit;
    readonly layout: Unit | undefined;
    readonly headers: () => PrintedUnit;
    readonly lines?: () => PrintedUnit;
  },
): { unit: Unit; problem: ReadProblem | undefined; unknownUnit?: string; defaulted?: true } {
  const given: PrintedUnit =
    places.line.line.kind !== "none"
      ? places.line
      : places.layout !== undefined
        ? { line: { kind: "unit", unit: places.layout }, text: places.layout }
        : NONE;
  const stated = agreed(given, places.headers());
  const { line, text } = places.lines === undefined ? stated : agreed(stated, places.lines());
  if (line.kind === "unit") return { unit: line.unit, problem: undefined };
  const used = kind.defaultUnit;
  if (line.kind === "none") return { unit: used, problem: undefined, defaulted: true };
  const path = { title: printed.title };
  return {
    unit: used,
    problem: { code: "unknown-unit", severity: "error", path, unit: text, used },
    unknownUnit: text,
  };
}
