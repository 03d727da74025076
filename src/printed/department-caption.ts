/**
 * A department's (or its office's) name printed alone on a row at the top of a table, with no
 * figure, the caller naming no unit it is: above the total (`某区城市管理局` / `合计` / 科目 rows),
 * or just under it over the units' rows of a table by unit. A caption of the table, not a row
 * of it: read as the total (an unlabelled first row), it put a blank total before the printed
 * one; left unplaced, it was a warning on a correct table.
 */
import { isNoValue } from "../amount/parse";
import { labelKey } from "../templates/wording";
import { isTotalLabel } from "./cells";
import { namesDepartment } from "./grid-org";
import { OWN_MARK } from "./own-office";
import type { ReadProblem } from "./problems";
import type { SectionRow } from "./unit-sections";

type Cells = Readonly<Record<string, string>>;

/** The row kinds a caption may have been read as: a name not placed, an unlabelled first row. */
const READ_AS: ReadonlySet<SectionRow["key"]["kind"]> = /*#__PURE__*/ new Set([
  "unplaced",
  "total",
]);

/** What a printed row says, its non-blank cells joined (a caption prints its name only). */
const printedText = (row: readonly string[] | undefined): string =>
  (row ?? [])
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .join(" ");

/**
 * The rows of a table without its department caption: among its top rows (only totals above
 * it), the first that prints no figure in an amount column (`amounts`: the column keys), is no
 * total's label, names an organisation (`…局`, `…局机关`, `…委员会（本级）`, `某某县教育部门`,
 * `部门：中共某县委宣传部部门`: see `namesDepartment`) and nothing else, with a total row printed beside it and the row right
 * below it the total or a unit's (`org`). Skipped as layout (`layout-row`, `caption`), its
 * `unplaced-row` withdrawn. A table with no such row is given back as it is. Linear. @internal
 */
export function departmentCaption<T extends SectionRow & { readonly cells: Cells }>(
  built: T[],
  printed: readonly (readonly string[])[],
  amounts: readonly string[],
  problems: ReadProblem[],
): T[] {
  let at = -1;
  for (let i = 0; i < built.length; i++) {
    const b = built[i] as T;
    if (READ_AS.has(b.key.kind) && isCaption(b, printed, amounts)) {
      at = i;
      break;
    }
    if (b.key.kind !== "total") return built;
  }
  const caption = built[at];
  if (caption === undefined) return built;
  const below = built[at + 1]?.key.kind;
  if (below !== "total" && below !== "org") return built;
  if (!built.some((b, i) => i !== at && b.key.kind === "total")) return built;
  const kept = problems.filter((p) => p.code !== "unplaced-row" || p.path.row !== caption.source);
  kept.push({
    code: "layout-row",
    severity: "info",
    path: { row: caption.source },
    what: "caption",
  });
  problems.splice(0, problems.length, ...kept);
  return built.filter((b) => b !== caption);
}

/** Whether a built row prints no figure and an organisation's name alone. */
function isCaption(
  b: SectionRow & { readonly cells: Cells },
  printed: readonly (readonly string[])[],
  amounts: readonly string[],
): boolean {
  if (!amounts.every((k) => isNoValue(b.cells[k] ?? ""))) return false;
  const text = printedText(printed[b.source]);
  return text !== "" && !isTotalLabel(text) && namesDepartment(text);
}

/**
 * Whether a heading's name may name the department itself, by the units a caller names: any
 * name where it names none; else the name of a unit marked as the department's own office
 * without its mark (`某局` of `某局机关`, `某局本级`, `某局（本级）`), never another unit's. @internal
 */
export function departmentNamed(
  units: readonly { readonly code?: string; readonly name: string }[] | undefined,
): (name: string) => boolean {
  if (units === undefined || units.length === 0) return () => true;
  const stems = new Set<string>();
  for (const u of units) {
    if (typeof u?.name !== "string") continue;
    const name = u.name.normalize("NFKC").trim();
    if (OWN_MARK.test(name)) stems.add(labelKey(name.replace(OWN_MARK, "")));
  }
  stems.delete("");
  return (name) => stems.has(labelKey(name));
}
