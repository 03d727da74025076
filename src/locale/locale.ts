/**
 * A message locale. Chinese (`zh-CN`) is the default everywhere; `en` on request.
 *
 * @example
 * ```ts
 * import type { Locale } from "yusuan";
 * const locale: Locale = "en";
 * ```
 */
export type Locale = "zh-CN" | "en";

/**
 * A message in every supported locale: a table from locale to text.
 *
 * @example
 * ```ts
 * import type { Localized } from "yusuan";
 * const m: Localized = { "zh-CN": "金额为空", en: "the amount is empty" };
 * ```
 */
export type Localized = Readonly<Record<Locale, string>>;
