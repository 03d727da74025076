import { henan2024 } from "./henan2024";
import { nationalMinimum } from "./national";
import { shanghai } from "./shanghai";
import type { Template } from "./types";

/**
 * The built-in template a disclosure's `meta.template` names: `henan2024`, `shanghai` or
 * `nationalMinimum`; `undefined` for any other id (your own template is yours to pass). The ids
 * and every table kind they hold are listed in `docs/templates.md`.
 *
 * @param id - a template id, e.g. `disclosure.meta.template`
 *
 * @example
 * ```ts
 * import { templateById } from "yusuan/templates";
 * templateById("henan2024")?.tables.length; // 14
 * templateById("henan"); // undefined
 * ```
 */
export function templateById(id: string): Template | undefined {
  return [henan2024, shanghai, nationalMinimum].find((t) => t.id === id);
}
