import { type CodeSystem, parseCode, readCode } from "../codes";
import { plainText } from "./cells";
import type { PrintedCode } from "./codes";
import type { ReadProblem } from "./problems";

/** The economic classification a code of the other one may be printed instead of. */
const OTHER_ECONOMIC: Partial<Record<CodeSystem, CodeSystem>> = {
  departmental: "government",
  government: "departmental",
};

/**
 * The problems of a code of the other economic classification printed in a column of one (a
 * 基本支出表 by 政府预算支出经济分类, `501 | 机关工资福利支出`, under a 部门预算支出经济分类 code
 * column): a sound code the kind does not read there, no misprint. Its row stays unplaced
 * (`other-system-code`, info, and `unplaced-row`: coverage); `undefined` for any other code.
 * @internal
 */
export function otherSystemCode(
  c: PrintedCode,
  index: number,
  row: readonly string[],
): readonly ReadProblem[] | undefined {
  if (c.result.ok || c.result.error.code !== "wrong-system") return undefined;
  const other = OTHER_ECONOMIC[c.system];
  if (other === undefined || !parseCode(other, plainText(c.raw)).ok) return undefined;
  return [
    {
      code: "other-system-code",
      severity: "info",
      path: { row: index, cell: c.cell },
      system: c.system,
      printed: other,
    },
    { code: "unplaced-row", severity: "warning", path: { row: index }, cells: row },
  ];
}

/**
 * The code of one system as a row key field: the code when it parses; the print when it is a
 * misprint `readCode` resolves (`301 2`: lowering reads it again and the checker reports it);
 * otherwise a `malformed-code` problem, or where it is a code of the other economic
 * classification, `other-system-code` (see {@link otherSystemCode}). @internal
 */
export function codeOf(
  c: PrintedCode,
  index: number,
  row: readonly string[],
  problems: ReadProblem[],
): string | undefined {
  if (c.result.ok) return c.result.value.value;
  const path = { row: index, cell: c.cell };
  const read = readCode(c.system, c.raw);
  if (read.ok) {
    const denotes = read.value.code.value;
    problems.push({
      code: "misprinted-code",
      severity: "warning",
      path,
      system: c.system,
      printed: c.raw,
      denotes,
    });
    return c.raw;
  }
  const other = otherSystemCode(c, index, row);
  if (other !== undefined) problems.push(...other);
  else
    problems.push({
      code: "malformed-code",
      severity: "warning",
      path,
      system: c.system,
      error: c.result.error,
      cells: row,
    });
  return undefined;
}
