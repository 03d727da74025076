/** A JSON object's own keys and values, as read (`__proto__` and the like left to each reader). */
export type Obj = Record<string, unknown>;

/** Whether a value read from JSON is an object, neither `null` nor an array. @internal */
export const isObject = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v);
