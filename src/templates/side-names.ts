/**
 * How printers head a two-sided table's name column under its side's word (`收入/项目`,
 * `收入/项目名称`, `支出/科目`, `支出/科目名称`), as data. @internal
 */
export const SIDE_NAME_HEADINGS: readonly string[] = ["项目", "项目名称", "科目", "科目名称"];

/** A side's name column headers: the side's word over each of {@link SIDE_NAME_HEADINGS}. @internal */
export const sideNameHeaders = (side: string): readonly string[] =>
  SIDE_NAME_HEADINGS.map((h) => `${side}/${h}`);
