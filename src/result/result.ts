/**
 * The outcome of an operation on user data: a value, or a typed error.
 * Functions that read data never throw on bad data; they return `Result`.
 *
 * @example
 * ```ts
 * import { parseAmount } from "yusuan";
 * const r = parseAmount("1,212.12");
 * if (r.ok) console.log(r.value); else console.log(r.error.code);
 * ```
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from "yusuan";
 * const r = ok(42); // { ok: true, value: 42 }
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * import { err } from "yusuan";
 * const r = err({ code: "empty" }); // { ok: false, error: { code: "empty" } }
 * ```
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value in a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from "yusuan";
 * ok("x").ok; // true
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error in a failed {@link Result}.
 *
 * @example
 * ```ts
 * import { err } from "yusuan";
 * err("bad").ok; // false
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
