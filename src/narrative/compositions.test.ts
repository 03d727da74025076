/**
 * A list after `主要包括` / `主要包含` / `主要用于` (and `具体包括`, a `包括`) is what the measure
 * before it is made of: a measure of another concept named in it is a category of that measure,
 * not the department's own (`机关运行经费…，主要包括办公费、公务接待费1.50万元` is not the 三公
 * 公务接待费); one of the same concept is its real part (`“三公”经费…，主要包括公务接待费2.50万元`).
 * A change stated before the list is the measure's; one right after an item's figure could be the
 * item's or the whole's and is left unplaced; after the list's `等` it is the whole's again.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const OPERATING = "amount operatingCost 49.68万元 current budget equals [49.68万元]";
const HEAD = "2024年本部门机关运行经费财政拨款预算49.68万元";
const only = (text: string, kind: string) =>
  read(text).claims.filter((c) => c.startsWith(`${kind} `));

describe("compositions: the items of a 主要包括 / 主要用于 list", () => {
  it.each([
    `${HEAD}，比上年增加6.13万元，主要包括办公费、印刷费、公务接待费1.50万元、差旅费等。`,
    `${HEAD}，比上年增加6.13万元，主要包含办公费、印刷费、公务接待费1.50万元、差旅费等。`,
    `${HEAD}，比上年增加6.13万元，主要用于办公费、印刷费、公务接待费1.50万元、差旅费等。`,
    `${HEAD}，比上年增加6.13万元，具体包括办公费、印刷费、公务接待费1.50万元、差旅费等。`,
    `${HEAD}，比上年增加6.13万元，主要包括：办公费10.00万元；印刷费2.00万元；公务接待费1.50万元。`,
  ])("%s: an item of another measure is a category of it, the change before is its", (text) => {
    expect(only(text, "amount")).toEqual([
      OPERATING,
      "amount operatingCost|category=公务接待费 1.50万元 current budget equals [1.50万元]",
    ]);
    expect(only(text, "change")).toEqual(["change operatingCost up 6.13 budget [6.13万元]"]);
  });

  it("a list with no figure before it is of the measure its clause names", () => {
    expect(only("机关运行经费主要包括办公费、公务接待费1.50万元等。", "amount")).toEqual([
      "amount operatingCost|category=公务接待费 1.50万元 current budget equals [1.50万元]",
    ]);
  });

  it.each([
    "“三公”经费6.50万元，主要包括公务接待费2.50万元、公务用车购置及运行费4.00万元。",
    "“三公”经费6.50万元，主要用于公务接待费2.50万元、公务用车购置及运行费4.00万元。",
  ])("%s: an item of the same measure is its real part", (text) => {
    expect(only(text, "amount")).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
      "amount sanGong|item=vehicles 4.00万元 current budget equals [4.00万元]",
    ]);
  });

  it("a change right after an item's figure is of no certain one (the item's or the whole's)", () => {
    const r = read(
      `${HEAD}，主要包括办公费10.00万元、公务用车运行维护费4.00万元，比上年增加6.13万元，增长14.08%。`,
    );
    expect(r.claims.filter((c) => !c.startsWith("amount "))).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "no-subject true",
      "no-subject true",
      "no-relation false",
    ]);
  });

  it.each([
    `${HEAD}，主要包括办公费、公务接待费1.50万元、公务用车运行维护费4.00万元等，比上年增加6.13万元，增长14.08%。`,
    `${HEAD}，主要包括办公费、公务用车运行维护费4.00万元等。比上年增加6.13万元，增长14.08%。`,
    `${HEAD}，主要包括办公费、印刷费等。比上年增加6.13万元，增长14.08%。`,
    `${HEAD}，主要包括办公费、印刷费，比上年增加6.13万元，增长14.08%。`,
  ])("%s: after the list's 等 (or a list of no figure) the change is the whole's", (text) => {
    expect(only(text, "change")).toEqual(["change operatingCost up 6.13 budget [6.13万元]"]);
    const rates = only(text, "percent");
    expect(rates).toHaveLength(1);
    expect(rates[0]).toMatch(/^percent growth operatingCost 14\.08 up d\d+ c0$/u);
  });

  it("the next sentence after a list that placed a figure is of no certain measure", () => {
    const r = read(`${HEAD}，主要包括办公费10.00万元、公务接待费1.50万元。比上年增加6.13万元。`);
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([]);
  });

  it.each([
    "机关运行经费49.68万元，主要包括办公费10.00万元、公务接待费1.50万元；“三公”经费6.50万元，比上年减少1.00万元。",
    "机关运行经费49.68万元，主要用于办公、接待；“三公”经费6.50万元，比上年减少1.00万元。",
  ])("%s: a list without a colon ends at its ；", (text) => {
    expect(only(text, "amount")).toContain(
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    );
    expect(only(text, "change")).toEqual(["change sanGong down -1.00 budget [1.00万元]"]);
  });

  it("a list opened by a colon goes on over its ；", () => {
    expect(
      only("机关运行经费49.68万元，主要包括：办公费10.00万元；公务接待费1.50万元。", "amount"),
    ).toEqual([
      OPERATING,
      "amount operatingCost|category=公务接待费 1.50万元 current budget equals [1.50万元]",
    ]);
  });

  it("a 三公 item in a nature's list is that nature's, not the 三公 item", () => {
    expect(only("公用经费51.68万元，主要包括办公费、公务接待费1.50万元等。", "amount")).toEqual([
      "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]",
      "amount spending|nature=basic.public|category=公务接待费 1.50万元 current budget equals [1.50万元]",
    ]);
  });

  it("a list in brackets ends with them", () => {
    const text =
      "机关运行经费49.68万元（主要用于办公费、公务接待费1.50万元），比上年增加6.13万元；公务接待费2.50万元。";
    expect(only(text, "change")).toEqual(["change operatingCost up 6.13 budget [6.13万元]"]);
    expect(only(text, "amount")).toContain(
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
    );
  });
});
