import { describe, expect, it } from "vitest";
import { endsAsOrganisation, ORG_ENDINGS } from "./org-endings";

describe("endsAsOrganisation", () => {
  it("reads the kinds of organisation units are", () => {
    for (const name of [
      "某县城市管理局",
      "某区人民政府办公室",
      "某市发展和改革委员会",
      "某县政务服务中心",
      "某县第一中学",
      "某县实验小学",
      "某县城关镇中心幼儿园",
      "某县人民医院",
      "某镇卫生院",
      "某县城市建设投资有限公司",
      "某县农业综合行政执法大队",
      "某区财政局国库支付中心",
    ])
      expect(endsAsOrganisation(name), name).toBe(true);
  });

  it("reads no fund, source or total as an organisation", () => {
    for (const words of [
      "政府性基金",
      "一般公共预算小计",
      "财政拨款合计",
      "上年结转",
      "事业收入",
      "单位资金",
      "其他收入",
      "国有资本经营预算",
    ])
      expect(endsAsOrganisation(words), words).toBe(false);
  });

  it("lists a longer ending before one it ends with", () => {
    ORG_ENDINGS.forEach((e, i) => {
      const shorter = ORG_ENDINGS.slice(0, i).filter((x) => e.endsWith(x) && x !== e);
      expect(shorter, e).toEqual([]);
    });
  });
});
