/**
 * A count printed in Chinese numerals before its measure (`两次`, `十二次/年`, `一百五十人`): a
 * whole number, then a unit that starts with a measure word.
 */
import { startsWithMeasure } from "./measure";
import { plainUnit } from "./unit";

/** Chinese digits of a count (`两次`, `三个`), 零 between parts (`一百零五人`). */
const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Chinese multipliers within a 万 section (`十二`, `一百五十`, `三千`). */
const HAN_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/**
 * A whole number in Chinese numerals at the start of `s` (`十二`, `二十五`, `一百零五`,
 * `一百五十`, `一万二千`) and where it ends, or `undefined`: digits in a row (`二〇二四`,
 * `一二`), multipliers out of order and an abbreviated tail (`一百五`, `一万二`) are no count.
 */
function readHanNumber(s: string): { value: number; end: number } | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let last = Number.POSITIVE_INFINITY; // the multiplier before, within the section
  let zero = false;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    const d = HAN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    const m = HAN_MULTIPLIERS[c];
    if (m !== undefined) {
      // `十二` is 12, but `百` or `千` needs its digit.
      if (m >= last || (digit === undefined && (m !== 10 || i > 0))) return undefined;
      section += (digit ?? 1) * m;
      last = m;
      digit = undefined;
      zero = false;
      continue;
    }
    if (c !== "万" || total > 0 || (section === 0 && digit === undefined)) break;
    total = (section + (digit ?? 0)) * 10000;
    section = 0;
    digit = undefined;
    last = Number.POSITIVE_INFINITY;
    zero = false;
  }
  // `一百五` (150 in speech) or `一万二` is no whole number as written.
  if (digit !== undefined && last > 10 && last !== Number.POSITIVE_INFINITY && !zero)
    return undefined;
  if (digit !== undefined && total > 0 && last === Number.POSITIVE_INFINITY && !zero)
    return undefined;
  const value = total + section + (digit ?? 0);
  return i === 0 || value === 0 ? undefined : { value, end: i };
}

/**
 * A count in Chinese numerals and its unit (`两次`, `三个`, `十二次/年`, `一百五十人`,
 * `一万二千元`): a whole number followed by a measure word ({@link MEASURE_WORDS}); `undefined`
 * for a grade (`二级`), a word (`一流`, `一致`, `一半`) or anything else.
 *
 * @internal
 */
export function readHanCount(s: string): { value: string; unit: string } | undefined {
  const number = readHanNumber(s);
  if (number === undefined) return undefined;
  // The unit as after a figure in digits (`两次/（年·人）` is `次/年·人`, as `2次/（年·人）` is).
  const unit = plainUnit(s.slice(number.end));
  if (!startsWithMeasure(unit, 0)) return undefined;
  return { value: String(number.value), unit };
}
