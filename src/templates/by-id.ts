import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import type { Template } from "./types";

/**
 * The built-in template a disclosure's `meta.template` names: `henan2024`, `shanghai` or
 * `nationalMinimum`, or one of `more` (looked up first: your own templates, or `final2024` from
 * `yusuan/final`, which this layer cannot import); `undefined` for any other id. The ids and every
 * table kind they hold are listed in `docs/templates.md`.
 *
 * @param id - a template id, e.g. `disclosure.meta.template`
 * @param more - further templates to resolve, e.g. `[final2024]`
 *
 * @example
 * ```ts
 * import { templateById } from "yusuan/templates";
 * templateById("henan2024")?.tables.length; // 16
 * templateById("henan"); // undefined
 * import { final2024 } from "yusuan/final";
 * templateById("final2024", [final2024])?.tables.length; // 9
 * ```
 */
export function templateById(id: string, more: readonly Template[] = []): Template | undefined {
  return [...more, henan2024, shanghai, nationalMinimum].find((t) => t.id === id);
}
