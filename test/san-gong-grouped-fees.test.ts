/**
 * A 三公 fee grouped over its parts the way Henan groups 公务用车 (`公务接待费/小计`, then
 * `公务接待费/国内接待费`, `公务接待费/外事接待费`; `合计` for `小计`, `其中：` before a part; the
 * same for 因公出国（境）费): the `小计` / `合计` under a grouped fee is the fee itself, read as
 * it (was: `unknown-header` or `duplicate-header` and the fee left unread), and the parts are its
 * 其中 (each at most the fee). A wrong 小计 is found by the 三公 sum, a part above its fee by
 * `ofWhich`.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { putuoPlanningFinal2024Fixture as P } from "./fixtures/putuo-planning-final-2024";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";
import { added as addedFinal, varyTables } from "./support/final-variants";

type Case = (typeof CASES)[number];
const byName = (start: string) => CASES.find((x) => x.name.startsWith(start)) as Case;
const HENAN = byName("Henan");
const SHANGHAI = byName("上海市财政局");
const isSanGong = (t: PrintedTable) => t.title.includes("三公");
const sanGongOf = (c: Case) => c.fixture.tables.find(isSanGong) as PrintedTable;

/** The fixture's 三公 table with the header `end` replaced by `group` (and figures after it). */
function grouped(
  c: Case,
  end: string,
  group: readonly (readonly [string, string])[],
  change: (h: string) => string = (h) => h,
): PrintedTable {
  const t = sanGongOf(c);
  const at = t.headers.findIndex((h) => h.endsWith(end));
  const head = (t.headers[at] ?? "").slice(0, -end.length);
  return {
    ...t,
    headers: t.headers
      .flatMap((h, i) => (i === at ? group.map(([g]) => head + g) : [h]))
      .map(change),
    rows: t.rows.map((r) => r.flatMap((x, i) => (i === at ? group.map(([, v]) => v) : [x]))),
  };
}

const withTable = (c: Case, t: PrintedTable) => mapTables(c.fixture, (x) => (isSanGong(x) ? t : x));
const serious = (c: Case, t?: PrintedTable) =>
  projection(checkFixture(c, t === undefined ? c.fixture : withTable(c, t)), { serious: true });
const added = (c: Case, t: PrintedTable) => {
  const before = serious(c);
  return serious(c, t).filter((l) => !before.includes(l));
};
const warnings = (t: PrintedTable, c: Case) =>
  readPrintedTable(t, { template: c.template }).problems.filter((p) => p.severity !== "info");
const row = (t: PrintedTable, c: Case) =>
  readPrintedTable(t, { template: c.template }).table?.rows[0]?.cells ?? {};

/** 公务接待费 2.50 (Henan) / 25.40 (Shanghai) over its parts, in the printers' wordings. */
const RECEPTION: readonly (readonly [
  string,
  Case,
  string,
  readonly (readonly [string, string])[],
])[] = [
  [
    "Henan: 公务接待费/小计, 国内接待费, 外事接待费",
    HENAN,
    "2.50",
    [
      ["公务接待费/小计", "2.50"],
      ["公务接待费/国内接待费", "2.00"],
      ["公务接待费/外事接待费", "0.50"],
    ],
  ],
  [
    "Henan: 公务接待费/合计, 其中：国内公务接待费",
    HENAN,
    "2.50",
    [
      ["公务接待费/合计", "2.50"],
      ["公务接待费/其中：国内公务接待费", "2.50"],
    ],
  ],
  [
    "Henan: 公务接待费/小计, 其中：外事接待费 (one part)",
    HENAN,
    "2.50",
    [
      ["公务接待费/小计", "2.50"],
      ["公务接待费/其中：外事接待费", ""],
    ],
  ],
  [
    "上海: 公务接待费/小计, 国内公务接待费, 国（境）外公务接待费",
    SHANGHAI,
    "25.40",
    [
      ["公务接待费/小计", "25.40"],
      ["公务接待费/国内公务接待费", "20.40"],
      ["公务接待费/国（境）外公务接待费", "5.00"],
    ],
  ],
  [
    "上海: 公务接待费/合计, 其中：外宾接待费",
    SHANGHAI,
    "25.40",
    [
      ["公务接待费/合计", "25.40"],
      ["公务接待费/其中：外宾接待费", "3.00"],
    ],
  ],
];

describe.each(RECEPTION)("%s", (_, c, fee, group) => {
  const t = grouped(c, "公务接待费", group);

  it("reads the 小计 / 合计 as the 公务接待费, its parts as its 其中: no warning", () => {
    expect(warnings(t, c)).toEqual([]);
    const cells = row(t, c);
    expect(cells.reception).toBe(fee);
    expect(Object.keys(cells).filter((k) => k.startsWith("extra:"))).toEqual([]);
  });

  it("the same findings as the fixture", () => {
    expect(added(c, t)).toEqual([]);
  });

  it("a column split like pdftotext's (`小 计`, `国内接待 费`) reads the same", () => {
    const split = grouped(c, "公务接待费", group, (h) =>
      h.replace(/小计$/u, "小 计").replace(/接待费$/u, "接待 费"),
    );
    expect(warnings(split, c)).toEqual([]);
    expect(row(split, c).reception).toBe(fee);
  });

  it("a wrong 小计 is found by the 三公 sum", () => {
    const wrong = grouped(
      c,
      "公务接待费",
      group.map(([h, v], i) => [h, i === 0 ? "99.00" : v] as const),
    );
    expect(added(c, wrong).some((l) => l.startsWith("sanGong.sum | fail | error"))).toBe(true);
  });

  it("a part above its 公务接待费 is found (`ofWhich`)", () => {
    const wrong = grouped(
      c,
      "公务接待费",
      group.map(([h, v], i) => [h, i === 1 ? "99.00" : v] as const),
    );
    expect(added(c, wrong).some((l) => l.startsWith("ofWhich | fail | error"))).toBe(true);
  });
});

describe("因公出国（境）费 grouped (`因公出国（境）费/小计`)", () => {
  it.each([
    ["Henan", HENAN, "因公出国（境）费"],
    ["上海", SHANGHAI, "因公出国(境)费"],
  ] as const)("%s: the 小计 / 合计 is the fee", (_, c, word) => {
    const fee = row(sanGongOf(c), c).abroad ?? "";
    for (const total of ["小计", "合计"]) {
      const t = grouped(c, word, [[`${word}/${total}`, fee]]);
      expect(warnings(t, c)).toEqual([]);
      expect(row(t, c).abroad).toBe(fee);
    }
  });

  it("a wrong 小计 is found by the 三公 sum", () => {
    const t = grouped(SHANGHAI, "因公出国(境)费", [["因公出国(境)费/小计", "300.00"]]);
    expect(added(SHANGHAI, t).some((l) => l.startsWith("sanGong.sum | fail | error"))).toBe(true);
  });
});

describe("a 合计 under no fee is still the 三公 total", () => {
  it("Henan: `合计` alone, then the grouped 公务接待费/合计", () => {
    const t = grouped(HENAN, "“三公”经费合计", [["合计", "6.50"]]);
    const g = grouped({ ...HENAN, fixture: withTable(HENAN, t) }, "公务接待费", [
      ["公务接待费/合计", "2.50"],
      ["公务接待费/国内接待费", "2.50"],
    ]);
    expect(warnings(g, HENAN)).toEqual([]);
    expect(row(g, HENAN).total).toBe("6.50");
    expect(row(g, HENAN).reception).toBe("2.50");
  });
});

/** The 决算 三公 table (预算数 / 决算数 per item) with 公务接待费 grouped: its 小计 then 国内接待费. */
const finalGrouped =
  (subtotal: string, domestic: string, total = "小计") =>
  (t: PrintedTable): PrintedTable => {
    const G = "财政拨款“三公”经费/公务接待费";
    const keep = t.headers.length - 2;
    return {
      ...t,
      headers: [
        ...t.headers.slice(0, keep),
        `${G}/${total}/预算数`,
        `${G}/${total}/决算数`,
        `${G}/国内接待费/预算数`,
        `${G}/国内接待费/决算数`,
      ],
      rows: t.rows.map((r) => [...r.slice(0, keep), "2.85", subtotal, "2.85", domestic]),
    };
  };

describe("决算: 公务接待费/小计 (合计) over 国内接待费", () => {
  it.each(["小计", "合计"])("%s: read as the fee, the same findings", (total) => {
    const v = varyTables(P, isSanGong, finalGrouped("0.39", "0.39", total));
    const t = v.tables.find(isSanGong) as PrintedTable;
    const read = readPrintedTable(t, { template: final2024 });
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(read.table?.rows[0]?.cells["reception.final"]).toBe("0.39");
    expect(addedFinal(P, v).added).toEqual([]);
  });

  it("a wrong 小计 is found by the 三公 sum, a part above it by ofWhich", () => {
    const sum = varyTables(P, isSanGong, finalGrouped("0.93", "0.39"));
    expect(addedFinal(P, sum).added.some((l) => l.startsWith("error sanGong.sum"))).toBe(true);
    const part = varyTables(P, isSanGong, finalGrouped("0.39", "0.93"));
    expect(addedFinal(P, part).added.some((l) => l.startsWith("error ofWhich"))).toBe(true);
  });
});
