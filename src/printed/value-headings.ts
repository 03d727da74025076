import type { TableKind } from "../templates";

/** An ordinal a heading is numbered by (`一、`, `（二）`, `3.`): bounded, so linear. */
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,3}[、.])/u;

/** What a group heading may add after the value it names (`其他运转类项目`, `特定目标类小计`). */
const SUFFIXES = ["项目小计", "项目合计", "小计", "合计", "项目"] as const;

/**
 * Whether a row's label names one of the values of the kind's attribute columns (the 项目类型
 * vocabulary: `其他运转类`, numbered `一、其他运转类项目`, or `特定目标类小计`) or of a text column
 * that lists the words of its groups (a 政府采购预算表's 采购类别: `一、货物类`, `服务类小计`): a
 * printer's group heading over the projects of that value, with their subtotal, never a project
 * of that name. @internal
 */
export function isValueHeading(label: string, kind: TableKind): boolean {
  let text = label.normalize("NFKC").replace(/\s+/gu, "");
  text = text.replace(ORDINAL, "");
  const suffix = SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length);
  if (suffix !== undefined) text = text.slice(0, -suffix.length);
  return kind.columns.some(
    (c) =>
      (c.role === "attribute" || c.role === "text") &&
      c.values !== undefined &&
      Object.hasOwn(c.values, text),
  );
}
