import type { Template } from "../templates";
import type { TableBuilder } from "./builder-table";
import { freezeMeta, validateDisclosure, validateTable } from "./builder-validate";
import type { BuildResult } from "./problems";
import type { Disclosure, DisclosureMeta, Table, TextSection } from "./types";

/**
 * The meta a {@link disclosureBuilder} starts from: a {@link DisclosureMeta} whose `template`
 * may be left out (it defaults to the template's id).
 *
 * @example
 * ```ts
 * import type { DisclosureMetaInput } from "yusuan";
 * const meta: DisclosureMetaInput = {
 *   year: 2024, documentKind: "部门", department: { code: "116", name: "中国共产党洛阳市涧西区委员会办公室" }, units: [],
 * };
 * ```
 */
export type DisclosureMetaInput = Omit<DisclosureMeta, "template"> & {
  /** The template id; default the builder's template's id. */
  readonly template?: string;
};

/**
 * An immutable builder of a {@link Disclosure}: every method returns a new builder; builders are
 * frozen. `build()` checks every table against the builder's template and never throws on data.
 * A disclosure with only some of the template's tables is valid.
 *
 * @example
 * ```ts
 * import { disclosureBuilder, tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const base = disclosureBuilder(henan2024, { year: 2024, documentKind: "单位", department: { name: "某单位" }, units: [] });
 * const withSanGong = base.table(tableBuilder(henan2024, "sanGong").single({ total: "6.50" }));
 * base.build().value.tables.length; // 0
 * withSanGong.build().value.tables.length; // 1
 * ```
 */
export interface DisclosureBuilder {
  /** Adds a table: a built {@link Table} or a {@link TableBuilder} (built when the disclosure is). */
  table(table: Table | TableBuilder): DisclosureBuilder;
  /** Adds a text section (概况, 情况说明, 名词解释 …) as printed. */
  text(title: string, body: string): DisclosureBuilder;
  /** Builds the frozen disclosure and lists its problems (paths start at the disclosure). */
  build(): BuildResult<Disclosure>;
}

/** A persistent list in reverse order: adding is O(1) and shares the rest. */
interface List<T> {
  readonly item: T;
  readonly previous: List<T> | undefined;
}

function toArray<T>(list: List<T> | undefined): T[] {
  const items: T[] = [];
  for (let node = list; node !== undefined; node = node.previous) items.push(node.item);
  return items.reverse();
}

interface State {
  readonly template: Template;
  readonly meta: DisclosureMeta;
  readonly tables: List<Table | TableBuilder> | undefined;
  readonly texts: List<TextSection> | undefined;
}

function isTableBuilder(table: Table | TableBuilder): table is TableBuilder {
  return typeof (table as Partial<TableBuilder> | null)?.build === "function";
}

/** A builder as is (it is immutable); a table value as a frozen copy, so later changes to it do not leak in. */
function frozenTable(template: Template, table: Table | TableBuilder): Table | TableBuilder {
  return isTableBuilder(table) ? table : validateTable(table, template).value;
}

function makeBuilder(state: State): DisclosureBuilder {
  return Object.freeze({
    table: (table: Table | TableBuilder) =>
      makeBuilder({
        ...state,
        tables: { item: frozenTable(state.template, table), previous: state.tables },
      }),
    text: (title: string, body: string) =>
      makeBuilder({
        ...state,
        texts: { item: Object.freeze({ title, body }), previous: state.texts },
      }),
    build: (): BuildResult<Disclosure> => {
      const tables = toArray(state.tables).map((t) => (isTableBuilder(t) ? t.build().value : t));
      return validateDisclosure(
        { meta: state.meta, tables, texts: toArray(state.texts) },
        state.template,
      );
    },
  });
}

/**
 * Starts an immutable {@link DisclosureBuilder} for a template. Tables given as builders are built
 * and then checked, like tables given as values, against this template.
 *
 * @param template - the template the disclosure follows (data, e.g. `henan2024`)
 * @param meta - year, 部门 / 单位, department, units, region; `template` defaults to `template.id`
 *
 * @example
 * ```ts
 * import { disclosureBuilder, tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = disclosureBuilder(henan2024, {
 *   year: 2024, documentKind: "部门",
 *   department: { code: "116", name: "中国共产党洛阳市涧西区委员会办公室" },
 *   units: [{ code: "116001", name: "中国共产党洛阳市涧西区委员会办公室", unitType: "行政" }],
 * })
 *   .table(tableBuilder(henan2024, "sanGong").single({ total: "6.50", vehicles: "4.00", reception: "2.50" }))
 *   .text("情况说明", "2024年“三公”经费支出预算为6.50万元。")
 *   .build();
 * r.ok; // true
 * r.value.meta.template; // "henan2024"
 * ```
 */
export function disclosureBuilder(
  template: Template,
  meta: DisclosureMetaInput,
): DisclosureBuilder {
  const full = freezeMeta({ ...meta, template: meta.template ?? template.id });
  return makeBuilder({ template, meta: full, tables: undefined, texts: undefined });
}
