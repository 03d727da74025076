import type { RowKey } from "./types";

/**
 * A row key as a stable string, used in source cells and finding paths:
 * `total`, `org:116001`, `functional:2013101`, `economic:30107/50501`, `project:2024年机关运行经费`,
 * `line:revenue.gpb`, `single`, `indicator:3`, `unplaced:7 11 02`.
 *
 * @example
 * ```ts
 * import { rowKeyId } from "yusuan";
 * rowKeyId({ kind: "economic", econ: "30107", gov: "50501" }); // "economic:30107/50501"
 * ```
 */
export function rowKeyId(key: RowKey): string {
  switch (key.kind) {
    case "total":
    case "single":
      return key.kind;
    case "org":
    case "functional":
      return `${key.kind}:${key.code}`;
    case "economic":
      return key.gov === undefined ? `economic:${key.econ}` : `economic:${key.econ}/${key.gov}`;
    case "project":
      return `project:${key.name}`;
    case "line":
      return `line:${key.line}`;
    case "indicator":
      return `indicator:${key.index}`;
    case "unplaced":
      return `unplaced:${key.label}`;
  }
}
