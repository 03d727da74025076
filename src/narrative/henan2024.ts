import { type Amount, formatAmount, isNegative, isZero } from "../amount";
import { absAmount } from "../amount/arithmetic";
import type { Coordinates, Fund } from "../facts";
import {
  changeOf,
  type NarrativeFigures,
  type NarrativeInputs,
  type NarrativeTemplate,
} from "./render";

type Figure = Amount | null | undefined;
const nil = (a: Figure) => a === undefined || a === null || isZero(a);

/** Income sources in the order the Henan 收入预算 paragraph names them. */
const SOURCES: readonly (readonly [Fund, string])[] = [
  ["gpb", "一般公共预算拨款收入"],
  ["govFund", "政府性基金预算拨款收入"],
  ["soe", "国有资本经营预算拨款收入"],
  ["specialAccount", "财政专户管理资金收入"],
  ["business", "事业收入"],
  ["operating", "事业单位经营收入"],
  ["superior", "上级补助收入"],
  ["affiliated", "附属单位上缴收入"],
  ["other", "其他收入"],
];

/** The 三公 items: id, 序号, name, what the money is for (with the punctuation the template prints after it). */
const SAN_GONG: readonly (readonly [string, string, string, string])[] = [
  [
    "abroad",
    "（一）",
    "因公出国（境）费",
    "主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。",
  ],
  ["reception", "（二）", "公务接待费", "主要用于按规定开支的各类公务接待（含外宾接待）支出，"],
  [
    "vehicles",
    "（三）",
    "公务用车购置及运行费",
    "主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。",
  ],
];

function render(f: NarrativeFigures, inputs: NarrativeInputs): readonly string[] {
  const { year, name } = f;
  const last = year - 1;
  const a = (
    id: string,
    concept: Parameters<NarrativeFigures["amount"]>[0],
    coords: Coordinates = {},
  ) => [f.amount(concept, coords), f.show(id, f.amount(concept, coords))] as const;
  const reason = (id: string, lead: string) => {
    const r = inputs.reasons?.[id];
    return r === undefined ? "" : `${lead}${r}`;
  };
  /** `比2023年减少1.00万元` / `与2023年保持一致`, for a figure with last year's value. */
  const versus = (id: string, now: Figure) => {
    const c = changeOf(now, inputs.prior?.[id]);
    if (c === undefined) return undefined;
    if (isZero(c.delta)) return { flat: true, text: `与${last}年保持一致`, c };
    const word = isNegative(c.delta) ? "减少" : "增加";
    return {
      flat: false,
      text: `比${last}年${word}${formatAmount(absAmount(c.delta), { grouping: true })}万元`,
      c,
    };
  };
  /** `增加134.22万元，增长16.08%` after `各` or a subject. */
  const growth = (id: string, now: Figure) => {
    const c = changeOf(now, inputs.prior?.[id]);
    if (c === undefined) return undefined;
    if (isZero(c.delta)) return "持平";
    const down = isNegative(c.delta);
    return `${down ? "减少" : "增加"}${formatAmount(absAmount(c.delta), { grouping: true })}万元，${down ? "下降" : "增长"}${c.growth}%`;
  };
  const out: string[] = ["第二部分", `${year}年${f.department}`, "部门预算情况说明"];

  out.push("一、收入支出预算总体情况说明");
  const [rt, rts] = a("revenue.total", "revenue.total");
  const [, sts] = a("spending.total", "spending.total");
  const g1 = growth("spending.total", rt);
  out.push(
    `${name}${year}年收入总计${rts}万元，支出总计${sts}万元` +
      (g1 === undefined
        ? "。"
        : `，与${last}年预算相比，收支总计各${g1}。${reason("spending.total", "主要原因：")}`),
  );

  out.push("二、收入预算总体情况说明");
  const [, rs] = a("revenue", "revenue");
  const parts = SOURCES.map(
    ([fund, label]) => [label, a(`revenue.${fund}`, "revenue", { fund })] as const,
  )
    .filter(([, [v]]) => !nil(v))
    .map(([label, [, s]]) => `${label}${s}万元`);
  out.push(
    `${name}${year}年收入合计${rs}万元${parts.length > 0 ? `，其中：${parts.join("，")}` : ""}。`,
  );

  const shares = (
    lead: string,
    whole: Figure,
    items: readonly (readonly [string, Figure, string])[],
  ) =>
    `${lead}其中：${items.map(([label, v, s]) => `${label}${s}万元，占${f.share(v, whole)}%`).join("；")}。`;
  out.push("三、支出预算总体情况说明");
  const [s, ss] = a("spending", "spending");
  const [b, bs] = a("spending.basic", "spending", { nature: "basic" });
  const [p, ps] = a("spending.project", "spending", { nature: "project" });
  out.push(
    shares(`${name}${year}年支出合计${ss}万元，`, s, [
      ["基本支出", b, bs],
      ["项目支出", p, ps],
    ]),
  );

  out.push("四、财政拨款收入支出预算总体情况说明");
  const [g, gs] = a("gpb", "spending", { fund: "gpb" });
  const g4 = growth("gpb", g);
  out.push(
    `${name}${year}年一般公共预算收支预算${gs}万元。` +
      (g4 === undefined
        ? ""
        : `与${last}年相比，一般公共预算收支预算${g4}，${reason("gpb", "主要原因：")}`),
  );

  out.push("五、一般公共预算支出预算情况说明");
  const [gb, gbs] = a("gpb.basic", "spending", { fund: "gpb", nature: "basic" });
  const [gp, gps] = a("gpb.project", "spending", { fund: "gpb", nature: "project" });
  out.push(
    shares(`${name}${year}年一般公共预算支出年初预算为${gs}万元。`, g, [
      ["基本支出", gb, gbs],
      ["项目支出", gp, gps],
    ]),
  );

  out.push("六、一般公共预算基本支出预算情况说明");
  const [pe, pes] = a("gpb.personnel", "spending", { fund: "gpb", nature: "basic.personnel" });
  const [pu, pus] = a("gpb.public", "spending", { fund: "gpb", nature: "basic.public" });
  out.push(
    shares(`${name}${year}年一般公共预算基本支出年初预算为${gbs}万元。`, gb, [
      ["人员经费支出", pe, pes],
      ["公用经费支出", pu, pus],
    ]),
  );

  out.push("七、一般公共预算“三公”经费支出预算情况说明");
  const [sg, sgs] = a("sanGong", "sanGong");
  const v7 = versus("sanGong", sg);
  out.push(
    `${name}${year}年“三公”经费支出预算为${sgs}万元。${v7 === undefined ? "" : `${year}年“三公”经费支出预算数${v7.text}。`}`,
  );
  out.push("具体支出情况如下：");
  const item = (id: string) => {
    const [v, vs] = a(`sanGong.${id}`, "sanGong", { item: id as "abroad" });
    return { v, vs, change: versus(`sanGong.${id}`, v) };
  };
  for (const [id, no, label, purpose] of SAN_GONG) {
    const { vs, change } = item(id);
    let line = `${no}${label}${vs}万元，${purpose}`;
    if (id === "vehicles") {
      const buy = item("vehicles.purchase");
      const run = item("vehicles.operation");
      const ch = (x: ReturnType<typeof item>) =>
        x.change === undefined ? "" : `，预算数${x.change.text}`;
      line += `其中：一是公务用车购置费${buy.vs}万元${ch(buy)}；二是公务用车运行维护费${run.vs}万元${ch(run)}。`;
    } else if (change !== undefined)
      line += `预算数${change.text}。${change.flat ? "" : reason(`sanGong.${id}`, "主要原因是")}`;
    out.push(line);
  }

  const none = (fund: Fund, label: string) => {
    const [v, vs] = a(fund, "spending", { fund });
    return nil(v)
      ? `${name}${year}年无${label}预算拨款安排的支出。`
      : `${name}${year}年${label}预算拨款安排的支出${vs}万元。`;
  };
  out.push("八、政府性基金支出预算情况说明", none("govFund", "政府性基金"));
  out.push("九、国有资本经营预算支出预算情况说明", none("soe", "国有资本经营"));

  out.push("十、其他重要事项情况说明", "（一）行政（事业）单位机构运转经费支出预算情况");
  const [oc, ocs] = a("operatingCost", "operatingCost");
  const v10 = versus("operatingCost", oc);
  out.push(
    `${name}${year}年机构运转经费支出预算${ocs}万元，主要保障机构正常运转及正常履职需要所需支出，包含公用经费、公务交通补贴、工会经费、职工福利费等` +
      (v10 === undefined ? "。" : `，预算数${v10.text}，${reason("operatingCost", "主要原因：")}`),
  );

  out.push("（二）政府采购支出预算情况");
  const pr = inputs.procurement;
  if (pr === undefined || isZero(pr.total)) out.push(`${name}${year}年无政府采购预算安排。`);
  else {
    const by = Object.entries(pr.byCategory ?? {})
      .map(([k, v]) => `政府采购${k}预算${formatAmount(v, { grouping: true })}万元`)
      .join("、");
    out.push(
      `${name}${year}年政府采购预算${formatAmount(pr.total, { grouping: true })}万元${by === "" ? "" : `，其中：${by}`}。`,
    );
  }

  out.push("（三）预算绩效情况说明");
  const [, pts] = a("targets", "spending", { nature: "project" });
  const key = inputs.keyEvaluations ?? 0;
  out.push(
    `${year}年${name}对项目支出全面实施绩效目标管理，涉及预算拨款${pts}万元，共${f.projects}个项目，${key === 0 ? "无部门重点评价项目" : `部门重点评价项目${key}个`}。按照预算绩效管理相关要求，我单位将进一步改进管理、完善政策。`,
  );

  const assets = inputs.assets;
  if (assets !== undefined) {
    out.push("（四）国有资产占用情况");
    const cats = (assets.vehicleCategories ?? []).map(([k, n]) => `${k}${n}辆`).join("、");
    const equipment = (assets.equipment ?? []).map(([k, n, unit]) => `${k}${n}${unit}`).join("，");
    out.push(
      `${assets.asOf}，${name}共有车辆${assets.vehicles}辆${cats === "" ? "" : `，其中：${cats}`}${equipment === "" ? "" : `；${equipment}`}。`,
    );
  }

  out.push("（五）专项转移支付项目情况");
  const transfers = inputs.transferProjects ?? 0;
  out.push(
    transfers === 0
      ? `${name}${year}年无负责管理的专项转移支付项目`
      : `${name}${year}年负责管理的专项转移支付项目${transfers}个。`,
  );
  return out;
}

/**
 * The Henan 2024 county template of the 情况说明 (the Henan fixture's part 2): ten sections with
 * totals, shares, 三公 by item, 机构运转经费, 政府采购, 绩效 and assets. It reads
 * `inputs.prior` and `inputs.reasons` by the ids `spending.total`, `gpb`, `sanGong`,
 * `sanGong.abroad` / `.reception` / `.vehicles.purchase` / `.vehicles.operation` and
 * `operatingCost`; `inputs.printed` by the same ids (and `revenue.total`, `spending.basic` …).
 *
 * @example
 * ```ts
 * import { henan2024Narrative } from "yusuan/narrative";
 * henan2024Narrative.id; // "henan2024"
 * ```
 */
export const henan2024Narrative: NarrativeTemplate = { id: "henan2024", render };
