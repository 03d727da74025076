import type { Catalog } from "../catalog";
import { normalizeName } from "../codes";
import type { RowKey } from "../disclosure";
import { catalogReading } from "./catalog-reading";
import { readRowCodes } from "./codes";
import { ECONOMIC_CLASSES } from "./economic-rows";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";
import type { BuiltRow } from "./wrapped-rows";

/** A line joined into the 科目 row above as the rest of its name, until the row below is read. */
interface Held {
  /** Where the 科目 row is in the rows built. */
  readonly at: number;
  /** The 科目 row as it was before the line was joined in. */
  readonly head: BuiltRow;
  /** The line as read: its name and cells (its key is set when it heads a block). */
  readonly line: BuiltRow;
  /** The `wrapped-row` note the join gave, or, for a line left unplaced, none. */
  readonly note: ReadProblem | undefined;
}

/** What a held line turns out to be: a 类's row heading the block below, printed with no code. */
export interface ClassHeading {
  readonly at: number;
  readonly head: BuiltRow;
  readonly row: BuiltRow;
  readonly note: ReadProblem | undefined;
}

/** A 科目 row's code of the system whose 类 rows head blocks: 功能分类, or 部门经济分类. */
const functionalCode = (key: RowKey): string | undefined =>
  key.kind === "functional" ? key.code : key.kind === "economic" ? key.econ : undefined;

/** The row key of the 类 `cls` in the system of the row key `like`. */
const classKey = (like: RowKey, cls: string): RowKey =>
  like.kind === "economic" ? { kind: "economic", econ: cls } : { kind: "functional", code: cls };

/**
 * The 类 rows of a table by 功能分类 or 部门经济分类 printed with no code (an extractor dropped it;
 * `303 99 其他对个人和家庭的补助` / `商品和服务支出 171.07` / `302 01 办公费`): a line
 * printing a name and no code, right under a 款 or 项 row (`行政运行 60.00` / `教育支出`), reads
 * as the rest of that row's name until the row below is read. Where that row opens a block of
 * another 类 (`205 01 教育管理事务`) whose 类 row was not printed, in a table printing its 类 rows
 * (the row above's 类 was), the line is that 类's row, never the rest of the name above — unless
 * the catalog reads the two lines as one of the code's names (an economic 类's row: unless its name
 * is the 类's, `ECONOMIC_CLASSES`). `其他` / `一般公共服务支出` followed
 * by a 类 printed with its code keeps joining. Each row is looked at once, so linear. @internal
 */
export function classHeadings(
  catalog: Catalog | undefined,
  rows: readonly (readonly string[])[],
  columns: readonly ColumnMatch[],
) {
  /** The 类 printed as rows with their code anywhere in the table (rows may be in any order). */
  const classes = new Set<string>();
  for (const row of rows)
    for (const c of readRowCodes(row, columns))
      if (
        (c.system === "functional" || c.system === "departmental") &&
        c.result.ok &&
        c.result.value.value.length === 3
      )
        classes.add(c.result.value.value);
  let held: Held | undefined;
  return {
    /** A line (`line`, its source directly below) joined into the row at `at` (`head` before). */
    joined(at: number, head: BuiltRow, line: BuiltRow, note: ReadProblem): void {
      const code = functionalCode(head.key);
      const name = line.name?.trim() ?? "";
      const first = head.source === line.source - 1;
      const known = catalogReading(head.key, head.name ?? "", name, catalog);
      held =
        first && code !== undefined && code.length > 3 && name !== "" && known !== "joins"
          ? { at, head, line, note }
          : undefined;
    },
    /** A line the reader left unplaced, at `at`, right under the 科目 row `head`. */
    unplaced(at: number, head: BuiltRow | undefined, line: BuiltRow): void {
      const code = head === undefined ? undefined : functionalCode(head.key);
      const name = line.name?.trim() ?? "";
      held =
        head !== undefined &&
        head.source < line.source &&
        code !== undefined &&
        code.length > 3 &&
        name !== ""
          ? { at, head, line, note: undefined }
          : undefined;
    },
    /**
     * Before a row of key `key` is added: the held line when it is the 类 row heading the block
     * this row opens; the hold ends either way.
     */
    before(key: RowKey): ClassHeading | undefined {
      const h = held;
      held = undefined;
      const code = functionalCode(key);
      const above = h === undefined ? undefined : functionalCode(h.head.key);
      if (h === undefined || above === undefined || code === undefined || code.length <= 3)
        return undefined;
      const cls = code.slice(0, 3);
      if (cls === above.slice(0, 3) || classes.has(cls) || !classes.has(above.slice(0, 3)))
        return undefined;
      classes.add(cls);
      if (key.kind !== h.head.key.kind) return undefined;
      // The reader takes the 功能分类 catalog only: an economic 类 row is told by its own name (a
      // wrapped 款 name, `其他商品和服务` / `支出`, is the rest of that name, not the next 类's row).
      if (
        key.kind === "economic" &&
        ECONOMIC_CLASSES.get(cls) !== normalizeName(h.line.name?.trim() ?? "")
      )
        return undefined;
      const row: BuiltRow = { ...h.line, key: classKey(key, cls) };
      return { at: h.at, head: h.head, row, note: h.note };
    },
  };
}
