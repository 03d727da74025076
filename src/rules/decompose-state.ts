import type { Concept } from "../facts";
import type { FactIds } from "../facts/intern";
import type { AnyFact } from "./derived";

/**
 * What the decompositions of one check share across its tables: the check's fact ids, and the
 * marks of the parents each decomposition run has met (a run's number is its mark). @internal
 */
export interface DecomposeState {
  readonly ids: FactIds;
  readonly done: number[];
  /** The identities each run has anchored on, marked like `done`. */
  readonly anchored: number[];
  readonly byKey: (AnyFact | undefined)[];
  runs: number;
}

/** A fresh {@link DecomposeState} over `ids`. @internal */
export const decomposeState = (ids: FactIds): DecomposeState => ({
  ids,
  done: [],
  anchored: [],
  byKey: [],
  runs: 0,
});

/**
 * Sets `a[at] = v`, growing `a` with zeros first where `at` is past its end (ids are dense, so
 * the array stays packed; a plain array, as typed arrays of this size are allocated off the heap).
 */
export function setAt(a: number[], at: number, v: number): void {
  while (a.length <= at) a.push(0);
  a[at] = v;
}

/**
 * The id of a parent (its concept and values), claimed for the decomposition run `mark`; -1 when
 * an anchor met before in the same run claimed it.
 */
export function claim(
  state: DecomposeState,
  concept: Concept,
  values: readonly (string | undefined)[],
  mark: number,
): number {
  const key = state.ids.ofValues(concept, values, true) as number;
  if (state.done[key] === mark) return -1;
  setAt(state.done, key, mark);
  return key;
}
