import { profileFor } from "../rules/profiles";
import type { Profile } from "../rules/types";
import { templateById } from "../templates/by-id";
import type { Template } from "../templates/types";
import { finalProfile } from "./profile";
import { final2024 } from "./template";

/**
 * The built-in template a disclosure's `meta.template` names, the 决算 ones included: `final2024`
 * as well as everything `templateById` (in `yusuan/templates`) resolves; `undefined` for any other
 * id. (`templateById` itself cannot know the 决算 templates: the templates layer does not import
 * `yusuan/final`.)
 *
 * @param id - a template id, e.g. `disclosure.meta.template`
 *
 * @example
 * ```ts
 * import { lookupTemplate } from "yusuan/final";
 * lookupTemplate("final2024")?.tables.length; // 9
 * lookupTemplate("shanghai")?.id; // "shanghai"
 * lookupTemplate("final"); // undefined
 * ```
 */
export function lookupTemplate(id: string): Template | undefined {
  return id === final2024.id ? final2024 : templateById(id);
}

/**
 * The checking profile of a template, the 决算 one included: `finalProfile` for a template whose
 * profile is `final` (as `final2024`'s), otherwise what `profileFor` (in `yusuan/check`) gives.
 *
 * @param template - the template the disclosure follows
 *
 * @example
 * ```ts
 * import { final2024, lookupProfile } from "yusuan/final";
 * import { shanghai } from "yusuan/templates";
 * lookupProfile(final2024).id; // "final"
 * lookupProfile(shanghai).id; // "shanghai"
 * ```
 */
export function lookupProfile(template: Template): Profile {
  return template.profile === finalProfile.id ? finalProfile : profileFor(template);
}
