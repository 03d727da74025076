/**
 * The units a grid row names in its name cell or in a column of its own (a code before a unit's
 * name, a name the caller gave, a code merged under 类型), for `placeGridRow`.
 */
import { parseCode } from "../codes";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { accepts, plainText as plain } from "./cells";
import type { GridContext } from "./grid";
import { ORG_CODE } from "./grid-org";
import { HAN } from "./transposed";
import { withoutUnitLabel } from "./unit-heading";

/**
 * A code at the start of a name cell (`[301001]某区第一中学`, `【301001】…`, `301001 某区第一中学`,
 * `301001-某区第一中学`): brackets, the code, brackets, separators, then the name. @internal
 */
export const CODE_BEFORE_NAME = /^([[【(（]?)([0-9]{3,12})([\]】)）]?)[\s\-—_:：]*\p{Script=Han}/u;

/** Whether a code reads as a code of the kind's code columns (`201`, `2010101`, `30101`). */
const isKindCode = (code: string, kind: TableKind): boolean =>
  kind.columns.some(
    (c) => c.role === "code" && c.system !== undefined && parseCode(c.system, code).ok,
  );

/**
 * The unit a grid row names in its name cell, budget systems' way of printing a unit's row in a
 * table by 科目 (its code before its name, the code columns blank), or by its name alone where
 * the caller named its units: the unit's code. A code before the name is a unit's when it can
 * be no 科目's: bracketed (but not a code the kind's code columns read, `[201]一般公共服务支出`),
 * or of 6 digits or more but not 7 (a 功能分类 项), or before the name
 * of the unit the caller gave that code (`301 某区教育局`); a 类 or 款 code (`201 一般公共服务支出`)
 * or a year (`2024年…`) otherwise never is. In a table of projects, whose name cells may print
 * a 项目编码 before the name, only the last way counts. @internal
 */
export function unitInName(name: string, ctx: GridContext): string | undefined {
  if (!accepts(ctx.kind, "org")) return undefined;
  // A heading labelled as a unit's (`单位名称：某中学`, `预算单位：[301002]某中学`): the label aside.
  const text = withoutUnitLabel(name.normalize("NFKC").trim());
  const m = CODE_BEFORE_NAME.exec(text);
  const code = m?.[2];
  if (m !== null && code !== undefined) {
    // Any code before a unit's name the caller gave with that code (`301 某区教育局`).
    const named = ctx.unitNames?.get(labelKey(text.slice(m[0].length - 1)));
    if (named === code) return code;
    // In a table of projects a long code before a name is as likely the project's own (项目编码
    // `41030524000001 某项目`): there only a unit the caller named is read as one.
    // A bracketed code the kind's 科目 columns read (`[201]一般公共服务支出`) is a 科目's, not a unit's.
    const bracketed = m[1] !== "" && m[3] !== "" && !isKindCode(code, ctx.kind);
    if (!accepts(ctx.kind, "project") && (bracketed || (code.length >= 6 && code.length !== 7)))
      return code;
  }
  return ctx.unitNames?.get(labelKey(text));
}

/** A header naming units (`项目单位`, `单位名称`, `预算单位`). */
const UNIT_HEADER = /单位/u;

/**
 * A unit printed in a value column (a merged cell the text layer put under 类型): its code alone
 * (`116`), or, where the row prints no name, its code before its name or a name the caller gives
 * (`301002 某区第一中学` merged over 类型 and 项目名称; see {@link unitInName}); where the row prints
 * no name, also a unit in a text column or one of no known header (`项目单位`, `单位名称`).
 */
export function mergedOrg(
  row: readonly string[],
  name: string | undefined,
  ctx: GridContext,
): { readonly index: number; readonly code: string; readonly name?: string } | undefined {
  if (!accepts(ctx.kind, "org")) return undefined;
  for (const c of ctx.columns) {
    if (c.column?.role !== "attribute") continue;
    const text = row[c.index] ?? "";
    if (ORG_CODE.test(plain(text))) return { index: c.index, code: plain(text) };
    const unit = name === undefined && HAN.test(text) ? unitInName(text, ctx) : undefined;
    if (unit !== undefined) return { index: c.index, code: unit, name: text };
  }
  // A unit's heading printed in a text column left of the names (under 项目单位 or 单位名称, the
  // name blank): the unit's row where it names one.
  if (name !== undefined) return undefined;
  for (const c of ctx.columns) {
    if (c.column !== undefined && c.column.role !== "text") continue;
    // Only under a header naming units (`项目单位`, `单位名称`): a column of no known header
    // (`编码 | 名称`) may hold anything, the unit's projects left unplaced beside it.
    if (!UNIT_HEADER.test(c.header.normalize("NFKC"))) continue;
    const text = row[c.index] ?? "";
    const unit = HAN.test(text) ? unitInName(text, ctx) : undefined;
    if (unit !== undefined) return { index: c.index, code: unit, name: text };
  }
  return undefined;
}

/** Whether a unit read under 类型 is its printed code alone, one the caller gave or the department's. */
export const givenCode = (
  merged: { readonly code: string; readonly name?: string },
  ctx: GridContext,
) =>
  merged.name === undefined &&
  (merged.code === ctx.departmentCode || ctx.unitCodes?.has(merged.code) === true);
