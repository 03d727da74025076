import type { Unit } from "../../amount";
import type { Targets } from "../../disclosure";
import type { SourceCell } from "../../facts";
import type { IndicatorFramework } from "../framework/types";

/**
 * Where a part of a {@link yusuan!Targets | Targets} value is: keys and indices from the targets
 * down, e.g. `["projects", 0, "indicators", 2, "value"]`, `["department", "budget", "total"]`.
 *
 * @example
 * ```ts
 * import type { TargetPath } from "yusuan/performance";
 * const p: TargetPath = ["projects", 0, "money", "total"];
 * ```
 */
export type TargetPath = readonly (string | number)[];

/**
 * Something of a targets table the reader could not place (coverage of the reading, not a fault
 * of the document):
 *
 * - `unread-cell`: a non-blank cell no field, indicator or task of the layout reads (also a
 *   `Table.texts` entry, with row `texts`); an amount inside a target's rows on a row of a label
 *   the layout does not know, or on a target's or task's row under a header the template does not
 *   know, has that target's (task's) `path` (`["projects", 0]`): its money lines may lack a part
 *   the reader could not place;
 * - `orphan-row`: a continuation row before any project;
 * - `unread-value`: an indicator whose 指标值 the layout could not read, because the table prints
 *   no value column under a header the template knows (`年度指标值`, a header of another
 *   template): `path` is the indicator's value (`["projects", 0, "indicators", 2, "value"]`),
 *   left blank; the value is unknown, not missing;
 * - `unread-name`: a project form (`form: "project"`) whose name the layout could not read (no
 *   line it knows prints it: a label of another printer, a header row taken for the table's
 *   headers): `path` is the project's name, left blank; the name is unknown, not missing;
 * - `unit-differs`: a table printing money in another unit than the first targets table printing
 *   money; its money lines are converted exactly into `used`. A part printing no money (a form's
 *   indicator grid read in the kind's default unit) states no unit, and never differs.
 *
 * @example
 * ```ts
 * import type { TargetReadProblem } from "yusuan/performance";
 * const p: TargetReadProblem = { code: "orphan-row", table: "projectTargets", row: "indicator:0" };
 * ```
 */
export type TargetReadProblem =
  | {
      readonly code: "unread-cell";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
      readonly path?: TargetPath;
    }
  | { readonly code: "orphan-row"; readonly table: string; readonly row: string }
  | {
      readonly code: "unread-value";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly path: TargetPath;
    }
  | { readonly code: "unread-name"; readonly table: string; readonly path: TargetPath }
  | {
      readonly code: "unit-differs";
      readonly table: string;
      readonly unit: Unit;
      readonly used: Unit;
    };

/**
 * Targets read from a disclosure: the targets (absent when nothing prints or gives any), the
 * problems of the reading, and where each part was printed (`source(path)`: the table cell, or a
 * `targets` pseudo-cell for targets given as data).
 *
 * @example
 * ```ts
 * import type { TargetsReading } from "yusuan/performance";
 * const count = (r: TargetsReading) => r.targets?.projects.length ?? 0;
 * ```
 */
export interface TargetsReading {
  readonly targets: Targets | undefined;
  readonly problems: readonly TargetReadProblem[];
  readonly source: (path: TargetPath) => SourceCell;
}

/**
 * Options of `readTargets`: the indicator trees the tables print by (`frameworks`), whose 一级 /
 * 二级 names a cell's wrap cut onto two rows are joined back in (`服务对象满` / `意度指标`); the
 * trees the library knows when absent. A name cut in its `指标` (`产出指` / `标`) is joined
 * whatever the tree.
 *
 * @example
 * ```ts
 * import { type ReadTargetsOptions, PROJECT_FRAMEWORKS } from "yusuan/performance";
 * const options: ReadTargetsOptions = { frameworks: PROJECT_FRAMEWORKS };
 * ```
 */
export interface ReadTargetsOptions {
  readonly frameworks?: readonly IndicatorFramework[];
  /**
   * The names of the document's department and units: a row of a table of projects printing one
   * of them and no indicator heads its unit's projects (it is no project). Without them, such a
   * row is still a heading when it prints no money, or the money of the projects under it.
   */
  readonly units?: readonly string[];
}
