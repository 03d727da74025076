import type { Amount } from "../amount";
import type { Catalog } from "../catalog";
import type { Table } from "../disclosure";
import type { Concept, Coordinates } from "../facts";

/**
 * Where something was printed in a narrative text: `[start, end)` offsets (UTF-16 code units) into
 * the string given to `extractClaims`, and the text between them as printed.
 *
 * @example
 * ```ts
 * import type { Span } from "yusuan/narrative";
 * const s: Span = { start: 4, end: 12, text: "969.06万元" };
 * ```
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What a claim is about: a concept and coordinates, the same fact key the tables state
 * (`factKey(subject.concept, subject.coords)`).
 *
 * @example
 * ```ts
 * import type { ClaimSubject } from "yusuan/narrative";
 * const basic: ClaimSubject = { concept: "spending", coords: { fund: "gpb", nature: "basic" } };
 * ```
 */
export interface ClaimSubject {
  readonly concept: Concept;
  readonly coords: Coordinates;
}

/**
 * A 科目 named in the text by its path (`社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）`
 * or `“一般公共服务支出”科目`): the names as printed per level, the code they resolve to, and what
 * the names say that the tables or the catalog say otherwise.
 *
 * - `variant`: a name printed with a variant character (`其它` for `其他`);
 * - `alias`: a former name, not valid in the document's year (`医疗卫生与计划生育支出` in 2024);
 * - `wrong-parent`: a level not found under the level printed before it, but elsewhere (a 项
 *   under the wrong 款); `expected` is the parent the code really has.
 *
 * @example
 * ```ts
 * import type { PrintedPath } from "yusuan/narrative";
 * const p: PrintedPath = { names: [{ level: "类", name: "一般公共服务支出" }], code: "201", problems: [] };
 * ```
 */
export interface PrintedPath {
  readonly names: readonly { readonly level: "类" | "款" | "项"; readonly name: string }[];
  readonly code: string;
  readonly problems: readonly {
    readonly kind: "variant" | "alias" | "wrong-parent";
    readonly name: string;
    readonly code: string;
    /** The current name (variant, alias) or the real parent code (wrong-parent). */
    readonly expected: string;
    /**
     * Told by the catalog alone (no table prints the name): a catalog of another year than the
     * document's cannot confirm it (names and parents change between years).
     */
    readonly fromCatalog?: true;
  }[];
}

/**
 * An amount the text states for a subject: `收入总计 969.06万元`, `基本支出 682.06万元`,
 * `“…（项）”53.84万元`, and `无政府采购预算安排` (`none`: the text says there is none, value 0).
 * `period` `prior` and `basis` `execution` mark last year's figures (`2023年当年预算执行数为54.60万元`).
 * `relation` `atMost`: the text's figure is a part of the subject's (绩效目标 money ≤ 项目支出).
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const { claims } = extractClaims("收入总计 969.06万元。");
 * const c = claims[0];
 * c?.kind === "amount" && [c.subject.concept, c.value.value, c.value.unit]; // ["revenue.total", "969.06", "万元"]
 * ```
 */
export interface AmountClaim {
  readonly kind: "amount";
  readonly subject: ClaimSubject;
  readonly value: Amount;
  readonly period: "current" | "prior";
  readonly basis: "budget" | "execution";
  readonly relation: "equals" | "atMost" | "none";
  readonly span: Span;
  readonly path?: PrintedPath;
  /**
   * Another fact the words may name: printers count 上年结转 in a figure named `收入预算` or
   * `一般公共预算收入` or not (本年收入 or 收入总计 of the fund; `收入总预算` the other way round),
   * where no word says which (`本年收入`, `收入总计`, `当年拨款`). A figure agreeing with either is
   * no error.
   */
  readonly also?: ClaimSubject;
  /**
   * The words say this year's appropriation (`一般公共预算当年拨款支出`, `本年财政拨款支出`, or a
   * figure under such a heading): the spending leaves out what 上年结转 pays for, which the
   * tables' figure of the fund may include.
   */
  readonly grant?: true;
}

/**
 * A change against last year: `比上年增加 134.22 万元` (`delta` signed by the word), `与上年持平`
 * (`flat`, no delta). `against` says what it is compared with (last year's budget, or its
 * execution: `比2023年预算执行数`).
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const { claims } = extractClaims("公务接待费2.50万元，比上年减少1.00万元。");
 * const c = claims[1];
 * c?.kind === "change" && [c.direction, c.delta?.value]; // ["down", "-1.00"]
 * ```
 */
export interface ChangeClaim {
  readonly kind: "change";
  readonly subject: ClaimSubject;
  readonly direction: "up" | "down" | "flat";
  readonly delta?: Amount;
  readonly against: "budget" | "execution";
  readonly span: Span;
}

/**
 * A percentage: a `share` of a whole (`其中：基本支出 682.06万元，占 70.38%`), or a `growth` rate
 * against last year (`增加134.22万元，增长16.08%`, growth = Δ / (current − Δ); or
 * `执行数为54.60万元，…安排53.84万元，比…减少1.39%`, from `previous` to `current`). Operands are
 * indexes into the claims array; absent when the text does not state them. A share whose whole
 * the text names but does not print (`基本支出682.06万元，占本年支出合计的70.38%`) has that whole
 * as `base`, and no `whole`: its figure is the tables'.
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const { claims } = extractClaims("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.38%。");
 * const c = claims[2];
 * c?.kind === "percent" && [c.relation, c.percent, c.part, c.whole]; // ["share", "70.38", 1, 0]
 * ```
 */
export interface PercentClaim {
  readonly kind: "percent";
  readonly relation: "share" | "growth";
  readonly subject: ClaimSubject;
  /** The percentage as printed, without `%` (`"16.08"`). */
  readonly percent: string;
  /** The direction word of a growth rate (增长 / 增加: up; 下降 / 减少: down). */
  readonly direction?: "up" | "down";
  readonly part?: number;
  readonly whole?: number;
  /** The whole a share names without printing its figure (then no `whole`). */
  readonly base?: ClaimSubject;
  /**
   * Another whole the share may be of: the whole of every fund, when the whole named after 占
   * (`占本年支出合计的`) was printed without a fund and took the one of its 其中 whole or section;
   * the total with the carry-overs, when the whole's name says not which (`占支出总额的`: 本年支出合计
   * or 支出总计).
   */
  readonly alsoBase?: ClaimSubject;
  readonly delta?: number;
  readonly current?: number;
  readonly previous?: number;
  readonly span: Span;
}

/**
 * A count: vehicles held (`共有车辆2辆`, and each category `一般公务用车2辆`), vehicles to buy
 * (`安排购置车辆0辆`), equipment (`单价100万元（含）以上设备…1台（套）`) and projects (`共11个项目`).
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const { claims } = extractClaims("截至2023年12月31日，本单位共有车辆2辆。", { year: 2024 });
 * const c = claims[0];
 * c?.kind === "count" && [c.what, c.value, c.period]; // ["vehicles", 2, "prior"]
 * ```
 */
export interface CountClaim {
  readonly kind: "count";
  readonly what: "vehicles" | "vehicles.purchase" | "equipment" | "projects";
  /** A category as printed (`一般公务用车`), absent for the total. */
  readonly category?: string;
  readonly value: number;
  readonly unit: string;
  readonly period: "current" | "prior";
  /**
   * The day or part of the year the count is of, as its sentence prints it (`截至2023年12月31日`:
   * `12月31日`; `2023年初`: `年初`), absent when it prints none: counts of two dates are two.
   */
  readonly asOf?: string;
  /**
   * The unit the count is of (its code), when its sentence or its section's heading names one of
   * the department's units (`XX中心共有车辆1辆`): absent for the department's own count.
   */
  readonly org?: string;
  readonly span: Span;
}

/**
 * A numeric statement of a narrative text, placed on the facts the tables state.
 *
 * @example
 * ```ts
 * import type { Claim } from "yusuan/narrative";
 * const amounts = (cs: readonly Claim[]) => cs.filter((c) => c.kind === "amount");
 * ```
 */
export type Claim = AmountClaim | ChangeClaim | PercentClaim | CountClaim;

/**
 * A number the text prints that no claim could place, with why: `no-subject` (no concept
 * named), `unknown-name` (a 科目 name neither the tables nor the catalog know), `no-base` (a
 * share of an unnamed whole), `no-relation` (a percentage neither a share nor a change),
 * `threshold` (a `50万元以上` with nothing it qualifies), `unit` (a unit not modelled),
 * `bare` (no unit), `too-long` (more digits than any amount), `no-period` (a figure of a
 * sentence about what follows a budget's execution, `2023年预算执行完毕后，结转…`, whose clause
 * names no year), `balance` (a figure of a balance or a saving, `“三公”经费结余1.00万元`,
 * `较预算节约2.00万元`, not of the measure named), `unit-part` (a figure of one of the
 * department's units, `所属单位…`, `XX中心支出预算…`, `XX局本级…`, whose figures the tables do not
 * give by unit, or a unit the reader cannot match to the tables' and the caller's, named in its
 * clause or in its section's heading, `二、XX学校收支预算情况`: never compared with the department's),
 * `region` (a figure of the region's budget, `全县一般公共预算支出…`, `区本级财政…`, `占全县…的
 * 0.08%`, and what its sentence goes on to say of it), `adjusted` (a figure of last year's budget as
 * adjusted in the year, `2023年调整后预算为…`, or a change or rate against it, `比调整预算减少…`: no
 * table states it), `other-year` (a change or rate against a year other than last year,
 * `比2022年下降25.00%` or `比2022年减少2.50万元` in 2024, `较前年增加…`, and a change or rate after it in
 * its sentence naming no comparison of its own; a figure of such a year, `2022年为9.00万元`: no
 * table states that year's figures, and it is never compared with last year's). Never a finding: a gap of the library's reading, to be reported as coverage.
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const { unplaced } = extractClaims("预算安排2万元。");
 * [unplaced[0]?.reason, unplaced[0]?.span.text, unplaced[0]?.carriesAmount]; // ["no-subject", "2万元", true]
 * ```
 */
export interface Unplaced {
  readonly reason:
    | "no-subject"
    | "unknown-name"
    | "no-base"
    | "no-relation"
    | "threshold"
    | "unit"
    | "bare"
    | "too-long"
    | "no-period"
    | "balance"
    | "unit-part"
    | "region"
    | "adjusted"
    | "other-year";
  /** Whether the number carries an amount unit (元 / 万元 / 亿元). */
  readonly carriesAmount: boolean;
  readonly span: Span;
  /** The sentence it is in. */
  readonly sentence: Span;
}

/**
 * A remark about the wording rather than a figure: an empty reason (`主要原因是。`, `empty`
 * true) or a non-empty one, and template residue left in (`XX`, `……`, `待补充`, a bracketed
 * instruction such as `（请填写原因）`).
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * extractClaims("与上年持平，主要原因是。").remarks[0]; // { kind: "reason", empty: true, span: { start: 6, end: 11, text: "主要原因是" } }
 * ```
 */
export type Remark =
  | { readonly kind: "reason"; readonly empty: boolean; readonly span: Span }
  | { readonly kind: "residue"; readonly span: Span };

/**
 * What `extractClaims` read: the claims, the numbers it could not place, and the remarks.
 *
 * @example
 * ```ts
 * import { extractClaims, type NarrativeReading } from "yusuan/narrative";
 * const r: NarrativeReading = extractClaims("三公经费6.50万元。");
 * r.claims.length; // 1
 * ```
 */
export interface NarrativeReading {
  readonly claims: readonly Claim[];
  readonly unplaced: readonly Unplaced[];
  readonly remarks: readonly Remark[];
}

/**
 * Options of `extractClaims`: the document's year (to tell last year's figures from this
 * year's), the functional catalog and the tables, whose 科目 names resolve the paths the text
 * prints (the tables' names first: a partial catalog may lack a 项 the document has), and the
 * department and its units, whose names say whose figure follows them.
 *
 * @example
 * ```ts
 * import type { ExtractOptions } from "yusuan/narrative";
 * import { functional2024 } from "yusuan/catalog/2024";
 * const o: ExtractOptions = { year: 2024, catalog: functional2024 };
 * ```
 */
export interface ExtractOptions {
  readonly year?: number;
  readonly catalog?: Catalog;
  readonly tables?: readonly Table[];
  /**
   * The department (its name; the code of its own row in the tables): a figure after its name is
   * the department's, after its name and `本级` its own level's where it has several units.
   */
  readonly department?: { readonly code?: string; readonly name: string };
  /**
   * The department's units (the tables' unit rows name them too): a figure after a unit's name is
   * that unit's, compared with the unit's row where the tables print one, else left unplaced.
   */
  readonly units?: readonly { readonly code?: string; readonly name: string }[];
}
