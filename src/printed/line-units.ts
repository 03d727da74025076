import type { Unit } from "../amount";
import { moneyUnitWord } from "../amount/unit-words";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { plainText } from "./cells";
import type { ColumnMatch } from "./headers";
import { levelUnit, type PrintedUnit, printsMoney } from "./table-unit";
import type { PrintedTable } from "./types";

const NONE: PrintedUnit = { line: { kind: "none" }, text: "" };

/** A label a unit note opens with in a bracket (`单位：`, `金额单位：`), after `plainText`. */
const NOTE_LABEL = /^(?:金额|货币|计量)?单位:/u;

/**
 * A money unit printed in a bracket at either end of a line's label (`年度资金总额（元）`,
 * `资金总额(单位：元)`, `（万元）资金总额`): the label without it, the bracket as printed, and the
 * unit (absent for a money unit word the library does not take: `千元`, `百万元`), by the money
 * unit words of `amount/unit-words`. `undefined` for a label printing none (`财政拨款（补助）`).
 */
function bracketedUnit(
  label: string,
): { rest: string; note: string; unit: Unit | undefined } | undefined {
  const text = plainText(label);
  let inner: string;
  let rest: string;
  if (text.endsWith(")")) {
    const open = text.lastIndexOf("(");
    if (open <= 0) return undefined;
    inner = text.slice(open + 1, -1);
    rest = text.slice(0, open);
  } else if (text.startsWith("(")) {
    const close = text.indexOf(")");
    if (close < 0 || close === text.length - 1) return undefined;
    inner = text.slice(1, close);
    rest = text.slice(close + 1);
  } else return undefined;
  const bare = inner.replace(NOTE_LABEL, "");
  const word = moneyUnitWord(bare.startsWith("人民币") ? bare.slice(3) : bare);
  if (word === undefined) return undefined;
  return { rest, note: `(${inner})`, unit: word.unit };
}

/** The label keys of the kind's lines of money: an amount line, or one its targets read as money. */
function moneyLineKeys(kind: TableKind): ReadonlySet<string> {
  const fields = kind.targets?.fields ?? {};
  const keys = new Set<string>();
  for (const l of kind.lines ?? []) {
    const money =
      l.concept !== undefined ||
      (Object.hasOwn(fields, l.id) && fields[l.id]?.startsWith("money.") === true);
    if (money) for (const label of l.labels) keys.add(labelKey(label));
  }
  return keys;
}

/**
 * The money unit a line table's money lines print with their labels: in a bracket of the label
 * (`年度资金总额（元）`, `其中：财政拨款(元)`; a heading line above them, `项目资金（元）`, is such a
 * line), or in the header over a column of no money by itself that they print their figures in
 * (`项目 | 内容（元）`, the 申报表's content column). The one unit where all name one, `unknown`
 * where they name two or one the reader does not take (`年度资金总额（千元）`), `none` where none
 * names one; the text lists the labels and headers as printed. One pass over the rows.
 */
export function linesUnit(
  printed: PrintedTable,
  kind: TableKind,
  columns: readonly ColumnMatch[],
): PrintedUnit {
  if (kind.lines === undefined) return NONE;
  const names = columns.filter((c) => c.column?.role === "name");
  if (names.length === 0) return NONE;
  let keys: ReadonlySet<string> | undefined;
  const found = new Set<Unit>();
  const notes: string[] = [];
  let unknown = false;
  const note = (unit: Unit | undefined, text: string) => {
    notes.push(text);
    if (unit === undefined) unknown = true;
    else found.add(unit);
  };
  // The headers over the cells the money lines print their figures in, read once each.
  const headed = new Set<number>();
  const headers = (row: readonly string[], name: ColumnMatch) => {
    for (const c of columns) {
      if (c === name || headed.has(c.index) || (row[c.index] ?? "").trim() === "") continue;
      if (c.column?.role === "name" || (c.column !== undefined && printsMoney(c.column, kind)))
        continue;
      headed.add(c.index);
      for (const level of c.header.split("/")) {
        const line = levelUnit(level);
        if (line.kind === "none") continue;
        note(line.kind === "unit" ? line.unit : undefined, level.trim());
      }
    }
  };
  for (const row of printed.rows) {
    for (const name of names) {
      const label = row[name.index] ?? "";
      if (!label.includes(")") && !label.includes("）")) {
        if (headed.size === columns.length) continue;
        // A plain label: its figures' header may still name the unit.
        keys ??= moneyLineKeys(kind);
        if (keys.has(labelKey(label))) headers(row, name);
        continue;
      }
      const bracket = bracketedUnit(label);
      keys ??= moneyLineKeys(kind);
      const key = labelKey(bracket === undefined ? label : bracket.rest);
      if (!keys.has(key)) continue;
      if (bracket !== undefined) note(bracket.unit, label.trim());
      headers(row, name);
    }
  }
  const text = [...new Set(notes)].join("；");
  const [only] = found;
  if (!unknown && only === undefined) return NONE;
  if (unknown || found.size > 1 || only === undefined) return { line: { kind: "unknown" }, text };
  return { line: { kind: "unit", unit: only }, text };
}
