import type { Targets } from "../../disclosure";
import type { SourceCell } from "../../facts";
import type { TargetPath } from "./types";

/**
 * A pseudo-cell for a part of targets given as data: table `targets`, row = its target.
 * @internal
 */
export function dataSource(path: TargetPath, targets: Targets | undefined): SourceCell {
  const split = path[0] === "projects" ? 2 : 1;
  let value: unknown = targets;
  for (const k of path)
    value =
      typeof value === "object" && value !== null
        ? (value as Record<string | number, unknown>)[k]
        : undefined;
  return {
    table: "targets",
    row: path.slice(0, split).join("/"),
    column: path.slice(split).join("/"),
    raw: typeof value === "string" ? value : "",
  };
}
