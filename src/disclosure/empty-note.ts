/**
 * The words by which a table's note says the table has nothing to show, one vocabulary for the
 * printed reader (a row inside the table's frame that is its note, with no 注 / 说明 before it)
 * and the rules (a note saying its table is empty, under a table printing amounts).
 */

/** Words by which a note says its whole table is empty, whatever else it says (`本表为空表`). @internal */
export const EMPTY_TABLE = "空表";

/**
 * Words by which a clause says there is nothing of something (`故此表无数据`, `本表无此项`,
 * `本部门无相关数据`, `本表为空`). @internal
 */
export const NONE_WORDS: readonly string[] = [
  "无数据",
  "表为空",
  "此表无",
  "本表无",
  "没有数据",
  "无此项",
  "无相关数据",
];

/** A note that is only a bracketed or bare 无 (`无`, `（无）`): nothing to show. @internal */
export const BARE_NONE = /^[（(]?无[）)]?[。.]?$/u;
