import type { Fund } from "./types";

/**
 * Each fund source's parent (data, from the fact vocabulary): `government` (财政拨款) holds
 * 一般公共预算, 政府性基金 and 国有资本经营; `unitFunds` (单位资金) the five unit sources;
 * `carryover.government` the 财政拨款 carried over. A fund without a parent is a part of the whole
 * (the absent fund coordinate). What the measures' scopes and the printed reader's header parts
 * both read.
 * @internal
 */
export const FUND_PARENTS: Readonly<Record<Fund, Fund | undefined>> = {
  government: undefined,
  gpb: "government",
  "gpb.grant": "gpb",
  "gpb.fees": "gpb",
  "gpb.special": "gpb",
  "gpb.assets": "gpb",
  "gpb.otherSources": "gpb",
  "gpb.transfer": "gpb",
  "gpb.bonds": "gpb",
  // 本年拨款: the fund's spending but what its 上年结转 (`carryover.gpb`) pays for.
  "gpb.current": "gpb",
  // 其中：财政拨款 of 本年拨款 (`gpb.current`): a part of the 财政拨款 (`gpb.grant`) the carry-over
  // beside it does not pay for. Under `gpb.grant`, so a measure of 财政拨款 reads it where the
  // fund's own figure is not printed.
  "gpb.grant.current": "gpb.grant",
  govFund: "government",
  "govFund.own": "govFund",
  "govFund.bonds": "govFund",
  "govFund.current": "govFund",
  soe: "government",
  "soe.current": "soe",
  specialAccount: undefined,
  unitFunds: undefined,
  business: "unitFunds",
  operating: "unitFunds",
  superior: "unitFunds",
  affiliated: "unitFunds",
  other: "unitFunds",
  businessFund: undefined,
  carryover: undefined,
  "carryover.government": "carryover",
  "carryover.gpb": "carryover.government",
  "carryover.govFund": "carryover.government",
  "carryover.soe": "carryover.government",
  "carryover.specialAccount": "carryover",
  "carryover.unitFunds": "carryover",
};

/**
 * Each fund's money carried over from last year (上年结转), data: what its spending holds besides
 * this year's (`gpb` = `gpb.current` + `carryover.gpb`: the decompositions `fund.*.carried`), and
 * what a `revenue.carryover` fact of the fund is. `undefined` key: the whole's (`carryover`).
 * @internal
 */
export const FUND_CARRIED: Readonly<Partial<Record<Fund, Fund>>> = {
  government: "carryover.government",
  gpb: "carryover.gpb",
  govFund: "carryover.govFund",
  soe: "carryover.soe",
  specialAccount: "carryover.specialAccount",
  unitFunds: "carryover.unitFunds",
};

/**
 * The funds of this year's appropriation alone (本年拨款), data: each the fund whose spending it
 * is, its carry-over (`FUND_CARRIED`) left out.
 * @internal
 */
export const FUND_CURRENT: Readonly<Partial<Record<Fund, Fund>>> = {
  "gpb.current": "gpb",
  "govFund.current": "govFund",
  "soe.current": "soe",
};
