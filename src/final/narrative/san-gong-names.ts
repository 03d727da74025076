import type { SanGongItem } from "../../facts";
import { isAnyDigit, skipWords } from "./scan";

/** The 三公 items as printers name them (the longer name first where one starts another). @internal */
export const SAN_GONG_ITEMS: readonly (readonly [string, SanGongItem])[] = [
  ["因公出国（境）费", "abroad"],
  ["因公出国(境)费", "abroad"],
  ["公务用车购置及运行维护费", "vehicles"],
  ["公务用车购置及运行费", "vehicles"],
  ["公务接待费", "reception"],
];

/** Each 三公 item's name as the 决算 table prints it, for messages. @internal */
export const SAN_GONG_LABEL: Readonly<Record<SanGongItem, string>> = {
  abroad: "因公出国（境）费",
  vehicles: "公务用车购置及运行维护费",
  "vehicles.purchase": "公务用车购置费",
  "vehicles.operation": "公务用车运行维护费",
  reception: "公务接待费",
  "reception.domestic": "国内接待费",
  "reception.foreign": "外事接待费",
};

/** The 三公 items and the parts of 公务用车 as printers name them, longer names first. @internal */
export const FIGURE_NAMES: readonly (readonly [string, SanGongItem])[] = [
  ...SAN_GONG_ITEMS,
  ["公务用车购置费", "vehicles.purchase"],
  ["公务用车购置支出", "vehicles.purchase"],
  ["公务用车运行维护费", "vehicles.operation"],
  ["公务用车运行维护支出", "vehicles.operation"],
  ["公务用车运行费", "vehicles.operation"],
];

/** What may stand between an item's name and its amount (`因公出国（境）费支出决算为 0.00 万元`). @internal */
export const BETWEEN = ["支出", "决算数", "决算", "实际", "合计", "为", "是", "费"];

/** Where the amount after an item's name starts when only {@link BETWEEN} words precede it. @internal */
export function amountStart(text: string, from: number, to: number): number | undefined {
  const j = skipWords(text, from, BETWEEN, 8);
  return j < to && isAnyDigit(text[j]) ? j : undefined;
}
