/**
 * Words introducing (or closing, or naming) the cause of a change, however printers word it:
 * `主要是人员增加`, `系…所致`, `由于…，`, `（原因：…）`, `主要系…`, `受…影响`, `厉行节约`. A purpose
 * (`主要用于`) is none, nor a blank to fill (`请填写原因`); a bare 系 or 因 counts only at a
 * clause's start (see `words.ts`). @internal
 */
export const REASON_WORDS: readonly string[] = [
  "主要原因是",
  "主要原因为",
  "主要原因",
  "原因是",
  "原因为",
  "原因在于",
  "原因：",
  "原因:",
  "主要是由于",
  "主要是因为",
  "主要由于",
  "主要因",
  "主要是",
  "是由于",
  "是因为",
  "由于",
  "因为",
  "所致",
  // other printers' connectives: `主要系…`, `，系…`, `源于…`, `受…影响`, `…导致…`, and the causes
  // every budget names (`为落实…`, `过紧日子`, `厉行节约`); a bare 系 or 因 only at a clause's start
  "主要系",
  "原因系",
  "均系",
  "系",
  "因",
  "源于",
  "得益于",
  "影响",
  "导致",
  "为落实",
  "为贯彻",
  "过紧日子",
  "厉行节约",
];
