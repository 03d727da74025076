// Whether a 科目 name printed over two lines reads as one name or as two rows: by the catalog
// where it lists the code, else by how the first line ends.
import type { Catalog, CatalogEntry } from "../catalog";
import { normalizeName } from "../codes";
import { spendingStem } from "../codes/names";
import type { RowKey } from "../disclosure";

/** The catalog's entry for a 科目 row's code (digits), when the catalog is of the code's system. */
function entryOf(key: RowKey, catalog: Catalog | undefined): CatalogEntry | undefined {
  const system = catalog?.system;
  const code =
    key.kind === "functional"
      ? system === "functional" && key.code
      : key.kind === "economic" &&
        (system === "departmental" ? key.econ : system === "government" && key.gov);
  return code ? catalog?.byCode.get(code) : undefined;
}

/**
 * What a catalog tells of a 科目's printed name `head` with `tail` printed a line lower: `joins`
 * where the two read as one begin one of the code's names, current or alias, or are one
 * (`一般公共服务` / `支出` is 201's name, `机关事业单位基本养老保` / `险缴` begins 2080505's);
 * `apart` where the head alone is a whole name of the code, up to `normalizeName` and a trailing
 * 支出 (`行政运行` / `人大事务`, `一般公共服务` / `基本支出`); none where the catalog cannot tell (no
 * catalog, a code it does not list, a name printed otherwise). @internal
 */
export function catalogReading(
  key: RowKey,
  head: string,
  tail: string,
  catalog: Catalog | undefined,
): "joins" | "apart" | undefined {
  const entry = entryOf(key, catalog);
  if (entry === undefined) return undefined;
  const printed = [entry.name, ...entry.aliases.map((a) => a.name)];
  // A name printed far longer than every name of the code is none of them (nor its start): it
  // is not normalised again on each line wrapped onto it (a row of thousands of lines stays
  // linear). Four times the longest, as letter-spaced names print a space between characters.
  let longest = 0;
  for (const n of printed) longest = Math.max(longest, n.length);
  if (head.length > 4 * longest + 16) return undefined;
  const names = printed.map(normalizeName);
  const joined = normalizeName(`${head.trimEnd()}${tail.trim()}`);
  if (names.some((n) => n.startsWith(joined))) return "joins";
  const h = normalizeName(head);
  return names.some((n) => n === h || spendingStem(n) === h) ? "apart" : undefined;
}

/**
 * A 科目 name that reads whole without a catalog: it ends as a 科目 ends (…支出, after level marks
 * and brackets `normalizeName` removes), where the line below does not open a bracket (`资本性支出`
 * / `（基本建设）`). Only asked where the line below prints figures, so a row of its own.
 */
const BRACKET_OPEN = /^[（(【[]/u;
export const endsWhole = (head: string, tail: string): boolean =>
  normalizeName(head).endsWith("支出") && !BRACKET_OPEN.test(tail.trim());
