import type { Named, Reader } from "./reader";

/**
 * `收入合计968.00万元，其中：一般公共预算拨款808.00万元`: a fund word right before a figure, in a
 * 其中 list of revenue or spending (of every fund, or of 财政拨款), is that fund's part of it (of a
 * total, that fund's year's figure). @internal
 */
export function fundOfWhole(r: Reader): Named | undefined {
  const { cl, para } = r;
  if (cl.fund === undefined || cl.fund.e !== r.prevEnd || !para.ofWhich || r.heading)
    return undefined;
  const head = para.head === undefined ? undefined : r.claims[para.head];
  if (head?.kind !== "amount") return undefined;
  const { concept, coords } = head.subject;
  const whole = coords.fund;
  if (Object.keys(coords).length > (whole === undefined ? 0 : 1)) return undefined;
  if (whole !== undefined && (whole !== "government" || cl.fund.fund === "government"))
    return undefined;
  const of =
    concept === "revenue" || concept === "revenue.total"
      ? "revenue"
      : concept === "spending" || concept === "spending.total"
        ? "spending"
        : undefined;
  if (of === undefined) return undefined;
  return { subjects: [{ concept: of, coords: { fund: cl.fund.fund } }], atMost: false };
}
