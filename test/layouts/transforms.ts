/**
 * Layout transforms: each takes a printed table as one printer lays it out and returns the same
 * content as another printer lays it out (other districts' and years' documents). The figures
 * never change (except `scaled`, which multiplies every amount of a disclosure by one factor, so
 * every identity still holds). Used by ./corpus.ts to build the layout corpus.
 *
 * Exports: the {@link Transform} type and one function per printer variation.
 */
import type { PrintedTable } from "../../src/printed/types";

/** A change of layout, named for the test titles. */
export interface Transform {
  readonly name: string;
  readonly apply: (table: PrintedTable, context: { readonly unitName: string }) => PrintedTable;
  /** How the transform prints an amount outside the grid (the 预算情况 lines), when it changes it. */
  readonly amount?: (printed: string) => string;
}

const last = (header: string) => (header.split("/").at(-1) ?? "").replace(/\s/gu, "");
const isCodeHeader = (header: string) => ["类", "款", "项"].includes(last(header));
const isNameHeader = (header: string) =>
  /名称|^项目$|^项目\(|^项目（/u.test(last(header)) && !isCodeHeader(header);

/** An amount as printed: digits, grouping commas, a point. */
const AMOUNT = /^-?[0-9][0-9,]*(?:\.[0-9]+)?$/u;

function mapCells(t: PrintedTable, f: (cell: string, column: number) => string): PrintedTable {
  return { ...t, rows: t.rows.map((row) => row.map((cell, i) => f(cell, i))) };
}

/** The title after a unit's name and the year, with a table number and a page-break mark. */
export const unitTitles: Transform = {
  name: "titles after the unit's name, with a table number",
  apply: (t, { unitName }) => ({
    ...t,
    title: `${unitName}${t.title} 表${(t.title.length % 9) + 1}`,
  }),
};

/** The year left out of every title, a 续 mark on continued pages. */
export const bareTitles: Transform = {
  name: "titles without a year, marked （续）",
  apply: (t) => ({ ...t, title: `${t.title.replace(/^[0-9]{4}年度?/u, "")}（续）` }),
};

/** Two-character labels and headers letter-spaced (`合  计`, `项  目`), as many printers do. */
export const letterSpaced: Transform = {
  name: "letter-spaced short labels and headers",
  apply: (t) => {
    const spaced = (s: string) =>
      s.length === 2 && /^\p{Script=Han}+$/u.test(s) ? `${s[0]}  ${s[1]}` : s;
    return {
      ...mapCells(t, (cell) => spaced(cell)),
      headers: t.headers.map((h) => h.split("/").map(spaced).join("/")),
    };
  },
};

const FULL = "０１２３４５６７８９";

/** Digits and commas full-width (a text layer of a full-width font), brackets half-width. */
export const fullWidth: Transform = {
  name: "full-width digits and commas, half-width brackets",
  apply: (t) => ({
    ...mapCells(t, (cell) =>
      AMOUNT.test(cell) || /^[0-9 ]+$/u.test(cell)
        ? cell.replace(/[0-9]/gu, (d) => FULL[Number(d)] ?? d).replaceAll(",", "，")
        : cell.replaceAll("（", "(").replaceAll("）", ")"),
    ),
    headers: t.headers.map((h) => h.replaceAll("（", "(").replaceAll("）", ")")),
  }),
};

const CHINESE = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/**
 * Line-label numbering in another style: `一、` → `（一）`, `1、`/`1.` → `（1）` or `①`, and
 * `其中：` → `其中:`; labels numbered by a Chinese ordinal keep their number.
 */
export function renumbered(style: "bracketed" | "circled"): Transform {
  return {
    name: `line labels numbered ${style === "bracketed" ? "（一） / （1）" : "（一） / ①"}`,
    apply: (t) =>
      mapCells(t, (cell) => {
        if (AMOUNT.test(cell)) return cell;
        const chinese = /^([一二三四五六七八九十]+)、(.+)$/u.exec(cell);
        if (chinese !== null) return `（${chinese[1]}）${chinese[2]}`;
        const arabic = /^([0-9]{1,2})[、.．]\s*(.+)$/u.exec(cell);
        if (arabic !== null) {
          const n = Number(arabic[1]);
          return style === "circled"
            ? `${String.fromCodePoint(0x2460 + n - 1)}${arabic[2]}`
            : `（${n}）${arabic[2]}`;
        }
        return cell.replace(/^其中：/u, "其中: ");
      }),
  };
}

/** Chinese-numbered 类 and fund labels renumbered with Arabic numerals (`一、` → `1.`). */
export const arabicNumbers: Transform = {
  name: "line labels numbered 1. 2. 3.",
  apply: (t) =>
    mapCells(t, (cell) => {
      const m = /^([一二三四五六七八九十]+)、(.+)$/u.exec(cell);
      if (m === null) return cell;
      const n = CHINESE.indexOf(m[1] ?? "");
      const value = n >= 0 ? n + 1 : m[1] === "十" ? 10 : undefined;
      return value === undefined || (m[1] ?? "").length > 1 ? cell : `${value}. ${m[2]}`;
    }),
};

/**
 * Codes printed in one column instead of one column per 类 / 款 / 项 (`201 31 01`, `2013101` or
 * `201-31-01`), headed by the group (`科目编码`, `功能分类科目编码`) or plain `科目编码`.
 */
export function codesInOneColumn(join: " " | "" | "-"): Transform {
  return {
    name: `codes in one column, joined by ${JSON.stringify(join)}`,
    apply: (t) => {
      const headers: string[] = [];
      const groups: number[][] = [];
      t.headers.forEach((h, i) => {
        const previous = groups.at(-1);
        const prevHeader = previous === undefined ? undefined : t.headers[previous.at(-1) ?? -1];
        const sameGroup =
          isCodeHeader(h) &&
          previous !== undefined &&
          prevHeader !== undefined &&
          isCodeHeader(prevHeader) &&
          prevHeader.split("/").slice(0, -1).join("/") === h.split("/").slice(0, -1).join("/") &&
          previous.at(-1) === i - 1;
        if (sameGroup) previous.push(i);
        else {
          groups.push([i]);
          const group = h.split("/").slice(0, -1).join("/");
          headers.push(isCodeHeader(h) ? (group === "" ? "科目编码" : group) : h);
        }
      });
      const rows = t.rows.map((row) =>
        groups.map((g) => {
          if (g.length === 1) return row[g[0] ?? 0] ?? "";
          const parts = g.map((i) => (row[i] ?? "").trim()).filter((p) => p !== "");
          return parts.join(join);
        }),
      );
      return { ...t, headers, rows };
    },
  };
}

/** The group level above split code columns left out (`科目编码/类` → `类`). */
export const ungroupedCodes: Transform = {
  name: "code columns headed 类 / 款 / 项 without a group",
  apply: (t) => ({ ...t, headers: t.headers.map((h) => (isCodeHeader(h) ? last(h) : h)) }),
};

/** The name column headed differently (`科目名称`, `项目名称`, `功能分类科目名称` …). */
export function nameHeader(heading: string): Transform {
  return {
    name: `name column headed ${heading}`,
    apply: (t) =>
      t.headers.some(isCodeHeader) && !t.headers.some((h) => h.includes("经济分类"))
        ? {
            ...t,
            headers: t.headers.map((h) => (isNameHeader(h) && last(h) !== "项目" ? heading : h)),
          }
        : t,
  };
}

/** A 合计 / 总计 label printed across the code columns (merged cell) instead of the name column. */
export const totalInCodeColumns: Transform = {
  name: "合计 printed in the code columns",
  apply: (t) => {
    const code = t.headers.findIndex(isCodeHeader);
    const name = t.headers.findIndex(isNameHeader);
    if (code < 0 || name < 0) return t;
    return {
      ...t,
      rows: t.rows.map((row) => {
        const label = (row[name] ?? "").replace(/\s/gu, "");
        if (label !== "合计" && label !== "总计") return row;
        return row.map((cell, i) =>
          i === code ? (cell === "" ? (row[name] ?? "") : cell) : i === name ? "" : cell,
        );
      }),
    };
  },
};

/** Multiplies a printed amount by 10^`shift`, exactly, and prints it with at least `decimals` decimals. */
export function scaleAmount(cell: string, shift: number, decimals: number): string {
  const negative = cell.startsWith("-");
  const plain = cell.replace(/^-/u, "").replaceAll(",", "");
  const [whole = "0", fraction = ""] = plain.split(".");
  // value = units / 10^fraction.length; scaled = units * 10^shift / 10^fraction.length
  let units = BigInt(whole + fraction) * 10n ** BigInt(shift);
  let places = fraction.length;
  while (places > decimals && units % 10n === 0n) {
    units /= 10n;
    places--;
  }
  while (places < decimals) {
    units *= 10n;
    places++;
  }
  const digits = units.toString().padStart(places + 1, "0");
  const intPart = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  let grouped = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) grouped += ",";
    grouped += intPart.charAt(i);
  }
  return `${negative ? "-" : ""}${grouped}${places === 0 ? "" : `.${frac}`}`;
}

/** Headers of columns that hold text, not amounts (codes, names, types, indicators). */
const TEXT_HEADER = /^类$|^款$|^项$|名称|代码|编码|类型|类别|指标|^项目$|说明|备注/u;

/**
 * Every amount multiplied by 10^`shift` and printed with `decimals` decimals, in the unit given
 * (a 万元 table printed in 元 with two decimals; a 元 table at the 10⁹ scale). Applied to every table of
 * a disclosure, every identity still holds. Text columns (codes, names, 指标值) are left as they are.
 */
export function scaled(shift: number, decimals: number, unit?: string): Transform {
  return {
    name: `amounts ×10^${shift} with ${decimals} decimals${unit === undefined ? "" : ` in ${unit}`}`,
    amount: (printed) =>
      AMOUNT.test(printed.trim()) ? scaleAmount(printed.trim(), shift, decimals) : printed,
    apply: (t) => {
      const text = t.headers.map((h) => TEXT_HEADER.test(last(h)));
      const scaledCells = mapCells(t, (cell, i) =>
        text[i] === true || !AMOUNT.test(cell.trim())
          ? cell
          : scaleAmount(cell.trim(), shift, decimals),
      );
      if (unit === undefined) return scaledCells;
      const headers = t.headers.map((h) => h.replace(/[（(](?:万元|元)[）)]/gu, `（${unit}）`));
      return { ...scaledCells, headers, unit };
    },
  };
}

/**
 * The district layout of the Shanghai 财务收支预算总表: the spending side prints one amount per 类
 * (`支出/预算数`), no 人员经费 / 公用经费 / 项目支出 split; the sides are headed `收入` / `支出`;
 * fund lines numbered `1.`. Other tables are left as they are.
 */
export const districtSummary: Transform = {
  name: "财务收支预算总表 in the district layout (one amount per 类, fund lines 1. 2. 3.)",
  apply: (t) => {
    if (!t.title.includes("财务收支预算总表")) return t;
    const keep = [0, 1, 2, 3];
    return {
      ...t,
      headers: ["收 入/项 目", "收 入/预算数", "支 出/项 目", "支 出/预算数"],
      rows: t.rows.map((row) => keep.map((i) => (row[i] ?? "").replace(/^([0-9])、/u, "$1. "))),
    };
  },
};

/** The 预算数 group level left out of the Shanghai 收支总表 headers (`本年支出/合计`, `本年支出/人员经费`). */
export const withoutBudgetLevel: Transform = {
  name: "收支总表 headers without the 预算数 / 基本支出 group levels",
  apply: (t) =>
    t.title.includes("收支预算总表")
      ? {
          ...t,
          headers: t.headers.map((h) =>
            h
              .split("/")
              .filter(
                (level, i, all) =>
                  i === 0 || i === all.length - 1 || !["预算数", "基本支出"].includes(level),
              )
              .join("/"),
          ),
        }
      : t,
};
