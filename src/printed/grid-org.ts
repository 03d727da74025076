import { type Catalog, findByName } from "../catalog";
import { normalizeName } from "../codes";
import { endsAsOrganisation } from "../codes/org-endings";
import { holdsRegion, REGION_LEVELS } from "../codes/regions";
import { labelKey } from "../templates/wording";
import { accepts, plainText as plain } from "./cells";
import type { PrintedCode } from "./codes";
import type { GridContext } from "./grid";
import { HAN } from "./transposed";
import { withoutUnitLabel } from "./unit-heading";

// Which coded rows of a grid are the department's or a unit's rather than 科目 rows: a code that
// begins with the department's, or reads as no 科目 code.

/** A unit code: 3 to 12 digits. @internal */
export const ORG_CODE = /^[0-9]{3,12}$/u;

/**
 * The ends of an organisation's name no 科目's name ends with (`…局`, `…就业服务中心`, `…局机关`,
 * `…委员会（本级）`; brackets half-width): a unit's name, with or without its region (a school's
 * needs its region: `小学` and `中学` are 项 of 20502).
 */
const UNIT_END = /(?:局|委员会|办公室|中心|机关|本级)\)?$/u;

/**
 * Words of 科目 names holding a region's character without naming a region (`城乡社区`, `市场`,
 * `乡镇`): passed over before a region a unit's full name holds is looked for
 * ({@link holdsRegion}: `某区…`, `郑州市…`, `某县人民医院`; a name wrapped over lines, `城乡社`,
 * names no organisation).
 */
const NO_REGION = /城乡|社区|乡村|乡镇|城市|市场|市政|区域|地区|园区|县级|市级|省级|区级|州级/gu;

/**
 * 科目 named as an organisation is, holding a region's character: never a unit's name (the 科目
 * the catalog may not know that end as organisations do otherwise hold none: `公立医院`, `图书馆`).
 */
const SUBJECTS_AS_ORGS: ReadonlySet<string> = new Set(["乡镇卫生院"]);

function isDepartment(code: string, departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && departmentCode !== "" && code.startsWith(departmentCode);
}

/**
 * Whether a code beginning with the department's code is the department's or a unit's: not when
 * it is also a 科目 code (a 人社局 coded 208 prints `208 社会保障和就业支出`, `20805 …`, `2080505 …`
 * like every department) printed beside a 科目's name, or a 款 or 项 under a 科目 row of its 类
 * (`21201 城乡社区管理事务` under `212`, `2120104 城管执法` after `2120101`: the catalog need not know
 * the name) unless it names the caller's unit of that code or an organisation
 * (`20803 某区就业服务中心` after `2080101`: see {@link namesOrganisation}). The department's own
 * row and its units' name themselves.
 */
export function departmentRow(
  code: string,
  parses: boolean,
  row: readonly string[],
  ctx: GridContext,
): boolean {
  if (!isDepartment(code, ctx.departmentCode)) return false;
  if (!parses) return true;
  if (namesSubject(row, ctx)) return false;
  // a 款 or 项 under a 科目 row of its 类 (`21201` under `212`, `2120104` after `2120101`): a 科目,
  // unless it names the caller's unit of that code
  const above = ctx.above;
  if (above === undefined || code.length < 5 || code.slice(0, 3) !== above.slice(0, 3)) return true;
  const name = nameOf(row, ctx);
  // units are coded as the 类's 款 (`20803`), never as a 项 (`2050202 小学` is the 科目)
  return (
    ctx.unitNames?.get(labelKey(name)) === code || (code.length === 5 && namesOrganisation(name))
  );
}

/**
 * Whether a printed name is an organisation's: Han text ending as no 科目's name does (`…局`,
 * `…就业服务中心`, `…局机关`, `…委员会（本级）`), or holding a region (`某区`, `某县`,
 * `郑州市`) and ending as organisations do (`某县第一中学`, `…人民医院`, `…环境卫生管理所`); never a
 * 科目 so named (`乡镇卫生院`; `小学`, `公立医院`, `综合医院`, `图书馆` hold no region). A 科目's name is tested
 * first ({@link isSubjectName}). @internal
 */
export function namesOrganisation(name: string): boolean {
  const s = plain(name).normalize("NFKC");
  if (!HAN.test(s) || SUBJECTS_AS_ORGS.has(s)) return false;
  return UNIT_END.test(s) || (holdsRegion(s.replace(NO_REGION, "")) && endsAsOrganisation(s));
}

/** The word a printer may put after a department's name (`某某县教育部门`, `中共某县委宣传部部门`). */
const DEPARTMENT_WORD = "部门";

/**
 * The characters of a group of departments' name before `部门` (`区直`, `县直各`, `各县(市、区)`,
 * `全市各`, `省直属`, `市直有关`): a region's character and words of a group, never a department's
 * own name (which holds others: `某某县教育`, `市直机关工委`).
 */
const GROUP_CHARS: ReadonlySet<string> = new Set([...REGION_LEVELS, ..."直各级属全有关相所、()"]);

/** Whether what precedes `部门` names a group of departments (see {@link GROUP_CHARS}). */
function namesGroup(stem: string): boolean {
  for (const c of stem) if (!GROUP_CHARS.has(c)) return false;
  return true;
}

/**
 * Whether a printed name is a department's: an organisation's ({@link namesOrganisation}), or a
 * name followed by `部门` (`某某县教育部门`, `中共某某县委宣传部部门`) where what precedes the word
 * is an organisation's name or holds a region (a county's, a city's), after a label (`部门：`,
 * `单位名称：`). Never a word with no region before it (`教育部门`, `其他部门`, `有关部门`), nor a
 * group of departments (`区直部门`, `市直各部门`, `各县区部门`: see {@link GROUP_CHARS}). @internal
 */
export function namesDepartment(name: string): boolean {
  const s = withoutUnitLabel(plain(name).normalize("NFKC").trim());
  if (namesOrganisation(s)) return true;
  if (!s.endsWith(DEPARTMENT_WORD)) return false;
  const stem = s.slice(0, -DEPARTMENT_WORD.length);
  if (!HAN.test(stem) || namesGroup(stem)) return false;
  return namesOrganisation(stem) || holdsRegion(stem.replace(NO_REGION, ""));
}

/**
 * Whether a row coded as a 类 or a 款 names an organisation, not a 科目, in a table of 科目 rows
 * under units (see {@link namesOrganisation}).
 */
function orgNamed(code: string, row: readonly string[], ctx: GridContext): boolean {
  if (code.length > 5 || !accepts(ctx.kind, "functional") || accepts(ctx.kind, "project"))
    return false;
  const name = nameOf(row, ctx);
  return !isSubjectName(name, ctx.catalog) && namesOrganisation(name);
}

/** The text of a row's name cell (empty when it prints none). */
function nameOf(row: readonly string[], ctx: GridContext): string {
  const at = ctx.columns.find((c) => c.column?.role === "name")?.index;
  return at === undefined ? "" : (row[at] ?? "").trim();
}

/**
 * Whether a row's name cell names a 科目, not a unit: a name ending as a 科目's (`…支出`) or one
 * the catalog knows (`行政运行`, `城乡社区管理事务`).
 */
function namesSubject(row: readonly string[], ctx: GridContext): boolean {
  return isSubjectName(nameOf(row, ctx), ctx.catalog);
}

/**
 * Whether a printed name is a 科目's: Han text ending as a 科目's (`…支出`) or one the catalog knows
 * (`行政运行`). @internal
 */
export function isSubjectName(name: string, catalog: Catalog | undefined): boolean {
  if (name === "" || !HAN.test(name)) return false;
  if (normalizeName(name).endsWith("支出")) return true;
  return catalog !== undefined && findByName(catalog, name).length > 0;
}

/**
 * A code that failed to parse but reads as a unit code (`116` in a 类 column); not one of no
 * code's length printed beside a 科目's name (`212010 行政运行`) or in the 类 of the 科目 row above
 * (`2120` under `212`): a misprinted 科目 code, reported as such, never a unit heading the rows
 * below.
 */
export function orgLike(c: PrintedCode, row: readonly string[], ctx: GridContext): boolean {
  if (!accepts(ctx.kind, "org") || c.filled !== 1 || !ORG_CODE.test(plain(c.raw))) return false;
  if (departmentRow(plain(c.raw), c.result.ok, row, ctx)) return true;
  // a 类 or 款 code beside an organisation's name (`208 某区人力资源和社会保障局`, `20803 某区就业
  // 服务中心`: a department or a unit coded so, the caller giving no code), never a project's
  if (c.result.ok) return orgNamed(plain(c.raw), row, ctx);
  const error = c.result.error.code;
  // a code of no code's length in the 类 of the 科目 row above (`2120` under `212`), or beside a
  // 科目's name, is that 科目's misprint
  const raw = plain(c.raw);
  // one of the caller's units (`208002` of a 人社局 coded 208, under a 科目 row of 类 208)
  if (ctx.unitNames !== undefined && [...ctx.unitNames.values()].includes(raw)) return true;
  // (a unit code has 6 digits or more: below that, none of the 类's rows)
  const sameClass =
    ctx.above !== undefined && raw.length < 6 && raw.startsWith(ctx.above.slice(0, 3));
  if (error === "bad-length" && (sameClass || namesSubject(row, ctx))) return false;
  return error === "wrong-system" || error === "bad-length";
}
