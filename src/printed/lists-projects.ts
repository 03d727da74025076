/**
 * Tables whose rows are projects (or items) listed under a unit printed in columns of its own
 * (`单位编码 | 单位名称 | 项目名称 | 采购品目 | 合计 …`): the unit code or name there is the row's
 * unit, the project's name its identity.
 */
import type { TableKind } from "../templates";
import { accepts } from "./cells";
import type { ColumnMatch } from "./headers";

/** A header naming units (`单位名称`, `预算单位`, `单位名称（项目名称）`): its names may be units'. */
const UNIT_HEADER = /单位/u;

/** A header naming projects (`单位编码（项目编码）`): its codes may be projects'. */
const PROJECT_HEADER = /项目/u;

/**
 * Whether a table of projects names its projects in its name column (`项目名称`, `采购项目`), not
 * its units (`单位名称`, `单位名称（项目名称）`): then a unit code or name printed in a column of
 * its own on a named row is that row's unit, never the row itself. A table by unit only
 * (`单位编码 | 单位名称 | 合计`) lists units: each row is its unit's, as does a table whose code
 * column prints units' and projects' codes (`单位编码（项目编码）`), heading its projects by their
 * unit's row. @internal
 */
export function listsProjects(kind: TableKind, columns: readonly ColumnMatch[]): boolean {
  if (!accepts(kind, "project") || !accepts(kind, "org")) return false;
  // A code column of units' and projects' codes (`单位编码（项目编码）`) heads units' rows too.
  const code = columns.find((c) => c.column?.role === "org");
  if (code !== undefined && PROJECT_HEADER.test(code.header)) return false;
  const name = columns.find((c) => c.column?.role === "name");
  return name !== undefined && !UNIT_HEADER.test(name.header);
}
