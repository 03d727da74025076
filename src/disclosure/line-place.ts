import type { LineSpec } from "../templates";
import type { Row } from "./types";

/** A line stating its `outside` concept instead, made once per line spec. */
const OUTSIDE = new WeakMap<LineSpec, LineSpec>();

function outsideOf(spec: LineSpec, outside: NonNullable<LineSpec["outside"]>): LineSpec {
  let made = OUTSIDE.get(spec);
  if (made === undefined) {
    const { outside: _, coords: __, ...rest } = spec;
    made = {
      ...rest,
      concept: outside.concept,
      ...(outside.coords === undefined ? {} : { coords: outside.coords }),
    };
    OUTSIDE.set(spec, made);
  }
  return made;
}

/**
 * What a line printed at a row index of `rows` states, where its place decides it
 * (`LineSpec.outside`: 用事业基金弥补收支差额 inside or outside 本年收入合计): the line itself before
 * the first `after` line, the line stating the `outside` concept after it, `undefined` when no
 * `after` line is printed (its place unknown: it states nothing). A line without `outside` is
 * itself. The rows' line ids are indexed on the first call that needs them, once per table.
 * @internal
 */
export function linePlacer(
  rows: readonly Row[],
): (spec: LineSpec, index: number) => LineSpec | undefined {
  let first: Map<string, number> | undefined;
  return (spec, index) => {
    const outside = spec.outside;
    if (outside === undefined) return spec;
    if (first === undefined) {
      const lines = new Map<string, number>();
      rows.forEach((r, i) => {
        if (r.key.kind === "line" && !lines.has(r.key.line)) lines.set(r.key.line, i);
      });
      first = lines;
    }
    const at = first.get(outside.after);
    if (at === undefined) return undefined;
    return at > index ? spec : outsideOf(spec, outside);
  };
}
