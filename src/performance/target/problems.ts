import type { AmountError } from "../../amount";
import type { TargetMoneyLine } from "../../templates";
import type { TargetPath } from "../read/types";
import type { IndicatorValueError } from "../value/types";

/**
 * A problem of a target found by validation: a union discriminated on a stable `code`, with its
 * `severity` (fixed per code), the `path` of the part it is about (from the target given, or from
 * the targets for `validateTargets`) and typed params. Render it with {@link formatTargetProblem}.
 *
 * - `blank-name` (error): a project without a name.
 * - `blank-level1` (warning): an indicator without a 一级. `missing-value` (warning): without a
 *   指标值. `malformed-value` (warning): a 指标值 that is malformed (see `IndicatorValueError`).
 * - `share-above-whole` (warning): a satisfaction (满意度) whose 指标值 asks for more than 100%
 *   (`≥120%`), which no one can reach.
 * - `no-output` / `no-satisfaction` (warning): a project target without any 产出 / 满意度
 *   indicator (judged only when the framework places every indicator).
 * - `unread-value` (info): an indicator whose value the reader could not read (see
 *   `validateTargets`), a gap of the reading, not a missing 指标值; `unread-name` (info): a
 *   project form whose name the reader could not read, not a blank name.
 * - `unknown-level1` / `level2-mismatch` (info): a 一级 the framework does not know, a 二级 it does
 *   not allow under its 一级 (coverage of the framework, not a fault of the document).
 * - `malformed-money` (error): a money line that is not an amount.
 * - `money-sum` (error): the parts of a money relation (资金来源, 资金结构, a form's 其中) do not add
 *   up to the whole; `money-part-exceeds` (error): one part is more than the whole.
 * - `money-sum-unread` (info): the parts fall short of the whole where the reading left an amount
 *   of the target unplaced (a money line of a label it does not know, see `validateTargets`): a
 *   gap of the reading, not a wrong sum.
 *
 * @example
 * ```ts
 * import type { TargetProblem } from "yusuan/performance";
 * const p: TargetProblem = { code: "missing-value", severity: "warning", path: ["indicators", 2, "value"], indicator: "人数" };
 * ```
 */
export type TargetProblem =
  | { readonly code: "blank-name"; readonly severity: "error"; readonly path: TargetPath }
  | {
      readonly code: "blank-level1" | "missing-value";
      readonly severity: "warning";
      readonly path: TargetPath;
      readonly indicator: string;
    }
  | {
      readonly code: "unread-value";
      readonly severity: "info";
      readonly path: TargetPath;
      readonly indicator: string;
    }
  | { readonly code: "unread-name"; readonly severity: "info"; readonly path: TargetPath }
  | {
      readonly code: "malformed-value";
      readonly severity: "warning";
      readonly path: TargetPath;
      readonly indicator: string;
      readonly error: IndicatorValueError;
    }
  | {
      readonly code: "share-above-whole";
      readonly severity: "warning";
      readonly path: TargetPath;
      readonly indicator: string;
      readonly value: string;
    }
  | {
      readonly code: "no-output" | "no-satisfaction";
      readonly severity: "warning";
      readonly path: TargetPath;
    }
  | {
      readonly code: "unknown-level1";
      readonly severity: "info";
      readonly path: TargetPath;
      readonly level1: string;
      readonly framework: string;
    }
  | {
      readonly code: "level2-mismatch";
      readonly severity: "info";
      readonly path: TargetPath;
      readonly level1: string;
      readonly level2: string;
      readonly framework: string;
    }
  | {
      readonly code: "malformed-money";
      readonly severity: "error";
      readonly path: TargetPath;
      readonly line: TargetMoneyLine;
      readonly error: AmountError;
    }
  | {
      readonly code: "money-sum" | "money-sum-unread";
      readonly severity: "error" | "info";
      readonly path: TargetPath;
      readonly relation: string;
      readonly parts: readonly TargetMoneyLine[];
      readonly expected: string;
      readonly actual: string;
      readonly difference: string;
    }
  | {
      readonly code: "money-part-exceeds";
      readonly severity: "error";
      readonly path: TargetPath;
      readonly line: TargetMoneyLine;
      readonly part: string;
      readonly whole: string;
    };

/**
 * The `code` of a {@link TargetProblem}.
 *
 * @example
 * ```ts
 * import type { TargetProblemCode } from "yusuan/performance";
 * const c: TargetProblemCode = "no-satisfaction";
 * ```
 */
export type TargetProblemCode = TargetProblem["code"];
