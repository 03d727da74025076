/**
 * A change or 持平 of the rest of a list (`…其中：公务接待费减少1.00万元，其他两项与上年持平`,
 * `其余各项均与上年持平`, `除公务接待费…外，其他均与上年持平`, `另外两项…`) names no measure the
 * reader has (the items not listed): it is left unplaced, never taken as the change of the
 * sentence's measure (it was: 三公 持平 against its own 减少1.00万元, a `narrative.change` on a
 * correct sentence). Found by a probe (2026-12-08).
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";
// Henan 2024: 三公 6.50 (2023: 7.50, −1.00); 公务接待费 2.50 (2023: 3.50, −1.00); 出国 0 and
// 车辆 4.00 flat.
const SAN_GONG = `${D}2024年“三公”经费支出预算为6.50万元，比上年减少1.00万元，`;
const REASON = "主要原因是厉行节约。";
const alarms = (text: string) => henanProbe.alarms(`${text}${REASON}`);

describe("the rest of a list is no measure the reader has", () => {
  it.each([
    `${SAN_GONG}其中：公务接待费减少1.00万元，其他两项与上年持平，`,
    `${SAN_GONG}其中：公务接待费减少1.00万元，其余各项均与上年持平，`,
    `${SAN_GONG}其中：公务接待费减少1.00万元，其他费用与上年持平，`,
    `${SAN_GONG}主要是公务接待费减少1.00万元，其他项目与上年一致，`,
    `${SAN_GONG}除公务接待费减少1.00万元外，其他均与上年持平，`,
    `${SAN_GONG}公务接待费减少1.00万元，另外两项与上年持平，`,
    `${SAN_GONG}其中：公务接待费减少1.00万元；其他两项与上年持平。`,
    `${SAN_GONG}其中：公务接待费减少0.80万元，其余两项共减少0.20万元，`,
  ])("%s: no alarm", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("the rest's change is left; the listed item's and the whole's are kept", () => {
    const r = read(`${SAN_GONG}其中：公务接待费减少1.00万元，其他两项与上年持平。`);
    expect(r.claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong down -1.00 budget [1.00万元]",
      "change sanGong|item=reception down -1.00 budget [1.00万元]",
    ]);
  });

  it("a measure named after 其他 is still its own (其他收入, 其他运转类项目支出)", () => {
    const r = read(
      `${D}2024年收入总计969.06万元，其中：一般公共预算拨款收入969.06万元，其他收入0万元。`,
    );
    expect(r.claims.at(-1)).toBe("amount revenue|fund=other 0万元 current budget equals [0万元]");
  });

  it("a wrong change of the whole beside it is still found", () => {
    const text = `${D}2024年“三公”经费支出预算为6.50万元，上年为7.50万元，比上年减少1.50万元，其中：公务接待费减少1.00万元，其他两项与上年持平，`;
    expect(alarms(text)).toEqual([
      expect.stringMatching(/^narrative\.change: .*比上年减少1\.50万元.*应为 -1\.00万元/),
    ]);
  });
});
