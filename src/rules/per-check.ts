import type { RuleContext } from "./types";

/**
 * `compute` memoised per check: the first call for a check's context computes, later calls (other
 * rules of the same check) reuse the value. Keyed weakly by the context, never by the caller's
 * data, so nothing outlives the check. @internal
 */
export function perCheck<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const values = new WeakMap<RuleContext, T>();
  return (ctx) => {
    const known = values.get(ctx);
    if (known !== undefined || values.has(ctx)) return known as T;
    const value = compute(ctx);
    values.set(ctx, value);
    return value;
  };
}
