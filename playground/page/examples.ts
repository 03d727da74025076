/**
 * The embedded examples: the text of every `examples/*.json` of the repository, by file name,
 * put in by the bundler (`playground/bundle.ts` defines `__YUSUAN_EXAMPLES__`).
 */
declare const __YUSUAN_EXAMPLES__: Readonly<Record<string, string>>;

/** The embedded examples' texts by file name, in file name order. */
export const EXAMPLE_TEXTS: Readonly<Record<string, string>> = __YUSUAN_EXAMPLES__;
