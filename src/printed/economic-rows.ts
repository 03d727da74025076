/**
 * Economic 科目 printed in a table by function whose title and headers say nothing of it (`301 |
 * 工资福利支出` in the `科目编码` column of a 部门支出总表): told by the 类 names of the economic
 * classification, never read as units' rows.
 */
import { normalizeName, parseCode } from "../codes";
import type { TableKind } from "../templates";
import { accepts, plainText as plain } from "./cells";
import type { PrintedCode } from "./codes";
import { ECONOMIC_SECTIONS, economicNameKey } from "./economic-sections";
import type { ColumnMatch } from "./headers";

/**
 * The 类 of the 部门预算支出经济分类 by their names (2024; as data): names no unit has. A 类
 * printed by its code and this name shows the table lists economic 科目. The reader takes no
 * economic catalog, so the ten 类 are listed here; economic-rows.test.ts holds them equal to the
 * 2024 catalog's. @internal
 */
export const ECONOMIC_CLASSES: ReadonlyMap<string, string> = /*#__PURE__*/ new Map(
  [
    ["301", "工资福利支出"],
    ["302", "商品和服务支出"],
    ["303", "对个人和家庭的补助"],
    ["307", "债务利息及费用支出"],
    ["309", "资本性支出（基本建设）"],
    ["310", "资本性支出"],
    ["311", "对企业补助（基本建设）"],
    ["312", "对企业补助"],
    ["313", "对社会保障基金补助"],
    ["399", "其他支出"],
  ].map(([code, name]) => [code as string, normalizeName(name as string)]),
);

/**
 * The economic 类 a table by function (no economic rows of its kind) prints by its code and its
 * 类 name in its code and name columns (`301 | 工资福利支出`, `302 | 商品和服务支出`), or by one of
 * their 款 printed by its code and its name (`30101 | 基本工资` with no 类 row above it: the 类
 * 301); `undefined` when it prints none. One pass over the rows. @internal
 */
export function economicClasses(
  kind: TableKind,
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
): ReadonlySet<string> | undefined {
  if (!accepts(kind, "functional") || accepts(kind, "economic")) return undefined;
  const codes = columns.filter((c) => c.column?.role === "code");
  const name = columns.find((c) => c.column?.role === "name");
  if (codes.length === 0 || name === undefined) return undefined;
  let out: Set<string> | undefined;
  for (const row of rows) {
    const code = plain(codes.map((c) => row[c.index] ?? "").join(""));
    const printed = row[name.index] ?? "";
    const named =
      code.length === 3
        ? ECONOMIC_CLASSES.get(code) === normalizeName(printed)
        : code.length === 5 && ECONOMIC_SECTIONS().get(code) === economicNameKey(printed);
    if (!named) continue;
    out ??= new Set();
    out.add(code.slice(0, 3));
  }
  return out;
}

/**
 * Whether a printed code that is no functional 科目's is an economic 科目 of a 类 the table prints
 * by name (see {@link economicClasses}): `301`, `30101` where `301 | 工资福利支出` is printed. Such
 * a row is no unit's: which functional row it details is not told, so it is left unplaced
 * (coverage). @internal
 */
export function isEconomicRow(c: PrintedCode, classes: ReadonlySet<string> | undefined): boolean {
  if (classes === undefined || c.result.ok) return false;
  const code = plain(c.raw);
  return classes.has(code.slice(0, 3)) && parseCode("departmental", code).ok;
}
