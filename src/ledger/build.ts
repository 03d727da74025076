// Direct module imports (not the barrels): the JSON entry reads ledgers through this file, and
// must not reach the checker's arithmetic (decimal.js).
import { parseAmount } from "../amount/parse";
import { parseCode } from "../codes/code";
import { normalizeName } from "../codes/names";
import type { CodeSystem } from "../codes/types";
import { BASIC_NATURE_BY_ECON_CLASS } from "../facts/basic-classes";
import { err, ok, type Result } from "../result/result";
import {
  CARRY_FORWARD,
  entryIds,
  FUND_IDS,
  internTuples,
  type Ledger,
  type Projection,
  project,
  SPENDING,
  type StoredProject,
  type ViewDims,
} from "./store";
import type { LedgerEntry, LedgerMeta, LedgerProblem, LedgerScale } from "./types";

/**
 * The projections every ledger keeps, each made from the one named (or the tuples): a table reads
 * the smallest that keeps what it needs. Unit-free views serve the tables printed by department.
 */
const PROJECTIONS: readonly { readonly keeps: readonly ViewDims[]; readonly from?: number }[] = [
  { keeps: ["unit", "functional", "econClass"] },
  { keeps: ["functional", "econClass"], from: 0 },
  { keeps: ["unit", "econClass"], from: 0 },
  { keeps: ["econClass"], from: 2 },
  { keeps: ["unit", "econ", "gov"] },
  { keeps: ["econ", "gov"], from: 4 },
  { keeps: ["unit", "project", "econClass"] },
];

/** A dictionary of codes: raw text → id (0 is "none"), with the normalised codes by id. */
class Codes {
  readonly values: string[] = [""];
  readonly ids = new Map<string, number>([["", 0]]);
  private readonly raw = new Map<string, number | undefined>();
  constructor(
    private readonly system: CodeSystem,
    private readonly length: number,
  ) {}
  /** The id of a printed code, or `undefined` when it is not a code of the wanted level. */
  id(input: string): number | undefined {
    const known = this.raw.get(input);
    if (known !== undefined || this.raw.has(input)) return known;
    const parsed = parseCode(this.system, input);
    let id: number | undefined;
    if (parsed.ok && parsed.value.value.length === this.length) {
      const value = parsed.value.value;
      id = this.ids.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.values.push(value);
        this.ids.set(value, id);
      }
    }
    this.raw.set(input, id);
    return id;
  }
}

const SAFE = 9_007_199_254_740_991; // Number.MAX_SAFE_INTEGER

/**
 * A plain `-?digits(.digits)?` amount as an integer count of `10^-decimals`, fast; else
 * parseAmount (`blank` where it reads no value: blank, a dash, a slash).
 */
function units(
  input: string,
  decimals: number,
): number | "not-an-amount" | "blank" | "too-precise" | "too-large" {
  let s = input;
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) {
    const parsed = parseAmount(input);
    if (!parsed.ok) return "not-an-amount";
    if (parsed.value === null) return "blank";
    s = parsed.value.value;
  }
  const negative = s.startsWith("-");
  const body = negative ? s.slice(1) : s;
  const point = body.indexOf(".");
  const int = point < 0 ? body : body.slice(0, point);
  const frac = point < 0 ? "" : body.slice(point + 1);
  if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals))) return "too-precise";
  const digits = `${int}${frac.slice(0, decimals).padEnd(decimals, "0")}`;
  const n = Number(digits);
  if (n > SAFE) return "too-large";
  return negative && n !== 0 ? -n : n;
}

const FUND_ID = /*#__PURE__*/ new Map<string, number>(/*#__PURE__*/ FUND_IDS.map((f, i) => [f, i]));
const NATURE_ID = /*#__PURE__*/ new Map<string, number>([
  ["basic.personnel", 1],
  ["basic.public", 2],
  ["project.operating", 3],
  ["project.specific", 4],
]); // the ids of NATURE_IDS

/**
 * The core of `ledgerOf` for arguments of the right shape (see `./ledger-of.ts`, which
 * checks them first; `parseLedger` gives what its schema has validated): builds a ledger from its
 * entries in one pass, every entry validated and indexed. @internal
 */
export function buildLedger(
  meta: LedgerMeta,
  scale: LedgerScale,
  list: readonly LedgerEntry[],
): Result<Ledger, readonly LedgerProblem[]> {
  if (!Number.isSafeInteger(scale.decimals) || scale.decimals < 0)
    throw new RangeError(
      `ledgerOf: decimals must be a non-negative integer, got ${scale.decimals}`,
    );
  const n = list.length;
  const problems: LedgerProblem[] = [];
  const unitIds = new Map<string, number>();
  meta.units.forEach((u, i) => {
    // (null: absent, as JSON from a database writes it)
    if (u.code === undefined || u.code === null)
      problems.push({ code: "unknown-unit", path: ["meta", "units", i], input: u.name });
    else unitIds.set(u.code, i);
  });
  const functional = new Codes("functional", 7);
  const econ = new Codes("departmental", 5);
  const gov = new Codes("government", 5);
  const projects: StoredProject[] = [{ name: "", unit: 0, nature: 0 }];
  const projectIds = new Map<string, number>();
  const ids = entryIds(n);
  const amounts = new Float64Array(n);
  let absTotal = 0;
  for (let i = 0; i < n; i++) {
    const e = list[i] as LedgerEntry;
    const at = (field: string) => ["entries", i, field] as const;
    const unit = unitIds.get(e.unit);
    if (unit === undefined)
      problems.push({ code: "unknown-unit", path: at("unit"), input: e.unit });
    else ids.unit[i] = unit;
    const fund = FUND_ID.get(e.fund);
    if (fund === undefined || (e.kind === "carryforward" && e.fund.startsWith("carryover")))
      problems.push({ code: "fund", path: at("fund"), input: e.fund });
    else ids.fund[i] = fund;
    if (e.period === "prior") ids.period[i] = 1;
    const amount = units(e.amount, scale.decimals);
    if (typeof amount === "string")
      problems.push({
        code: "malformed-amount",
        path: at("amount"),
        input: e.amount,
        reason: amount,
      });
    else {
      amounts[i] = amount;
      absTotal += Math.abs(amount);
    }
    if (e.kind === "carryforward") {
      ids.kind[i] = CARRY_FORWARD;
      continue;
    }
    ids.kind[i] = SPENDING;
    const f = functional.id(e.functional);
    if (f === undefined)
      problems.push({
        code: "malformed-code",
        path: at("functional"),
        input: e.functional,
        expected: "项",
      });
    else ids.functional[i] = f;
    const c = econ.id(e.econ);
    if (c === undefined)
      problems.push({ code: "malformed-code", path: at("econ"), input: e.econ, expected: "款" });
    else ids.econ[i] = c;
    if (e.gov !== undefined && e.gov !== null) {
      const g = gov.id(e.gov);
      if (g === undefined)
        problems.push({ code: "malformed-code", path: at("gov"), input: e.gov, expected: "款" });
      else ids.gov[i] = g;
    }
    // basic → 人员 or 公用 by the 类 of its code (DOMAIN §2, one definition with the 决算 profile's);
    // a stated one must agree, and a 类 of neither is no basic spending.
    let nature: string = e.nature;
    if (e.nature.startsWith("basic") && c !== undefined) {
      const byClass = BASIC_NATURE_BY_ECON_CLASS[(econ.values[c] as string).slice(0, 3)];
      if (byClass === undefined || (e.nature !== "basic" && e.nature !== byClass)) {
        const reason = byClass === undefined ? "not-basic" : "contradicts";
        problems.push({
          code: "nature-econ",
          path: at("nature"),
          nature: e.nature,
          econ: e.econ,
          reason,
        });
        nature = "basic.personnel";
      } else nature = byClass;
    }
    // (a basic line whose code did not parse has its problem already)
    const natureId = NATURE_ID.get(nature) ?? (c === undefined ? 1 : undefined);
    if (natureId === undefined)
      problems.push({
        code: "nature-econ",
        path: at("nature"),
        nature: e.nature,
        econ: e.econ,
        reason: "unknown-nature",
      });
    else ids.nature[i] = natureId;
    const isProject = e.nature.startsWith("project");
    const project = e.project ?? undefined;
    if (isProject !== (project !== undefined)) {
      problems.push({
        code: "project",
        path: at("project"),
        reason: isProject ? "missing" : "unexpected",
      });
    } else if (project !== undefined && unit !== undefined && natureId !== undefined) {
      const code = project.code ?? undefined;
      const key = normalizeName(project.name);
      let p = projectIds.get(key);
      if (p === undefined) {
        p = projects.length;
        projectIds.set(key, p);
        projects.push({
          name: project.name,
          ...(code === undefined ? {} : { code }),
          unit,
          nature: natureId,
        });
      } else {
        const known = projects[p] as StoredProject;
        if (known.unit !== unit || known.nature !== natureId || known.code !== code)
          problems.push({
            code: "project",
            path: at("project"),
            reason: "conflict",
            name: project.name,
          });
      }
      ids.project[i] = p;
    }
  }
  if (problems.length > 0) return err(Object.freeze(problems));
  const { tupleOf, tuples } = internTuples(ids, n, econ.values.length);
  const econValues = [...econ.values];
  const econIds = new Map(econ.ids);
  const projections: Projection[] = [];
  for (const p of PROJECTIONS) {
    const from = p.from === undefined ? undefined : projections[p.from];
    projections.push(project(from?.view ?? tuples, econValues, econIds, new Set(p.keeps), from));
  }
  projections.sort((a, b) => a.view.size - b.view.size);
  return ok(
    Object.freeze({
      meta: Object.freeze({
        ...meta,
        department: Object.freeze({ ...meta.department }),
        units: Object.freeze(meta.units.map((u) => Object.freeze({ ...u }))),
      }),
      scale: Object.freeze({ unit: scale.unit, decimals: scale.decimals }),
      size: n,
      store: Object.freeze({
        functional: Object.freeze(functional.values),
        econ: Object.freeze(econValues),
        gov: Object.freeze(gov.values),
        projects: Object.freeze(projects),
        tupleOf,
        amounts,
        absTotal,
        tuples,
        projections,
      }),
    }),
  );
}
